/**
 * `report`: stored observations -> evidence -> the Report object. Reads only.
 */
import { summariseHelpCenter } from '../judge/helpCenter.js';
import { hourOfWeekGrid } from '../judge/hourOfWeek.js';
import { summariseSearch, type SearchFindings } from '../judge/search/searchFindings.js';
import { summariseProbeStats, sumRollups, type RawChannelStats } from '../judge/probeStats.js';
import type { HourRow } from '../judge/hourOfWeek.js';
import { buildReport, type BucketEvidence } from '../score/report.js';
import type { ExchangeEvidence } from '../score/evidence.js';
import type { PageSnapshot, SearchSnapshotRow, Store, TimeWindow } from '../store/store.js';
import type { Config } from '../types/config.js';
import type { PageFacts } from '../types/facts.js';
import type { Report } from '../types/report.js';

export interface ReportOptions {
  store: Store;
  config: Config;
  since?: Date | null;
  until?: Date | null;
  /** Restrict to these exchange ids. */
  exchanges?: string[];
  /** Include config exchanges with no data (default: only when the config is a file of the user's). */
  includeUnprobed?: boolean;
  now?: Date;
  /**
   * Compute the trends and the hour-of-week grid (default true). Renderers that show neither
   * (the terminal table) skip the work: the report then has empty trends and an empty grid.
   */
  history?: boolean;
}

/** What evidence is made of, read from the store once per window. */
interface EvidenceInputs {
  stats: Map<string, RawChannelStats>;
  pages: Map<string, PageSnapshot[]>;
  /** The newest search run's rows per exchange. */
  searches: Map<string, { runId: number; rows: SearchSnapshotRow[] }>;
  names: Map<string, string>;
  /**
   * Findings already summarised in this report, by the crawl's pages (body hash and URL):
   * help centers rarely change between runs, so trend buckets mostly see the same pages.
   */
  summaries?: Map<string, ReturnType<typeof summariseHelpCenter>>;
  /** Hourly counts for the hour-of-week grid; null = no grid. */
  hours: Array<HourRow & { exchangeId: string }> | null;
}

export async function gatherEvidence(
  store: Store,
  config: Config,
  window: TimeWindow,
  options: { exchanges?: string[]; includeUnprobed: boolean; hourOfWeek?: boolean },
): Promise<ExchangeEvidence[]> {
  const [stats, pages, known, hours, searches] = await Promise.all([
    store.channelStats('helpCenter', window),
    store.latestPages(window),
    store.listExchanges(),
    options.hourOfWeek === false ? null : store.hourCounts('helpCenter', window),
    store.latestSearch(window),
  ]);
  return assembleEvidence(
    config,
    { stats: new Map(stats.map((s) => [s.exchangeId, s])), pages, searches, names: new Map(known.map((k) => [k.id, k.name])), hours },
    options,
  );
}

function searchFindings(entry: { runId: number; rows: SearchSnapshotRow[] } | undefined): SearchFindings | null {
  if (!entry || entry.rows.length === 0) return null;
  const searches = entry.rows.filter((r) => r.kind === 'search');
  const answers = entry.rows
    .filter((r) => r.kind === 'answer')
    .map((r) => ({ question: r.question, lang: r.lang, rank: r.rank ?? 0, url: r.url, title: r.title, outcome: r.outcome, grade: r.grade, at: new Date(r.startedAt).toISOString() }));
  const first = Math.min(...entry.rows.map((r) => r.startedAt));
  return summariseSearch(searches, answers, new Date(first).toISOString());
}

function assembleEvidence(
  config: Config,
  inputs: EvidenceInputs,
  options: { exchanges?: string[]; includeUnprobed: boolean },
): ExchangeEvidence[] {
  const hoursById = new Map<string, HourRow[]>();
  for (const h of inputs.hours ?? []) {
    const list = hoursById.get(h.exchangeId) ?? [];
    list.push(h);
    hoursById.set(h.exchangeId, list);
  }
  const configured = new Map(config.exchanges.map((e) => [e.id, e]));
  const ids = new Set<string>(inputs.stats.keys());
  if (options.includeUnprobed) for (const e of config.exchanges) ids.add(e.id);
  const wanted = options.exchanges && options.exchanges.length > 0 ? new Set(options.exchanges) : null;
  const evidence: ExchangeEvidence[] = [];
  for (const id of ids) {
    if (wanted && !wanted.has(id)) continue;
    const cfg = configured.get(id);
    const raw = inputs.stats.get(id);
    const snapshot = inputs.pages.get(id) ?? [];
    const facts = snapshot.map((p) => p.facts).filter((f): f is PageFacts => f !== null);
    const key = snapshot.map((p) => `${p.bodyHash}\u0000${p.finalUrl}`).join('\u0001');
    let findings = inputs.summaries?.get(key) ?? null;
    if (!findings && facts.length > 0) {
      findings = summariseHelpCenter(facts);
      inputs.summaries?.set(key, findings);
    }
    evidence.push({
      id,
      name: cfg?.name ?? inputs.names.get(id) ?? id,
      claimedLanguages: cfg?.languages ?? [],
      helpCenter: raw
        ? {
            stats: summariseProbeStats(raw),
            findings,
            crawledAt: snapshot[0] ? new Date(snapshot[0].startedAt).toISOString() : null,
          }
        : null,
      search: searchFindings(inputs.searches.get(id)),
      ...(inputs.hours ? { hourOfWeek: hourOfWeekGrid(hoursById.get(id) ?? []) } : {}),
    });
  }
  return evidence;
}

export async function report(opts: ReportOptions): Promise<Report> {
  const now = opts.now ?? new Date();
  const window: TimeWindow = {
    since: opts.since ? opts.since.getTime() : null,
    until: opts.until ? opts.until.getTime() : null,
  };
  const includeUnprobed = opts.includeUnprobed ?? opts.config.source !== 'built-in catalog';
  const history = opts.history !== false;
  const evidence = await gatherEvidence(opts.store, opts.config, window, {
    includeUnprobed,
    hourOfWeek: history,
    ...(opts.exchanges ? { exchanges: opts.exchanges } : {}),
  });
  const runs = await opts.store.listRuns(window);
  const buckets = history ? await bucketEvidence(opts.store, opts.config, window, now, evidence.map((e) => e.id)) : undefined;
  return buildReport({
    evidence,
    buckets,
    weights: opts.config.weights,
    generatedAt: now,
    since: opts.since ?? null,
    until: opts.until ?? null,
    runs: runs.length,
  });
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** At most this many trend points per exchange. */
const MAX_BUCKETS = 120;

/**
 * Cuts the window into whole UTC hours, days or weeks (Monday first), whichever gives at
 * most MAX_BUCKETS of them, and gathers each bucket's evidence (scored like the window).
 */
export async function bucketEvidence(
  store: Store,
  config: Config,
  window: TimeWindow,
  now: Date,
  exchanges: string[],
): Promise<{ size: 'hour' | 'day' | 'week'; items: BucketEvidence[] }> {
  const until = window.until ?? now.getTime();
  const span = await store.observedSpan(window);
  if (!span || exchanges.length === 0) return { size: 'day', items: [] };
  const since = window.since ?? span.first;
  const length = until - since;
  const size: 'hour' | 'day' | 'week' = length <= 2 * DAY ? 'hour' : length <= MAX_BUCKETS * DAY ? 'day' : 'week';
  const step = size === 'hour' ? HOUR : size === 'day' ? DAY : WEEK;
  // Weeks start on Monday: the Unix epoch was a Thursday, 3 days after a Monday.
  const offset = size === 'week' ? 4 * DAY : 0;
  let start = Math.floor((since - offset) / step) * step + offset;
  if (Math.ceil((until - start) / step) > MAX_BUCKETS) start = until - MAX_BUCKETS * step;
  // Rollups read once and cut into buckets: days for daily and weekly buckets, hours for hourly ones.
  const rows = await store.rollupRows('helpCenter', { since, until }, size === 'hour' ? 'hour' : 'day');
  const known = new Map((await store.listExchanges()).map((k) => [k.id, k.name]));
  const summaries = new Map<string, ReturnType<typeof summariseHelpCenter>>();
  const items: BucketEvidence[] = [];
  let r = 0;
  for (let b = start; b < until; b += step) {
    const end = b + step;
    const inBucket = [];
    while (r < rows.length && rows[r]!.at < end) {
      if (rows[r]!.at >= b) inBucket.push(rows[r]!);
      r++;
    }
    const bucket = { since: Math.max(b, since), until: Math.min(end - 1, until) };
    const [pages, searches] = await Promise.all([store.latestPages(bucket), store.latestSearch(bucket)]);
    const evidence = assembleEvidence(config, { stats: sumRollups(inBucket), pages, searches, names: known, hours: null, summaries }, { exchanges, includeUnprobed: false });
    items.push({ start: new Date(b), end: new Date(end), evidence });
  }
  return { size, items };
}
