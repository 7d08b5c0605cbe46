/** Report builders for the renderer tests, and the checked-in sample report. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CRITERION_IDS, type CriterionId, type CriterionResult, type ExchangeReport, type Report } from '../../src/types/report.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE_PATH = fileURLToPath(new URL('../../fixtures/reports/sample-report.json', import.meta.url));
export const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

export function loadSample(): Report {
  return JSON.parse(readFileSync(SAMPLE_PATH, 'utf8')) as Report;
}

export function emptyGrid(): ExchangeReport['hourOfWeek'] {
  return Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => ({ probes: 0, ok: 0, availability: null, latencyP50Ms: null })));
}

export function criteria(scores: Partial<Record<CriterionId, number | null>> = {}, reasons: Partial<Record<CriterionId, string[]>> = {}): Record<CriterionId, CriterionResult> {
  return Object.fromEntries(
    CRITERION_IDS.map((id) => [id, { score: scores[id] ?? null, reasons: reasons[id] ?? [`${id} reason`], metrics: {} }]),
  ) as Record<CriterionId, CriterionResult>;
}

export function exchange(over: Partial<ExchangeReport> = {}): ExchangeReport {
  return {
    id: 'x',
    name: 'X Exchange',
    overall: null,
    grade: null,
    coverage: 0,
    rank: null,
    criteria: criteria(),
    channels: { helpCenter: null, email: null, ticket: null, chat: null, search: null },
    redFlags: [],
    errors: {},
    lastObservedAt: null,
    hourOfWeek: emptyGrid(),
    trend: [],
    ...over,
  };
}

export function report(exchanges: ExchangeReport[], over: Partial<Report> = {}): Report {
  const sample = loadSample();
  return {
    schemaVersion: 1,
    generatedAt: '2026-11-25T06:00:00.000Z',
    since: '2026-10-26T06:00:00.000Z',
    until: null,
    runs: 3,
    buckets: { size: 'day', count: 0 },
    criteria: sample.criteria,
    exchanges,
    ...over,
  };
}
