/**
 * The storage interface. Everything above the store (pipeline, rejudge, report)
 * talks to this interface only; every SQL statement lives in the backend that
 * implements it (sqlite.ts today; a PostgreSQL backend for fleets of runners can
 * implement the same interface). Methods are async for that reason, even though
 * better-sqlite3 itself is synchronous.
 */
import type { ChannelId, ErrorCode, ObservationInput } from '../types/observation.js';
import type { PageFacts } from '../types/facts.js';
import type { Grade } from '../types/knowledge.js';
import type { LatencyHistogram } from '../metrics/histogram.js';
import type { Grain, RollupRow } from './rollups.js';

export interface RunInfo {
  command: string;
  toolVersion: string;
  configSource: string | null;
  startedAt?: Date;
}

export interface RunRow {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'finished' | 'failed' | 'interrupted';
  command: string;
  toolVersion: string;
  configSource: string | null;
  observations: number;
  failures: number;
}

export interface TimeWindow {
  /** Inclusive, epoch ms; null = from the beginning. */
  since: number | null;
  /** Inclusive, epoch ms; null = until now. */
  until: number | null;
}

/** A grade to store beside an answer observation (graded from its body). */
export interface GradeInput {
  url: string;
  question: string;
  lang: string;
  graderVersion: number;
  grade: Grade;
}

/** One search or answer observation of the newest run that searched, with its grade. */
export interface SearchSnapshotRow {
  kind: 'search' | 'answer';
  question: string;
  lang: string;
  locale: string | null;
  outcome: 'ok' | 'error' | 'skipped';
  errorCode: string | null;
  /** For searches: results returned (null when it failed). */
  results: number | null;
  /** For answers: rank among the results, URL and title. */
  rank: number | null;
  url: string;
  title: string | null;
  startedAt: number;
  grade: Grade | null;
}

/** A stored answer body and what it was asked for (for rejudge). */
export interface StoredAnswer {
  exchangeId: string;
  hash: string;
  url: string;
  contentType: string | null;
  question: string;
  lang: string;
  body: Buffer;
}

/** Facts to store beside an observation (judged from its body). */
export interface FactsInput {
  url: string;
  judgeVersion: number;
  facts: PageFacts;
}

/** Per exchange and channel: what happened in the window. */
export interface ChannelStats {
  exchangeId: string;
  channel: ChannelId;
  observations: number;
  ok: number;
  errors: number;
  skipped: number;
  errorsByCode: Partial<Record<ErrorCode, number>>;
  /** TTFB of successful probes, ms. */
  ttfb: LatencyHistogram;
  /** Total time of successful probes, ms. */
  total: LatencyHistogram;
  /** Probes over https / all probes with a URL. */
  httpsShare: number | null;
  firstAt: number | null;
  lastAt: number | null;
}

export type { Grain, RollupRow } from './rollups.js';

/** One hour of one exchange's channel, for the hour-of-week grid. */
export interface HourCount {
  exchangeId: string;
  /** Epoch ms of the hour's start (UTC). */
  hour: number;
  ok: number;
  errors: number;
  ttfbP50Ms: number | null;
}

export interface PageSnapshot {
  exchangeId: string;
  runId: number;
  url: string;
  finalUrl: string;
  role: string | null;
  startedAt: number;
  /** The body's content hash (equal hashes and URLs: equal facts). */
  bodyHash: string | null;
  facts: PageFacts | null;
}

export interface StoredBody {
  hash: string;
  url: string;
  contentType: string | null;
  body: Buffer;
}

export interface ExchangeRow {
  id: string;
  name: string;
  firstSeen: string;
  lastSeen: string;
}

export interface StoreStats {
  path: string;
  sizeBytes: number;
  runs: number;
  observations: number;
  bodies: number;
  bodyBytesRaw: number;
  bodyBytesStored: number;
}

/** What `prune` removed (or, on a dry run, would remove) and what it kept. */
export interface PruneResult {
  /** Observations that started before this instant (epoch ms) are removed. */
  cutoff: number;
  dryRun: boolean;
  observations: number;
  /** Stored bodies no longer referenced by any observation. */
  bodies: number;
  /** Their stored (compressed) size, bytes. */
  bodyBytes: number;
  /** Page facts whose (body, URL) no observation refers to any more. */
  pageFacts: number;
  /** Kept: the runs, the hourly and daily rollups (availability and latency history), the newer observations. */
  kept: { observations: number; runs: number; hourlyRollups: number; dailyRollups: number };
  /** Free space inside the file afterwards, bytes (`vacuum` returns it to the file system). */
  freeBytes: number;
}

export interface Store {
  readonly path: string;
  beginRun(info: RunInfo): Promise<number>;
  finishRun(runId: number, status: 'finished' | 'failed' | 'interrupted'): Promise<RunRow>;
  /** Records one observation (and its body, facts or grade, and rollups) in one transaction. Returns its id. */
  recordObservation(
    runId: number,
    exchange: { id: string; name: string },
    obs: ObservationInput,
    facts?: FactsInput | null,
    grade?: GradeInput | null,
  ): Promise<number>;
  listRuns(window?: TimeWindow): Promise<RunRow[]>;
  listExchanges(): Promise<ExchangeRow[]>;
  /** Per exchange: the channel's probes in the window, exact at the edges. */
  channelStats(channel: ChannelId, window: TimeWindow): Promise<ChannelStats[]>;
  /** Rollup rows of one grain (hour or day) starting in the window, oldest first (trend buckets). */
  rollupRows(channel: ChannelId, window: TimeWindow, grain: Grain): Promise<RollupRow[]>;
  /** Per exchange and hour: counts and median TTFB, for the hour-of-week grid. */
  hourCounts(channel: ChannelId, window: TimeWindow): Promise<HourCount[]>;
  /** When the first and the last observation in the window were made (epoch ms), or null when none. */
  observedSpan(window: TimeWindow): Promise<{ first: number; last: number } | null>;
  /** The pages of the newest run in the window whose start page was fetched OK, per exchange. */
  latestPages(window: TimeWindow): Promise<Map<string, PageSnapshot[]>>;
  /** Every stored help-center body with the URL it was judged under (for rejudge). */
  pageBodies(options?: { staleBefore?: number }): AsyncIterable<StoredBody>;
  putFacts(bodyHash: string, facts: FactsInput): Promise<void>;
  /** Per exchange: the searches and graded answers of the newest run in the window that searched. */
  latestSearch(window: TimeWindow): Promise<Map<string, { runId: number; rows: SearchSnapshotRow[] }>>;
  /** Every stored answer body whose grade is missing or older than `staleBefore` (for rejudge). */
  answerBodies(options?: { staleBefore?: number }): AsyncIterable<StoredAnswer>;
  putGrade(bodyHash: string, grade: GradeInput): Promise<void>;
  stats(): Promise<StoreStats>;
  /**
   * Retention: deletes the observations that started before `before` (epoch ms), then the bodies
   * and page facts no longer referenced, in one transaction. Runs and rollups are kept, so
   * availability and latency history survive. `dryRun` counts without deleting.
   */
  prune(options: { before: number; dryRun?: boolean }): Promise<PruneResult>;
  /** Rewrites the file without its free pages (VACUUM) and refreshes the planner's statistics. */
  vacuum(): Promise<void>;
  close(): Promise<void>;
}
