/**
 * `supportscope assert` through the built binary, over a store filled by the library: exit 1
 * only when an error-level assertion fails, each failure printed with the exchange, criterion,
 * expected and actual values and a summary line; warnings and "not measured" exit 0; the
 * config's assertions block; JSON valid against schema/assert.schema.json; exit 2 for bad flags.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { fillTwoRuns, TWO_RUNS_CONFIG } from '../helpers/twoRuns.js';

const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'assert.schema.json'), 'utf8')));

let dir: string;
let db: string;
let plainConfig: string;
let withAssertions: string;
// Run 2's days: acme fails every probe, bolt and newbie are fine.
const WINDOW = ['--since', '2026-11-25', '--until', '2026-11-28'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-cli-assert-'));
  db = join(dir, 'a.db');
  const store = openSqliteStore(db);
  await fillTwoRuns(store);
  await store.close();
  plainConfig = join(dir, 'plain.json');
  writeFileSync(plainConfig, JSON.stringify(TWO_RUNS_CONFIG));
  withAssertions = join(dir, 'asserting.json');
  writeFileSync(
    withAssertions,
    JSON.stringify({
      ...TWO_RUNS_CONFIG,
      assertions: [
        { exchange: '*', criterion: 'availability', min: 7, level: 'error' },
        { exchange: 'bolt', criterion: 'overall', min: 90, level: 'warn' },
        { redFlags: 'error' },
      ],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (config: string, extra: string[]) => runCli(['--db', db, '--config', config, 'assert', ...WINDOW, ...extra], { cwd: dir });

describe('supportscope assert', () => {
  it('exits 1 when an error-level threshold fails, printing each failure and a summary line', async () => {
    const r = await cli(plainConfig, ['--criterion', 'availability=7', '--min-score', '20']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/FAIL\s+│ Acme Exchange \(acme\)\s+│ availability\s+│\s+>= 7 │\s+0\.0 │ error\s+│ --criterion availability=7/);
    expect(r.stdout).not.toContain('Bolt Markets');
    const last = r.stdout.trim().split('\n').pop()!;
    expect(last).toBe('assert: FAILED: 1 error, 5 passed (6 checks; window 2026-11-25 00:00 UTC → 2026-11-28 00:00 UTC)');
  });

  it('the same thresholds at --level warn exit 0', async () => {
    const r = await cli(plainConfig, ['--criterion', 'availability=7', '--level', 'warn']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/warn\s+│ Acme Exchange \(acme\)\s+│ availability/);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^assert: passed: 1 warning, 2 passed \(3 checks; /);
  });

  it('an unmeasured criterion is "not measured" (a warning): exit 0, never a silent pass', async () => {
    const r = await cli(plainConfig, ['--criterion', 'resolution=5', '--no-red-flags']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/not measured │ Newbie \(newbie\)\s+│ resolution\s+│\s+>= 5 │\s+\? │ warn/);
    expect(r.stdout).toMatch(/not measured │ Acme Exchange \(acme\)\s+│ redFlags\s+│\s+none │\s+\? │ warn\s+│ --no-red-flags/);
    expect(r.stdout.trim().split('\n').pop()).toMatch(/^assert: passed: 6 not measured, 0 passed \(6 checks; /);
  });

  it("checks the config's assertions block when no flag is given", async () => {
    const r = await cli(withAssertions, []);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL\s+│ Acme Exchange \(acme\)\s+│ availability .*│ config assertions\[0\]/);
    expect(r.stdout).toMatch(/warn\s+│ Bolt Markets \(bolt\)\s+│ overall .*│ config assertions\[1\]/);
    expect(r.stdout).toMatch(/assert: FAILED: 1 error, 1 warning, 3 not measured, 2 passed \(7 checks; /);
  });

  it('--exchange narrows every assertion; bolt alone passes', async () => {
    const r = await cli(withAssertions, ['--exchange', 'bolt', '--format', 'json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
    expect(o.passed).toBe(true);
    expect(new Set(o.results.map((x: { exchange: string }) => x.exchange))).toEqual(new Set(['bolt']));
  });

  it('--format json is clean JSON, valid against the schema, with passed false and exit 1', async () => {
    const r = await cli(withAssertions, ['--format', 'json', '--min-score', '40']);
    expect(r.code).toBe(1);
    const o = JSON.parse(r.stdout);
    expect(validate(o), JSON.stringify(validate.errors)).toBe(true);
    expect(o).toMatchObject({ schemaVersion: 1, passed: false, since: '2026-11-25T00:00:00.000Z', until: '2026-11-28T00:00:00.000Z' });
    expect(o.results.find((x: { source: string; exchange: string }) => x.source === '--min-score 40' && x.exchange === 'acme')).toMatchObject({ criterion: 'overall', expected: 40 });
  });

  it.each([
    [['--criterion', 'secruity=7'], /--criterion: unknown criterion "secruity" \(did you mean "security"\?\); valid: overall, availability/],
    [['--criterion', 'security'], /--criterion: expected <id>=<min> such as security=7, got "security"/],
    [['--criterion', 'security=70'], /--criterion security=70: expected a minimum on the 0–10 criterion scale/],
    [['--min-score', '150'], /--min-score: expected an overall score from 0 to 100, got "150"/],
    [['--level', 'fatal', '--min-score', '5'], /argument 'fatal' is invalid/],
    [['--min-score', '5', '--exchange', 'nope'], /--exchange: unknown exchange id "nope"/],
    [['--min-score', '5', '--since', 'sometime'], /--since: expected a duration/],
    [[], /nothing to assert: give --min-score <n>, --criterion <id>=<min> or --no-red-flags, or an "assertions" block/],
  ])('%j is a usage error (exit 2)', async (extra, message) => {
    const r = await cli(plainConfig, extra);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a bad assertions block in the config is exit 2 naming the field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...TWO_RUNS_CONFIG, assertions: [{ exchange: 'acme', criterion: 'speed', min: 5 }] }));
    const r = await cli(bad, []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: assertions[0].criterion: unknown criterion "speed"`);
  });
});
