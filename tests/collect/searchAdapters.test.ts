/**
 * The search adapters without a network: how each builds its request URL, and how each
 * reads a response (built here as a FetchResult) into ranked results on the help center's
 * own hosts. The Zendesk parser also reads the real API responses in shared/real-samples.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chooseSearchAdapter, type SearchAdapter, type SearchParse } from '../../src/collect/search/adapters.js';
import { createFreshdeskAdapter } from '../../src/collect/search/freshdeskPortal.js';
import { createTemplateAdapter, encodeQueryFor } from '../../src/collect/search/urlTemplate.js';
import { createZendeskAdapter, describeZendeskError, parseZendeskSearch } from '../../src/collect/search/zendeskApi.js';
import { cleanText } from '../../src/collect/search/cleanText.js';
import type { FetchResult } from '../../src/types/observation.js';

const SAMPLES = '/work/shared/real-samples';
const ONE_RESULT = `${SAMPLES}/zendesk-hc-search-orangehrm-1result.json`;
const EMPTY = `${SAMPLES}/zendesk-hc-search-orangehrm-empty.json`;

function response(url: string, text: string | null, contentType: string | null, extra: Partial<FetchResult> = {}): FetchResult {
  return {
    url,
    finalUrl: url,
    redirects: [],
    status: 200,
    headers: contentType ? { 'content-type': contentType } : {},
    timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: 1, totalMs: 2 },
    body: text === null ? null : Buffer.from(text, 'utf8'),
    text,
    charset: text === null ? null : 'utf-8',
    charsetSource: text === null ? null : 'header',
    contentType,
    bytes: text === null ? 0 : Buffer.byteLength(text),
    attempts: 1,
    error: null,
    ...extra,
  };
}

function ok(parse: SearchParse): Extract<SearchParse, { ok: true }> {
  if (!parse.ok) throw new Error(`expected a result list, got ${parse.problem}: ${parse.message}`);
  return parse;
}

const HC = 'https://help.exchange.example';
const hosts = (...h: string[]) => ({ hosts: new Set(h) });

describe('Zendesk API adapter: requests', () => {
  const adapter = createZendeskAdapter({ startUrl: `${HC}/hc/en-us` });

  it('asks the search API at the help center origin with query, locale and per_page', () => {
    const req = adapter.request({ query: 'enable 2FA', locale: 'en-us' });
    expect(req).toEqual({ url: `${HC}/api/v2/help_center/articles/search.json?query=enable%202FA&locale=en-us&per_page=10`, accept: expect.stringContaining('application/json') });
    expect(adapter.id).toBe('zendesk-api');
    expect(adapter.ownHosts).toEqual(['help.exchange.example']);
  });

  it('percent-encodes non-Latin queries in UTF-8 and leaves the locale out when there is none', () => {
    const req = adapter.request({ query: '双重验证 & 2FA', locale: null });
    expect('url' in req && req.url).toBe(`${HC}/api/v2/help_center/articles/search.json?query=%E5%8F%8C%E9%87%8D%E9%AA%8C%E8%AF%81%20%26%202FA&per_page=10`);
  });

  it('lower-cases the locale and refuses junk instead of sending it', () => {
    const upper = adapter.request({ query: 'fees', locale: 'zh-CN' });
    expect('url' in upper && new URL(upper.url).searchParams.get('locale')).toBe('zh-cn');
    expect(adapter.request({ query: 'fees', locale: 'en-us&x=1' })).toEqual({ error: expect.stringContaining('not a locale') });
    expect(adapter.request({ query: '   ', locale: 'en-us' })).toEqual({ error: 'empty search query' });
  });

  it('builds nothing from a start URL that is not http(s)', () => {
    const bad = createZendeskAdapter({ startUrl: 'ftp://help.example/hc' });
    expect(bad.request({ query: 'x', locale: null })).toEqual({ error: expect.stringContaining('not an http(s) URL') });
  });
});

describe.runIf(existsSync(ONE_RESULT))('Zendesk API adapter: the real OrangeHRM sample with one result', () => {
  const text = existsSync(ONE_RESULT) ? readFileSync(ONE_RESULT, 'utf8') : '';

  it('reads the result when its html_url is on the help center host that was asked', () => {
    const res = response('https://starterhelp.orangehrm.com/api/v2/help_center/articles/search.json?query=user', text, 'application/json; charset=utf-8');
    const parsed = ok(parseZendeskSearch(res, hosts('starterhelp.orangehrm.com')));
    expect(parsed.total).toBe(1);
    expect(parsed.offHost).toBe(0);
    expect(parsed.mappedHost).toBeNull();
    expect(parsed.results).toEqual([
      {
        url: 'https://starterhelp.orangehrm.com/hc/en-us/articles/360018588480-How-to-Add-a-User-Account',
        title: 'How to Add a User Account',
        snippet: 'An organization may have a tool in place to store all employee data but may lack the ability to assign role-specific functions',
        updatedAt: '2021-11-16T08:00:26Z',
      },
    ]);
  });

  it('accepts the host-mapped domain when the *.zendesk.com account itself was asked', () => {
    const res = response('https://opensourcehelp.zendesk.com/api/v2/help_center/articles/search.json?query=user', text, 'application/json');
    const parsed = ok(parseZendeskSearch(res, hosts('opensourcehelp.zendesk.com')));
    expect(parsed.mappedHost).toBe('starterhelp.orangehrm.com');
    expect(parsed.results.map((r) => r.url)).toEqual(['https://starterhelp.orangehrm.com/hc/en-us/articles/360018588480-How-to-Add-a-User-Account']);
  });

  it('drops the result when an unrelated host answered with it', () => {
    const res = response('https://help.other.example/api/v2/help_center/articles/search.json?query=user', text, 'application/json');
    const parsed = ok(parseZendeskSearch(res, hosts('help.other.example')));
    expect(parsed.results).toEqual([]);
    expect(parsed.offHost).toBe(1);
    expect(parsed.mappedHost).toBeNull();
  });
});

describe.runIf(existsSync(EMPTY))('Zendesk API adapter: the real OrangeHRM sample with zero results', () => {
  it('is a working search that found nothing', () => {
    const res = response('https://starterhelp.orangehrm.com/api/v2/help_center/articles/search.json?query=zzz', readFileSync(EMPTY, 'utf8'), 'application/json');
    expect(parseZendeskSearch(res, hosts('starterhelp.orangehrm.com'))).toEqual({ ok: true, results: [], total: 0, offHost: 0, mappedHost: null });
  });
});

describe('Zendesk API adapter: answers that are not search results', () => {
  const url = `${HC}/api/v2/help_center/articles/search.json?query=x`;
  const ctx = hosts('help.exchange.example');

  it('an HTML page instead of JSON is not_json, whatever its Content-Type says', () => {
    const page = '<!DOCTYPE html><html><head><title>Sign in</title></head><body>Please sign in</body></html>';
    expect(parseZendeskSearch(response(url, page, 'text/html; charset=utf-8'), ctx)).toMatchObject({ ok: false, problem: 'not_json' });
    expect(parseZendeskSearch(response(url, page, 'application/json'), ctx)).toMatchObject({ ok: false, problem: 'not_json' });
    expect(parseZendeskSearch(response(url, 'plain words', 'text/plain'), ctx)).toMatchObject({ ok: false, problem: 'not_json' });
  });

  it('broken JSON is malformed_json, JSON without results unexpected_shape, nothing at all no_text', () => {
    expect(parseZendeskSearch(response(url, '{"count": 1, "results": [', 'application/json'), ctx)).toMatchObject({ ok: false, problem: 'malformed_json' });
    expect(parseZendeskSearch(response(url, '{"articles": []}', 'application/json'), ctx)).toMatchObject({ ok: false, problem: 'unexpected_shape' });
    expect(parseZendeskSearch(response(url, '[1,2,3]', 'application/json'), ctx)).toMatchObject({ ok: false, problem: 'unexpected_shape' });
    expect(parseZendeskSearch(response(url, 'null', 'application/json'), ctx)).toMatchObject({ ok: false, problem: 'unexpected_shape' });
    expect(parseZendeskSearch(response(url, '', 'application/json'), ctx)).toMatchObject({ ok: false, problem: 'no_text' });
    expect(parseZendeskSearch(response(url, null, 'application/octet-stream'), ctx)).toMatchObject({ ok: false, problem: 'no_text' });
  });

  it('JSON sent as text/html or without a type, and with a BOM, is still read', () => {
    const body = '\ufeff{"count":1,"results":[{"html_url":"https://help.exchange.example/hc/en-us/articles/1-A","title":"A"}]}';
    expect(ok(parseZendeskSearch(response(url, body, 'text/html'), ctx)).results).toHaveLength(1);
    expect(ok(parseZendeskSearch(response(url, body, null), ctx)).results).toHaveLength(1);
  });

  it('hostile JSON: only own-host http(s) articles, string fields, cleaned, capped, deduplicated', () => {
    const own = (id: number) => `https://help.exchange.example/hc/en-us/articles/${id}-x`;
    const results: unknown[] = [
      { html_url: 'javascript:alert(1)', title: 'script' },
      { html_url: own(1), title: `Bad\u0000ti\u202etle\n\n  with   space ${'x'.repeat(1000)}`, snippet: '<img src=x onerror=alert(1)><em>Enable</em> 2FA &amp; backup codes\u0007', updated_at: 'not a date' },
      { html_url: `${own(1)}#comments`, title: 'duplicate of 1' },
      { html_url: 'https://evil.example/hc/en-us/articles/2', url: 'https://evil.example/api/v2/x.json', title: 'elsewhere' },
      { html_url: own(3), title: 42, name: 'Named instead', snippet: { html: 'object' }, updated_at: '2025-03-01T10:00:00Z' },
      { html_url: own(4), title: 'a community post', result_type: 'community_post' },
      { html_url: 12345 },
      null,
      'string',
      { html_url: `https://help.exchange.example/${'a'.repeat(3000)}`, title: 'too long' },
      JSON.parse('{"__proto__": {"polluted": true}, "html_url": "https://help.exchange.example/hc/en-us/articles/5-p", "title": "proto"}'),
    ];
    for (let i = 0; i < 500; i++) results.push({ html_url: own(1000 + i), title: `filler ${i}` });
    const body = JSON.stringify({ count: 1e9, results });
    const parsed = ok(parseZendeskSearch(response(url, body, 'application/json'), ctx));
    expect(parsed.total).toBe(1e9);
    expect(parsed.offHost).toBe(1);
    expect(parsed.results.length).toBeLessThanOrEqual(100);
    const [first, second, third] = parsed.results;
    expect(first!.url).toBe(own(1));
    expect(first!.title.startsWith('Bad ti tle with space xxx')).toBe(true);
    expect(Array.from(first!.title).length).toBeLessThanOrEqual(300);
    expect(first!.title.endsWith('…')).toBe(true);
    expect(first!.snippet).toBe('Enable 2FA & backup codes');
    expect(first!.updatedAt).toBeUndefined();
    expect(second).toEqual({ url: own(3), title: 'Named instead', snippet: '', updatedAt: '2025-03-01T10:00:00Z' });
    expect(third!.title).toBe('proto');
    expect(parsed.results.some((r) => r.url.includes('/4-x') || r.url.includes('aaaa'))).toBe(false);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('a second mapped host in one answer is not accepted', () => {
    const body = JSON.stringify({
      results: [
        { html_url: 'https://help.acme.example/hc/en-us/articles/1-a', url: 'https://acme.zendesk.com/api/v2/help_center/en-us/articles/1.json', title: 'mapped' },
        { html_url: 'https://other.example/hc/en-us/articles/2-b', url: 'https://acme.zendesk.com/api/v2/help_center/en-us/articles/2.json', title: 'second host' },
        { html_url: 'https://third.example/hc/en-us/articles/3-c', url: 'https://elsewhere.zendesk.com/api/v2/x.json', title: 'another account' },
      ],
    });
    const parsed = ok(parseZendeskSearch(response('https://acme.zendesk.com/api/v2/help_center/articles/search.json?query=a', body, 'application/json'), hosts('acme.zendesk.com')));
    expect(parsed.results.map((r) => r.title)).toEqual(['mapped']);
    expect(parsed.mappedHost).toBe('help.acme.example');
    expect(parsed.offHost).toBe(2);
  });

  it('a 100 000-level nested array does not throw', () => {
    const deep = `{"results":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(ok(parseZendeskSearch(response(url, deep, 'application/json'), ctx)).results).toEqual([]);
  });

  it("describes Zendesk's error bodies, and nothing else", () => {
    const e400 = response(url, '{"error":"InvalidSearchParameters","description":"Missing search parameter: query"}', 'application/json', { status: 400 });
    expect(describeZendeskError(e400)).toBe('InvalidSearchParameters: Missing search parameter: query');
    const e403 = response(url, '{"error":{"title":"Forbidden","message":"You do not have access to this page.\\u0000"}}', 'application/json', { status: 403 });
    expect(describeZendeskError(e403)).toBe('Forbidden: You do not have access to this page.');
    expect(describeZendeskError(response(url, '<html><title>502</title></html>', 'text/html', { status: 502 }))).toBeNull();
    expect(describeZendeskError(response(url, '{"x":1}', 'application/json'))).toBeNull();
  });
});

describe('Freshdesk portal adapter', () => {
  it('asks /support/search/solutions without a language prefix on a single-language portal, /support/search after a 404', () => {
    const a = createFreshdeskAdapter({ startUrl: 'https://support.tortoise.example/support/home', locales: ['en'] });
    expect(a.request({ query: 'withdrawal fee', locale: 'en' })).toEqual({
      url: 'https://support.tortoise.example/support/search/solutions?term=withdrawal%20fee',
      fallbackUrl: 'https://support.tortoise.example/support/search?term=withdrawal%20fee',
      accept: expect.stringContaining('text/html'),
    });
  });

  it('asks under /<lang>/ (region in capitals) on a multilingual portal, or when the start URL has a prefix', () => {
    const multi = createFreshdeskAdapter({ startUrl: 'https://support.x.example/support/home', locales: ['en', 'zh-cn'] });
    const req = multi.request({ query: '提币', locale: 'zh-cn' });
    expect('url' in req && req.url).toBe('https://support.x.example/zh-CN/support/search/solutions?term=%E6%8F%90%E5%B8%81');
    const prefixed = createFreshdeskAdapter({ startUrl: 'https://support.x.example/ru-RU/support/home', locales: [] });
    const ru = prefixed.request({ query: 'комиссия', locale: 'ru' });
    expect('url' in ru && new URL(ru.url).pathname).toBe('/ru/support/search/solutions');
    expect(multi.request({ query: 'x', locale: null })).toMatchObject({ url: 'https://support.x.example/support/search/solutions?term=x' });
  });

  it('reads only solution-article links, in order, from the results area', () => {
    const a = createFreshdeskAdapter({ startUrl: 'https://support.x.example/support/home', locales: [] });
    const page = `<!DOCTYPE html><html><head><title>Search results</title></head><body>
      <header class="banner"><a href="/support/solutions/articles/1-header-link">Header</a></header>
      <nav class="page-tabs"><a href="/support/solutions">Solutions</a></nav>
      <section class="main content fc-search-results"><div id="search-page-results">
        <h2>Search results for “fee” (3)</h2>
        <ul class="c-list search-results">
          <li><div class="ellipsis"><a href="/support/solutions/articles/48000000002-fees" class="c-link">Fees</a></div><div class="description-text">Withdrawal <em>fee</em> is 1 USDT</div></li>
          <li><div class="ellipsis"><a href="/en/support/solutions/articles/48000000003-networks" class="c-link">Networks</a></div></li>
          <li><a href="/support/solutions/folders/48000000100">A folder</a></li>
          <li><a href="https://elsewhere.example/support/solutions/articles/9-x">Off site</a></li>
          <li><a href="/support/solutions/articles/48000000002-fees#top">Fees again</a></li>
        </ul>
      </div></section>
      <footer><a href="/support/solutions/articles/7-footer">Footer article</a></footer></body></html>`;
    const res = response('https://support.x.example/support/search/solutions?term=fee', page, 'text/html; charset=utf-8');
    const parsed = ok(a.parse(res, hosts('support.x.example')));
    expect(parsed.results).toEqual([
      { url: 'https://support.x.example/support/solutions/articles/48000000002-fees', title: 'Fees', snippet: 'Withdrawal fee is 1 USDT' },
      { url: 'https://support.x.example/en/support/solutions/articles/48000000003-networks', title: 'Networks', snippet: '' },
    ]);
    expect(parsed.offHost).toBe(1);
    expect(parsed.total).toBeNull();
  });

  it('a JSON or empty answer is not a results page', () => {
    const a = createFreshdeskAdapter({ startUrl: 'https://support.x.example/support/home', locales: [] });
    const url = 'https://support.x.example/support/search/solutions?term=x';
    expect(a.parse(response(url, '{"a":1}', 'application/json'), hosts('support.x.example'))).toMatchObject({ ok: false, problem: 'not_html' });
    expect(a.parse(response(url, ' ', 'text/html'), hosts('support.x.example'))).toMatchObject({ ok: false, problem: 'no_text' });
    expect(a.describeError(response(url, '<html><head><title>503 Service Temporarily Unavailable</title></head></html>', 'text/html', { status: 503 }))).toBe(
      '503 Service Temporarily Unavailable',
    );
  });
});

describe('search URL template adapter', () => {
  it('fills {query} (UTF-8 by default) and {locale}', () => {
    const a = createTemplateAdapter({ template: 'https://help.x.example/{locale}/search?q={query}&src=hc', startUrl: 'https://help.x.example/', charset: null });
    expect(a.request({ query: 'Как вывести USDT?', locale: 'ru' })).toEqual({
      url: 'https://help.x.example/ru/search?q=%D0%9A%D0%B0%D0%BA%20%D0%B2%D1%8B%D0%B2%D0%B5%D1%81%D1%82%D0%B8%20USDT%3F&src=hc',
      accept: expect.stringContaining('text/html'),
    });
    expect(a.ownHosts).toEqual(['help.x.example']);
    expect(a.endpoint).toBe('https://help.x.example/{locale}/search?q={query}&src=hc');
  });

  it('encodes the query in the page charset a browser on that page would use', () => {
    expect(encodeQueryFor('双重验证', 'gbk')).toBe('%CB%AB%D6%D8%D1%E9%D6%A4');
    expect(encodeQueryFor('双重验证', 'GB18030')).toBe('%CB%AB%D6%D8%D1%E9%D6%A4');
    expect(encodeQueryFor('Как', 'windows-1251')).toBe('%CA%E0%EA');
    expect(encodeQueryFor('双重验证', 'utf-8')).toBe('%E5%8F%8C%E9%87%8D%E9%AA%8C%E8%AF%81');
    expect(encodeQueryFor('a b&c=d', null)).toBe('a%20b%26c%3Dd');
    // Not representable in GBK: sent in UTF-8 rather than as question marks.
    expect(encodeQueryFor('提币 🚀', 'gbk')).toBe('%E6%8F%90%E5%B8%81%20%F0%9F%9A%80');
    expect(encodeQueryFor('x', 'no-such-charset')).toBe('x');
  });

  it('builds no request for a template without {query}, a non-http one, or {locale} without a locale', () => {
    expect(createTemplateAdapter({ template: 'https://help.x.example/search', startUrl: 'https://help.x.example/', charset: null }).request({ query: 'a', locale: null })).toEqual({
      error: 'the search URL template has no {query}',
    });
    expect(createTemplateAdapter({ template: 'javascript:{query}', startUrl: 'https://help.x.example/', charset: null }).request({ query: 'a', locale: null })).toEqual({
      error: expect.stringContaining('not an http(s) URL'),
    });
    const withLocale = createTemplateAdapter({ template: 'https://help.x.example/{locale}/search?q={query}', startUrl: 'https://help.x.example/', charset: null });
    expect(withLocale.request({ query: 'a', locale: null })).toEqual({ error: expect.stringContaining('needs {locale}') });
  });
});

describe('chooseSearchAdapter', () => {
  const startUrl = 'https://help.x.example/hc/en-us';
  const id = (a: SearchAdapter | null) => a?.id ?? null;

  it('a configured template wins; else Zendesk and Freshdesk by platform; else no search probe', () => {
    expect(id(chooseSearchAdapter({ platform: 'zendesk', searchUrl: 'https://help.x.example/s?q={query}', startUrl }))).toBe('url-template');
    expect(id(chooseSearchAdapter({ platform: 'zendesk', startUrl }))).toBe('zendesk-api');
    expect(id(chooseSearchAdapter({ platform: ' Zendesk ', searchUrl: null, startUrl }))).toBe('zendesk-api');
    expect(id(chooseSearchAdapter({ platform: 'freshdesk', startUrl: 'https://s.x.example/support/home' }))).toBe('freshdesk-portal');
    expect(id(chooseSearchAdapter({ platform: 'intercom', startUrl }))).toBeNull();
    expect(id(chooseSearchAdapter({ platform: 'other', startUrl }))).toBeNull();
    expect(id(chooseSearchAdapter({ platform: null, startUrl }))).toBeNull();
    expect(id(chooseSearchAdapter({ platform: 'zendesk', startUrl: 'not a url' }))).toBeNull();
  });

  it('passes the page charset to the template adapter', () => {
    const a = chooseSearchAdapter({ searchUrl: 'https://help.x.example/s?kw={query}', startUrl, pageCharset: 'gbk' });
    expect(a?.request({ query: '提币', locale: null })).toMatchObject({ url: 'https://help.x.example/s?kw=%CC%E1%B1%D2' });
  });
});

describe('cleanText', () => {
  it('strips control and bidi-override characters, keeps ZWNJ, collapses space, caps by code point', () => {
    expect(cleanText('a\u0000b\u001b[31mc\u202e\u2066d\u0085e', 100)).toBe('a b [31mc d e');
    expect(cleanText('می\u200cخواهم', 100)).toBe('می\u200cخواهم');
    expect(cleanText('😀😀😀😀', 3)).toBe('😀😀…');
    expect(cleanText(`  ${'x'.repeat(10_000_000)}`, 5)).toBe('xxxx…');
  });
});
