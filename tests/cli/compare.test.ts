/**
 * `supportscope compare` through the built binary, over a store filled by the library: table,
 * Markdown and JSON (valid against schema/compare.schema.json); exit 0 whatever changed; exit 2
 * naming a bad argument.
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
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'compare.schema.json'), 'utf8')));

let dir: string;
let args: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-cli-compare-'));
  const db = join(dir, 'c.db');
  const store = openSqliteStore(db);
  await fillTwoRuns(store);
  await store.close();
  writeFileSync(join(dir, 'cfg.json'), JSON.stringify(TWO_RUNS_CONFIG));
  args = ['--db', db, '--config', join(dir, 'cfg.json'), 'compare'];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (extra: string[]) => runCli([...args, ...extra], { cwd: dir });

describe('supportscope compare', () => {
  it('--format json: clean JSON on stdout, valid against the schema; exit 0 even with regressions', async () => {
    const r = await cli(['1', '2', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(validate(c), JSON.stringify(validate.errors)).toBe(true);
    const acme = c.exchanges.find((x: { id: string }) => x.id === 'acme');
    expect(acme.criteria.availability).toEqual({ before: 10, after: 0, delta: -10, label: 'regression' });
    expect(acme.criteria.responsiveness.label).toBe('no longer measured');
    expect(c.summary.regression).toBeGreaterThan(0);
  });

  it('the default table shows every exchange and criterion', async () => {
    const r = await cli(['1', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('from run 1 (2026-11-20 10:00 UTC → 2026-11-20 10:10 UTC)');
    expect(r.stdout).toContain('to   run 2 (2026-11-27 10:00 UTC → 2026-11-27 10:10 UTC)');
    for (const name of ['Acme Exchange', 'Bolt Markets', 'Newbie']) expect(r.stdout).toContain(name);
    expect(r.stdout).toMatch(/availability\s+│\s+10\.0 │\s+0\.0 │\s+-10\.0 │ regression/);
    expect(r.stdout).toContain('no longer measured');
    expect(r.stdout).toContain('newly measured');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('--format markdown over two dates, with --window and --tolerance', async () => {
    const r = await cli(['2026-11-21', '2026-11-28', '--format', 'markdown', '--window', '7d', '--tolerance', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^## What changed\n\nFrom the 7 days to 2026-11-21 23:59 UTC \(1 run\) to the 7 days to 2026-11-28 23:59 UTC \(1 run\)\.\n/);
    expect(r.stdout).toContain('(tolerance ±1 on criteria, ±10 on overall)');
    expect(r.stdout).toContain('| Availability | 10.0 | 0.0 | -10.0 | **regression** |');
    expect(r.stdout).toContain('### Bolt Markets');
  });

  it('--out writes the file and prints nothing on stdout', async () => {
    const out = join(dir, 'cmp.json');
    const r = await cli(['1', '2', '--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(validate(JSON.parse(readFileSync(out, 'utf8')))).toBe(true);
  });

  it.each([
    [['99', '2'], /<from>: no run 99 in .*c\.db \(its runs are 1 to 2\)/],
    [['1', '2026-13-01'], /<to>: expected a run id .*got "2026-13-01"/],
    [['yesterday', '2'], /<from>: expected a run id .*got "yesterday"/],
    [['1', '2', '--window', 'week'], /--window: expected a duration like 7d/],
    [['1', '2', '--tolerance', 'lots'], /--tolerance: expected points from 0 to 10/],
    [['1', '2', '--format', 'pdf'], /argument 'pdf' is invalid/],
    [['1'], /missing required argument 'to'/],
  ])('%j is a usage error (exit 2) naming the argument', async (extra, message) => {
    const r = await cli(extra);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('a missing database is exit 2 and is not created', async () => {
    const r = await runCli(['--db', join(dir, 'none.db'), 'compare', '1', '2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/none\.db: cannot open the database/);
  });
});
