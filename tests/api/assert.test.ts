/**
 * runAssertions() / evaluateAssertions(): thresholds from flags and from the config's
 * `assertions` block over a real SQLite store filled by the library; "not measured" is a
 * warning, never a pass or a failure; only error-level failures fail; the JSON validated
 * against schema/assert.schema.json. And the `assertions` block of the config schema.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateAssertions, runAssertions, type SourcedAssertion } from '../../src/api/assert.js';
import { report } from '../../src/api/report.js';
import { parseConfig } from '../../src/config/index.js';
import { ConfigError, UsageError } from '../../src/errors.js';
import { renderAssertJson, renderAssertTable } from '../../src/render/assert.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import type { AssertOutcome } from '../../src/types/assert.js';
import { ROOT } from '../helpers/cli.js';
import { fillTwoRuns, TWO_RUNS_CONFIG } from '../helpers/twoRuns.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'assert.schema.json'), 'utf8')));

let dir: string;
let store: SqliteStore;
// Run 2's week: acme fails every probe, bolt and newbie are fine.
const SINCE = new Date('2026-11-25T00:00:00Z');
const NOW = new Date('2026-11-28T00:00:00Z');
const config = parseConfig(TWO_RUNS_CONFIG, 'test config');

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-assert-'));
  store = openSqliteStore(join(dir, 'a.db'));
  await fillTwoRuns(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const flag = (a: Omit<Extract<SourcedAssertion, { min: number }>, 'source' | 'exchange' | 'level'> & { exchange?: string; level?: 'error' | 'warn' }): SourcedAssertion => ({
  exchange: '*',
  level: 'error',
  source: 'test',
  ...a,
});
const run = (assertions: SourcedAssertion[], extra: Partial<Parameters<typeof runAssertions>[0]> = {}) =>
  runAssertions({ store, config, since: SINCE, now: NOW, assertions, ...extra });
const resultFor = (o: AssertOutcome, exchange: string, criterion: string) => {
  const r = o.results.find((x) => x.exchange === exchange && x.criterion === criterion);
  if (!r) throw new Error(`no result for ${exchange} ${criterion}`);
  return r;
};

describe('score thresholds', () => {
  it('an error-level miss fails with the exchange, criterion, expected and actual values', async () => {
    const o = await run([flag({ criterion: 'availability', min: 7 })]);
    expect(o.passed).toBe(false);
    expect(resultFor(o, 'acme', 'availability')).toEqual({
      source: 'test',
      exchange: 'acme',
      exchangeName: 'Acme Exchange',
      criterion: 'availability',
      level: 'error',
      status: 'fail',
      severity: 'error',
      operator: '>=',
      expected: 7,
      actual: 0,
      message: 'Acme Exchange: availability 0.0 is below the minimum 7',
    });
    expect(resultFor(o, 'bolt', 'availability')).toMatchObject({ status: 'pass', severity: null, actual: 10 });
    expect(o.summary).toEqual({ total: 3, passed: 2, errors: 1, warnings: 0, notMeasured: 0 });
    expect(o.since).toBe(SINCE.toISOString());
    expect(o.until).toBe(NOW.toISOString());
  });

  it('the same miss at warn level is printed but passes', async () => {
    const o = await run([flag({ criterion: 'availability', min: 7, level: 'warn' })]);
    expect(o.passed).toBe(true);
    expect(resultFor(o, 'acme', 'availability')).toMatchObject({ status: 'fail', severity: 'warn' });
    expect(o.summary).toMatchObject({ errors: 0, warnings: 1, passed: 2 });
  });

  it('a score exactly at the minimum passes', async () => {
    const rep = await report({ store, config, since: SINCE, until: NOW, now: NOW, history: false });
    const bolt = rep.exchanges.find((x) => x.id === 'bolt')!;
    const o = evaluateAssertions(rep, [flag({ criterion: 'overall', min: bolt.overall! }), flag({ criterion: 'overall', min: bolt.overall! + 0.1 })]);
    const [atMin, above] = o.results.filter((r) => r.exchange === 'bolt');
    expect(atMin!.status).toBe('pass');
    expect(above!.status).toBe('fail');
  });

  it('a score that was not measured is "not measured" at warn level: never a pass, never a failure', async () => {
    const o = await run([flag({ criterion: 'resolution', min: 1 }), flag({ exchange: 'acme', criterion: 'responsiveness', min: 5 })]);
    expect(o.passed).toBe(true);
    for (const r of o.results) {
      expect(r.status, `${r.exchange} ${r.criterion}`).toBe('not measured');
      expect(r.severity).toBe('warn');
      expect(r.actual).toBeNull();
    }
    expect(o.results).toHaveLength(4); // resolution × 3 exchanges, responsiveness × acme
    expect(resultFor(o, 'acme', 'responsiveness').message).toBe('Acme Exchange: responsiveness not measured in the window (expected >= 5)');
    expect(o.summary).toEqual({ total: 4, passed: 0, errors: 0, warnings: 0, notMeasured: 4 });
  });

  it('an exchange with no observations in the window is not measured, not passed', async () => {
    const o = await run([flag({ exchange: 'newbie', criterion: 'overall', min: 10 })], { since: new Date('2026-11-19T00:00:00Z'), until: new Date('2026-11-21T00:00:00Z') });
    expect(o.results).toHaveLength(1);
    expect(o.results[0]).toMatchObject({ exchange: 'newbie', exchangeName: 'Newbie', status: 'not measured', severity: 'warn' });
    expect(o.passed).toBe(true);
  });

  it('"*" over an empty window gives one "not measured" per assertion', async () => {
    const cat = parseConfig(TWO_RUNS_CONFIG, 'built-in catalog'); // the catalog: exchanges without data are left out
    const o = await runAssertions({ store, config: cat, since: new Date('2026-10-01T00:00:00Z'), until: new Date('2026-10-02T00:00:00Z'), now: NOW, assertions: [flag({ criterion: 'overall', min: 50 })] });
    expect(o.results).toEqual([expect.objectContaining({ exchange: '*', status: 'not measured', severity: 'warn' })]);
    expect(o.passed).toBe(true);
  });

  it('--exchange limits every assertion, flags and config alike', async () => {
    const cfg = parseConfig({ ...TWO_RUNS_CONFIG, assertions: [{ exchange: 'acme', criterion: 'availability', min: 7 }, { criterion: 'overall', min: 10 }] }, 'cfg');
    const o = await runAssertions({ store, config: cfg, since: SINCE, now: NOW, exchanges: ['bolt'], assertions: [flag({ criterion: 'availability', min: 7 })] });
    expect(new Set(o.results.map((r) => r.exchange))).toEqual(new Set(['bolt']));
    expect(o.results.map((r) => r.source)).toEqual(['test', 'config assertions[1]']);
    expect(o.passed).toBe(true);
    await expect(runAssertions({ store, config: cfg, since: SINCE, now: NOW, exchanges: ['bolt', 'nope'] })).rejects.toThrow(/--exchange: unknown exchange id "nope"/);
  });
});

describe('the config assertions block', () => {
  it('is checked with sources, after the flags, and alone when no flag is given', async () => {
    const cfg = parseConfig(
      { ...TWO_RUNS_CONFIG, assertions: [{ criterion: 'availability', min: 9 }, { exchange: 'acme', criterion: 'overall', min: 90, level: 'warn' }] },
      'cfg',
    );
    const o = await runAssertions({ store, config: cfg, since: SINCE, now: NOW });
    expect(o.results.map((r) => `${r.source} ${r.exchange} ${r.status}`)).toEqual([
      expect.stringMatching(/^config assertions\[0\] (newbie|bolt) pass$/),
      expect.stringMatching(/^config assertions\[0\] (newbie|bolt) pass$/),
      'config assertions[0] acme fail',
      'config assertions[1] acme fail',
    ]);
    expect(o.summary).toMatchObject({ errors: 1, warnings: 1 });
    expect(o.passed).toBe(false);
    const flagsOnly = await runAssertions({ store, config: cfg, since: SINCE, now: NOW, useConfig: false, assertions: [flag({ criterion: 'overall', min: 1 })] });
    expect(flagsOnly.results.every((r) => r.source === 'test')).toBe(true);
  });

  it('nothing to assert is a usage error (exit 2), not a silent pass', async () => {
    const err = await runAssertions({ store, config, since: SINCE, now: NOW }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).message).toMatch(/^nothing to assert: give --min-score/);
  });

  const issues = (assertions: unknown) => {
    try {
      parseConfig({ ...TWO_RUNS_CONFIG, assertions }, 'cfg.json');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      return (err as ConfigError).issues;
    }
    throw new Error('accepted');
  };

  it('fills defaults: every exchange, error level', () => {
    const cfg = parseConfig({ ...TWO_RUNS_CONFIG, assertions: [{ criterion: 'security', min: 6 }, { redFlags: 'warn' }] }, 'x');
    expect(cfg.assertions).toEqual([{ exchange: '*', criterion: 'security', min: 6, level: 'error' }, { redFlags: 'warn' }]);
    expect(parseConfig(TWO_RUNS_CONFIG, 'x').assertions).toBeUndefined();
  });

  it('reports every problem at once, each at its path, in words', () => {
    expect(
      issues([
        { exchange: 'acmee', criterion: 'overall', min: 70 },
        { criterion: 'secruity', min: 7 },
        { criterion: 'security', min: 70 },
        { redFlags: 'error', min: 0 },
        { criterion: 'overall', min: 101, levle: 'warn' },
        'overall >= 70',
      ]),
    ).toEqual([
      { path: 'assertions[0].exchange', message: 'unknown exchange "acmee" (did you mean "acme"?); exchanges in this config: acme, bolt, newbie, or "*" for all' },
      { path: 'assertions[1].criterion', message: expect.stringMatching(/^unknown criterion "secruity" \(did you mean "security"\?\); valid: overall, availability, /) },
      { path: 'assertions[2].min', message: expect.stringContaining('expected a minimum from 0 to 10 for criterion "security"') },
      { path: 'assertions[3].min', message: 'unknown key "min"; allowed here: redFlags' },
      { path: 'assertions[4].min', message: expect.stringMatching(/^expected a minimum score: a number from 0 to 100 .*, got 101$/) },
      { path: 'assertions[4].levle', message: 'unknown key "levle" (did you mean "level"?)' },
      { path: 'assertions[5]', message: expect.stringMatching(/^expected an assertion such as \{"exchange": "\*", .*, got "overall >= 70"$/) },
    ]);
  });

  it('names a bad level and a missing minimum', () => {
    expect(issues([{ criterion: 'overall', min: 5, level: 'fatal' }])).toEqual([
      { path: 'assertions[0].level', message: 'expected "error" (fails `supportscope assert`) or "warn" (printed only), got "fatal"' },
    ]);
    expect(issues([{ criterion: 'overall' }])[0]).toEqual({ path: 'assertions[0].min', message: expect.stringMatching(/^missing; expected a minimum score/) });
    expect(issues([{ exchange: 'Acme', criterion: 'overall', min: 5 }])[0]!.message).toContain('(did you mean "acme"?)');
  });
});

describe('red flags', () => {
  it('are "not measured" without graded replies, and fail at their level when present', async () => {
    const rep = await report({ store, config, since: SINCE, until: NOW, now: NOW, history: false });
    const none = evaluateAssertions(rep, [{ redFlags: 'error', source: '--no-red-flags' }]);
    expect(none.passed).toBe(true);
    expect(none.results.every((r) => r.status === 'not measured' && r.severity === 'warn')).toBe(true);

    const withFlags = structuredClone(rep);
    const bolt = withFlags.exchanges.find((x) => x.id === 'bolt')!;
    bolt.redFlags = [{ channel: 'email', question: 'lost-2fa-device', kind: 'asks-for-seed-phrase', at: '2026-11-27T10:00:00Z' }];
    const newbie = withFlags.exchanges.find((x) => x.id === 'newbie')!;
    newbie.channels.email = { conversations: 2, replied: 2, firstReplyP50Sec: 60, firstSubstantiveReplyP50Sec: 600 };
    const o = evaluateAssertions(withFlags, [{ redFlags: 'error', source: '--no-red-flags' }]);
    expect(resultFor(o, 'bolt', 'redFlags')).toMatchObject({ status: 'fail', severity: 'error', operator: '<=', expected: 0, actual: 1 });
    expect(resultFor(o, 'bolt', 'redFlags').message).toContain('asks-for-seed-phrase');
    expect(resultFor(o, 'newbie', 'redFlags')).toMatchObject({ status: 'pass', actual: 0 });
    expect(resultFor(o, 'acme', 'redFlags').status).toBe('not measured');
    expect(o.passed).toBe(false);
    expect(evaluateAssertions(withFlags, [{ redFlags: 'warn', source: 'config assertions[0]' }]).passed).toBe(true);
  });
});

describe('output', () => {
  it('JSON is valid against schema/assert.schema.json, and the schema is strict', async () => {
    const o = await run([flag({ criterion: 'availability', min: 7 }), flag({ criterion: 'resolution', min: 2 }), { redFlags: 'error', source: '--no-red-flags' }]);
    const json = JSON.parse(renderAssertJson(o));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ schemaVersion: 1, passed: false });
    const bad = structuredClone(json);
    bad.results.find((r: { status: string }) => r.status === 'not measured').severity = null;
    expect(validate(bad)).toBe(false);
    const extra = structuredClone(json);
    extra.results[0].score = 1;
    expect(validate(extra)).toBe(false);
  });

  it('the table lists what failed or was not measured, then a summary line', async () => {
    const o = await run([flag({ criterion: 'availability', min: 7 }), flag({ exchange: 'acme', criterion: 'responsiveness', min: 5 })]);
    const t = renderAssertTable(o, { color: false });
    expect(t).toMatch(/FAIL\s+│ Acme Exchange \(acme\)\s+│ availability\s+│\s+>= 7 │\s+0\.0 │ error/);
    expect(t).toMatch(/not measured │ Acme Exchange \(acme\)\s+│ responsiveness │\s+>= 5 │\s+\? │ warn/);
    expect(t).not.toContain('Bolt Markets'); // passes are only listed with `all`
    expect(t.trim().split('\n').pop()).toBe('assert: FAILED: 1 error, 1 not measured, 2 passed (4 checks; window 2026-11-25 00:00 UTC → 2026-11-28 00:00 UTC)');
    expect(renderAssertTable(o, { color: false, all: true })).toContain('Bolt Markets');
  });
});
