/**
 * Keeping a crawl's memory near its live data.
 *
 * A probe parses and discards a page's DOM every few milliseconds. Its live data stays around
 * 35 MB, but V8's default heap growth lets the discarded DOMs pile up to four times that
 * before a full collection (peak RSS ~280 MB on a 1,000-page crawl). A lower growing factor
 * collects sooner: measured on bench/crawl.mjs, peak RSS ~195 MB at the same speed, since a
 * full collection of a 35 MB live heap takes ~5 ms. The flag only changes when V8 collects,
 * never what a program computes; it is process-wide, so callers may opt out.
 */
import v8 from 'node:v8';

/** Percent by which V8 may grow the old generation past the live size before collecting. */
export const HEAP_GROWING_PERCENT = 20;
const applied = new Set<string>();

/** Sets a V8 flag once per process. */
function setFlagOnce(flag: string): void {
  if (applied.has(flag)) return;
  applied.add(flag);
  v8.setFlagsFromString(flag);
}

export function keepHeapSmall(): void {
  setFlagOnce(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** Megabytes of V8's young generation (each semi-space) while a report is computed. */
export const REPORT_SEMI_SPACE_MB = 64;

/**
 * A report over a long history allocates many short-lived rows and objects: with V8's default
 * 16 MB semi-spaces it spends about 15 % of its time in scavenges that promote data which dies
 * soon after. Larger semi-spaces let it die young (measured on bench/report.mjs: CLI JSON report
 * over 1M observations 1.03 s -> 0.95 s, peak RSS +20 MB). Process-wide, like keepHeapSmall.
 */
export function roomForShortLivedObjects(): void {
  setFlagOnce(`--max-semi-space-size=${REPORT_SEMI_SPACE_MB}`);
}
