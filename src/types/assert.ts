/**
 * `assert` (CONTRACT.md): thresholds on the scorecard, for CI. Exit 1 only when an
 * error-level assertion failed. Versioned; schema in schema/assert.schema.json.
 */
import type { AssertionLevel } from './config.js';
import type { CriterionId } from './report.js';

export type AssertionStatus = 'pass' | 'fail' | 'not measured';

export interface AssertionResult {
  /** Where the assertion came from: "--min-score", "--criterion security=7", "--no-red-flags", "config assertions[2]". */
  source: string;
  /** The exchange checked; "*" when the window had no exchange to check. */
  exchange: string;
  exchangeName: string;
  /** "overall", a criterion id, or "redFlags". */
  criterion: CriterionId | 'overall' | 'redFlags';
  /** The level the assertion was given. */
  level: AssertionLevel;
  status: AssertionStatus;
  /**
   * What this result weighs: the level for a failure, "warn" for "not measured" (never a silent
   * pass, never a failure), null for a pass.
   */
  severity: AssertionLevel | null;
  /** ">=": the score must be at least `expected`; "<=": at most (red flags: at most 0). */
  operator: '>=' | '<=';
  expected: number;
  /** The score or the red-flag count; null when not measured. */
  actual: number | null;
  /** One line a person understands. */
  message: string;
}

export interface AssertionSummary {
  /** Results checked (an assertion for "*" gives one per exchange). */
  total: number;
  passed: number;
  /** Failures at error level: any makes `passed` false and the exit code 1. */
  errors: number;
  /** Failures at warn level. */
  warnings: number;
  notMeasured: number;
}

export interface AssertOutcome {
  schemaVersion: 1;
  /** True when no error-level assertion failed. */
  passed: boolean;
  generatedAt: string;
  /** The report window the assertions were checked over. */
  since: string | null;
  until: string | null;
  summary: AssertionSummary;
  results: AssertionResult[];
}
