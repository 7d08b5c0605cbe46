/**
 * The 7×24 hour-of-week grid of one exchange's probes (UTC, Monday first).
 *
 * Why it matters (availability): "24/7 support" is a claim; the grid shows whether the
 * help center (and, as they land, chat and replies) answered at 3 a.m. on a Sunday as well
 * as at noon on a Tuesday. Pure: hourly rollup rows in, cells out.
 */
import type { HourOfWeekCell } from '../types/report.js';

export interface HourRow {
  /** Epoch ms of the hour's start. */
  hour: number;
  ok: number;
  errors: number;
  /** The hour's median TTFB, ms (null when nothing succeeded). */
  ttfbP50Ms: number | null;
}

/** Monday = 0 … Sunday = 6, for a UTC timestamp. */
export function weekdayIndex(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A cell's latency is the median of its hours' median TTFBs (each week's 3 a.m. Sunday counts once). */
export function hourOfWeekGrid(rows: Iterable<HourRow>): HourOfWeekCell[][] {
  const acc = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => ({ probes: 0, ok: 0, medians: [] as number[] })));
  for (const r of rows) {
    const cell = acc[weekdayIndex(r.hour)]![new Date(r.hour).getUTCHours()]!;
    cell.probes += r.ok + r.errors;
    cell.ok += r.ok;
    if (r.ttfbP50Ms !== null) cell.medians.push(r.ttfbP50Ms);
  }
  return acc.map((day) =>
    day.map((c) => {
      const p50 = median(c.medians);
      return {
        probes: c.probes,
        ok: c.ok,
        availability: c.probes > 0 ? Math.round((c.ok / c.probes) * 1000) / 1000 : null,
        latencyP50Ms: p50 === null ? null : Math.round(p50),
      };
    }),
  );
}
