/** Hostile and broken input: bounded work, no throws, clean strings, stable output. */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { boundHtml, MAX_HTML_CHARS, MAX_NESTING_DEPTH } from '../../src/judge/page/html-bounds.js';
import { discoverLinks, judgePage, PAGE_JUDGE_VERSION } from '../../src/judge/page/index.js';
import { fixture, judge, page } from './page-helpers.js';

const URL_ = 'https://support.testx.example/hc/en-us';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) allStrings(x, out);
  return out;
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('hostile pages', () => {
  it('strips control and bidi characters from everything it returns', () => {
    const html = page(
      '<a href="/hc/en-us/articles/1-x">\u202eKYC\u0001 guide\u0007</a><h1>Fees\u200f</h1><a href="mailto:ops@testx.example\u0000">m</a>',
      { title: 'Help\u0007\u202e center\u0085' },
    );
    const facts = judge(html, URL_);
    expect(facts.title).toBe('Help center');
    expect(facts.links[0]?.text).toBe('KYC guide');
    expect(facts.topics).toEqual(['fees', 'kyc', 'tutorial']);
    expect(allStrings(facts).filter((s) => CONTROL.test(s))).toEqual([]);
  });

  it('handles 20,000 links within bounds', () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `<a href="/hc/en-us/articles/${i + 1}-How-to-withdraw">Withdraw ${i}</a>`).join('\n');
    const { value: facts, ms } = timed(() => judge(page(`<main>${body}</main>`), URL_));
    expect(facts.links).toHaveLength(500);
    expect(facts.articleLinkCount).toBe(5000); // the anchor cap of loadPage
    expect(facts.topics).toEqual(['withdrawal']);
    expect(ms).toBeLessThan(15_000);
  });

  it('handles 50,000 links in discoverLinks', () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `<a href="/hc/en-us/sections/${i + 1}-S">S</a>`).join('');
    const { value, ms } = timed(() => discoverLinks({ html: page(body), url: URL_ }));
    expect(value).toHaveLength(500);
    expect(value.every((l) => l.role === 'section')).toBe(true);
    expect(ms).toBeLessThan(15_000);
  });

  it('handles a 5 MB page', () => {
    const para = '<p>Phone: 2025-10-18 call 1234567 · 18 Oct 2025 · write to help@testx.example about 2FA fees</p>';
    const html = page(para.repeat(Math.ceil(5_000_000 / para.length)));
    expect(html.length).toBeGreaterThan(5_000_000);
    const { value: facts, ms } = timed(() => judge(html, URL_));
    expect(facts.contacts.emails).toEqual(['help@testx.example']);
    expect(facts.contacts.phones).toEqual(['1234567']);
    expect(facts.articleDates).toEqual(['2025-10-18T00:00:00.000Z']);
    // the visible text read is capped (2,000,000 characters), so the count is bounded too
    expect(facts.wordCount).toBeGreaterThan(200_000);
    expect(facts.wordCount).toBeLessThan(400_000);
    expect(ms).toBeLessThan(20_000);
  });

  it('handles one 5 MB word and 5 MB of digits without backtracking blow-ups', () => {
    const a = timed(() => judge(page(`<p>${'a'.repeat(5_000_000)}</p>`), URL_));
    expect(a.value.wordCount).toBe(1); // the title is not visible text
    expect(a.ms).toBeLessThan(20_000);
    const d = timed(() => judge(page(`<p>tel ${'1234567890 '.repeat(400_000)}</p>`), URL_));
    expect(d.value.contacts.phones.length).toBeLessThanOrEqual(20);
    expect(d.ms).toBeLessThan(20_000);
  });

  it('handles 200,000 levels of nesting quickly and still reads the text', () => {
    const html = `${'<div>'.repeat(200_000)}<p>Email deep@testx.example</p>${'</div>'.repeat(200_000)}`;
    const { value: facts, ms } = timed(() => judge(html, URL_));
    expect(facts.contacts.emails).toEqual(['deep@testx.example']);
    expect(ms).toBeLessThan(15_000);
  });

  it('never throws on content, whatever it is', () => {
    const junk = [
      '',
      '\u0000\u0001\u0002',
      '<<<<>>>>',
      '<a href="http://[::1">x</a><a href="https://">y</a><a href="%E0%A4%A">z</a>',
      '<script type="application/ld+json">{"datePublished": {"$ref": 1}, "dateModified": ["x", null]}</script>',
      '<time datetime="9999-99-99T99:99:99Z">x</time><meta property="article:published_time" content="-1">',
      Array.from({ length: 3000 }, () => '<form><input name="q"><textarea></textarea></form>').join(''),
      String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65_536)),
    ];
    for (const html of junk) {
      const facts = judgePage({ html, url: URL_ });
      expect(facts.judgeVersion).toBe(PAGE_JUDGE_VERSION);
      expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
    }
    expect(judgePage({ html: null as unknown as string, url: URL_ }).title).toBeNull();
  });

  it('is deterministic', () => {
    const html = fixture('zendesk-copenhagen-en.html');
    expect(judge(html, URL_)).toEqual(judge(html, URL_));
    expect(judge(html, URL_).judgeVersion).toBe(PAGE_JUDGE_VERSION);
  });
});

describe('boundHtml', () => {
  const depth = (html: string): number => {
    const $ = load(html);
    let max = 0;
    for (const el of $('*').toArray()) {
      let d = 0;
      for (let p = el.parent; p; p = p.parent) d++;
      if (d > max) max = d;
    }
    return max;
  };
  it('leaves ordinary pages untouched', () => {
    const html = fixture('zendesk-zh-tw.html');
    expect(boundHtml(html)).toBe(html);
  });
  it('flattens nesting beyond the cap and keeps the text', () => {
    const bounded = boundHtml(`${'<div>'.repeat(3000)}deep text${'</div>'.repeat(3000)}`);
    expect(depth(bounded)).toBeLessThanOrEqual(MAX_NESTING_DEPTH + 3);
    expect(load(bounded).text()).toBe('deep text');
  });
  it('does not count tags inside scripts or implicitly closed siblings', () => {
    const script = `<script>${'"<div>"+'.repeat(3000)}""</script><p>ok</p>`;
    expect(boundHtml(script)).toBe(script);
    const list = `<ul>${'<li>item'.repeat(3000)}</ul>`;
    expect(boundHtml(list)).toBe(list);
  });
  it('cuts pages beyond the character cap', () => {
    expect(boundHtml('x'.repeat(MAX_HTML_CHARS + 10)).length).toBe(MAX_HTML_CHARS);
  });
});
