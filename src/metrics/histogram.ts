/**
 * A latency histogram with bounded relative error (the DDSketch idea): a value v > 0 falls
 * in bucket i = ceil(log_γ v), and every quantile read back is within ±α of a true sample,
 * α = (γ − 1) / (γ + 1) ≈ 1 % for γ = 1.02. Buckets are sparse, so a histogram of a few
 * hundred probes is a few dozen numbers.
 *
 * Why it exists: the store keeps one histogram per exchange, channel and hour beside the raw
 * observations (`rollups`), so `report` over a million observations reads thousands of small
 * rows instead of a million, and pruned history still has its percentiles. Histograms merge
 * exactly (bucket counts add), so any window of hours is the sum of its hours.
 */

const GAMMA = 1.02;
const LOG_GAMMA = Math.log(GAMMA);
/** Values at or below this (ms) are counted as zero: no probe answers in under a microsecond. */
const MIN_VALUE = 1e-3;

/** The relative accuracy of every quantile (≈ 0.0099). */
export const HISTOGRAM_RELATIVE_ERROR = (GAMMA - 1) / (GAMMA + 1);

/** A readable form (tests, debugging): bucket index -> count, plus the zero bucket under "z". */
export type HistogramJson = Record<string, number>;

/** Bucket index of the zero bucket in the binary form (no real bucket is this low). */
const ZERO_INDEX = -0x80000000;

export class LatencyHistogram {
  private readonly buckets = new Map<number, number>();
  private zeros = 0;
  private n = 0;

  static fromJson(json: HistogramJson | null | undefined): LatencyHistogram {
    const h = new LatencyHistogram();
    if (!json) return h;
    for (const [key, count] of Object.entries(json)) {
      if (!(typeof count === 'number' && count > 0 && Number.isFinite(count))) continue;
      if (key === 'z') {
        h.zeros += count;
        h.n += count;
        continue;
      }
      const index = Number(key);
      if (!Number.isInteger(index)) continue;
      h.buckets.set(index, (h.buckets.get(index) ?? 0) + count);
      h.n += count;
    }
    return h;
  }

  /**
   * The stored form: little-endian Int32 pairs (bucket index, count), the zero bucket under
   * index -2^31. Compact, and read back without parsing text.
   */
  static fromBuffer(buf: Buffer | null | undefined): LatencyHistogram {
    const h = new LatencyHistogram();
    if (buf) h.addEncoded(buf);
    return h;
  }

  static of(values: Iterable<number>): LatencyHistogram {
    const h = new LatencyHistogram();
    for (const v of values) h.add(v);
    return h;
  }

  get count(): number {
    return this.n;
  }

  /** Adds `times` samples of `value` (ms). Non-finite and negative values are ignored. */
  add(value: number, times = 1): this {
    if (!Number.isFinite(value) || value < 0 || times <= 0) return this;
    this.n += times;
    if (value <= MIN_VALUE) {
      this.zeros += times;
      return this;
    }
    const index = Math.ceil(Math.log(value) / LOG_GAMMA);
    this.buckets.set(index, (this.buckets.get(index) ?? 0) + times);
    return this;
  }

  /** Adds a histogram stored with `toBuffer` (the fast path for summing many stored rows). */
  addEncoded(buf: Buffer): this {
    const end = buf.length - (buf.length % 8);
    for (let off = 0; off < end; off += 8) {
      const index = buf.readInt32LE(off);
      const count = buf.readInt32LE(off + 4);
      if (count <= 0) continue;
      this.n += count;
      if (index === ZERO_INDEX) this.zeros += count;
      else this.buckets.set(index, (this.buckets.get(index) ?? 0) + count);
    }
    return this;
  }

  toBuffer(): Buffer {
    const entries = [...this.buckets.entries()].sort((a, b) => a[0] - b[0]);
    const buf = Buffer.allocUnsafe((entries.length + (this.zeros > 0 ? 1 : 0)) * 8);
    let off = 0;
    if (this.zeros > 0) {
      buf.writeInt32LE(ZERO_INDEX, 0);
      buf.writeInt32LE(this.zeros, 4);
      off = 8;
    }
    for (const [index, count] of entries) {
      buf.writeInt32LE(index, off);
      buf.writeInt32LE(count, off + 4);
      off += 8;
    }
    return buf;
  }

  merge(other: LatencyHistogram): this {
    this.zeros += other.zeros;
    this.n += other.n;
    for (const [index, count] of other.buckets) this.buckets.set(index, (this.buckets.get(index) ?? 0) + count);
    return this;
  }

  /**
   * The p-th percentile (0–100), or null when empty: the value of the sample at rank
   * round(p/100 × (n − 1)), within ±1 %.
   */
  percentile(p: number): number | null {
    if (this.n === 0) return null;
    const rank = Math.round((Math.min(100, Math.max(0, p)) / 100) * (this.n - 1));
    let seen = this.zeros;
    if (rank < seen) return 0;
    for (const index of [...this.buckets.keys()].sort((a, b) => a - b)) {
      seen += this.buckets.get(index)!;
      if (rank < seen) return (2 * GAMMA ** index) / (GAMMA + 1);
    }
    return null;
  }

  toJson(): HistogramJson {
    const out: HistogramJson = {};
    if (this.zeros > 0) out.z = this.zeros;
    for (const index of [...this.buckets.keys()].sort((a, b) => a - b)) out[String(index)] = this.buckets.get(index)!;
    return out;
  }
}
