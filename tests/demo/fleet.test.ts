/**
 * The simulated exchanges as served on loopback: every listed page answers 200
 * in its declared charset and decodes back to exactly its source, unknown paths
 * get the exchange's 404 page, dates never leak as placeholders, redirects and
 * the Zendesk language switch work, and the search page and Help Center search
 * API answer like the real ones. Once on 127.0.0.1, once on ::1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { demoFetch } from '../helpers/demoFetch.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFixturesDir, startFleet, type Fleet, type FleetExchange } from '../../src/demo/fleet.js';
import { loadExchange, type LoadedExchange } from '../../src/demo/exchangeSpec.js';
import { resolveSitePath } from '../../src/demo/sitePaths.js';
import { expandDatePlaceholders } from '../../src/demo/datePlaceholders.js';

const NOW = new Date('2026-11-25T06:00:00Z');

interface Got {
  status: number;
  headers: Headers;
  body: Buffer;
  ms: number;
}

async function get(url: string, timeoutMs = 5000): Promise<Got> {
  const started = Date.now();
  const res = await demoFetch(url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const ms = Date.now() - started;
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()), ms };
}

/** GET until a non-5xx answer arrives; the flaky exchange fails or hangs on a fixed share of requests. */
async function getThroughFaults(url: string, faulty: boolean): Promise<Got> {
  if (!faulty) return get(url);
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      const r = await get(url, 800);
      if (r.status < 500) return r;
    } catch {
      // a hang: the server holds the request for 8 s; give up on this attempt
    }
  }
  throw new Error(`no answer from ${url} after 40 attempts`);
}

/** Percent-encodes a query value the way a browser does on a page in `charset`. */
function formEncode(value: string, charset: string): string {
  return [...iconv.encode(value, charset)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

const SITE_CHARSET_TYPES = new Set(['text/html', 'text/plain']);
const TYPES: Record<string, string> = { '.html': 'text/html', '.txt': 'text/plain', '.json': 'application/json', '.css': 'text/css', '.atom': 'application/atom+xml' };

function expectedContentType(x: LoadedExchange, file: string): string {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  if (!SITE_CHARSET_TYPES.has(type)) return `${type}; charset=utf-8`;
  return x.spec.server.charsetInHeader ? `${type}; charset=${x.spec.server.charset.toLowerCase()}` : type;
}

function decode(x: LoadedExchange, got: Got): string {
  const type = (got.headers.get('content-type') ?? '').split(';')[0]!;
  return SITE_CHARSET_TYPES.has(type) ? iconv.decode(got.body, x.spec.server.charset) : got.body.toString('utf8');
}

describe('the fleet on 127.0.0.1', () => {
  let fleet: Fleet;
  const loaded = new Map<string, LoadedExchange>();
  const ex = (id: string): FleetExchange => fleet.exchanges.find((e) => e.id === id)!;

  beforeAll(async () => {
    fleet = await startFleet({ now: () => NOW });
    for (const e of fleet.exchanges) loaded.set(e.id, await loadExchange(defaultFixturesDir(), e.id));
  });
  afterAll(async () => {
    await fleet?.close();
  });

  it('serves the eight exchanges on loopback ports with configs pointing at them', () => {
    expect(fleet.exchanges.map((e) => e.id)).toEqual(['aurora', 'dustvault', 'flakybit', 'lanternfly', 'longmen', 'polarbirzha', 'simorgh', 'tortoise']);
    for (const e of fleet.exchanges) {
      // Every exchange but one (dustvault, plain http on purpose) serves HTTPS with the demo CA.
      expect(e.baseUrl).toMatch(e.spec.server.tls ? /^https:\/\/127\.0\.0\.1:\d+$/ : /^http:\/\/127\.0\.0\.1:\d+$/);
      expect(e.config.channels.helpCenter?.url).toBe(`${e.baseUrl}${e.spec.startPath}`);
    }
    expect(ex('aurora').config.channels.status?.url).toBe(`${ex('aurora').baseUrl}/status`);
    expect(ex('aurora').config.channels.helpCenter?.platform).toBe('zendesk');
    expect(ex('aurora').config.channels.helpCenter?.searchUrl).toBeUndefined();
    expect(ex('tortoise').config.channels.helpCenter?.searchUrl).toBe(`${ex('tortoise').baseUrl}/support/search/solutions?term={query}`);
    expect(ex('simorgh').config.channels.helpCenter?.searchUrl).toBe(`${ex('simorgh').baseUrl}/{locale}/help/search?q={query}`);
  });

  it(
    'answers every listed page with 200, the declared charset and exactly the source text',
    async () => {
      let checked = 0;
      await Promise.all(
        fleet.exchanges.map(async (e) => {
          const x = loaded.get(e.id)!;
          const faulty = x.spec.server.faults !== undefined;
          await Promise.all(
            x.spec.pages.map(async (p) => {
              const got = await getThroughFaults(`${e.baseUrl}${p}`, faulty);
              expect(got.status, `${e.id} ${p}`).toBe(200);
              const text = decode(x, got);
              expect(text.includes('{{date:'), `${e.id} ${p} leaks a date placeholder`).toBe(false);
              expect(text.includes('\ufffd'), `${e.id} ${p} has undecodable bytes`).toBe(false);
              const found = await resolveSitePath(x.siteDir, p);
              if (found.kind !== 'file') {
                // a search page rendered by the server
                expect(got.headers.get('content-type')).toBe(expectedContentType(x, 'page.html'));
                return;
              }
              expect(got.headers.get('content-type'), `${e.id} ${p}`).toBe(expectedContentType(x, found.file));
              expect(text, `${e.id} ${p}`).toBe(expandDatePlaceholders(readFileSync(found.file, 'utf8'), NOW));
              checked++;
            }),
          );
        }),
      );
      expect(checked).toBeGreaterThan(250);
    },
    60_000,
  );

  it('puts GBK bytes on the wire for longmen, with the charset only in its <meta http-equiv>', async () => {
    const got = await get(`${ex('longmen').baseUrl}/help`);
    expect(got.headers.get('content-type')).toBe('text/html');
    expect(got.body.includes(Buffer.from('龙门交易所', 'utf8'))).toBe(false);
    expect(got.body.includes(iconv.encode('龙门交易所', 'gbk'))).toBe(true);
    const text = iconv.decode(got.body, 'gbk');
    expect(text).toContain('龙门交易所 帮助中心');
    expect(text).toContain('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />');
    expect(text).toMatch(/2026年11月2\d日/);
    expect(got.body.toString('utf8')).not.toContain('龙门');
  });

  it('puts windows-1251 bytes on the wire for polarbirzha, declared in the header and the page', async () => {
    const got = await get(`${ex('polarbirzha').baseUrl}/support/article/501-kak-vklyuchit-2fa`);
    expect(got.headers.get('content-type')).toBe('text/html; charset=windows-1251');
    expect(got.body.includes(iconv.encode('Полярная биржа', 'windows-1251'))).toBe(true);
    expect(got.body.includes(Buffer.from('Полярная', 'utf8'))).toBe(false);
    const text = iconv.decode(got.body, 'windows-1251');
    expect(text).toContain('<meta charset="windows-1251">');
    expect(text).toContain('Профиль › Безопасность › Двухфакторная аутентификация');
    expect(text).toContain('13 ноября 2026 г.');
    expect(text).toContain('Телефон: <a href="tel:+74951502784">+7 (495) 150-27-84</a>');
  });

  it('serves Persian, Korean and Chinese pages in UTF-8 with their own date formats', async () => {
    const fa = decode(loaded.get('simorgh')!, await get(`${ex('simorgh').baseUrl}/fa/help`));
    expect(fa).toContain('<html lang="fa" dir="rtl">');
    expect(fa).toContain('مرکز راهنمای صرافی سیمرغ');
    const faArticle = await get(`${ex('simorgh').baseUrl}/fa/help/article/707`);
    expect(faArticle.status).toBe(200);
    // 2026-11-23 is 2 Azar 1405 in the Solar Hijri calendar.
    expect(decode(loaded.get('simorgh')!, faArticle)).toContain('۲ آذر ۱۴۰۵');
    const ko = await get(`${ex('lanternfly').baseUrl}/ko/support/faq/3106`);
    expect(ko.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ko.headers.get('content-language')).toBe('ko-KR');
    expect(ko.body.toString('utf8')).toContain('2026년 11월 20일');
    const zh = await get(`${ex('aurora').baseUrl}/hc/zh-cn/articles/4410358201127`);
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-language')).toBe('zh-cn');
    expect(zh.body.toString('utf8')).toContain('如何开启双重验证（2FA）');
  });

  it('answers unknown paths, and the hidden templates, with the exchange 404 page', async () => {
    const checks = fleet.exchanges.flatMap((e) => {
      const x = loaded.get(e.id)!;
      const expected = expandDatePlaceholders(readFileSync(path.join(x.siteDir, x.spec.notFoundPage), 'utf8'), NOW);
      return ['/no/such/page-7f3a', `/${x.spec.notFoundPage}`, '/_templates/search.html', '/.env'].map(async (p) => {
        const got = await getThroughFaults(`${e.baseUrl}${p}`, x.spec.server.faults !== undefined);
        expect(got.status, `${e.id} ${p}`).toBe(404);
        expect(got.headers.get('content-type')).toBe(expectedContentType(x, 'page.html'));
        expect(decode(x, got), `${e.id} ${p}`).toBe(expected);
      });
    });
    expect(checks.length).toBe(32);
    await Promise.all(checks);
  });

  it('serves robots.txt as text (allowing all on aurora, the forum disallowed on tortoise)', async () => {
    await Promise.all(
      fleet.exchanges.map(async (e) => {
        const got = await get(`${e.baseUrl}/robots.txt`);
        expect(got.status, e.id).toBe(200);
        expect(got.headers.get('content-type')!.startsWith('text/plain')).toBe(true);
        expect(got.body.toString('utf8')).toMatch(/^User-agent: /m);
      }),
    );
    expect((await get(`${ex('aurora').baseUrl}/robots.txt`)).body.toString()).toBe('# Aurora Exchange Help Center\nUser-agent: *\nAllow: /\n');
    expect((await get(`${ex('tortoise').baseUrl}/robots.txt`)).body.toString()).toContain('Disallow: /support/discussions\n');
  });

  it('redirects the bare host to the help center and answers the Zendesk language switch', async () => {
    const root = await get(`${ex('aurora').baseUrl}/`);
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/hc/en-us');
    const sw = await get(`${ex('aurora').baseUrl}/hc/change_language/zh-cn?return_to=%2Fhc%2Fzh-cn%2Farticles%2F4410358201127`);
    expect(sw.status).toBe(302);
    expect(sw.headers.get('location')).toBe('/hc/zh-cn/articles/4410358201127');
    // Every language-switch link on the home page lands on a page that exists.
    const home = (await get(`${ex('aurora').baseUrl}/hc/en-us`)).body.toString('utf8');
    const links = [...home.matchAll(/href="(\/hc\/change_language\/[^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBe(8);
    for (const link of links) {
      const r = await get(`${ex('aurora').baseUrl}${link}`);
      expect(r.status).toBe(302);
      expect((await get(`${ex('aurora').baseUrl}${r.headers.get('location')}`)).status, link).toBe(200);
    }
    expect((await get(`${ex('tortoise').baseUrl}/`)).headers.get('location')).toBe('/support/home');
  });

  it('answers the Zendesk Help Center search API in the shape of the real one', async () => {
    const base = ex('aurora').baseUrl;
    const got = await get(`${base}/api/v2/help_center/articles/search.json?query=two-factor%20authentication`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = JSON.parse(got.body.toString('utf8'));
    // Top-level and result keys of the recorded orangehrm response (shared/real-samples).
    expect(Object.keys(body).sort()).toEqual(['count', 'next_page', 'page', 'page_count', 'per_page', 'previous_page', 'results']);
    expect(body.count).toBeGreaterThanOrEqual(2);
    expect(body.count).toBe(body.results.length);
    const REAL_RESULT_KEYS = ['id', 'url', 'html_url', 'author_id', 'comments_disabled', 'draft', 'promoted', 'position', 'vote_sum', 'vote_count', 'section_id', 'created_at', 'updated_at', 'name', 'title', 'source_locale', 'locale', 'outdated', 'outdated_locales', 'edited_at', 'user_segment_id', 'permission_group_id', 'content_tag_ids', 'label_names', 'snippet', 'result_type'];
    for (const r of body.results) {
      expect(Object.keys(r).sort()).toEqual([...REAL_RESULT_KEYS].sort());
      expect(r.result_type).toBe('article');
      expect(r.locale).toBe('en-us');
      expect(r.html_url.startsWith(`${base}/hc/en-us/articles/${r.id}-`)).toBe(true);
      expect(r.url).toBe(`${base}/api/v2/help_center/en-us/articles/${r.id}.json`);
      expect(r.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
      expect(typeof r.section_id).toBe('number');
    }
    const top = body.results[0];
    expect(top.title).toBe('How to enable two-factor authentication (2FA)');
    expect(top.snippet).toMatch(/<em>two-factor<\/em>/i);
    expect(top.section_id).toBe(4410294401433);
    const page = await get(top.html_url);
    expect(page.status).toBe(200);
    expect(page.body.toString('utf8')).toContain(`<time datetime="${top.updated_at}"`);

    const none = JSON.parse((await get(`${base}/api/v2/help_center/articles/search.json?query=qzxv%20wplkj`)).body.toString('utf8'));
    expect(none).toEqual({ count: 0, next_page: null, page: 1, page_count: 0, per_page: 25, previous_page: null, results: [] });

    const zh = JSON.parse((await get(`${base}/api/v2/help_center/zh-cn/articles/search.json?query=${encodeURIComponent('双重验证')}`)).body.toString('utf8'));
    expect(zh.count).toBeGreaterThanOrEqual(1);
    for (const r of zh.results) {
      expect(r.locale).toBe('zh-cn');
      expect(r.html_url).toContain('/hc/zh-cn/articles/');
    }
    expect((await get(`${base}/api/v2/help_center/articles/search.json`)).status).toBe(400);
  });

  it('answers the HTML search pages, in the page charset, including wrong-language answers on longmen', async () => {
    const lm = loaded.get('longmen')!;
    const gbk = await get(`${ex('longmen').baseUrl}/help/search?keyword=${formEncode('API密钥权限', 'gbk')}`);
    expect(gbk.status).toBe(200);
    const lmText = decode(lm, gbk);
    expect(lmText).toContain('href="/help/articles/1007"');
    expect(lmText).toContain('“API密钥权限”的搜索结果');

    const pb = loaded.get('polarbirzha')!;
    const cp = decode(pb, await get(`${ex('polarbirzha').baseUrl}/support/poisk?q=${formEncode('комиссии вывод', 'windows-1251')}`));
    expect(cp).toContain('href="/support/article/504-komissii-za-vvod-i-vyvod"');

    const sm = decode(loaded.get('simorgh')!, await get(`${ex('simorgh').baseUrl}/fa/help/search?q=${encodeURIComponent('فیشینگ')}`));
    expect(sm).toContain('/fa/help/article/707-');
    expect(sm).not.toContain('/en/help/article/707-');

    const tt = loaded.get('tortoise')!;
    const nothing = decode(tt, await get(`${ex('tortoise').baseUrl}/support/search/solutions?term=phishing`));
    expect(nothing).toContain('No results found for “phishing”');
    const found = decode(tt, await get(`${ex('tortoise').baseUrl}/support/search/solutions?term=withdrawal`));
    expect(found).toContain('/support/solutions/articles/48000134005-how-long-do-withdrawals-take-');
  });

  it('serves the Statuspage API under /status for aurora and flakybit', async () => {
    const s = JSON.parse((await get(`${ex('aurora').baseUrl}/status/api/v2/summary.json`)).body.toString('utf8'));
    expect(Object.keys(s)).toEqual(['page', 'components', 'incidents', 'scheduled_maintenances', 'status']);
    expect(s.status).toEqual({ indicator: 'none', description: 'All Systems Operational' });
    expect(s.components.length).toBeGreaterThanOrEqual(8);
    const inc = JSON.parse((await get(`${ex('aurora').baseUrl}/status/api/v2/incidents.json`)).body.toString('utf8'));
    expect(inc.incidents[0].status).toBe('resolved');
    expect(Date.parse(inc.incidents[0].resolved_at)).toBeLessThan(NOW.getTime());
    expect(inc.incidents[0].incident_updates.map((u: { status: string }) => u.status)).toEqual(['resolved', 'monitoring', 'identified', 'investigating']);
    const flaky = JSON.parse((await getThroughFaults(`${ex('flakybit').baseUrl}/status/api/v2/summary.json`, true)).body.toString('utf8'));
    expect(flaky.status.indicator).toBe('minor');
    expect(flaky.incidents.length).toBe(1);
  });

  it('is fast on aurora, gzips it, and is slow on tortoise', async () => {
    const fast = await get(`${ex('aurora').baseUrl}/hc/en-us`);
    expect(fast.headers.get('content-encoding')).toBe('gzip');
    expect(fast.ms).toBeLessThan(1000);
    const slow = await get(`${ex('tortoise').baseUrl}/support/home`);
    expect(slow.ms).toBeGreaterThanOrEqual(950);
    expect(slow.headers.get('content-encoding')).toBeNull();
  });
});

describe('the fleet on ::1', () => {
  let fleet: Fleet;
  beforeAll(async () => {
    fleet = await startFleet({ host: '::1', now: () => NOW });
  });
  afterAll(async () => {
    await fleet?.close();
  });

  it('serves every exchange start page and robots.txt over IPv6', async () => {
    await Promise.all(
      fleet.exchanges.map(async (e) => {
        expect(e.baseUrl).toMatch(e.spec.server.tls ? /^https:\/\/\[::1\]:\d+$/ : /^http:\/\/\[::1\]:\d+$/);
        const start = await getThroughFaults(`${e.baseUrl}${e.spec.startPath}`, e.spec.server.faults !== undefined);
        expect(start.status, e.id).toBe(200);
        expect(start.body.length).toBeGreaterThan(1000);
        expect((await get(`${e.baseUrl}/robots.txt`)).status).toBe(200);
      }),
    );
  });
});

describe('the fleet over TLS', () => {
  it('serves HTTPS that fails without the demo CA and works with it; dustvault stays plain http', async () => {
    const fleet = await startFleet({ exchanges: ['aurora', 'dustvault'] });
    try {
      const aurora = fleet.exchanges.find((e) => e.id === 'aurora')!;
      const dust = fleet.exchanges.find((e) => e.id === 'dustvault')!;
      expect(aurora.baseUrl.startsWith('https://')).toBe(true);
      expect(dust.baseUrl.startsWith('http://')).toBe(true);
      await expect(fetch(`${aurora.baseUrl}/robots.txt`)).rejects.toThrow();
      expect((await demoFetch(`${aurora.baseUrl}/robots.txt`)).status).toBe(200);
      expect(fleet.ca).toContain('BEGIN CERTIFICATE');
    } finally {
      await fleet.close();
    }
  });
});
