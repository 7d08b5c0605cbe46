/**
 * The Zendesk Help Center search API:
 * `GET <origin>/api/v2/help_center/articles/search.json?query=<q>&locale=<locale>&per_page=10`.
 * Anonymous requests see public articles only, which is what a user sees. The answer is
 * `{ count, results: [{ html_url, title, snippet, updated_at, url, result_type, … }] }`
 * (shared/real-samples/zendesk-hc-search-orangehrm-*.json); `snippet` is HTML with
 * `<em>` around the hit, and is read as text here.
 *
 * Hosts. A result is kept when its `html_url` is on one of the help center's own hosts.
 * One exception, Zendesk host mapping: an account `acme.zendesk.com` may serve its help
 * center on `help.acme.com`, and its API then reports `url` (the article's API address) on
 * the zendesk.com host and `html_url` on the mapped domain (as in the real sample). When
 * the search was asked of a `*.zendesk.com` host, a result whose `url` is on that very
 * host has its `html_url` host accepted as the mapped domain: one mapped host per
 * response, the first seen; anything else off the help center's hosts is counted in
 * `offHost` and never fetched.
 *
 * Failures are data: an HTML page instead of JSON (a login wall, a theme's catch-all) is
 * `not_json`, JSON that does not parse `malformed_json`, JSON without a `results` array
 * `unexpected_shape`; `count: 0` with no results is a working search that found nothing.
 * The body is already capped by the HTTP client; at most 100 results are read, and only
 * string fields are taken from them.
 */
import { load } from 'cheerio/slim';
import type { FetchResult } from '../../types/observation.js';
import type { SearchAdapter, SearchAsk, SearchParse, SearchParseContext, SearchRequest, SearchResult } from './adapters.js';
import { cleanText, MAX_RESULT_URL_CHARS, MAX_SNIPPET_CHARS, MAX_TITLE_CHARS } from './cleanText.js';
import { hostOf, httpUrl } from './hosts.js';
import { htmlErrorTitle, isJsonResponse } from './responseType.js';

const SEARCH_PATH = '/api/v2/help_center/articles/search.json';
const DEFAULT_PER_PAGE = 10;
/** Results read from one response, whatever it claims. */
const MAX_RESULTS_READ = 100;
const ACCEPT_JSON = 'application/json, text/javascript;q=0.5, */*;q=0.1';
/** Zendesk's own hosts, where an account lives before (or besides) host mapping. */
const ZENDESK_HOST = /(?:^|\.)zendesk\.com(?::\d+)?$/i;
const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,3}$/i;

export interface ZendeskAdapterOptions {
  /** The help center's start URL: the API is asked at its origin. */
  startUrl: string;
  /** `per_page` (1–100; default 10). */
  perPage?: number;
}

export function createZendeskAdapter(opts: ZendeskAdapterOptions): SearchAdapter {
  const start = httpUrl(opts.startUrl);
  const perPage = Math.min(100, Math.max(1, Math.floor(opts.perPage ?? DEFAULT_PER_PAGE)));
  return {
    id: 'zendesk-api',
    ownHosts: start ? [start.host] : [],
    endpoint: start ? `${start.origin}${SEARCH_PATH}` : opts.startUrl.slice(0, 2000),
    request(ask: SearchAsk): SearchRequest {
      if (!start) return { error: `the help center's start URL is not an http(s) URL: ${opts.startUrl.slice(0, 200)}` };
      if (ask.query.trim() === '') return { error: 'empty search query' };
      let url = `${start.origin}${SEARCH_PATH}?query=${encodeURIComponent(ask.query)}`;
      if (ask.locale !== null) {
        if (!LOCALE.test(ask.locale)) return { error: `not a locale code: ${ask.locale.slice(0, 40)}` };
        url += `&locale=${encodeURIComponent(ask.locale.toLowerCase())}`;
      }
      url += `&per_page=${perPage}`;
      return { url, accept: ACCEPT_JSON };
    },
    parse: parseZendeskSearch,
    describeError: (res) => describeZendeskError(res) ?? htmlErrorTitle(res),
  };
}

/** JSON body of `res`, or why there is none. */
function readJson(res: FetchResult): { value: unknown } | { problem: 'not_json' | 'malformed_json' | 'no_text'; message: string } {
  if (res.text === null || res.text.trim() === '') return { problem: 'no_text', message: 'the search API answered an empty or non-text body' };
  const text = res.text.replace(/^\ufeff/, '');
  const first = /\S/.exec(text.slice(0, 1024))?.[0] ?? '';
  // Judged by the body first: JSON sent as text/html still counts, an HTML page sent as JSON does not.
  if (first === '<' || (!isJsonResponse(res) && first !== '{' && first !== '[')) {
    return { problem: 'not_json', message: `the search API answered ${res.contentType ? cleanText(res.contentType, 80) : 'a body without Content-Type'}, not JSON` };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    return { problem: 'malformed_json', message: `the search API's JSON does not parse: ${cleanText((err as Error).message, 160)}` };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** An HTML snippet (`…how to <em>enable</em> 2FA &amp; …`) as plain text. */
function snippetText(html: string): string {
  const bounded = html.slice(0, MAX_SNIPPET_CHARS * 8);
  if (!/[<&]/.test(bounded)) return cleanText(bounded, MAX_SNIPPET_CHARS);
  const text = load(bounded, { xml: { xmlMode: false, decodeEntities: true } }, false).root().text();
  return cleanText(text, MAX_SNIPPET_CHARS);
}

function isoDate(v: unknown): string | undefined {
  const s = str(v);
  if (s === null || s.length > 40 || !/^\d{4}-\d{2}-\d{2}/.test(s) || Number.isNaN(Date.parse(s))) return undefined;
  return s;
}

export function parseZendeskSearch(res: FetchResult, ctx: SearchParseContext): SearchParse {
  const read = readJson(res);
  if (!('value' in read)) return { ok: false, problem: read.problem, message: read.message };
  const body = read.value;
  if (!isRecord(body) || !Array.isArray(body['results'])) {
    return { ok: false, problem: 'unexpected_shape', message: 'the search API answered JSON without a "results" array' };
  }
  const count = body['count'];
  const total = typeof count === 'number' && Number.isFinite(count) && count >= 0 ? Math.floor(count) : null;
  const answeredBy = new Set([hostOf(res.url), hostOf(res.finalUrl)].filter((h): h is string => h !== null && ZENDESK_HOST.test(h)));

  const results: SearchResult[] = [];
  const seen = new Set<string>();
  let offHost = 0;
  let mappedHost: string | null = null;
  for (const item of (body['results'] as unknown[]).slice(0, MAX_RESULTS_READ)) {
    if (!isRecord(item)) continue;
    const type = str(item['result_type']);
    if (type !== null && type !== 'article') continue;
    const raw = str(item['html_url']);
    if (raw === null || raw.length > MAX_RESULT_URL_CHARS) continue;
    const url = httpUrl(raw);
    if (!url) continue;
    url.hash = '';
    if (!ctx.hosts.has(url.host)) {
      const apiHost = hostOf(str(item['url']) ?? '');
      const mapped = apiHost !== null && answeredBy.has(apiHost) && url.host !== apiHost && (mappedHost === null || mappedHost === url.host);
      if (!mapped) {
        offHost++;
        continue;
      }
      mappedHost = url.host;
    }
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const title = cleanText(str(item['title']) ?? str(item['name']) ?? '', MAX_TITLE_CHARS);
    const result: SearchResult = { url: url.href, title, snippet: snippetText(str(item['snippet']) ?? '') };
    const updatedAt = isoDate(item['updated_at']) ?? isoDate(item['edited_at']);
    if (updatedAt !== undefined) result.updatedAt = updatedAt;
    results.push(result);
  }
  return { ok: true, results, total, offHost, mappedHost };
}

/**
 * Zendesk's error bodies: `{"error":"InvalidSearchParameters","description":"…"}`, or
 * `{"error":{"title":"Forbidden","message":"…"}}`, or `{"errors":…}`. Cleaned, or null.
 */
export function describeZendeskError(res: FetchResult): string | null {
  if (res.text === null) return null;
  const read = readJson(res);
  if (!('value' in read) || !isRecord(read.value)) return null;
  const body = read.value;
  const parts: string[] = [];
  const error = body['error'];
  if (typeof error === 'string') parts.push(error);
  else if (isRecord(error)) {
    for (const key of ['title', 'message']) {
      const v = str(error[key]);
      if (v) parts.push(v);
    }
  }
  for (const key of ['description', 'details', 'message']) {
    const v = str(body[key]);
    if (v) parts.push(v);
  }
  if (parts.length === 0) return null;
  return cleanText(parts.join(': '), 300);
}
