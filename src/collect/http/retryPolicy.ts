/**
 * When to try a request again, and how long to wait first.
 *
 * Retried (transient): timeout, connection_reset, connection_refused, 5xx (except 501 Not
 * Implemented and 505 HTTP Version Not Supported, which will not change), and 429.
 * connection_refused is retried because the common cause on a live site is a restart or a
 * load balancer rotating a node: the next attempt a moment later usually works, as it would
 * for a user pressing reload; a host that is really down refuses again at once, so the cost
 * is only the backoff.
 * Never retried: DNS and TLS errors, other 4xx, too-large or undecodable bodies, redirect
 * problems, robots, and unclassified network errors (e.g. a malformed HTTP response).
 *
 * Backoff is exponential with "equal jitter": retry n waits between half and all of
 * base * 2^(n-1), capped. A Retry-After header (429/503) is honoured when it is within the
 * bound; when it asks for longer, the request is not retried at all (waiting less than asked
 * would be impolite, waiting longer would stall the run).
 */
import type { ErrorCode } from '../../types/observation.js';

const RETRYABLE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['timeout', 'connection_reset', 'connection_refused']);
const PERMANENT_5XX: ReadonlySet<number> = new Set([501, 505]);

export interface RetryPolicy {
  retries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  maxRetryAfterMs: number;
}

export function isRetryable(error: { code: ErrorCode } | null, status: number | null): boolean {
  if (error === null) return false;
  if (RETRYABLE_CODES.has(error.code)) return true;
  if (status === 429) return true;
  return error.code === 'http_5xx' && status !== null && !PERMANENT_5XX.has(status);
}

/** Retry n (1-based): a delay in [d/2, d] with d = min(max, base * 2^(n-1)). */
export function backoffDelayMs(retry: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

/** A Retry-After value (delay-seconds or an HTTP-date) as milliseconds from `nowMs`, or null if absent/invalid. */
export function parseRetryAfter(value: string | undefined, nowMs: number = Date.now()): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - nowMs);
}

/**
 * How long to wait before retry number `retry` (1-based), or null to stop: retries used up,
 * the failure is not transient, or the server asked for a longer pause than `maxRetryAfterMs`.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  retry: number,
  error: { code: ErrorCode } | null,
  status: number | null,
  retryAfterHeader: string | undefined,
  random: () => number = Math.random,
): number | null {
  if (retry > policy.retries || !isRetryable(error, status)) return null;
  const backoff = backoffDelayMs(retry, policy.backoffBaseMs, policy.backoffMaxMs, random);
  if (status === 429 || status === 503) {
    const asked = parseRetryAfter(retryAfterHeader);
    if (asked !== null) {
      if (asked > policy.maxRetryAfterMs) return null;
      return Math.max(asked, backoff);
    }
  }
  return backoff;
}
