import { describe, expect, it } from 'vitest';
import { logNormalScore, percentile, piecewise } from '../../src/score/curves.js';

describe('logNormalScore', () => {
  const cp = { p10: 400, median: 1500 };
  it('scores 0.9 at p10 and 0.5 at the median', () => {
    expect(logNormalScore(cp, 400)).toBeCloseTo(0.9, 4);
    expect(logNormalScore(cp, 1500)).toBeCloseTo(0.5, 6);
  });
  it('is monotonically decreasing and bounded', () => {
    let prev = 1.0000001;
    for (const v of [1, 10, 100, 400, 800, 1500, 3000, 10000, 1e6]) {
      const s = logNormalScore(cp, v);
      expect(s).toBeLessThan(prev);
      expect(s).toBeGreaterThanOrEqual(0);
      prev = s;
    }
    expect(logNormalScore(cp, 0)).toBe(1);
  });
  it('rejects inverted control points', () => {
    expect(() => logNormalScore({ p10: 2000, median: 1000 }, 5)).toThrow(RangeError);
  });
});

describe('piecewise', () => {
  const pts = [[0, 0], [10, 1], [20, 0.5]] as const;
  it('interpolates and clamps', () => {
    expect(piecewise(pts, -5)).toBe(0);
    expect(piecewise(pts, 5)).toBe(0.5);
    expect(piecewise(pts, 15)).toBe(0.75);
    expect(piecewise(pts, 99)).toBe(0.5);
  });
});

describe('percentile', () => {
  it('interpolates between closest ranks, and is null without data', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile(Float64Array.from([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]), 95)).toBeCloseTo(95.5);
  });
});
