/**
 * The help-center search probe: ask the help center's own search each bank question, in
 * each language it serves, and fetch the top results' article pages, the way a user who
 * types the question into the search box and opens the first hits would.
 *
 * Observations (channel `search`), each handed to `onObservation` as soon as it is known,
 * with the decoded text so the caller can judge it:
 * - one `kind: 'search'` per query (role null): the search request itself, with
 *   meta `{ question, lang, locale, query, adapter, results, total, top, topTitles, … }`.
 *   `results` is the number of usable results (null when the search failed); `top` the
 *   URLs of the first `topN`. A fetch failure keeps its error code (a 500 is `http_5xx`, a
 *   hang `timeout`; robots.txt refusals are `skipped`). A search that answered but not
 *   with results (an HTML page from the JSON API, broken JSON, a non-HTML results page)
 *   is `outcome: 'error'` with `errorCode: 'unexpected_response'` and `meta.searchError`
 *   naming the problem (adapters.ts `SearchProblem`). A query for which
 *   no request can be built (a template needing `{locale}` for a question without one) is
 *   `skipped` with `invalid_url`, and nothing is sent.
 * - up to `topN` `kind: 'answer'` (role 'article') per search, in rank order: the result's
 *   article page, with meta `{ question, lang, locale, rank, fromSearch, title }`.
 *   An article that several searches return is fetched once per probe and recorded for
 *   each of them: the later observations reuse the fetch (same timings, same body) and
 *   say `shared: true`, so latency statistics can leave them out.
 *
 * Hosts: result URLs are only fetched on the help center's own hosts (the adapter's, the
 * search request's, and `ownUrls`'), plus a Zendesk host-mapped domain the API itself
 * reported (zendeskApi.ts). The HTTP client follows redirects; an article that redirected
 * off those hosts is recorded with `offHost: true` and its text is not handed on.
 *
 * Queries run on `lanes` parallel lanes; the client's limiter still bounds requests per
 * host. After `signal` aborts, no new request starts, and a fetch cut short by the abort
 * is not recorded (it says nothing about the exchange). Nothing an exchange sends makes
 * the probe throw; an error thrown by `onObservation` stops it (after the searches in
 * flight) and is rethrown.
 *
 * Call it once per exchange with all of its queries: the article cache lives for one call.
 */
import type { HttpClient } from '../http/client.js';
import { observationFromFetch } from '../helpCenter/crawl.js';
import type { FetchResult, ObservationInput } from '../../types/observation.js';
import type { SearchAdapter, SearchAdapterId, SearchParse, SearchResult } from './adapters.js';
import { hostOf } from './hosts.js';
import { acceptLanguageFor, type SearchQuery } from './queries.js';

export interface SearchProbeOptions {
  client: HttpClient;
  exchangeId: string;
  adapter: SearchAdapter;
  queries: readonly SearchQuery[];
  /** Article pages fetched per search (default 3, at most 10; 0 = the searches only). */
  topN?: number;
  /** Called once per observation; the probe waits for it. */
  onObservation: (obs: ObservationInput, text: string | null) => Promise<void>;
  /** URLs on the help center's own hosts besides the adapter's (e.g. the crawl's start URL and where it redirected). */
  ownUrls?: readonly string[];
  /** Queries in flight at once (default 4). */
  lanes?: number;
  signal?: AbortSignal;
}

export interface SearchProbeSummary {
  adapter: SearchAdapterId;
  /** Search observations recorded. */
  searches: number;
  /** Searches that answered with a result list (possibly empty). */
  ok: number;
  /** Searches that failed (a fetch error, or an answer that is not a result list). */
  failed: number;
  /** Searches not made: robots.txt refused them, or no request could be built. */
  skipped: number;
  /** Searches with at least one usable result. */
  withResults: number;
  /** Answer observations recorded (one per search and top result). */
  answers: number;
  /** Answer observations whose fetch failed. */
  answersFailed: number;
  /** Distinct article URLs requested (an article shared by several searches counts once). */
  articleFetches: number;
  /** Results left out because they pointed off the help center's hosts. */
  offHost: number;
  /** The signal aborted before every query was done. */
  aborted: boolean;
}

const DEFAULT_TOP_N = 3;
const MAX_TOP_N = 10;
const DEFAULT_LANES = 4;

interface ArticleFetch {
  startedAt: Date;
  res: FetchResult;
}

function emptyTimings(): ObservationInput['timings'] {
  return { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: null, totalMs: null };
}

export async function probeSearch(opts: SearchProbeOptions): Promise<SearchProbeSummary> {
  const { adapter, client, signal } = opts;
  const topN = Math.min(MAX_TOP_N, Math.max(0, Math.floor(opts.topN ?? DEFAULT_TOP_N)));
  const summary: SearchProbeSummary = {
    adapter: adapter.id,
    searches: 0,
    ok: 0,
    failed: 0,
    skipped: 0,
    withResults: 0,
    answers: 0,
    answersFailed: 0,
    articleFetches: 0,
    offHost: 0,
    aborted: false,
  };
  const baseHosts = new Set<string>(adapter.ownHosts);
  for (const u of opts.ownUrls ?? []) {
    const h = hostOf(u);
    if (h) baseHosts.add(h);
  }
  /** Article fetches of this probe by URL, so that each article is requested once. */
  const articles = new Map<string, Promise<ArticleFetch>>();
  const aborted = (): boolean => signal?.aborted === true;
  /** Some work was dropped because the signal aborted. */
  let cut = false;

  const fetchArticle = (url: string, acceptLanguage: string | undefined): { fetch: Promise<ArticleFetch>; shared: boolean } => {
    const known = articles.get(url);
    if (known) return { fetch: known, shared: true };
    summary.articleFetches++;
    const startedAt = new Date();
    const fetch = client
      .fetch(url, { ...(acceptLanguage ? { acceptLanguage } : {}), ...(signal ? { signal } : {}) })
      .then((res) => ({ startedAt, res }));
    articles.set(url, fetch);
    return { fetch, shared: false };
  };

  /** The adapter's fallback search path answered where its first one was missing (see SearchRequest). */
  let useFallback = false;
  const runQuery = async (q: SearchQuery): Promise<void> => {
    const asked = { question: q.question, lang: q.lang, locale: q.locale, query: q.query, adapter: adapter.id };
    const req = adapter.request({ query: q.query, locale: q.locale });
    if ('error' in req) {
      summary.searches++;
      summary.skipped++;
      await opts.onObservation(
        {
          exchangeId: opts.exchangeId,
          channel: 'search',
          kind: 'search',
          role: null,
          url: adapter.endpoint,
          finalUrl: null,
          startedAt: new Date().toISOString(),
          status: null,
          outcome: 'skipped',
          errorCode: 'invalid_url',
          errorMessage: req.error.slice(0, 500),
          timings: emptyTimings(),
          bytes: null,
          contentType: null,
          charset: null,
          body: null,
          meta: { ...asked, results: null },
        },
        null,
      );
      return;
    }

    const acceptLanguage = acceptLanguageFor(q.locale, q.lang);
    const startedAt = new Date();
    const ask = (url: string) => client.fetch(url, { accept: req.accept, ...(acceptLanguage ? { acceptLanguage } : {}), ...(signal ? { signal } : {}) });
    let askedUrl = req.fallbackUrl !== undefined && useFallback ? req.fallbackUrl : req.url;
    let res = await ask(askedUrl);
    if (res.status === 404 && req.fallbackUrl !== undefined && askedUrl !== req.fallbackUrl && !aborted()) {
      const other = await ask(req.fallbackUrl);
      if (other.status !== 404) {
        useFallback = true;
        askedUrl = req.fallbackUrl;
        res = other;
      }
    }
    if (aborted() && res.error) {
      cut = true;
      return;
    }

    const hosts = new Set(baseHosts);
    const requestHost = hostOf(askedUrl);
    if (requestHost) hosts.add(requestHost);
    const parsed: SearchParse | null = res.error ? null : adapter.parse(res, { hosts });
    const base = observationFromFetch(opts.exchangeId, 'search', startedAt, res);
    const meta: Record<string, unknown> = { ...base.meta, ...asked, results: null };
    const obs: ObservationInput = { ...base, channel: 'search', kind: 'search', role: null, meta };
    let top: SearchResult[] = [];
    if (res.error) {
      const said = adapter.describeError(res);
      if (said !== null) meta.apiError = said;
    } else if (parsed && !parsed.ok) {
      obs.outcome = 'error';
      obs.errorCode = 'unexpected_response';
      obs.errorMessage = parsed.message.slice(0, 500);
      meta.searchError = parsed.problem;
    } else if (parsed && parsed.ok) {
      top = parsed.results.slice(0, topN);
      meta.results = parsed.results.length;
      meta.total = parsed.total;
      meta.top = top.map((r) => r.url);
      meta.topTitles = top.map((r) => r.title);
      const dated = top.map((r) => r.updatedAt ?? null);
      if (dated.some((d) => d !== null)) meta.topUpdatedAt = dated;
      if (parsed.offHost > 0) meta.offHost = parsed.offHost;
      if (parsed.mappedHost !== null) meta.mappedHost = parsed.mappedHost;
      summary.offHost += parsed.offHost;
    }
    summary.searches++;
    if (obs.outcome === 'ok') summary.ok++;
    else if (obs.outcome === 'skipped') summary.skipped++;
    else summary.failed++;
    if (top.length > 0) summary.withResults++;
    await opts.onObservation(obs, res.error ? null : res.text);
    if (!parsed?.ok || top.length === 0) return;
    if (aborted()) {
      cut = true;
      return;
    }

    const allowed = new Set(hosts);
    if (parsed.mappedHost !== null) allowed.add(parsed.mappedHost);
    // Defence in depth: the adapters keep only own-host results; nothing else is ever requested.
    const wanted = top.map((r, i) => ({ r, rank: i + 1 })).filter(({ r }) => allowed.has(hostOf(r.url) ?? ''));
    const fetched = wanted.map(({ r, rank }) => ({ r, rank, ...fetchArticle(r.url, acceptLanguage) }));
    for (const { r, rank, fetch, shared } of fetched) {
      const art = await fetch;
      if (aborted() && art.res.error) {
        cut = true;
        continue;
      }
      const answerBase = observationFromFetch(opts.exchangeId, 'article', art.startedAt, art.res);
      const offHost = !allowed.has(hostOf(art.res.finalUrl) ?? '');
      const answerMeta: Record<string, unknown> = {
        ...answerBase.meta,
        question: q.question,
        lang: q.lang,
        locale: q.locale,
        rank,
        fromSearch: askedUrl,
        title: r.title,
      };
      if (shared) answerMeta.shared = true;
      if (offHost) answerMeta.offHost = true;
      const answer: ObservationInput = { ...answerBase, channel: 'search', kind: 'answer', role: 'article', meta: answerMeta };
      summary.answers++;
      if (answer.outcome === 'error') summary.answersFailed++;
      await opts.onObservation(answer, art.res.error || offHost ? null : art.res.text);
    }
  };

  const queries = opts.queries;
  let next = 0;
  /** The first error thrown by `onObservation` (e.g. the store failing): the other lanes stop, then it is rethrown. */
  let failure: { error: unknown } | null = null;
  const lane = async (): Promise<void> => {
    while (!aborted() && failure === null) {
      const i = next++;
      const q = queries[i];
      if (q === undefined) return;
      try {
        await runQuery(q);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const lanes = Math.max(1, Math.min(Math.floor(opts.lanes ?? DEFAULT_LANES), queries.length || 1));
  await Promise.all(Array.from({ length: lanes }, lane));
  const failed = failure as { error: unknown } | null;
  if (failed !== null) throw failed.error;
  summary.aborted = cut || next < queries.length;
  return summary;
}
