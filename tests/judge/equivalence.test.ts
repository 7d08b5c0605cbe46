/**
 * The page judge's fast paths against the rules they implement, written here the
 * direct (slow) way: text folding in one pass per rule, the topic keyword
 * alternation, the word-count regular expressions, the date patterns over the whole
 * text, the e-mail search over the whole text, and cheerio's own selectors. Each
 * comparison runs over the fixture pages and over seeded random text built to hit the
 * edge cases (plurals, prefixes, surrogate pairs, dates near cut points, many '@').
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanEmail } from '../../src/judge/page/contacts.js';
import { datesInText } from '../../src/judge/page/dates.js';
import { attributeIs, hasClass, loadPage } from '../../src/judge/page/document.js';
import { judgePage } from '../../src/judge/page/index.js';
import { foldForMatch } from '../../src/judge/page/normalize.js';
import { NEUTRAL_KEYWORDS, TOPIC_KEYWORDS } from '../../src/judge/page/topic-keywords.js';
import { matchTopics, normalizeForTopics } from '../../src/judge/page/topics.js';
import { countWords } from '../../src/judge/page/word-count.js';
import { TOPIC_IDS, type TopicId } from '../../src/types/facts.js';
import { FIXTURE_PAGES, REPO_ROOT } from './page-helpers.js';

/** A small seeded generator, so every run tests the same strings. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function soup(next: () => number, parts: readonly string[], count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += parts[Math.floor(next() * parts.length)] ?? '';
  return s;
}

function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) htmlFiles(path, out);
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The fixture pages and a sample of the demo exchanges' pages. */
const PAGES = [
  ...readdirSync(FIXTURE_PAGES).filter((n) => n.endsWith('.html')).map((n) => `${FIXTURE_PAGES}${n}`),
  ...htmlFiles(`${REPO_ROOT}fixtures/exchanges`).filter((_, i) => i % 6 === 0),
].map((path) => readFileSync(path, 'utf8'));
const TEXTS = PAGES.map((html) => loadPage(html, 'https://help.example.example/hc/en-us/articles/1').visibleText());

// --- reference implementations ------------------------------------------------------

const ARABIC_TO_PERSIAN: Record<string, string> = { ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه', أ: 'ا', إ: 'ا', آ: 'ا' };

/** foldForMatch as its rules read, one pass per rule. */
function foldByRules(s: string): string {
  let t = s.normalize('NFKC').toLowerCase();
  t = t.replace(/\u0307/g, '');
  t = t.replace(/ı/g, 'i').replace(/ё/g, 'е');
  t = t.replace(/[\u064A\u0649\u0643\u0629\u0623\u0625\u0622]/g, (c) => ARABIC_TO_PERSIAN[c] ?? c);
  t = t.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  t = t.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) >= 0x06f0 ? d.charCodeAt(0) - 0x06f0 : d.charCodeAt(0) - 0x0660));
  t = t.replace(/[\u200C\u200D\u00AD]/g, ' ');
  t = t.replace(/[’‘`´]/g, "'");
  return t.replace(/\s+/g, ' ').trim();
}

/** The word count as two regular expressions. */
function countWordsByRegex(text: string): number {
  let cjk = 0;
  const rest = text.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, () => {
    cjk++;
    return ' ';
  });
  return [...rest.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu)].length + Math.ceil(cjk / 2);
}

/** Topic matching as one alternation of every keyword, longest first (the rule topics.ts states). */
const alternation = (() => {
  const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;
  const lookup = new Map<string, TopicId[]>();
  const note = (key: string, topic: TopicId | null): void => {
    const list = lookup.get(key) ?? [];
    if (topic && !list.includes(topic)) list.push(topic);
    lookup.set(key, list);
  };
  const word: { key: string; src: string }[] = [];
  const cjk: string[] = [];
  const add = (raw: string, topic: TopicId | null): void => {
    const prefix = raw.endsWith('*');
    const kw = normalizeForTopics(prefix ? raw.slice(0, -1) : raw);
    if (kw === '') return;
    if (CJK.test(kw)) {
      note(kw.replace(/\s+/g, ''), topic);
      cjk.push(kw.replace(/\s+/g, ''));
      return;
    }
    note(kw, topic);
    const open = prefix || /[\u0600-\u06ff\u0750-\u077f]/.test(kw);
    word.push({ key: kw, src: open ? escapeRe(kw) : `${escapeRe(kw)}(?:e?s)?(?![\\p{L}\\p{N}])` });
  };
  for (const w of NEUTRAL_KEYWORDS) add(w, null);
  for (const t of TOPIC_IDS) for (const w of TOPIC_KEYWORDS[t]) add(w, t);
  word.sort((a, b) => b.key.length - a.key.length);
  const wordRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${word.map((a) => a.src).join('|')})`, 'gu');
  const cjkRe = new RegExp([...new Set(cjk)].sort((a, b) => b.length - a.length).map(escapeRe).join('|'), 'gu');
  const resolve = (m: string): TopicId[] =>
    lookup.get(m) ?? (m.endsWith('es') ? lookup.get(m.slice(0, -2)) : undefined) ?? (m.endsWith('s') ? lookup.get(m.slice(0, -1)) : undefined) ?? [];
  return (text: string, siteNames: readonly string[] = []): TopicId[] => {
    let t = normalizeForTopics(text);
    for (const name of siteNames) {
      const n = normalizeForTopics(name);
      if (n.length >= 3) t = t.split(n).join(' ¶ ');
    }
    const found = new Set<TopicId>();
    for (const m of t.matchAll(wordRe)) for (const topic of resolve(m[0])) found.add(topic);
    for (const m of t.replace(/\s+/g, '').matchAll(cjkRe)) for (const topic of lookup.get(m[0]) ?? []) found.add(topic);
    return TOPIC_IDS.filter((id) => found.has(id));
  };
})();

// --- the comparisons ----------------------------------------------------------------

describe('text folding', () => {
  it('folds every fixture text as the rules one by one do', () => {
    for (const text of TEXTS) expect(foldForMatch(text)).toBe(foldByRules(text));
  });
  it('folds random strings of the characters the rules touch, short (memoised) and long', () => {
    const next = random(1);
    const parts = ['a', 'Z', 'İ', 'ı', 'Ё', 'ё', 'ي', 'ى', 'ك', 'ة', 'أ', 'آ', '۱', '٩', '\u064B', '\u0670', '\u0640', '\u200C', '\u00AD', '’', '`', ' ', '\t\n', '\u00A0', 'Ａ', 'ﬁ', '\uD83D\uDE00', '\uD800'];
    for (let i = 0; i < 3000; i++) {
      const s = soup(next, parts, Math.floor(next() * 12));
      const long = s.repeat(40);
      expect(foldForMatch(s)).toBe(foldByRules(s));
      expect(foldForMatch(s)).toBe(foldByRules(s)); // a second time, from the memo
      expect(foldForMatch(long)).toBe(foldByRules(long));
    }
  });
});

describe('word count', () => {
  it('counts the fixture texts as the regular expressions do', () => {
    for (const text of TEXTS) expect(countWords(text)).toBe(countWordsByRegex(text));
    expect(countWords("don't e-mail ’quoted’ a--b 漢字かな 한국어 ｶﾀｶﾅ")).toBe(countWordsByRegex("don't e-mail ’quoted’ a--b 漢字かな 한국어 ｶﾀｶﾅ"));
  });
  it('counts random strings with joiners, marks, CJK and surrogate pairs as the regular expressions do', () => {
    const next = random(2);
    const parts = ['a', '9', ' ', "'", '’', '-', '.', '\u0301', 'б', '漢', 'か', 'カ', 'ー', '한', '\uD840\uDC00', '\uD835\uDC00', '\uD83D\uDE00', '\uD800', '\uDC00', '١', '²'];
    for (let i = 0; i < 5000; i++) {
      const s = soup(next, parts, Math.floor(next() * 16));
      expect(countWords(s)).toBe(countWordsByRegex(s));
    }
  });
});

describe('topic matching', () => {
  it('finds in every fixture text what the keyword alternation finds', () => {
    for (const text of TEXTS) {
      expect(matchTopics(text)).toEqual(alternation(text));
      expect(matchTopics(text, ['Aurora Exchange Help Center', 'Aurora Exchange'])).toEqual(alternation(text, ['Aurora Exchange Help Center', 'Aurora Exchange']));
    }
  });
  it('finds in random keyword soups (plurals, cut keywords, prefixes, glued words) what the alternation finds', () => {
    const next = random(3);
    const keywords = [...NEUTRAL_KEYWORDS, ...TOPIC_IDS.flatMap((t) => TOPIC_KEYWORDS[t])].map((k) => k.replace(/\*$/, ''));
    const glue = [' ', '', '-', 's ', 'es ', 'e', 's', 'x', 'ing ', '. ', ' ¶ ', '\u200C', 'ها ', '’', "'", '2', '/', 'Ü', '\uD835\uDC00'];
    for (let i = 0; i < 3000; i++) {
      let s = '';
      for (let j = 0, n = 1 + Math.floor(next() * 6); j < n; j++) {
        let w = keywords[Math.floor(next() * keywords.length)] ?? '';
        if (next() < 0.3) w = w.slice(0, Math.max(1, Math.floor(next() * w.length)));
        if (next() < 0.2) w = w.toUpperCase();
        s += soup(next, glue, Math.floor(next() * 2)) + w + soup(next, glue, 1);
      }
      expect(matchTopics(s), s).toEqual(alternation(s));
    }
  });
});

describe('written dates', () => {
  const DATES = [
    '18 Oct 2025', 'October 18, 2025', '18th de septiembre, del 2025', '2025-10-18', '2025. 10. 18.', '18.10.2025', '10/18/2025',
    '2025年10月18日', '2025년 10월 18일', 'ngày 18 tháng 10 năm 2025', '۲۶ مهر ۱۴۰۴', '1404/07/26', 'Fri, 5 Sep, 2025', '12345678', '2025',
  ];
  it('finds the dates of a long text, read near its four-digit numbers only, as in each date alone', () => {
    const next = random(4);
    const filler = [' ', ' lorem ipsum dolor ', ' a ', 'x'.repeat(50), ' ¶ ', '.', '19', '/'];
    for (let i = 0; i < 1500; i++) {
      const pieces = Array.from({ length: 1 + Math.floor(next() * 6) }, () => DATES[Math.floor(next() * DATES.length)] ?? '');
      // ' ¶ ' keeps each date apart, whatever filler surrounds it
      const text = pieces.map((p) => ` ¶ ${soup(next, filler, Math.floor(next() * 8))} ¶ ${p} ¶ `).join('');
      for (const lang of ['en', 'ru'] as const) {
        const alone = pieces.flatMap((p) => datesInText(p, lang)).sort((a, b) => a - b);
        expect([...datesInText(text, lang)].sort((a, b) => a - b), text).toEqual(alone);
      }
    }
  });
  it('reads fixture texts the same after any prefix of padding (no date is cut at a stretch end)', () => {
    for (const text of TEXTS.slice(0, 20)) {
      const found = datesInText(text, 'en');
      for (const pad of [1, 37, 64, 65, 130]) expect(datesInText(`${'word '.repeat(pad)}${text}`, 'en')).toEqual(found);
    }
  });
});

describe('e-mail addresses in text', () => {
  // The pattern of contacts.ts, run over the whole text the direct way.
  const EMAIL_IN_TEXT = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?![a-z0-9-])/gi;
  const reference = (text: string): string[] => {
    const t = text.normalize('NFKC');
    const plain = t.replace(/\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*/gi, '@').replace(/\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*/gi, '.');
    const found = new Set<string>();
    for (const source of [t, plain]) {
      for (const m of source.matchAll(EMAIL_IN_TEXT)) {
        if (found.size >= 20) break;
        const e = cleanEmail(m[0]);
        if (e) found.add(e);
      }
    }
    return [...found];
  };
  it('finds what a search of the whole text finds, however the @ signs fall', () => {
    const next = random(5);
    const parts = ['a', 'ab.c', '@', '@@', 'x@y.example', 'Help@Acme.Example', 'a.b-c@d-e.f.gh', '[at]', ' (dot) ', '<at>', '{ @ }', ' ', '-', '.', '%', '+', 'z'.repeat(70), 'me@2x.png', 'ü', '\uD83D\uDE00'];
    for (let i = 0; i < 1500; i++) {
      const text = soup(next, parts, 1 + Math.floor(next() * 30));
      const html = `<html lang="en"><body><p>${text.replace(/</g, '&lt;')}</p></body></html>`;
      const visible = loadPage(html, 'https://help.acme.example/').visibleText();
      expect(judgePage({ html, url: 'https://help.acme.example/' }).contacts.emails, text).toEqual(reference(visible));
    }
  });
});

describe('the element index', () => {
  it('lists the elements cheerio selects, in the same order', () => {
    for (const html of PAGES) {
      const page = loadPage(html, 'https://help.example.example/');
      expect(page.elements()).toEqual(page.$('*').toArray());
      for (const name of ['form', 'meta', 'link', 'a', 'script', 'h1', 'title', 'iframe', 'time', 'input']) {
        expect(page.elementsNamed(name)).toEqual(page.$(name).toArray());
      }
    }
  });
  it('matches attributes as [name="value" i] and .class selectors do', () => {
    const html = `<div>${['type="SEARCH"', 'type="search "', 'type="Search"', 'TYPE="search"', 'type=""', 'class="a fw-x"', 'class="fw-x\tb"', 'class="fw-xy"', 'class="FW-X"', 'class=" fw-x "']
      .map((a, i) => `<input id="i${i}" ${a}>`)
      .join('')}</div>`;
    const page = loadPage(html, 'https://help.example.example/');
    const inputs = page.elementsNamed('input');
    expect(inputs).toHaveLength(10);
    for (const el of inputs) {
      expect(attributeIs(el, 'type', 'search')).toBe(page.$(el).is('[type="search" i]'));
      expect(hasClass(el, 'fw-x')).toBe(page.$(el).is('.fw-x'));
    }
    expect(inputs.filter((el) => attributeIs(el, 'type', 'search')).map((el) => el.attribs['id'])).toEqual(['i0', 'i2', 'i3']);
  });
});
