/**
 * The one Report object (CONTRACT.md, "JSON report"): the contract between
 * scoring and every renderer. Versioned; schema in schema/report.schema.json.
 */

export const CRITERION_IDS = [
  'availability',
  'responsiveness',
  'resolution',
  'knowledge',
  'multilingual',
  'channels',
  'self_service',
  'security',
  'transparency',
  'feedback',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export interface CriterionInfo {
  id: CriterionId;
  name: string;
  /** Why it matters, one line (shown in reports). */
  description: string;
  weight: number;
}

export interface CriterionResult {
  /** 0–10, or null when nothing was measured (never 0 for "no data"). */
  score: number | null;
  /** Sentences a person understands, most important first. */
  reasons: string[];
  /** The numbers behind the score (null = not measured). */
  metrics: Record<string, number | string | boolean | null>;
}

export interface HelpCenterChannelSummary {
  observations: number;
  ok: number;
  availability: number | null;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
}

export interface ConversationChannelSummary {
  conversations: number;
  replied: number;
  firstReplyP50Sec: number | null;
  firstSubstantiveReplyP50Sec: number | null;
}

/** The help center's own search, asked the question bank. */
export interface SearchChannelSummary {
  searches: number;
  failed: number;
  /** Searches that returned at least one article. */
  withResults: number;
  /** Question × language pairs with a graded article. */
  answered: number;
  /** Mean of the best article's grade per pair asked (0 where nothing was found), 0–10. */
  meanScore: number | null;
}

export interface ChatChannelSummary {
  conversations: number;
  replied: number;
  firstReplyP50Sec: number | null;
  humanHandoffP50Sec: number | null;
}

export interface RedFlag {
  channel: string;
  question: string | null;
  kind: string;
  at: string;
  /** A short quote of what was flagged (exchange-supplied: escape when rendering). */
  evidence?: string;
}

export interface ExchangeReport {
  id: string;
  name: string;
  /** 0–100 or null. */
  overall: number | null;
  grade: 'A' | 'B' | 'C' | 'D' | 'F' | null;
  /** Share of total weight that had data, 0–1. */
  coverage: number;
  /** 1-based; exchanges without any data are ranked last (rank null). */
  rank: number | null;
  criteria: Record<CriterionId, CriterionResult>;
  channels: {
    helpCenter: HelpCenterChannelSummary | null;
    email: ConversationChannelSummary | null;
    ticket: ConversationChannelSummary | null;
    chat: ChatChannelSummary | null;
    search: SearchChannelSummary | null;
  };
  redFlags: RedFlag[];
  /** Failure counts by error code over the window (help center and others). */
  errors: Record<string, number>;
  /** When the newest observation for this exchange was made. */
  lastObservedAt: string | null;
  /**
   * Does "24/7 support" hold at 3 a.m. on Sunday? The help-center probes of the window by
   * UTC hour of the week: 7 rows (Monday first) of 24 cells (hour 0 first).
   */
  hourOfWeek: HourOfWeekCell[][];
  /** Scores per time bucket over the window, oldest first (see Report.buckets). */
  trend: TrendPoint[];
}

export interface HourOfWeekCell {
  /** Probes that landed in this hour of the week (errors and successes; neutral skips excluded). */
  probes: number;
  ok: number;
  /** ok / probes, or null when there was no probe. */
  availability: number | null;
  /** Median TTFB of the successful probes, ms, or null. */
  latencyP50Ms: number | null;
}

export interface TrendPoint {
  /** Bucket start and end (ISO 8601, end exclusive). */
  start: string;
  end: string;
  overall: number | null;
  coverage: number;
  /** Criterion score in the bucket (null = not measured in it). */
  criteria: Record<CriterionId, number | null>;
}

export interface Report {
  schemaVersion: 1;
  generatedAt: string;
  since: string | null;
  until: string | null;
  /** Number of probe runs in the window. */
  runs: number;
  /** How the window is cut for the trends: bucket length and count. */
  buckets: { size: 'hour' | 'day' | 'week'; count: number };
  criteria: CriterionInfo[];
  exchanges: ExchangeReport[];
}
