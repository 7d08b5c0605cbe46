/**
 * What scoring sees of one exchange: measured numbers and judged findings.
 * Built by the library from the store (aggregates) and the judges (findings);
 * scoring itself is pure over this object, so it is easy to test by hand.
 */
import type { ErrorCode } from '../types/observation.js';
import type { HelpCenterFindings } from '../judge/helpCenter.js';
import type { SearchFindings } from '../judge/search/searchFindings.js';
import type { HourOfWeekCell } from '../types/report.js';

export interface ProbeStats {
  /** All probes in the window, including skipped ones. */
  observations: number;
  ok: number;
  /** Failures that count against the exchange (neutral codes such as robots_disallowed excluded). */
  failed: number;
  /** Probes not made for reasons that are not the exchange's fault. */
  skipped: number;
  errorsByCode: Partial<Record<ErrorCode, number>>;
  ttfbP50Ms: number | null;
  ttfbP95Ms: number | null;
  totalP50Ms: number | null;
  totalP95Ms: number | null;
  /** Share of probes made over https (0–1), null when none. */
  httpsShare: number | null;
  firstAt: string | null;
  lastAt: string | null;
}

export interface ExchangeEvidence {
  id: string;
  name: string;
  /** Languages the config says the exchange serves (claimed, not measured). */
  claimedLanguages: string[];
  helpCenter: {
    stats: ProbeStats;
    /** Findings from the newest crawl with a good start page; null when none succeeded. */
    findings: HelpCenterFindings | null;
    /** When that crawl happened. */
    crawledAt: string | null;
  } | null;
  /** What the help center's own search answered to the question bank (null: not probed). */
  search?: SearchFindings | null;
  /** The help-center probes by UTC hour of the week (7 × 24); empty cells when nothing was probed. */
  hourOfWeek?: HourOfWeekCell[][];
}

export interface ScoringContext {
  /** "Now" for freshness judgements (the report's generatedAt). */
  now: Date;
}
