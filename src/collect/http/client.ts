/**
 * The HTTP client every collector uses. `fetch` never throws for network or HTTP problems:
 * every failure is a `FetchResult` with a typed `error`, and status, headers and timings
 * are filled as far as the exchange got (a 503 keeps its status and body).
 *
 * Per fetch: robots.txt check (when respected) -> per-host/global limiter and politeness
 * delay -> one attempt on a pooled (or fresh) connection (sent again on a new one if the pooled
 * connection turns out to have been closed by the server) -> retries for transient failures
 * with backoff -> redirects followed by hand (each hop checked against robots and the
 * limiter) -> Content-Encoding undone -> charset decoded.
 *
 * Reported numbers, across redirects and retries:
 * - `attempts` = 1 + the retries made, summed over the hops of a redirect chain
 *   (redirect hops themselves are counted in `redirects`, not here).
 * - timings come from the final attempt of each hop, summed over the hops: a user who
 *   follows a redirect waits for both. ttfb = earlier hops' totals + the last hop's ttfb.
 *   Backoff waits and time queued in the limiter are not included. dns/connect/tls are
 *   null when no hop opened a connection (all reused).
 */
import type { FetchResult, Timings } from '../../types/observation.js';
import { runAttempt, type AttemptResult } from './attempt.js';
import { charsetParam, decodeBody, isTextualContentType, looksLikeText } from './charset.js';
import { ConnectionPool } from './connectionPool.js';
import { ACCEPT_ENCODING } from './decompress.js';
import { HttpFailure } from './failure.js';
import { RequestLimiter, type Release } from './limiter.js';
import { retryDelayMs, type RetryPolicy } from './retryPolicy.js';
import { RobotsCache, type RobotsPolicy } from './robots.js';
import { resolveUserAgent, ROBOTS_TOKEN } from './userAgent.js';

export interface HttpClientOptions {
  /** Sent as User-Agent; empty means the default `supportscope/<version> (+https://…; support-quality monitor)`. */
  userAgent: string;
  /** Bound on each attempt (connect + headers + body), ms. */
  timeoutMs: number;
  /** Retries of transient failures (see retryPolicy.ts), per hop. */
  retries: number;
  maxRedirects: number;
  /** Cap on the body, as received and after decompression, bytes. */
  maxBodyBytes: number;
  /** Max requests in flight per host (`host:port`). */
  perHostConcurrency: number;
  /** Minimum time between the starts of two requests to the same host, ms. */
  politenessDelayMs: number;
  respectRobots: boolean;
  /** Max requests in flight overall (default 16). */
  concurrency?: number;
  /** First backoff step, ms (default 500; retry n waits 1/2..1 x base*2^(n-1)). */
  backoffBaseMs?: number;
  /** Longest backoff step, ms (default 8000). */
  backoffMaxMs?: number;
  /** Longest Retry-After honoured, ms (default 30000); a longer one stops retrying. */
  maxRetryAfterMs?: number;
  /** Timeout for fetching a robots.txt, ms (default min(timeoutMs, 10000)). */
  robotsTimeoutMs?: number;
  /** An extra trusted CA certificate (PEM), for a test or demo server with its own certificate. */
  ca?: string | Buffer;
}

export interface FetchInit {
  /** Accept header (default: HTML first, anything else after). */
  accept?: string;
  /** Accept-Language header, e.g. `zh-CN,zh;q=0.9`. */
  acceptLanguage?: string;
  /** Open a new connection (and close it after), so timings are those of a first visit. */
  freshConnection?: boolean;
  signal?: AbortSignal;
}

const DEFAULT_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const DEFAULT_CONCURRENCY = 16;
/** RFC 9309 §2.5: crawlers should parse at least the first 500 KiB of a robots.txt. */
const ROBOTS_MAX_BYTES = 512 * 1024;
/** RFC 9309 §2.3.1.2: follow at least five consecutive redirects for robots.txt. */
const ROBOTS_MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface InternalInit extends FetchInit {
  /** robots.txt itself: not checked against robots, truncated rather than refused when large. */
  robotsFetch?: boolean;
}

export class HttpClient {
  readonly userAgent: string;
  private readonly limiter: RequestLimiter;
  private readonly pool: ConnectionPool;
  private readonly robots: RobotsCache;
  private readonly retryPolicy: RetryPolicy;
  private closed = false;

  constructor(readonly opts: HttpClientOptions) {
    for (const key of ['timeoutMs', 'maxBodyBytes', 'perHostConcurrency'] as const) {
      if (!(opts[key] > 0)) throw new RangeError(`HttpClient: ${key} must be positive`);
    }
    if (!(opts.retries >= 0) || !(opts.maxRedirects >= 0) || !(opts.politenessDelayMs >= 0)) {
      throw new RangeError('HttpClient: retries, maxRedirects and politenessDelayMs must not be negative');
    }
    this.userAgent = resolveUserAgent(opts.userAgent);
    this.limiter = new RequestLimiter({
      concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY,
      perHostConcurrency: opts.perHostConcurrency,
      politenessDelayMs: opts.politenessDelayMs,
    });
    this.pool = new ConnectionPool(opts.ca !== undefined ? { ca: opts.ca } : {});
    this.retryPolicy = {
      retries: Math.floor(opts.retries),
      backoffBaseMs: opts.backoffBaseMs ?? 500,
      backoffMaxMs: opts.backoffMaxMs ?? 8_000,
      maxRetryAfterMs: opts.maxRetryAfterMs ?? 30_000,
    };
    this.robots = new RobotsCache(
      (robotsUrl) => this.fetchInternal(robotsUrl, { accept: 'text/plain,*/*;q=0.5', robotsFetch: true }),
      ROBOTS_TOKEN,
    );
  }

  /** GET `url`. Never throws for network/HTTP problems (see the module comment). */
  fetch(url: string, init: FetchInit = {}): Promise<FetchResult> {
    return this.fetchInternal(url, init);
  }

  /** Whether robots.txt lets us fetch `url` (fetching and caching the origin's robots.txt). */
  async robotsAllowed(url: string): Promise<boolean> {
    const parsed = parseHttpUrl(url);
    if (!parsed) return false;
    const policy = await this.robotsPolicy(parsed);
    return policy.isAllowed(parsed.href);
  }

  /** The robots.txt policy of `url`'s origin: outcome, reason, crawl delay. */
  async robotsPolicyFor(url: string): Promise<RobotsPolicy | null> {
    const parsed = parseHttpUrl(url);
    return parsed ? this.robotsPolicy(parsed) : null;
  }

  /** Close all connections; fetches still waiting for a slot end with network_error. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.limiter.close(new HttpFailure('network_error', 'the HTTP client was closed'));
    await this.pool.close();
  }

  private async robotsPolicy(url: URL): Promise<RobotsPolicy> {
    const policy = await this.robots.policyFor(url);
    if (policy.crawlDelayMs !== null) this.limiter.setDelayFloor(hostKey(url), policy.crawlDelayMs);
    return policy;
  }

  private async fetchInternal(url: string, init: InternalInit): Promise<FetchResult> {
    const out = emptyResult(url);
    let current = parseHttpUrl(url);
    if (!current) {
      out.error = { code: 'invalid_url', message: `not an http(s) URL: ${url.slice(0, 200)}` };
      return out;
    }
    const maxRedirects = init.robotsFetch ? ROBOTS_MAX_REDIRECTS : this.opts.maxRedirects;
    const visited = new Set<string>([withoutFragment(current)]);
    const hops: AttemptResult[] = [];

    for (;;) {
      out.finalUrl = current.href;
      if (this.opts.respectRobots && !init.robotsFetch) {
        const policy = await this.robotsPolicy(current);
        if (!policy.isAllowed(current.href)) {
          out.error = policy.unreachable
            ? { code: policy.unreachable.code, message: `robots.txt could not be fetched, so neither can the page: ${policy.unreachable.message}` }
            : { code: 'robots_disallowed', message: `${policy.reason}; ${current.pathname} is not allowed for ${ROBOTS_TOKEN}` };
          out.timings = sumTimings(hops);
          return out;
        }
      }

      const hop = await this.attemptWithRetries(current, init, out);
      hops.push(hop);
      out.status = hop.status;
      out.headers = hop.headers;
      out.bytes = hop.bytes;
      out.timings = sumTimings(hops);
      if (hop.error) {
        out.error = hop.error;
        if (hop.body !== null) this.fillBody(out, hop.body, init);
        return out;
      }

      const location = hop.headers['location'];
      if (hop.status !== null && REDIRECT_STATUSES.has(hop.status) && location !== undefined) {
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          out.error = { code: 'invalid_url', message: `unusable redirect Location: ${location.slice(0, 200)}` };
          return out;
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          out.error = { code: 'invalid_url', message: `redirect to an unsupported scheme: ${next.protocol}` };
          return out;
        }
        out.redirects.push(next.href);
        out.finalUrl = next.href;
        const key = withoutFragment(next);
        if (visited.has(key)) {
          out.error = { code: 'redirect_loop', message: `redirected back to ${next.href} (chain of ${out.redirects.length})` };
          return out;
        }
        if (out.redirects.length > maxRedirects) {
          out.error = { code: 'too_many_redirects', message: `more than ${maxRedirects} redirects` };
          return out;
        }
        visited.add(key);
        current = next;
        continue;
      }

      if (hop.body !== null) this.fillBody(out, hop.body, init);
      return out;
    }
  }

  /** One hop: attempts until success, a permanent failure, or retries used up. */
  private async attemptWithRetries(url: URL, init: InternalInit, out: FetchResult): Promise<AttemptResult> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: init.accept ?? DEFAULT_ACCEPT,
      'accept-encoding': ACCEPT_ENCODING,
    };
    if (init.acceptLanguage) headers['accept-language'] = init.acceptLanguage;
    const timeoutMs = init.robotsFetch ? (this.opts.robotsTimeoutMs ?? Math.min(this.opts.timeoutMs, 10_000)) : this.opts.timeoutMs;
    const maxBodyBytes = init.robotsFetch ? ROBOTS_MAX_BYTES : this.opts.maxBodyBytes;

    for (let retry = 0; ; retry++) {
      // attempts = 1 + retries (module comment): a redirect hop is not another attempt.
      if (retry > 0 || out.attempts === 0) out.attempts++;
      let release: Release;
      try {
        release = await this.limiter.acquire(hostKey(url), init.signal);
      } catch (err) {
        return failedBeforeStart(err);
      }
      let result: AttemptResult;
      try {
        const request = {
          url,
          headers,
          timeoutMs,
          maxBodyBytes,
          truncateBody: init.robotsFetch === true,
          freshConnection: init.freshConnection === true,
          ...(init.signal ? { signal: init.signal } : {}),
        };
        result = await runAttempt(this.pool, request);
        // A pooled connection that the server closed while it sat idle fails at once, before
        // any response. Send again on a new connection, as browsers do: not a retry, and not
        // the site's failure.
        if (isStaleConnectionFailure(result) && !request.freshConnection && !init.signal?.aborted && !this.closed) {
          result = await runAttempt(this.pool, { ...request, freshConnection: true });
        }
      } finally {
        release();
      }
      const delay = retryDelayMs(this.retryPolicy, retry + 1, result.error, result.status, result.headers['retry-after']);
      if (delay === null || this.closed || init.signal?.aborted) return result;
      if (!(await sleep(delay, init.signal))) return result;
    }
  }

  /** Set body, content type and decoded text. A body that should be text but does not decode is `undecodable`. */
  private fillBody(out: FetchResult, body: Buffer, init: InternalInit): void {
    out.body = body;
    const contentType = out.headers['content-type'] ?? null;
    out.contentType = contentType;
    const textual = contentType !== null ? isTextualContentType(contentType) : looksLikeText(body);
    if (!textual) return;
    if (init.robotsFetch && charsetParam(contentType) === null) {
      // RFC 9309: robots.txt is UTF-8.
      out.text = body.toString('utf8');
      out.charset = 'utf-8';
      out.charsetSource = 'default';
      return;
    }
    const decoded = decodeBody(body, contentType);
    if ('error' in decoded) {
      out.error ??= { code: 'undecodable', message: decoded.error };
      return;
    }
    out.text = decoded.text;
    out.charset = decoded.charset;
    out.charsetSource = decoded.source;
  }
}

function emptyResult(url: string): FetchResult {
  return {
    url,
    finalUrl: url,
    redirects: [],
    status: null,
    headers: {},
    timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: null, totalMs: null },
    body: null,
    text: null,
    charset: null,
    charsetSource: null,
    contentType: null,
    bytes: 0,
    attempts: 0,
    error: null,
  };
}

function failedBeforeStart(err: unknown): AttemptResult {
  const message = err instanceof Error ? err.message : 'aborted by the caller before the request started';
  const code = err instanceof HttpFailure ? err.code : 'network_error';
  return {
    status: null,
    headers: {},
    body: null,
    bytes: 0,
    timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: null, totalMs: null },
    error: { code, message: message || 'aborted by the caller before the request started' },
  };
}

/** Reset before any response on a connection this attempt did not open (a reused, stale one). */
function isStaleConnectionFailure(result: AttemptResult): boolean {
  return result.error?.code === 'connection_reset' && result.status === null && result.timings.connectMs === null && result.timings.dnsMs === null;
}

/** An http(s) URL, or null (anything else is `invalid_url`). */
function parseHttpUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '') return null;
  return parsed;
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/** The limiter's host key: `host:port` (an explicit default port is dropped by URL). */
function hostKey(url: URL): string {
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

/** Sum hop timings; ttfb = earlier hops' totals + the last hop's ttfb. */
function sumTimings(hops: AttemptResult[]): Timings {
  const add = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : a + b);
  const out: Timings = { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: null, totalMs: null };
  let earlier: number | null = 0;
  hops.forEach((hop, index) => {
    const t = hop.timings;
    out.dnsMs = add(out.dnsMs, t.dnsMs);
    out.connectMs = add(out.connectMs, t.connectMs);
    out.tlsMs = add(out.tlsMs, t.tlsMs);
    if (index === hops.length - 1) {
      out.ttfbMs = earlier === null || t.ttfbMs === null ? null : earlier + t.ttfbMs;
      out.totalMs = earlier === null || t.totalMs === null ? null : earlier + t.totalMs;
    } else {
      earlier = earlier === null || t.totalMs === null ? null : earlier + t.totalMs;
    }
  });
  const round = (ms: number | null): number | null => (ms === null ? null : Math.round(ms * 100) / 100);
  return { dnsMs: round(out.dnsMs), connectMs: round(out.connectMs), tlsMs: round(out.tlsMs), ttfbMs: round(out.ttfbMs), totalMs: round(out.totalMs) };
}

/** Wait `ms`; false if `signal` aborted first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
