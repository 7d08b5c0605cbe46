/**
 * Raw per-channel counts and timing samples -> the numbers scoring uses. Pure.
 */
import { NEUTRAL_ERROR_CODES, type ErrorCode } from '../types/observation.js';
import { LatencyHistogram } from '../metrics/histogram.js';
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

/** One stored rollup (an hour or a day), as the store gives it (src/store/rollups.ts RollupRow). */
export interface RollupLike {
  exchangeId: string;
  probes: number;
  ok: number;
  errors: number;
  skipped: number;
  https: number;
  codes: Record<string, number>;
  /** Encoded histograms (LatencyHistogram.toBuffer). */
  ttfb: Buffer;
  total: Buffer;
  firstAt: number;
  lastAt: number;
}

/** Sums rollups per exchange (e.g. the days of one trend bucket). Pure. */
export function sumRollups(rows: Iterable<RollupLike>): Map<string, RawChannelStats> {
  const out = new Map<string, RawChannelStats & { https: number }>();
  for (const r of rows) {
    let s = out.get(r.exchangeId);
    if (!s) {
      s = { observations: 0, ok: 0, errors: 0, skipped: 0, errorsByCode: {}, ttfb: new LatencyHistogram(), total: new LatencyHistogram(), httpsShare: null, firstAt: r.firstAt, lastAt: r.lastAt, https: 0 };
      out.set(r.exchangeId, s);
    }
    s.observations += r.probes;
    s.ok += r.ok;
    s.errors += r.errors;
    s.skipped += r.skipped;
    s.https += r.https;
    for (const code in r.codes) s.errorsByCode[code as ErrorCode] = (s.errorsByCode[code as ErrorCode] ?? 0) + r.codes[code]!;
    s.ttfb.addEncoded(r.ttfb);
    s.total.addEncoded(r.total);
    s.firstAt = Math.min(s.firstAt ?? r.firstAt, r.firstAt);
    s.lastAt = Math.max(s.lastAt ?? r.lastAt, r.lastAt);
  }
  for (const s of out.values()) s.httpsShare = s.observations > 0 ? s.https / s.observations : null;
  return out;
}
