/**
 * A Freshdesk portal's own search page: `GET <origin>[/<lang>]/support/search/solutions?term=<q>`,
 * server-rendered HTML listing solution articles (`/support/solutions/articles/<id>-slug`);
 * a portal that answers 404 there is asked at its search form's target, `/support/search`.
 *
 * Language: a multilingual portal serves each language under `/<lang>/support/…`
 * (`/zh-CN/support/…`, Freshdesk writes the region in capitals); a single-language one has
 * no prefix. The prefix is used when the start URL has one, or when the help center offers
 * more than one locale; otherwise the portal is asked without (its only language).
 *
 * Results are the links to solution articles in the page's results area, read by
 * resultLinks.ts with Freshdesk's article path; nothing else on the page counts.
 */
import type { FetchResult } from '../../types/observation.js';
import type { SearchAdapter, SearchAsk, SearchParse, SearchParseContext, SearchRequest } from './adapters.js';
import { cleanText } from './cleanText.js';
import { httpUrl } from './hosts.js';
import { extractResultLinks } from './resultLinks.js';
import { htmlErrorTitle, isHtmlResponse } from './responseType.js';

/** Solution articles only; the portal's search form posts to FORM_SEARCH_PATH, asked when this one is missing. */
const SEARCH_PATH = '/support/search/solutions';
const FORM_SEARCH_PATH = '/support/search';
/** A solution article, with or without the portal's language prefix. */
export const FRESHDESK_ARTICLE_PATH = /^(?:\/[a-z]{2,3}(?:-[a-z0-9]{2,8})?)?\/support\/solutions\/articles\/\d+/i;
const LANG_PREFIX = /^\/([a-z]{2,3}(?:-[a-z0-9]{2,8})?)\/support(?:\/|$)/i;
const LOCALE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})?$/i;
const ACCEPT_HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

export interface FreshdeskAdapterOptions {
  startUrl: string;
  /** Locales the help center offers (PageFacts.locales). */
  locales: readonly string[];
}

/** `zh-cn` -> `zh-CN`, as Freshdesk writes portal languages. */
function freshdeskLang(locale: string): string {
  const [primary, region] = locale.split('-');
  return region !== undefined && region.length === 2 ? `${primary!.toLowerCase()}-${region.toUpperCase()}` : locale.toLowerCase();
}

export function createFreshdeskAdapter(opts: FreshdeskAdapterOptions): SearchAdapter {
  const start = httpUrl(opts.startUrl);
  const prefixed = start !== null && LANG_PREFIX.test(start.pathname);
  const multilingual = prefixed || new Set(opts.locales.map((l) => l.toLowerCase())).size > 1;
  return {
    id: 'freshdesk-portal',
    ownHosts: start ? [start.host] : [],
    endpoint: start ? `${start.origin}${SEARCH_PATH}` : opts.startUrl.slice(0, 2000),
    request(ask: SearchAsk): SearchRequest {
      if (!start) return { error: `the help center's start URL is not an http(s) URL: ${opts.startUrl.slice(0, 200)}` };
      if (ask.query.trim() === '') return { error: 'empty search query' };
      let prefix = '';
      if (multilingual && ask.locale !== null) {
        if (!LOCALE.test(ask.locale)) return { error: `not a locale code: ${ask.locale.slice(0, 40)}` };
        prefix = `/${freshdeskLang(ask.locale)}`;
      }
      const term = `?term=${encodeURIComponent(ask.query)}`;
      return { url: `${start.origin}${prefix}${SEARCH_PATH}${term}`, fallbackUrl: `${start.origin}${prefix}${FORM_SEARCH_PATH}${term}`, accept: ACCEPT_HTML };
    },
    parse(res: FetchResult, ctx: SearchParseContext): SearchParse {
      if (res.text === null || res.text.trim() === '') return { ok: false, problem: 'no_text', message: 'the portal search answered an empty or non-text body' };
      if (!isHtmlResponse(res)) return { ok: false, problem: 'not_html', message: `the portal search answered ${res.contentType ? cleanText(res.contentType, 80) : 'a body without Content-Type'}, not HTML` };
      const found = extractResultLinks(res.text, {
        pageUrl: res.finalUrl,
        hosts: ctx.hosts,
        searchPaths: [SEARCH_PATH, FORM_SEARCH_PATH],
        articlePath: FRESHDESK_ARTICLE_PATH,
      });
      return { ok: true, results: found.results, total: null, offHost: found.offHost, mappedHost: null };
    },
    describeError: htmlErrorTitle,
  };
}
