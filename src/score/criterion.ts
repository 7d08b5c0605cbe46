/**
 * A criterion: id, name, why it matters, and a pure evaluation over evidence.
 * One criterion per file in ./criteria/, named by its id (CRITERIA.md).
 */
import type { CriterionId, CriterionResult } from '../types/report.js';
import type { ExchangeEvidence, ScoringContext } from './evidence.js';

export interface Criterion {
  id: CriterionId;
  name: string;
  /** One line: why it matters (shown in reports). */
  description: string;
  /** Which seed articles it comes from (CRITERIA.md). */
  seeds: string[];
  evaluate(evidence: ExchangeEvidence, ctx: ScoringContext): CriterionResult;
}

/** The result for "nothing was measured": score null, with the reason why. */
export function notMeasured(reason: string): CriterionResult {
  return { score: null, reasons: [reason], metrics: {} };
}

/** Formats a share as "95.8 %". */
export function pct(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString()} %`;
}

/** Formats milliseconds as "180 ms" or "1.9 s". */
export function ms(value: number): string {
  return value < 1000 ? `${Math.round(value)} ms` : `${(Math.round(value / 100) / 10).toString()} s`;
}

/** "1 probe" / "24 probes". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/**
 * Combines weighted parts in [0, 1] into a 0–10 score, ignoring parts that are null
 * (not measured) and renormalising the rest. Null if no part was measured.
 */
export function combine(parts: Array<{ weight: number; value: number | null }>): number | null {
  let sum = 0;
  let weight = 0;
  for (const p of parts) {
    if (p.value === null || !Number.isFinite(p.value)) continue;
    sum += p.weight * Math.min(1, Math.max(0, p.value));
    weight += p.weight;
  }
  return weight > 0 ? Math.round((sum / weight) * 100) / 10 : null;
}
