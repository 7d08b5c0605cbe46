/**
 * The 7×24 hour-of-week grid of one exchange's probes (UTC, Monday first).
 *
 * Why it matters (availability): "24/7 support" is a claim; the grid shows whether the
 * help center (and, as they land, chat and replies) answered at 3 a.m. on a Sunday as well
 * as at noon on a Tuesday. Pure: hourly rollup rows in, cells out.
 */
import { LatencyHistogram } from '../metrics/histogram.js';
import type { HourOfWeekCell } from '../types/report.js';

export interface HourRow {
  /** Epoch ms of the hour's start. */
  hour: number;
  ok: number;
  errors: number;
  ttfb: LatencyHistogram;
}

/** Monday = 0 … Sunday = 6, for a UTC timestamp. */
export function weekdayIndex(ms: number): number {
  return (new Date(ms).getUTCDay() + 6) % 7;
}

export function hourOfWeekGrid(rows: Iterable<HourRow>): HourOfWeekCell[][] {
  const acc = Array.from({ length: 7 }, () =>
    Array.from({ length: 24 }, () => ({ probes: 0, ok: 0, ttfb: new LatencyHistogram() })),
  );
  for (const r of rows) {
    const cell = acc[weekdayIndex(r.hour)]![new Date(r.hour).getUTCHours()]!;
    cell.probes += r.ok + r.errors;
    cell.ok += r.ok;
    cell.ttfb.merge(r.ttfb);
  }
  return acc.map((day) =>
    day.map((c) => {
      const p50 = c.ttfb.percentile(50);
      return {
        probes: c.probes,
        ok: c.ok,
        availability: c.probes > 0 ? Math.round((c.ok / c.probes) * 1000) / 1000 : null,
        latencyP50Ms: p50 === null ? null : Math.round(p50),
      };
    }),
  );
}
