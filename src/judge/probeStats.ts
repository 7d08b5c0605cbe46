/**
 * Raw per-channel counts and timing samples -> the numbers scoring uses. Pure.
 */
import { NEUTRAL_ERROR_CODES, type ErrorCode } from '../types/observation.js';
import type { LatencyHistogram } from '../metrics/histogram.js';
import type { ProbeStats } from '../score/evidence.js';

export interface RawChannelStats {
  observations: number;
  ok: number;
  errors: number;
  skipped: number;
  errorsByCode: Partial<Record<ErrorCode, number>>;
  ttfb: LatencyHistogram;
  total: LatencyHistogram;
  httpsShare: number | null;
  firstAt: number | null;
  lastAt: number | null;
}

export function summariseProbeStats(raw: RawChannelStats): ProbeStats {
  let neutral = 0;
  for (const [code, n] of Object.entries(raw.errorsByCode) as [ErrorCode, number][]) {
    if (NEUTRAL_ERROR_CODES.has(code)) neutral += n;
  }
  // Neutral codes recorded as errors are moved to `skipped`; those already skipped stay there.
  const neutralErrors = Math.max(0, Math.min(neutral - raw.skipped, raw.errors));
  return {
    observations: raw.observations,
    ok: raw.ok,
    failed: raw.errors - neutralErrors,
    skipped: raw.skipped + neutralErrors,
    errorsByCode: raw.errorsByCode,
    ttfbP50Ms: raw.ttfb.percentile(50),
    ttfbP95Ms: raw.ttfb.percentile(95),
    totalP50Ms: raw.total.percentile(50),
    totalP95Ms: raw.total.percentile(95),
    httpsShare: raw.httpsShare,
    firstAt: raw.firstAt === null ? null : new Date(raw.firstAt).toISOString(),
    lastAt: raw.lastAt === null ? null : new Date(raw.lastAt).toISOString(),
  };
}
