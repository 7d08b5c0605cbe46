/**
 * `compare <from> <to>` (CONTRACT.md): what changed between two runs or two dates, per exchange
 * and criterion. Versioned; schema in schema/compare.schema.json.
 */
import type { CriterionId, ExchangeReport } from './report.js';

/**
 * How a score moved, beyond the tolerance band or not. `null` is "not measured" throughout:
 * a score that was measured and is not any more is "no longer measured", never a drop to 0.
 */
export const CHANGE_LABELS = ['improvement', 'regression', 'unchanged', 'no longer measured', 'newly measured', 'not measured'] as const;
export type ChangeLabel = (typeof CHANGE_LABELS)[number];

export interface ScoreChange {
  /** The score in the `from` window (0–100 for overall, 0–10 for a criterion), or null. */
  before: number | null;
  /** The score in the `to` window, or null. */
  after: number | null;
  /** after − before, or null when either side is not measured. */
  delta: number | null;
  label: ChangeLabel;
}

/** One side of the comparison: a run, or the window ending at a date. */
export interface ComparisonSide {
  /** As given on the command line ("12", "2026-11-01", "7d"). */
  input: string;
  kind: 'run' | 'date';
  /** The run's id (kind "run"), else null. */
  runId: number | null;
  /** The window the report was made over (ISO 8601, both inclusive). */
  since: string;
  until: string;
  /** Probe runs that started in the window. */
  runs: number;
}

export interface ExchangeComparison {
  id: string;
  name: string;
  overall: ScoreChange;
  grade: { before: ExchangeReport['grade']; after: ExchangeReport['grade'] };
  /** Share of the total weight that had data (0–1); null when the exchange is absent from that side. */
  coverage: { before: number | null; after: number | null };
  criteria: Record<CriterionId, ScoreChange>;
}

/** How many scores (overall and criteria, across exchanges) got each label. */
export interface ComparisonSummary {
  improvement: number;
  regression: number;
  unchanged: number;
  noLongerMeasured: number;
  newlyMeasured: number;
  notMeasured: number;
}

export interface Comparison {
  schemaVersion: 1;
  generatedAt: string;
  from: ComparisonSide;
  to: ComparisonSide;
  /** Changes within ± these points are "unchanged": criteria on the 0–10 scale, overall on 0–100. */
  tolerance: { criterion: number; overall: number };
  criteria: Array<{ id: CriterionId; name: string }>;
  summary: ComparisonSummary;
  exchanges: ExchangeComparison[];
}
