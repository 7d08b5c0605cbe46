/**
 * The order every renderer lists exchanges in: by rank, the unranked (no data) last,
 * ties and the unranked in the report's own order. Never mutates the report.
 */
import type { ExchangeReport } from '../types/report.js';

export function byRank(exchanges: readonly ExchangeReport[]): ExchangeReport[] {
  return exchanges
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (a.x.rank ?? Number.POSITIVE_INFINITY) - (b.x.rank ?? Number.POSITIVE_INFINITY) || a.i - b.i)
    .map(({ x }) => x);
}
