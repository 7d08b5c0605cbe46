/**
 * Scoring curves. Documented in the README ("How scores are computed").
 *
 * Timings use Lighthouse's log-normal curve: a metric value maps to a score in
 * [0, 1] through the complementary CDF of a log-normal distribution fixed by two
 * control points, `p10` (the value that scores 0.9) and `median` (scores 0.5).
 * Shares and counts use piecewise-linear curves through listed control points.
 */

/** Complementary error function (Numerical Recipes, fractional error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

export interface LogNormalControlPoints {
  /** The value that scores 0.9. */
  p10: number;
  /** The value that scores 0.5. */
  median: number;
}

/** Lighthouse-style log-normal score in [0, 1]; lower values are better. */
export function logNormalScore({ p10, median }: LogNormalControlPoints, value: number): number {
  if (!(median > 0) || !(p10 > 0) || p10 >= median) throw new RangeError('log-normal control points need 0 < p10 < median');
  if (value <= 0) return 1;
  // INVERSE_ERFC_ONE_FIFTH: erfc(x) = 0.2 at x ≈ 0.9062 (the p10 point).
  const INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;
  const xLogRatio = Math.log(value / median);
  const p10LogRatio = -Math.log(p10 / median);
  const standardizedX = (xLogRatio * INVERSE_ERFC_ONE_FIFTH) / p10LogRatio;
  const complementaryPercentile = erfc(standardizedX) / 2;
  return Math.min(1, Math.max(0, complementaryPercentile));
}

/** Piecewise-linear interpolation through (x, y) points sorted by x; clamped at both ends. */
export function piecewise(points: ReadonlyArray<readonly [number, number]>, x: number): number {
  if (points.length === 0) throw new RangeError('piecewise needs points');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    if (x <= x1) return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
  }
  return last[1];
}

/** Percentile (0–100) by linear interpolation between closest ranks; null for no data. */
export function percentile(values: ArrayLike<number>, p: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  if (n === 1) return sorted[0]!;
  const rank = (p / 100) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

/** Rounds to one decimal (scores) or to `digits`. */
export function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Clamp a 0–1 share into a 0–10 score with one decimal. */
export function toScore(unit: number): number {
  return round(Math.min(1, Math.max(0, unit)) * 10);
}
