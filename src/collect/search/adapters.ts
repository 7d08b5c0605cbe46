/**
 * Search adapters: how to ask one help center's own search a question, and how to read
 * the answer as a ranked list of articles. Three kinds, behind one interface:
 *
 * - `zendesk-api`: the Zendesk Help Center search API (zendeskApi.ts), public for public
 *   articles, answering JSON;
 * - `freshdesk-portal`: a Freshdesk portal's server-rendered search page (freshdeskPortal.ts);
 * - `url-template`: a search URL template from the config (`helpCenter.searchUrl`, with
 *   `{query}` and `{locale}`) whose HTML result page is read generically (urlTemplate.ts).
 *
 * An adapter builds requests and parses responses; it never fetches (probe.ts does, with
 * the shared HttpClient, so robots.txt, limits and retries apply) and never throws on what
 * an exchange sends. Results are only ever on the help center's own hosts (see
 * `SearchParseContext`): a result pointing elsewhere is counted, never fetched.
 */
import type { FetchResult } from '../../types/observation.js';
import { createFreshdeskAdapter } from './freshdeskPortal.js';
import { createTemplateAdapter } from './urlTemplate.js';
import { createZendeskAdapter } from './zendeskApi.js';
import { httpOrigin } from './hosts.js';

export type SearchAdapterId = 'zendesk-api' | 'freshdesk-portal' | 'url-template';

/** One ranked search result, cleaned (see cleanText.ts). */
export interface SearchResult {
  /** Absolute http(s) URL of the article page, without fragment. */
  url: string;
  title: string;
  /** Plain text (any markup removed); '' when the search shows none. */
  snippet: string;
  /** The article's last update as the search states it (ISO 8601 from the Zendesk API, a `<time datetime>` on HTML pages). */
  updatedAt?: string;
}

/** What is asked: the search words, and the help-center locale to search in (null: the site's default). */
export interface SearchAsk {
  query: string;
  locale: string | null;
}

/** A request to send, or why none can be built (nothing is sent then). */
export type SearchRequest =
  | {
      url: string;
      accept: string;
      /**
       * Asked instead when `url` answers 404: the same search at another path the platform
       * also serves (a Freshdesk portal's /support/search beside /support/search/solutions).
       * Once it has answered, the rest of the exchange's searches go there directly.
       */
      fallbackUrl?: string;
    }
  | { error: string };

/**
 * Why a search that answered (2xx) gave no result list:
 * - `not_json`: the API answered something other than JSON (an HTML page, a login wall);
 * - `malformed_json`: it claims JSON but does not parse;
 * - `unexpected_shape`: JSON, but not a search response (no `results` array);
 * - `not_html`: a search page answered something other than HTML;
 * - `no_text`: the body is empty or not text.
 */
export type SearchProblem = 'not_json' | 'malformed_json' | 'unexpected_shape' | 'not_html' | 'no_text';

export type SearchParse =
  | {
      ok: true;
      /** Ranked, deduplicated, on the help center's hosts only. */
      results: SearchResult[];
      /** The total the search reports (the Zendesk API's `count`), or null when it does not say. */
      total: number | null;
      /** Results left out because they pointed off the help center's hosts. */
      offHost: number;
      /**
       * A host accepted besides `ctx.hosts`: the Zendesk host-mapped domain that the API
       * reported for articles of the `*.zendesk.com` account asked (see zendeskApi.ts), else null.
       */
      mappedHost: string | null;
    }
  | { ok: false; problem: SearchProblem; message: string };

export interface SearchParseContext {
  /**
   * The help center's own hosts (`host:port` as URL.host gives them): the start URL's,
   * the search request's and the host its answer came from, and any the caller adds.
   */
  hosts: ReadonlySet<string>;
}

export interface SearchAdapter {
  readonly id: SearchAdapterId;
  /** Hosts of the URLs the adapter was made from (the start URL, the template): always own hosts. */
  readonly ownHosts: readonly string[];
  /**
   * Where it searches (the API endpoint, the portal's search path, the template as
   * configured): for reports, and the `url` of a search observation that could not be sent.
   */
  readonly endpoint: string;
  request(ask: SearchAsk): SearchRequest;
  /** Reads a search response that arrived without a fetch error. */
  parse(res: FetchResult, ctx: SearchParseContext): SearchParse;
  /** The site's own words about a failed search (e.g. a Zendesk API error body), cleaned, or null. */
  describeError(res: FetchResult): string | null;
}

export interface ChooseSearchAdapterInput {
  /** The platform detected on the help center's pages (PageFacts.platform), or the config's hint. */
  platform?: string | null;
  /** `helpCenter.searchUrl` from the config: wins over the platform when set. */
  searchUrl?: string | null;
  /** The help center's start URL (or where it redirected): its origin is where the API and portal search live. */
  startUrl: string;
  /** Locales the help center offers (PageFacts.locales): a Freshdesk portal with several is asked under /<locale>/. */
  locales?: readonly string[];
  /**
   * The charset of the help center's pages (the crawl's start page), for the template adapter:
   * a browser submits a search form on a GBK or windows-1251 page in that charset, and old
   * sites decode only that. Default UTF-8.
   */
  pageCharset?: string | null;
}

/**
 * The adapter for one exchange's help center: its search URL template when the config
 * gives one, else the Zendesk API for a Zendesk help center, else the Freshdesk portal
 * search for a Freshdesk one. Null means there is no search probe for this exchange
 * (another platform, and no template configured), which the caller states as such.
 */
export function chooseSearchAdapter(input: ChooseSearchAdapterInput): SearchAdapter | null {
  if (input.searchUrl) return createTemplateAdapter({ template: input.searchUrl, startUrl: input.startUrl, charset: input.pageCharset ?? null });
  const platform = (input.platform ?? '').trim().toLowerCase();
  if (!httpOrigin(input.startUrl)) return null;
  if (platform === 'zendesk') return createZendeskAdapter({ startUrl: input.startUrl });
  if (platform === 'freshdesk') return createFreshdeskAdapter({ startUrl: input.startUrl, locales: input.locales ?? [] });
  return null;
}
