/**
 * The help-center collector: a bounded crawl of one exchange's help center.
 *
 * The start page, then up to `maxPages` category/section and article pages found on the
 * pages already fetched, on the help center's own host (the start URL's, or the one its
 * start page redirected to: links elsewhere are never followed, whatever the link finder
 * says). Listing pages (categories, sections) are taken
 * first, up to a third of the budget, because they lead to articles; articles fill
 * the rest; whichever kind runs short leaves its share to the other.
 *
 * Every URL fetched becomes exactly one observation (a queued link that an earlier
 * redirect already reached is dropped without spending budget), handed to `onPage` as soon as it
 * is known (the caller stores it in its own transaction), together with the decoded
 * text so the caller can judge it. Failures are observations too: a robots.txt refusal
 * is `skipped` (never the exchange's fault), anything else is `error` with its code.
 * Nothing here judges content: which links to follow comes from `discoverLinks`,
 * injected by the caller (collect never imports judge).
 */
import type { HttpClient } from '../http/client.js';
import type { PageLink } from '../../types/facts.js';
import type { FetchResult, ObservationInput } from '../../types/observation.js';

export interface CrawlOptions {
  client: HttpClient;
  exchangeId: string;
  startUrl: string;
  /** Pages to fetch beyond the start page. */
  maxPages: number;
  /**
   * Same-site links of a fetched page, with their roles (a judge, passed in). Used for
   * pages whose `onPage` did not return links itself.
   */
  discoverLinks?: (page: { html: string; url: string }) => PageLink[];
  /**
   * Called once per URL fetched, in completion order; the crawl waits for it. A caller
   * that judges the page anyway may return the page's links, so it is parsed only once.
   */
  onPage: (obs: ObservationInput, text: string | null) => Promise<readonly PageLink[] | void>;
  /** Accept-Language to send (e.g. `zh-CN,zh;q=0.9`); none by default. */
  acceptLanguage?: string;
  /** Fetches in flight at once for this crawl (the client's per-host limit still applies). Default 4. */
  lanes?: number;
  signal?: AbortSignal;
}

export interface CrawlSummary {
  /** URLs fetched, the start page included. */
  pages: number;
  ok: number;
  failed: number;
  skipped: number;
}

/** Share of the page budget that may go to listing pages while articles are waiting. */
const LISTING_SHARE = 1 / 3;
const DEFAULT_LANES = 4;

/** One fetch result as the observation the store keeps. */
export function observationFromFetch(
  exchangeId: string,
  role: string,
  startedAt: Date,
  res: FetchResult,
): ObservationInput {
  const skipped = res.error?.code === 'robots_disallowed';
  const meta: Record<string, unknown> = { attempts: res.attempts };
  if (res.redirects.length > 0) meta.redirects = res.redirects.length;
  if (res.charsetSource) meta.charsetSource = res.charsetSource;
  return {
    exchangeId,
    channel: 'helpCenter',
    kind: 'page',
    role,
    url: res.url,
    finalUrl: res.finalUrl,
    startedAt: startedAt.toISOString(),
    status: res.status,
    outcome: res.error ? (skipped ? 'skipped' : 'error') : 'ok',
    errorCode: res.error?.code ?? null,
    errorMessage: res.error ? res.error.message.slice(0, 500) : null,
    timings: res.timings,
    bytes: res.body ? res.bytes : res.bytes || null,
    contentType: res.contentType ?? res.headers['content-type'] ?? null,
    charset: res.charset,
    body: res.body,
    meta,
  };
}

const HTML_TYPE = /\b(?:text\/html|application\/xhtml\+xml)\b/i;

function isHtml(res: FetchResult): boolean {
  if (res.text === null) return false;
  return res.contentType ? HTML_TYPE.test(res.contentType) : /^\s*</.test(res.text);
}

export async function crawlHelpCenter(opts: CrawlOptions): Promise<CrawlSummary> {
  const summary: CrawlSummary = { pages: 0, ok: 0, failed: 0, skipped: 0 };
  /** URLs queued or fetched (no fragment), so that each is fetched once. */
  const seen = new Set<string>();
  /** URLs already fetched, as asked or as reached through redirects. */
  const fetched = new Set<string>();
  /**
   * The help center's own hosts: the start URL's and the one its start page redirected to.
   * Only links there are followed, whatever `discoverLinks` returns: another site is never crawled.
   */
  const ownHosts = new Set<string>();
  const listings: PageLink[] = [];
  const articles: PageLink[] = [];
  const budget = Math.max(0, Math.floor(opts.maxPages));
  const listingQuota = Math.ceil(budget * LISTING_SHARE);
  let taken = 0;
  let listingsTaken = 0;

  const keyOf = (url: string): string => {
    try {
      const u = new URL(url);
      u.hash = '';
      return u.href;
    } catch {
      return url;
    }
  };
  const hostOf = (url: string): string | null => {
    try {
      const u = new URL(url);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : null;
    } catch {
      return null;
    }
  };

  const fetchOne = async (url: string, role: string, fresh: boolean): Promise<void> => {
    const startedAt = new Date();
    const res = await opts.client.fetch(url, {
      freshConnection: fresh,
      ...(opts.acceptLanguage ? { acceptLanguage: opts.acceptLanguage } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const obs = observationFromFetch(opts.exchangeId, role, startedAt, res);
    summary.pages++;
    if (obs.outcome === 'ok') summary.ok++;
    else if (obs.outcome === 'skipped') summary.skipped++;
    else summary.failed++;
    // Redirect targets count as seen, so a page reached twice is fetched once.
    seen.add(keyOf(res.finalUrl));
    fetched.add(keyOf(url));
    fetched.add(keyOf(res.finalUrl));
    if (role === 'start') {
      for (const u of [url, res.finalUrl]) {
        const host = hostOf(u);
        if (host) ownHosts.add(host);
      }
    }
    const judged = await opts.onPage(obs, res.error ? null : res.text);
    if (obs.outcome !== 'ok' || !isHtml(res) || res.text === null) return;
    // A page that redirected off the help center is recorded, but its links are not ours to follow.
    if (!ownHosts.has(hostOf(res.finalUrl) ?? '')) return;
    const links = judged ?? opts.discoverLinks?.({ html: res.text, url: res.finalUrl }) ?? [];
    for (const link of links) {
      const key = keyOf(link.url);
      if (seen.has(key) || !ownHosts.has(hostOf(link.url) ?? '')) continue;
      if (link.role === 'article') {
        seen.add(key);
        articles.push(link);
      } else if (link.role === 'category' || link.role === 'section') {
        seen.add(key);
        listings.push(link);
      }
    }
  };

  seen.add(keyOf(opts.startUrl));
  // The start page on a new connection: its DNS, connect and TLS times are a first visit's.
  await fetchOne(opts.startUrl, 'start', true);

  const next = (): { url: string; role: string } | null => {
    while (taken < budget) {
      const preferListing = listingsTaken < listingQuota || articles.length === 0;
      const source = preferListing && listings.length > 0 ? listings : articles.length > 0 ? articles : listings;
      const link = source.shift();
      if (link === undefined) return null;
      // Queued before a redirect elsewhere reached it: already fetched, costs nothing.
      if (fetched.has(keyOf(link.url))) continue;
      taken++;
      if (source === listings) listingsTaken++;
      return { url: link.url, role: link.role };
    }
    return null;
  };

  // Lanes pull work as it appears; a lane that finds nothing waits for one in flight
  // (its page may add links) and stops when nothing is in flight and nothing is queued.
  const lanes = Math.max(1, opts.lanes ?? DEFAULT_LANES);
  const inFlight = new Set<Promise<void>>();
  while (!opts.signal?.aborted) {
    let job = inFlight.size < lanes ? next() : null;
    while (job) {
      const p: Promise<void> = fetchOne(job.url, job.role, false).finally(() => inFlight.delete(p));
      inFlight.add(p);
      job = inFlight.size < lanes ? next() : null;
    }
    if (inFlight.size === 0) break;
    await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return summary;
}
