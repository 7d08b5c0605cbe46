/**
 * compare(): two runs or two dates of a real SQLite store filled by the library, labelled per
 * exchange and criterion with a tolerance band, null-aware; the JSON validated against
 * schema/compare.schema.json; the table and Markdown renderers.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeOf, compare, compareReports, parseEndpoint, parseDuration } from '../../src/api/compare.js';
import { parseConfig } from '../../src/config/index.js';
import { UsageError } from '../../src/errors.js';
import { renderCompareJson, renderCompareMarkdown, renderCompareTable } from '../../src/render/compare.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { CRITERION_IDS } from '../../src/types/report.js';
import type { Comparison } from '../../src/types/compare.js';
import { ROOT } from '../helpers/cli.js';
import { fillTwoRuns, RUN1_END, RUN1_START, RUN2_END, RUN2_START, TWO_RUNS_CONFIG } from '../helpers/twoRuns.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'compare.schema.json'), 'utf8')));

let dir: string;
let store: SqliteStore;
let runs: { run1: number; run2: number };
const config = parseConfig(TWO_RUNS_CONFIG, 'test config');
const NOW = new Date('2026-11-28T12:00:00Z');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-compare-'));
  store = openSqliteStore(join(dir, 'c.db'));
  runs = await fillTwoRuns(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const byId = (c: Comparison, id: string) => {
  const x = c.exchanges.find((e) => e.id === id);
  if (!x) throw new Error(`no ${id} in the comparison`);
  return x;
};

describe('changeOf', () => {
  it('labels moves beyond the tolerance, and keeps the band inclusive', () => {
    expect(changeOf(6, 7, 0.5)).toEqual({ before: 6, after: 7, delta: 1, label: 'improvement' });
    expect(changeOf(7, 6, 0.5)).toEqual({ before: 7, after: 6, delta: -1, label: 'regression' });
    expect(changeOf(6.8, 7.3, 0.5).label).toBe('unchanged'); // 0.5000000000000004 in floating point
    expect(changeOf(7.3, 6.8, 0.5).label).toBe('unchanged');
    expect(changeOf(6.8, 7.4, 0.5).label).toBe('improvement');
    expect(changeOf(5, 5, 0)).toMatchObject({ delta: 0, label: 'unchanged' });
    expect(changeOf(5, 5.1, 0).label).toBe('improvement');
  });

  it('never turns "not measured" into a drop to 0', () => {
    expect(changeOf(8.2, null, 0.5)).toEqual({ before: 8.2, after: null, delta: null, label: 'no longer measured' });
    expect(changeOf(null, 3, 0.5)).toEqual({ before: null, after: 3, delta: null, label: 'newly measured' });
    expect(changeOf(null, null, 0.5)).toEqual({ before: null, after: null, delta: null, label: 'not measured' });
    expect(changeOf(8.2, 0, 0.5)).toMatchObject({ delta: -8.2, label: 'regression' });
  });
});

describe('parseEndpoint', () => {
  const now = new Date('2026-11-28T12:00:00Z');

  it('reads run ids, dates (end of that UTC day), date-times and durations back from now', () => {
    expect(parseEndpoint('<from>', '12', now)).toEqual({ kind: 'run', runId: 12 });
    expect(parseEndpoint('<from>', '2026-11-01', now)).toEqual({ kind: 'date', at: new Date('2026-11-01T23:59:59.999Z') });
    expect(parseEndpoint('<from>', '2026-11-01T06:00:00Z', now)).toEqual({ kind: 'date', at: new Date('2026-11-01T06:00:00Z') });
    expect(parseEndpoint('<to>', '7d', now)).toEqual({ kind: 'date', at: new Date('2026-11-21T12:00:00Z') });
    expect(parseEndpoint('<to>', '12h', now)).toEqual({ kind: 'date', at: new Date('2026-11-28T00:00:00Z') });
    expect(parseEndpoint('<to>', 'now', now)).toEqual({ kind: 'date', at: now });
    expect(parseDuration('2w')).toBe(14 * 86_400_000);
    expect(parseDuration('2026-11-01')).toBeNull();
  });

  it.each(['2026-13-01', '2026-02-30', 'yesterday', '0', '-3', '7x', '', '12.5'])('refuses %j, naming the argument', (value) => {
    let err: unknown;
    try {
      parseEndpoint('<to>', value, now);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as UsageError).message).toMatch(/^<to>: expected a run id/);
    expect((err as UsageError).message).toContain(JSON.stringify(value));
  });
});

describe('compare two runs', () => {
  it('labels a regression, a score no longer measured, an unchanged exchange and a new one', async () => {
    const c = await compare({ store, config, from: String(runs.run1), to: String(runs.run2), now: NOW });
    expect(c.from).toEqual({ input: String(runs.run1), kind: 'run', runId: runs.run1, since: RUN1_START, until: RUN1_END, runs: 1 });
    expect(c.to).toMatchObject({ kind: 'run', runId: runs.run2, since: RUN2_START, until: RUN2_END, runs: 1 });
    expect(c.tolerance).toEqual({ criterion: 0.5, overall: 5 });

    const acme = byId(c, 'acme');
    expect(acme.name).toBe('Acme Exchange');
    expect(acme.criteria.availability).toEqual({ before: 10, after: 0, delta: -10, label: 'regression' });
    // Every probe failed in run 2: no latency and no pages, so not measured, not 0.
    expect(acme.criteria.responsiveness.before).toBeGreaterThan(8);
    expect(acme.criteria.responsiveness).toMatchObject({ after: null, delta: null, label: 'no longer measured' });
    expect(acme.criteria.self_service).toMatchObject({ after: null, label: 'no longer measured' });
    expect(acme.criteria.resolution).toEqual({ before: null, after: null, delta: null, label: 'not measured' });
    expect(acme.overall.label).toBe('regression');
    expect(acme.overall.delta).toBeLessThan(-5);

    const bolt = byId(c, 'bolt');
    for (const id of CRITERION_IDS) expect(['unchanged', 'not measured'], id).toContain(bolt.criteria[id].label);
    expect(bolt.overall).toMatchObject({ delta: 0, label: 'unchanged' });
    expect(bolt.grade.before).toBe(bolt.grade.after);

    const newbie = byId(c, 'newbie');
    expect(newbie.overall).toMatchObject({ before: null, delta: null, label: 'newly measured' });
    expect(newbie.overall.after).toBeGreaterThan(0);
    expect(newbie.coverage.before).toBeNull();
    expect(newbie.coverage.after).toBeGreaterThan(0);

    // The summary counts every score: 3 exchanges × (overall + 10 criteria).
    const total = Object.values(c.summary).reduce((a, b) => a + b, 0);
    expect(total).toBe(3 * 11);
    expect(c.summary.regression).toBeGreaterThanOrEqual(2);
    expect(c.summary.noLongerMeasured).toBeGreaterThanOrEqual(5);
    expect(c.summary.newlyMeasured).toBeGreaterThanOrEqual(7);
  });

  it('is valid against schema/compare.schema.json, and the schema is strict', async () => {
    const c = await compare({ store, config, from: String(runs.run1), to: String(runs.run2), now: NOW });
    const json = JSON.parse(renderCompareJson(c));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.schemaVersion).toBe(1);
    const broken = structuredClone(json);
    broken.exchanges[0].criteria.availability.label = 'worse';
    expect(validate(broken)).toBe(false);
    const extra = structuredClone(json);
    extra.exchanges[0].overall.percent = 3;
    expect(validate(extra)).toBe(false);
    const missing = structuredClone(json);
    delete missing.exchanges[0].criteria.feedback;
    expect(validate(missing)).toBe(false);
  });

  it('a wider tolerance makes a small move "unchanged", not a large one', async () => {
    const c = await compare({ store, config, from: String(runs.run1), to: String(runs.run2), tolerance: 9, now: NOW });
    expect(c.tolerance).toEqual({ criterion: 9, overall: 90 });
    const acme = byId(c, 'acme');
    expect(acme.overall.label).toBe('unchanged');
    expect(acme.criteria.availability.label).toBe('regression'); // -10 is beyond ±9
  });

  it('names an unknown run id (exit 2)', async () => {
    await expect(compare({ store, config, from: '99', to: String(runs.run2), now: NOW })).rejects.toThrow(
      /^<from>: no run 99 in .*c\.db \(its runs are 1 to 2\)$/,
    );
    await expect(compare({ store, config, from: '1', to: '2026-02-30', now: NOW })).rejects.toThrow(/^<to>: expected a run id/);
    await expect(compare({ store, config, from: '1', to: '2', exchanges: ['nope'], now: NOW })).rejects.toThrow(/unknown exchange id "nope"/);
  });

  it('an unfinished run ends where the next one starts', async () => {
    store.connection.prepare(`UPDATE runs SET finished_at = NULL, status = 'running' WHERE id = ?`).run(runs.run1);
    const c = await compare({ store, config, from: String(runs.run1), to: String(runs.run2), now: NOW });
    expect(c.from.until).toBe(new Date(Date.parse(RUN2_START) - 1).toISOString());
    // Run 2's observations start exactly there, so none of them is in run 1's window.
    expect(byId(c, 'acme').criteria.availability.before).toBe(10);
  });
});

describe('compare two dates', () => {
  it('reads the --window ending at each date, scored the same way', async () => {
    const c = await compare({ store, config, from: '2026-11-21', to: '2026-11-28', now: NOW });
    expect(c.from).toEqual({ input: '2026-11-21', kind: 'date', runId: null, since: '2026-11-14T23:59:59.999Z', until: '2026-11-21T23:59:59.999Z', runs: 1 });
    expect(c.to).toMatchObject({ kind: 'date', since: '2026-11-21T23:59:59.999Z', until: '2026-11-28T23:59:59.999Z', runs: 1 });
    expect(byId(c, 'acme').criteria.availability.label).toBe('regression');
    expect(byId(c, 'bolt').overall.label).toBe('unchanged');
    expect(byId(c, 'newbie').overall.label).toBe('newly measured');
  });

  it('a duration is back from now; a window with no data makes everything newly measured', async () => {
    const c = await compare({ store, config, from: '10d', to: '0d', windowMs: 86_400_000, now: NOW });
    // 10 days before Nov 28 noon: the day before it holds nothing; the last day holds nothing either.
    expect(c.from.until).toBe('2026-11-18T12:00:00.000Z');
    expect(c.exchanges).toEqual([]);
    const d = await compare({ store, config, from: '10d', to: '1d', windowMs: 2 * 86_400_000, now: NOW });
    expect(d.exchanges.map((x) => x.id).sort()).toEqual(['acme', 'bolt', 'newbie']);
    for (const x of d.exchanges) expect(['newly measured', 'not measured']).toContain(x.overall.label);
  });

  it('run and date sides mix', async () => {
    const c = await compare({ store, config, from: String(runs.run1), to: '2026-11-28', now: NOW });
    expect(c.from.kind).toBe('run');
    expect(c.to.kind).toBe('date');
    expect(byId(c, 'acme').criteria.availability.label).toBe('regression');
  });
});

describe('after db prune', () => {
  it('a pruned run is compared over the whole hours its rollups cover', async () => {
    await store.prune({ before: Date.parse('2026-11-25T00:00:00Z') });
    const c = await compare({ store, config, from: String(runs.run1), to: String(runs.run2), now: NOW });
    expect(c.from.since).toBe('2026-11-20T10:00:00.000Z');
    expect(c.from.until).toBe('2026-11-20T10:59:59.999Z');
    const acme = byId(c, 'acme');
    // Availability and latency survive in the rollups; the page-based criteria went with the pages.
    expect(acme.criteria.availability).toMatchObject({ before: 10, after: 0, label: 'regression' });
    expect(acme.criteria.responsiveness.before).toBeGreaterThan(8);
    expect(acme.criteria.self_service.before).toBeNull();
    // Run 2 was not pruned: its exact window.
    expect(c.to.since).toBe(RUN2_START);
  });
});

describe('renderers', () => {
  const cfg = parseConfig(
    { exchanges: [...TWO_RUNS_CONFIG.exchanges.slice(1), { ...TWO_RUNS_CONFIG.exchanges[0]!, name: 'Acme | <b>Pipe</b> @team' }] },
    'x',
  );

  it('the table shows before, after, delta and the label, `?` for not measured', async () => {
    const c = await compare({ store, config, from: String(runs.run1), to: String(runs.run2), now: NOW });
    const t = renderCompareTable(c, { color: false });
    expect(t).toContain(`from run ${runs.run1} (2026-11-20 10:00 UTC → 2026-11-20 10:10 UTC)`);
    expect(t).toMatch(/availability\s+│\s+10\.0 │\s+0\.0 │\s+-10\.0 │ regression/);
    expect(t).toMatch(/responsiveness\s+│\s+\d+\.\d │\s+\? │\s+│ no longer measured/);
    expect(t).toContain('newly measured');
    expect(t).toMatch(/\d+ regressions?, .*\(tolerance ±0\.5 on criteria, ±5 on overall\)/);
    expect(t).not.toMatch(/\u001b\[/);
  });

  it('Markdown has an overview and a table per exchange, with exchange names made inert', async () => {
    const c = await compare({ store, config: cfg, from: String(runs.run1), to: String(runs.run2), now: NOW });
    const md = renderCompareMarkdown(c);
    expect(md).toContain('| Exchange | Overall before | Overall after | Δ | Change |');
    expect(md).toContain('| Availability | 10.0 | 0.0 | -10.0 | **regression** |');
    expect(md).toMatch(/\| Responsiveness \| \d+\.\d \| — \|  \| no longer measured \|/);
    expect(md).toContain('### Acme \\| &lt;b&gt;Pipe&lt;/b&gt; @\u2060team');
    expect(md).not.toContain('<b>');
  });

  it('says so when neither window has data', () => {
    const empty = { schemaVersion: 1 as const, generatedAt: NOW.toISOString(), since: null, until: null, runs: 0, buckets: { size: 'day' as const, count: 0 }, criteria: [], exchanges: [] };
    const side = { input: '1d', kind: 'date' as const, runId: null, since: '2026-11-26T00:00:00.000Z', until: '2026-11-27T00:00:00.000Z', runs: 0 };
    const c = compareReports(empty, empty, { from: side, to: side, tolerance: 0.5 });
    expect(renderCompareTable(c, { color: false })).toContain('No observations in either window');
    expect(renderCompareMarkdown(c)).toContain('No observations in either window');
    expect(validate(c)).toBe(true);
  });
});
