/**
 * robots.txt, per RFC 9309: fetched once per origin (scheme, host, port) and cached for
 * up to 24 hours, parsed with robots-parser, matched for the `supportscope` token.
 *
 * - 2xx: the rules apply (a body that is not robots syntax, e.g. an HTML page, has no rules).
 * - 4xx other than 429 ("unavailable"), or more redirects than the loader follows: allow all.
 * - 429, 5xx, or no answer at all (DNS, refused, timeout, TLS…) ("unreachable"): disallow all.
 *   The RFC asks crawlers to assume complete disallow then; we do the same. After a 429/5xx
 *   the page's observation records `robots_disallowed`, which never counts against the
 *   exchange; after no answer at all it records that network error (`unreachable`), because
 *   the help center itself is down and that must count.
 *   A robots.txt too large to read even truncated (a compressed body that expands past the
 *   cap) is treated the same way.
 * - Crawl-delay for our token (or `*`) becomes a per-host politeness floor, capped at 10 s.
 */
import robotsParser from 'robots-parser';
import type { ErrorCode, FetchResult } from '../../types/observation.js';

export interface RobotsPolicy {
  /** The robots.txt URL. */
  url: string;
  /** parsed: rules from the file; allow-all: unavailable (4xx); disallow-all: unreachable (5xx, network). */
  outcome: 'parsed' | 'allow-all' | 'disallow-all';
  status: number | null;
  /** Why this outcome, in words (for logs and reports). */
  reason: string;
  /** Crawl-delay for our token, ms, capped; null when none is given. */
  crawlDelayMs: number | null;
  /**
   * Set when robots.txt got no HTTP answer at all (DNS, refused, reset, timeout, TLS…): the
   * site itself is unreachable, and a page refused for that reason is recorded with this
   * error rather than as `robots_disallowed` (which never counts against the exchange).
   */
  unreachable?: { code: ErrorCode; message: string } | null;
  isAllowed(url: string): boolean;
}

/** Longest Crawl-delay honoured; more would stall a probe run for minutes. */
export const MAX_CRAWL_DELAY_MS = 10_000;
const CACHE_TTL_MS = 24 * 60 * 60 * 1000;

type Loader = (robotsUrl: string) => Promise<FetchResult>;

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
type RobotsParser = (url: string, contents: string) => Robot;

export class RobotsCache {
  private readonly cache = new Map<string, { at: number; policy: Promise<RobotsPolicy> }>();

  constructor(
    private readonly load: Loader,
    private readonly token: string,
  ) {}

  /** The policy of the origin of `url` (fetched on first use; concurrent callers share one fetch). */
  policyFor(url: URL): Promise<RobotsPolicy> {
    const origin = url.origin;
    const cached = this.cache.get(origin);
    if (cached && Date.now() - cached.at < CACHE_TTL_MS) return cached.policy;
    const policy = this.fetchPolicy(`${origin}/robots.txt`);
    this.cache.set(origin, { at: Date.now(), policy });
    return policy;
  }

  private async fetchPolicy(robotsUrl: string): Promise<RobotsPolicy> {
    let res: FetchResult;
    try {
      res = await this.load(robotsUrl);
    } catch (err) {
      return fixed(robotsUrl, 'disallow-all', null, `robots.txt could not be fetched: ${(err as Error).message}`);
    }
    return policyFromResponse(robotsUrl, res, this.token);
  }
}

/** Decide the policy from a robots.txt response (exported for tests). */
export function policyFromResponse(robotsUrl: string, res: FetchResult, token: string): RobotsPolicy {
  const status = res.status;
  const code = res.error?.code ?? null;
  if (code === 'too_many_redirects' || code === 'redirect_loop') {
    return fixed(robotsUrl, 'allow-all', status, `robots.txt redirects too often (${code}): treated as unavailable`);
  }
  if (status !== null && status >= 200 && status < 300 && res.body !== null) {
    const text = res.text ?? res.body.toString('utf8');
    return parsed(robotsUrl, status, text, token);
  }
  if (status !== null && status >= 400 && status < 500 && status !== 429) {
    return fixed(robotsUrl, 'allow-all', status, `robots.txt answered HTTP ${status}: unavailable, everything allowed`);
  }
  if (status !== null && status >= 300 && status < 400) {
    return fixed(robotsUrl, 'allow-all', status, `robots.txt answered HTTP ${status} without a usable redirect: unavailable`);
  }
  const why = status !== null ? `HTTP ${status}` : (res.error?.message ?? 'no answer');
  const policy = fixed(robotsUrl, 'disallow-all', status, `robots.txt unreachable (${why}): everything disallowed (RFC 9309 §2.3.1.4)`);
  if (status === null && res.error && res.error.code !== 'robots_disallowed' && res.error.code !== 'invalid_url') {
    policy.unreachable = { code: res.error.code, message: res.error.message };
  }
  return policy;
}

function parsed(robotsUrl: string, status: number, text: string, token: string): RobotsPolicy {
  const robot = (robotsParser as unknown as RobotsParser)(robotsUrl, text);
  const delaySeconds = robot.getCrawlDelay(token);
  const crawlDelayMs =
    typeof delaySeconds === 'number' && Number.isFinite(delaySeconds) && delaySeconds > 0
      ? Math.min(MAX_CRAWL_DELAY_MS, Math.round(delaySeconds * 1000))
      : null;
  return {
    url: robotsUrl,
    outcome: 'parsed',
    status,
    reason: `robots.txt rules (HTTP ${status})`,
    crawlDelayMs,
    isAllowed: (url) => robot.isAllowed(url, token) ?? true,
  };
}

function fixed(robotsUrl: string, outcome: 'allow-all' | 'disallow-all', status: number | null, reason: string): RobotsPolicy {
  const allowed = outcome === 'allow-all';
  return { url: robotsUrl, outcome, status, reason, crawlDelayMs: null, isAllowed: () => allowed };
}
