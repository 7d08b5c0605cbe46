/**
 * The storage interface. Everything above the store (pipeline, rejudge, report)
 * talks to this interface only; every SQL statement lives in the backend that
 * implements it (sqlite.ts today; a PostgreSQL backend for fleets of runners can
 * implement the same interface). Methods are async for that reason, even though
 * better-sqlite3 itself is synchronous.
 */
import type { ChannelId, ErrorCode, ObservationInput } from '../types/observation.js';
import type { PageFacts } from '../types/facts.js';
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

export interface Store {
  readonly path: string;
  beginRun(info: RunInfo): Promise<number>;
  finishRun(runId: number, status: 'finished' | 'failed' | 'interrupted'): Promise<RunRow>;
  /** Records one observation (and its body and facts) in one transaction. Returns its id. */
  recordObservation(
    runId: number,
    exchange: { id: string; name: string },
    obs: ObservationInput,
    facts?: FactsInput | null,
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
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
