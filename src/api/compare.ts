/**
 * `compare <from> <to>`: two reports from the store, and what changed between them, per
 * exchange and criterion. Reads only.
 *
 * A side is a run id (the report over that run's started..finished window) or a point in time:
 * an ISO date (a bare date means the end of that UTC day), an ISO date-time, or a duration back
 * from now ("7d"); a point in time means the report over the `windowMs` ending there.
 * A run whose observations `db prune` removed is read over the whole UTC hours it touched,
 * from the rollups that prune keeps.
 */
import { UsageError } from '../errors.js';
import { round } from '../score/curves.js';
import type { RunRow, Store } from '../store/store.js';
import type { Config } from '../types/config.js';
import { CHANGE_LABELS, type ChangeLabel, type Comparison, type ComparisonSide, type ComparisonSummary, type ExchangeComparison, type ScoreChange } from '../types/compare.js';
import { CRITERION_IDS, type CriterionId, type ExchangeReport, type Report } from '../types/report.js';
import { checkExchangeIds } from './exchangeIds.js';
import { report } from './report.js';

export const DEFAULT_COMPARE_WINDOW_MS = 7 * 86_400_000;
/** Criterion points (0–10 scale); overall uses ten times this (0–100 scale). */
export const DEFAULT_TOLERANCE = 0.5;

const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3 };
const DURATION = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** "7d" -> ms, or null when `value` is not a duration. */
export function parseDuration(value: string): number | null {
  const m = DURATION.exec(value.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]! : null;
}

/** What a side names, before it is looked up in the store. */
export type Endpoint = { kind: 'run'; runId: number } | { kind: 'date'; at: Date };

/** Parses `from` / `to`. `name` ("<from>", "<to>") is used in the message of a bad value. */
export function parseEndpoint(name: string, value: string, now: Date): Endpoint {
  const v = value.trim();
  if (/^\d+$/.test(v)) {
    const runId = Number(v);
    if (Number.isSafeInteger(runId) && runId > 0) return { kind: 'run', runId };
  }
  const ms = parseDuration(v);
  if (ms !== null) return { kind: 'date', at: new Date(now.getTime() - ms) };
  if (v.toLowerCase() === 'now') return { kind: 'date', at: now };
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (dateOnly) {
    const start = Date.parse(`${v}T00:00:00Z`);
    // A real calendar day (2026-02-30 is not): the date must survive the round trip.
    if (Number.isFinite(start) && new Date(start).toISOString().slice(0, 10) === v) return { kind: 'date', at: new Date(start + DAY_MS - 1) };
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) {
    const t = Date.parse(v);
    if (Number.isFinite(t)) return { kind: 'date', at: new Date(t) };
  }
  throw new UsageError(
    `${name}: expected a run id (e.g. 12), an ISO date (2026-11-01, meaning the end of that UTC day) or date-time, or a duration back from now (7d, 12h), got ${JSON.stringify(value)}`,
    'E_BAD_ENDPOINT',
  );
}

export interface CompareOptions {
  store: Store;
  config: Config;
  from: string;
  to: string;
  /** The window ending at a date side (default 7 days). Run sides use the run's own window. */
  windowMs?: number;
  /** Criterion points within which a change is "unchanged" (default 0.5; overall: ten times it). */
  tolerance?: number;
  /** Restrict to these exchange ids. */
  exchanges?: string[];
  now?: Date;
}

interface ResolvedSide {
  side: ComparisonSide;
  since: Date;
  until: Date;
}

/** A run's window: started..finished; an unfinished run ends where the next one starts, or now. */
function runWindow(run: RunRow, runs: RunRow[], now: Date): { since: Date; until: Date } {
  const since = new Date(run.startedAt);
  if (run.finishedAt) return { since, until: new Date(Math.max(Date.parse(run.finishedAt), since.getTime())) };
  const next = runs.find((r) => r.id > run.id && Date.parse(r.startedAt) >= since.getTime());
  return { since, until: next ? new Date(Date.parse(next.startedAt) - 1) : now };
}

async function resolveSide(name: string, input: string, opts: CompareOptions, now: Date, runs: () => Promise<RunRow[]>): Promise<ResolvedSide> {
  const endpoint = parseEndpoint(name, input, now);
  if (endpoint.kind === 'run') {
    const all = await runs();
    const run = all.find((r) => r.id === endpoint.runId);
    if (!run) {
      const known = all.length === 0 ? 'it has no runs yet' : `its runs are ${all[0]!.id} to ${all[all.length - 1]!.id}`;
      throw new UsageError(`${name}: no run ${endpoint.runId} in ${opts.store.path} (${known})`, 'E_UNKNOWN_RUN');
    }
    let { since, until } = runWindow(run, all, now);
    // After `db prune` the run's observations are gone but the hourly rollups are not: read the
    // whole UTC hours the run touched (the window the JSON reports says so).
    if (run.observations > 0 && (await opts.store.channelStats('helpCenter', { since: since.getTime(), until: until.getTime() })).length === 0) {
      since = new Date(Math.floor(since.getTime() / HOUR_MS) * HOUR_MS);
      until = new Date(Math.ceil((until.getTime() + 1) / HOUR_MS) * HOUR_MS - 1);
    }
    return { side: { input, kind: 'run', runId: run.id, since: since.toISOString(), until: until.toISOString(), runs: 0 }, since, until };
  }
  const windowMs = opts.windowMs ?? DEFAULT_COMPARE_WINDOW_MS;
  const until = endpoint.at;
  const since = new Date(until.getTime() - windowMs);
  return { side: { input, kind: 'date', runId: null, since: since.toISOString(), until: until.toISOString(), runs: 0 }, since, until };
}

export async function compare(opts: CompareOptions): Promise<Comparison> {
  const now = opts.now ?? new Date();
  if (opts.windowMs !== undefined && !(opts.windowMs > 0)) throw new UsageError(`--window: expected a duration above 0, got ${opts.windowMs} ms`);
  const tolerance = opts.tolerance ?? DEFAULT_TOLERANCE;
  if (!(tolerance >= 0 && tolerance <= 10)) throw new UsageError(`--tolerance: expected points from 0 to 10 (the criterion scale), got ${tolerance}`);
  await checkExchangeIds(opts.store, opts.config, opts.exchanges);
  let runs: Promise<RunRow[]> | undefined;
  const listRuns = () => (runs ??= opts.store.listRuns());
  const from = await resolveSide('<from>', opts.from, opts, now, listRuns);
  const to = await resolveSide('<to>', opts.to, opts, now, listRuns);
  const sideReport = (s: ResolvedSide) =>
    report({
      store: opts.store,
      config: opts.config,
      since: s.since,
      until: s.until,
      // Scored as of the window's end (the age of an article then, not today).
      now: s.until,
      history: false,
      includeUnprobed: false,
      ...(opts.exchanges ? { exchanges: opts.exchanges } : {}),
    });
  const [before, after] = await Promise.all([sideReport(from), sideReport(to)]);
  from.side.runs = before.runs;
  to.side.runs = after.runs;
  return compareReports(before, after, { from: from.side, to: to.side, tolerance, generatedAt: now });
}

/** Labels one change: null-aware, with a tolerance band (inclusive) around 0. */
export function changeOf(before: number | null, after: number | null, tolerance: number): ScoreChange {
  if (before === null && after === null) return { before, after, delta: null, label: 'not measured' };
  if (after === null) return { before, after, delta: null, label: 'no longer measured' };
  if (before === null) return { before, after, delta: null, label: 'newly measured' };
  const delta = round(after - before, 2);
  // The scores are rounded to one decimal: compare the delta at that precision (0.1 + 0.2 …).
  const label: ChangeLabel = delta > tolerance + 1e-9 ? 'improvement' : delta < -tolerance - 1e-9 ? 'regression' : 'unchanged';
  return { before, after, delta, label };
}

const SUMMARY_KEY: Record<ChangeLabel, keyof ComparisonSummary> = {
  improvement: 'improvement',
  regression: 'regression',
  unchanged: 'unchanged',
  'no longer measured': 'noLongerMeasured',
  'newly measured': 'newlyMeasured',
  'not measured': 'notMeasured',
};

/** Pure: two reports -> the comparison. Exchanges in the order of the `after` report, then those only in `before`. */
export function compareReports(
  before: Report,
  after: Report,
  opts: { from: ComparisonSide; to: ComparisonSide; tolerance: number; generatedAt?: Date },
): Comparison {
  const tol = { criterion: opts.tolerance, overall: round(opts.tolerance * 10, 2) };
  const beforeById = new Map(before.exchanges.map((x) => [x.id, x]));
  const afterById = new Map(after.exchanges.map((x) => [x.id, x]));
  const ids = [...after.exchanges.map((x) => x.id), ...before.exchanges.filter((x) => !afterById.has(x.id)).map((x) => x.id)];
  const summary = Object.fromEntries(CHANGE_LABELS.map((l) => [SUMMARY_KEY[l], 0])) as unknown as ComparisonSummary;
  const exchanges: ExchangeComparison[] = ids.map((id) => {
    const b: ExchangeReport | undefined = beforeById.get(id);
    const a: ExchangeReport | undefined = afterById.get(id);
    const criteria = {} as Record<CriterionId, ScoreChange>;
    for (const c of CRITERION_IDS) {
      criteria[c] = changeOf(b?.criteria[c].score ?? null, a?.criteria[c].score ?? null, tol.criterion);
      summary[SUMMARY_KEY[criteria[c].label]]++;
    }
    const overall = changeOf(b?.overall ?? null, a?.overall ?? null, tol.overall);
    summary[SUMMARY_KEY[overall.label]]++;
    return {
      id,
      name: a?.name ?? b?.name ?? id,
      overall,
      grade: { before: b?.grade ?? null, after: a?.grade ?? null },
      coverage: { before: b ? b.coverage : null, after: a ? a.coverage : null },
      criteria,
    };
  });
  const names = new Map([...before.criteria, ...after.criteria].map((c) => [c.id, c.name]));
  return {
    schemaVersion: 1,
    generatedAt: (opts.generatedAt ?? new Date()).toISOString(),
    from: opts.from,
    to: opts.to,
    tolerance: tol,
    criteria: CRITERION_IDS.map((id) => ({ id, name: names.get(id) ?? id })),
    summary,
    exchanges,
  };
}
