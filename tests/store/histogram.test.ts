import { describe, expect, it } from 'vitest';
import { HISTOGRAM_RELATIVE_ERROR, LatencyHistogram } from '../../src/metrics/histogram.js';

/** Exact nearest-rank percentile, the definition the histogram approximates. */
function exact(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round((p / 100) * (sorted.length - 1))]!;
}

describe('LatencyHistogram', () => {
  it('is empty until something is added', () => {
    const h = new LatencyHistogram();
    expect(h.count).toBe(0);
    expect(h.percentile(50)).toBeNull();
  });

  it('answers every percentile within its relative error', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // Log-normal-ish latencies from 1 ms to 60 s.
    const values = Array.from({ length: 5000 }, () => Math.exp(rand() * Math.log(60_000)));
    const h = LatencyHistogram.of(values);
    expect(h.count).toBe(5000);
    for (const p of [0, 1, 10, 25, 50, 75, 90, 95, 99, 100]) {
      const truth = exact(values, p);
      expect(Math.abs(h.percentile(p)! - truth) / truth).toBeLessThanOrEqual(HISTOGRAM_RELATIVE_ERROR + 1e-9);
    }
  });

  it('merges exactly: two halves equal the whole', () => {
    const a = LatencyHistogram.of([5, 80, 120, 3000]);
    const b = LatencyHistogram.of([0, 7, 7, 190_000]);
    const whole = LatencyHistogram.of([5, 80, 120, 3000, 0, 7, 7, 190_000]);
    expect(a.merge(b).toJson()).toEqual(whole.toJson());
    expect(whole.percentile(0)).toBe(0);
  });

  it('round-trips through JSON and ignores junk in stored JSON', () => {
    const h = LatencyHistogram.of([1, 2, 3, 250.5]);
    const back = LatencyHistogram.fromJson(JSON.parse(JSON.stringify(h.toJson())));
    expect(back.toJson()).toEqual(h.toJson());
    const junk = LatencyHistogram.fromJson({ '10': 2, x: 5, '3.5': 1, '4': -1, z: 1 } as never);
    expect(junk.count).toBe(3);
  });

  it('ignores negative and non-finite values', () => {
    const h = LatencyHistogram.of([-1, Number.NaN, Number.POSITIVE_INFINITY, 10]);
    expect(h.count).toBe(1);
  });
});

describe('LatencyHistogram binary form', () => {
  it('round-trips, zero bucket included, and sums encoded rows like merge does', () => {
    const a = LatencyHistogram.of([0, 3, 3, 900, 45_000]);
    const b = LatencyHistogram.of([1, 900]);
    expect(LatencyHistogram.fromBuffer(a.toBuffer()).toJson()).toEqual(a.toJson());
    const summed = new LatencyHistogram().addEncoded(a.toBuffer()).addEncoded(b.toBuffer());
    expect(summed.toJson()).toEqual(LatencyHistogram.of([0, 3, 3, 900, 45_000, 1, 900]).toJson());
    expect(LatencyHistogram.fromBuffer(Buffer.alloc(0)).count).toBe(0);
  });
});
