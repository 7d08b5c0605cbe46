/**
 * How long a help-center crawl of the fleet can take at most, from the specs'
 * latencies and fault plans and the probe settings. The demo promises to
 * finish in about 20 s; tests check that promise with this arithmetic.
 *
 * Model of one exchange (one host): robots.txt + start page + maxPages pages
 * (+ extra requests such as search queries), at most `retries` extra attempts
 * each; `perHostConcurrency` lanes; every attempt costs the worst latency plus
 * the politeness delay, a hang costs the whole timeout, and a retry waits a
 * backoff first. Faults are counted per block of the fault plan (requestPlan.ts),
 * assuming the worst: every planned fault lands on the crawl.
 */
import type { ProbeSettings } from '../types/config.js';
import type { ExchangeSpec } from './exchangeSpec.js';
import { FAULT_BLOCK, faultCounts } from './requestPlan.js';

export interface CrawlEstimate {
  id: string;
  /** Attempts sent, retries included. */
  attempts: number;
  /** Worst-case time the work of those attempts takes on one host, ms. */
  workMs: number;
  /** workMs spread over perHostConcurrency lanes, ms. */
  wallMs: number;
}

export function worstCaseCrawl(spec: ExchangeSpec, settings: ProbeSettings, extraRequests = 0, backoffMs = 500): CrawlEstimate {
  const requests = 2 + settings.maxPages + extraRequests;
  const exempt = spec.server.faults?.exemptPaths.includes('/robots.txt') ? 1 : 0;
  const perAttempt = spec.server.latencyMs.max + settings.politenessDelayMs;
  let errors = 0;
  let hangs = 0;
  let attempts = requests;
  if (spec.server.faults && settings.retries > 0) {
    const counts = faultCounts(spec.server.faults);
    // Every faulted attempt is retried (up to `retries` times); retries can fault too.
    attempts = requests * (1 + settings.retries);
    const blocks = Math.ceil((attempts - exempt) / FAULT_BLOCK);
    errors = Math.min(attempts - exempt, blocks * counts.errors);
    hangs = Math.min(attempts - exempt - errors, blocks * counts.hangs);
    attempts = Math.min(attempts, requests + errors + hangs);
  } else if (spec.server.faults) {
    const counts = faultCounts(spec.server.faults);
    const blocks = Math.ceil((requests - exempt) / FAULT_BLOCK);
    errors = Math.min(requests - exempt, blocks * counts.errors);
    hangs = Math.min(requests - exempt - errors, blocks * counts.hangs);
  }
  const retries = attempts - requests;
  const workMs = (attempts - hangs) * perAttempt + hangs * settings.timeoutMs + retries * backoffMs;
  return { id: spec.id, attempts, workMs, wallMs: Math.ceil(workMs / settings.perHostConcurrency) };
}

/**
 * Worst-case wall time of crawling every exchange at once: the slowest host,
 * or all the work spread over the overall concurrency if that is longer.
 */
export function worstCaseFleetCrawlMs(specs: ExchangeSpec[], settings: ProbeSettings, extraRequests = 0): number {
  const estimates = specs.map((s) => worstCaseCrawl(s, settings, extraRequests));
  const slowestHost = Math.max(0, ...estimates.map((e) => e.wallMs));
  const totalWork = estimates.reduce((sum, e) => sum + e.workMs, 0);
  return Math.max(slowestHost, Math.ceil(totalWork / settings.concurrency));
}
