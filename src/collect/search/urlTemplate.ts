/**
 * A search URL template from the config (`helpCenter.searchUrl`), e.g.
 * `https://help.example/search?keyword={query}` or `https://help.example/{locale}/search?q={query}`:
 * `{query}` and `{locale}` are replaced, percent-encoded, and the HTML results page is read
 * generically by resultLinks.ts (links in the results area that look like articles).
 *
 * Encoding. `{query}` is percent-encoded in UTF-8, unless the help center's pages are in a
 * legacy charset (`pageCharset`: GBK, Big5, Shift_JIS, windows-1251, …): a browser submits
 * a search form on such a page in the page's charset, and old sites decode only that, so
 * the query is encoded the same way, falling back to UTF-8 when the charset cannot
 * represent the query. Spaces are `%20`. A template that needs `{locale}` for a question
 * that has none, or that is not an http(s) URL with `{query}`, builds no request.
 */
import iconv from 'iconv-lite';
import type { FetchResult } from '../../types/observation.js';
import type { SearchAdapter, SearchAsk, SearchParse, SearchParseContext, SearchRequest } from './adapters.js';
import { cleanText } from './cleanText.js';
import { httpUrl } from './hosts.js';
import { extractResultLinks } from './resultLinks.js';
import { htmlErrorTitle, isHtmlResponse } from './responseType.js';

const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii', 'unicode-1-1-utf-8']);
const LOCALE = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8}){0,3}$/i;

export interface TemplateAdapterOptions {
  /** The template, with `{query}` and optionally `{locale}`. */
  template: string;
  startUrl: string;
  /** Charset of the help center's pages (null: UTF-8). */
  charset: string | null;
}

/** Percent-encodes bytes: RFC 3986 unreserved characters stay as they are. */
function percentEncode(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/**
 * `query` percent-encoded as a form on a page in `charset` would send it: in that charset
 * when it can represent the query, else (and for UTF-8 pages) in UTF-8.
 */
export function encodeQueryFor(query: string, charset: string | null): string {
  const cs = (charset ?? '').trim().toLowerCase();
  if (cs !== '' && !UTF8_NAMES.has(cs) && iconv.encodingExists(cs)) {
    const bytes = iconv.encode(query, cs);
    if (iconv.decode(bytes, cs) === query) return percentEncode(bytes);
  }
  return percentEncode(Buffer.from(query, 'utf8'));
}

export function createTemplateAdapter(opts: TemplateAdapterOptions): SearchAdapter {
  const template = opts.template.trim();
  const probe = httpUrl(template.replaceAll('{query}', 'q').replaceAll('{locale}', 'en'));
  const problem = !template.includes('{query}')
    ? 'the search URL template has no {query}'
    : probe === null
      ? `the search URL template is not an http(s) URL: ${template.slice(0, 200)}`
      : null;
  const start = httpUrl(opts.startUrl);
  const ownHosts = [...new Set([probe?.host, start?.host].filter((h): h is string => h !== undefined))];
  return {
    id: 'url-template',
    ownHosts,
    endpoint: template.slice(0, 2000),
    request(ask: SearchAsk): SearchRequest {
      if (problem !== null) return { error: problem };
      if (ask.query.trim() === '') return { error: 'empty search query' };
      let filled = template;
      if (template.includes('{locale}')) {
        if (ask.locale === null) return { error: 'the search URL template needs {locale}, and this question has no help-center locale' };
        if (!LOCALE.test(ask.locale)) return { error: `not a locale code: ${ask.locale.slice(0, 40)}` };
        filled = filled.replaceAll('{locale}', encodeURIComponent(ask.locale));
      }
      filled = filled.replaceAll('{query}', encodeQueryFor(ask.query, opts.charset));
      const url = httpUrl(filled);
      if (!url) return { error: `the filled search URL is not an http(s) URL: ${filled.slice(0, 200)}` };
      return { url: url.href, accept: ACCEPT_HTML };
    },
    parse(res: FetchResult, ctx: SearchParseContext): SearchParse {
      if (res.text === null || res.text.trim() === '') return { ok: false, problem: 'no_text', message: 'the search page answered an empty or non-text body' };
      if (!isHtmlResponse(res)) return { ok: false, problem: 'not_html', message: `the search page answered ${res.contentType ? cleanText(res.contentType, 80) : 'a body without Content-Type'}, not HTML` };
      const asked = httpUrl(res.url);
      const found = extractResultLinks(res.text, { pageUrl: res.finalUrl, hosts: ctx.hosts, searchPaths: asked ? [asked.pathname] : [] });
      return { ok: true, results: found.results, total: null, offHost: found.offHost, mappedHost: null };
    },
    describeError: htmlErrorTitle,
  };
}
