/**
 * `report`: stored observations -> evidence -> the Report object. Reads only.
 */
import { summariseHelpCenter } from '../judge/helpCenter.js';
import { hourOfWeekGrid, type HourRow } from '../judge/hourOfWeek.js';
import { summariseProbeStats } from '../judge/probeStats.js';
import { buildReport, type BucketEvidence } from '../score/report.js';
import type { ExchangeEvidence } from '../score/evidence.js';
import type { Store, TimeWindow } from '../store/store.js';
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
}

export async function gatherEvidence(
  store: Store,
  config: Config,
  window: TimeWindow,
  options: { exchanges?: string[]; includeUnprobed: boolean; hourOfWeek?: boolean },
): Promise<ExchangeEvidence[]> {
  const [stats, pages, known, hours] = await Promise.all([
    store.channelStats('helpCenter', window),
    store.latestPages(window),
    store.listExchanges(),
    options.hourOfWeek === false ? Promise.resolve([]) : store.hourlyStats('helpCenter', window),
  ]);
  const hoursById = new Map<string, HourRow[]>();
  for (const h of hours) {
    const list = hoursById.get(h.exchangeId) ?? [];
    list.push(h);
    hoursById.set(h.exchangeId, list);
  }
  const names = new Map(known.map((k) => [k.id, k.name]));
  const configured = new Map(config.exchanges.map((e) => [e.id, e]));
  const ids = new Set<string>(stats.map((s) => s.exchangeId));
  if (options.includeUnprobed) for (const e of config.exchanges) ids.add(e.id);
  const wanted = options.exchanges && options.exchanges.length > 0 ? new Set(options.exchanges) : null;
  const statsById = new Map(stats.map((s) => [s.exchangeId, s]));
  const evidence: ExchangeEvidence[] = [];
  for (const id of ids) {
    if (wanted && !wanted.has(id)) continue;
    const cfg = configured.get(id);
    const raw = statsById.get(id);
    const snapshot = pages.get(id) ?? [];
    const facts = snapshot.map((p) => p.facts).filter((f): f is PageFacts => f !== null);
    evidence.push({
      id,
      name: cfg?.name ?? names.get(id) ?? id,
      claimedLanguages: cfg?.languages ?? [],
      helpCenter: raw
        ? {
            stats: summariseProbeStats(raw),
            findings: facts.length > 0 ? summariseHelpCenter(facts) : null,
            crawledAt: snapshot[0] ? new Date(snapshot[0].startedAt).toISOString() : null,
          }
        : null,
      ...(options.hourOfWeek === false ? {} : { hourOfWeek: hourOfWeekGrid(hoursById.get(id) ?? []) }),
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
  const evidence = await gatherEvidence(opts.store, opts.config, window, {
    includeUnprobed,
    ...(opts.exchanges ? { exchanges: opts.exchanges } : {}),
  });
  const runs = await opts.store.listRuns(window);
  const buckets = await bucketEvidence(opts.store, opts.config, window, now, evidence.map((e) => e.id));
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
  const items: BucketEvidence[] = [];
  for (let b = start; b < until; b += step) {
    const from = Math.max(b, since);
    const to = Math.min(b + step - 1, until);
    const evidence = await gatherEvidence(store, config, { since: from, until: to }, { exchanges, includeUnprobed: false, hourOfWeek: false });
    items.push({ start: new Date(b), end: new Date(b + step), evidence });
  }
  return { size, items };
}
