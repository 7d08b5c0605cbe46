/**
 * Evidence -> the one Report object. Pure.
 *
 * overall  = 10 × weighted mean of the criteria that have data (0–100), or null;
 * coverage = share of the total weight that had data;
 * rank     = by overall × coverage (evidence-weighted: an exchange with one good
 *            measurement never outranks one measured on everything), then overall.
 */
import { CRITERION_IDS, type CriterionId, type CriterionResult, type ExchangeReport, type Report } from '../types/report.js';
import { CRITERIA } from './criteria/index.js';
import type { ExchangeEvidence, ScoringContext } from './evidence.js';
import type { SearchFindings } from '../judge/search/searchFindings.js';
import { round } from './curves.js';

export const GRADE_BANDS: ReadonlyArray<readonly [number, ExchangeReport['grade']]> = [
  [85, 'A'],
  [70, 'B'],
  [55, 'C'],
  [40, 'D'],
  [0, 'F'],
];

export function gradeFor(overall: number | null): ExchangeReport['grade'] {
  if (overall === null) return null;
  return GRADE_BANDS.find(([min]) => overall >= min)?.[1] ?? 'F';
}

/** The evidence of one time bucket of the window, for the trends. */
export interface BucketEvidence {
  start: Date;
  end: Date;
  evidence: ExchangeEvidence[];
}

export interface BuildReportInput {
  evidence: ExchangeEvidence[];
  /** Evidence per time bucket, oldest first (none: no trend). */
  buckets?: { size: Report['buckets']['size']; items: BucketEvidence[] };
  weights: Partial<Record<CriterionId, number>>;
  generatedAt: Date;
  since: Date | null;
  until: Date | null;
  runs: number;
}

export function weightOf(weights: Partial<Record<CriterionId, number>>, id: CriterionId): number {
  const w = weights[id];
  return w === undefined ? 1 : w;
}

export function scoreExchange(
  e: ExchangeEvidence,
  weights: Partial<Record<CriterionId, number>>,
  ctx: ScoringContext,
): Omit<ExchangeReport, 'rank' | 'hourOfWeek' | 'trend'> {
  const criteria = {} as Record<CriterionId, CriterionResult>;
  let weighted = 0;
  let measuredWeight = 0;
  let totalWeight = 0;
  for (const id of CRITERION_IDS) {
    const result = CRITERIA[id].evaluate(e, ctx);
    criteria[id] = result;
    const w = weightOf(weights, id);
    totalWeight += w;
    if (result.score !== null) {
      weighted += w * result.score;
      measuredWeight += w;
    }
  }
  const overall = measuredWeight > 0 ? round((weighted / measuredWeight) * 10) : null;
  const stats = e.helpCenter?.stats ?? null;
  const attempts = stats ? stats.ok + stats.failed : 0;
  const errors: Record<string, number> = {};
  for (const [code, n] of Object.entries(stats?.errorsByCode ?? {})) if (n) errors[code] = n;
  return {
    id: e.id,
    name: e.name,
    overall,
    grade: gradeFor(overall),
    coverage: totalWeight > 0 ? round(measuredWeight / totalWeight, 3) : 0,
    criteria,
    channels: {
      helpCenter: stats
        ? {
            observations: stats.observations,
            ok: stats.ok,
            availability: attempts > 0 ? round(stats.ok / attempts, 3) : null,
            latencyP50Ms: stats.ttfbP50Ms === null ? null : round(stats.ttfbP50Ms),
            latencyP95Ms: stats.ttfbP95Ms === null ? null : round(stats.ttfbP95Ms),
          }
        : null,
      email: null,
      ticket: null,
      chat: null,
      search: e.search ? searchSummary(e.search) : null,
    },
    redFlags: (e.search?.redFlags ?? []).map((f) => ({ channel: 'search', question: f.question, kind: f.kind, at: f.at, evidence: f.evidence })),
    errors,
    lastObservedAt: stats?.lastAt ?? null,
  };
}

function searchSummary(s: SearchFindings): NonNullable<ExchangeReport['channels']['search']> {
  const measured = s.answers.filter((a) => a.results !== null);
  const mean = measured.length > 0 ? measured.reduce((n, a) => n + (a.best?.grade.score ?? 0), 0) / measured.length : null;
  return {
    searches: s.searches,
    failed: s.failed,
    withResults: s.withResults,
    answered: s.answers.filter((a) => a.best).length,
    meanScore: mean === null ? null : round(mean, 2),
  };
}

export function emptyHourOfWeek(): ExchangeReport['hourOfWeek'] {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => ({ probes: 0, ok: 0, availability: null, latencyP50Ms: null })));
}

/** One exchange's scores in each bucket (scored exactly as the whole window is). */
function trendFor(id: string, buckets: Array<BucketEvidence & { byId: Map<string, ExchangeEvidence> }>, weights: BuildReportInput['weights']): ExchangeReport['trend'] {
  return buckets.map((b) => {
    const e = b.byId.get(id);
    const criteria = Object.fromEntries(CRITERION_IDS.map((c) => [c, null])) as Record<CriterionId, number | null>;
    if (!e) return { start: b.start.toISOString(), end: b.end.toISOString(), overall: null, coverage: 0, criteria };
    const scored = scoreExchange(e, weights, { now: b.end });
    for (const c of CRITERION_IDS) criteria[c] = scored.criteria[c].score;
    return { start: b.start.toISOString(), end: b.end.toISOString(), overall: scored.overall, coverage: scored.coverage, criteria };
  });
}

export function rankExchanges(exchanges: Omit<ExchangeReport, 'rank'>[]): ExchangeReport[] {
  const key = (x: Omit<ExchangeReport, 'rank'>) => (x.overall === null ? -1 : x.overall * x.coverage);
  const sorted = [...exchanges].sort(
    (a, b) => key(b) - key(a) || (b.overall ?? -1) - (a.overall ?? -1) || a.name.localeCompare(b.name),
  );
  let rank = 0;
  return sorted.map((x) => ({ ...x, rank: x.overall === null ? null : ++rank }));
}

export function buildReport(input: BuildReportInput): Report {
  const ctx: ScoringContext = { now: input.generatedAt };
  const bucketItems = (input.buckets?.items ?? []).map((b) => ({ ...b, byId: new Map(b.evidence.map((e) => [e.id, e])) }));
  const scored = input.evidence.map((e) => ({
    ...scoreExchange(e, input.weights, ctx),
    hourOfWeek: e.hourOfWeek ?? emptyHourOfWeek(),
    trend: trendFor(e.id, bucketItems, input.weights),
  }));
  return {
    schemaVersion: 1,
    generatedAt: input.generatedAt.toISOString(),
    since: input.since ? input.since.toISOString() : null,
    until: input.until ? input.until.toISOString() : null,
    runs: input.runs,
    buckets: { size: input.buckets?.size ?? 'day', count: bucketItems.length },
    criteria: CRITERION_IDS.map((id) => ({
      id,
      name: CRITERIA[id].name,
      description: CRITERIA[id].description,
      weight: weightOf(input.weights, id),
    })),
    exchanges: rankExchanges(scored),
  };
}

