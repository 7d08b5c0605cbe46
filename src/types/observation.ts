/**
 * Observations: what a collector saw, exactly once, kept forever (until pruned).
 * Collectors produce them; the store persists them; judges read them.
 * Nothing here is a judgement: facts about a page are `PageFacts` (see facts.ts).
 */

/** The support channels. A collector folder under src/collect/ exists per channel. */
export const CHANNEL_IDS = ['helpCenter', 'search', 'status', 'email', 'ticket', 'chat', 'phone', 'social'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

/**
 * Typed failure codes. Every failed probe is stored with one of these; the run goes on.
 * Keep the list stable: codes appear in the DB and in reports.
 */
export const ERROR_CODES = {
  invalid_url: 'the URL could not be parsed or uses an unsupported scheme',
  dns_error: 'the host name did not resolve',
  connection_refused: 'the server refused the TCP connection',
  connection_reset: 'the connection was reset or closed before a full response',
  tls_error: 'the TLS handshake failed or the certificate was not valid',
  timeout: 'no complete answer within the time limit',
  http_4xx: 'the server answered with a 4xx client error',
  http_5xx: 'the server answered with a 5xx server error',
  redirect_loop: 'redirects came back to a URL already visited',
  too_many_redirects: 'more redirects than the limit allows',
  body_too_large: 'the response body was larger than the size cap',
  undecodable: 'the body could not be decoded as text in any known charset',
  unexpected_response: 'the server answered, but not in the form asked for (e.g. an HTML page from a JSON API, malformed JSON)',
  robots_disallowed: "robots.txt forbids fetching this URL (not the exchange's failure)",
  network_error: 'another network failure (details in the message)',
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

/** Failures that still show a server answered on the URL's transport (an HTTP status, or a TLS handshake that failed). */
export const ANSWERED_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'tls_error', 'http_4xx', 'http_5xx', 'redirect_loop', 'too_many_redirects', 'body_too_large', 'undecodable', 'unexpected_response',
]);

/** Codes that say nothing about the exchange's support and never count against it. */
export const NEUTRAL_ERROR_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['robots_disallowed', 'invalid_url']);

/** Timings of one HTTP exchange, in milliseconds. `null` = not applicable (e.g. a reused connection has no DNS). */
export interface Timings {
  dnsMs: number | null;
  connectMs: number | null;
  tlsMs: number | null;
  /** Time to first byte: from the start of the request to the response headers. */
  ttfbMs: number | null;
  /** From the start of the request to the last body byte. */
  totalMs: number | null;
}

/** What the HTTP client hands back for one URL (after redirects). */
export interface FetchResult {
  url: string;
  finalUrl: string;
  /** Redirect chain, first hop first (excluding `url` itself). */
  redirects: string[];
  status: number | null;
  headers: Record<string, string>;
  timings: Timings;
  /** Raw body bytes as received (after content-encoding is undone), or null on failure. */
  body: Buffer | null;
  /** Decoded text, when the body is text (HTML, JSON, XML, plain). */
  text: string | null;
  /** The charset used to decode `text` (e.g. 'utf-8', 'gbk', 'windows-1251'), and where it came from. */
  charset: string | null;
  charsetSource: 'bom' | 'header' | 'meta' | 'detected' | 'default' | null;
  contentType: string | null;
  bytes: number;
  attempts: number;
  error: { code: ErrorCode; message: string } | null;
}

/**
 * One stored observation. `kind` says what was probed within a channel
 * (e.g. 'page' for a help-center page, 'robots' for robots.txt).
 */
export interface ObservationInput {
  exchangeId: string;
  channel: ChannelId;
  kind: string;
  /** Page role within a crawl: 'start' | 'category' | 'article' | 'other'. */
  role?: string | null;
  url: string;
  finalUrl: string | null;
  /** ISO 8601 UTC. */
  startedAt: string;
  status: number | null;
  outcome: 'ok' | 'error' | 'skipped';
  errorCode: ErrorCode | null;
  errorMessage: string | null;
  timings: Timings;
  bytes: number | null;
  contentType: string | null;
  charset: string | null;
  /** Raw body; stored once per content hash, compressed. */
  body: Buffer | null;
  /** Small channel-specific numbers/strings worth keeping (attempts, redirect count, …). Never secrets. */
  meta?: Record<string, unknown>;
}

export interface StoredObservation extends Omit<ObservationInput, 'body'> {
  id: number;
  runId: number;
  bodyHash: string | null;
}
