import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ss-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built binary', () => {
  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('--help lists the commands', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['demo', 'exchanges', 'inspect', 'probe', 'report', 'rejudge']) expect(r.stdout).toContain(cmd);
  });

  it('an unknown command or option is a usage error (exit 2)', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['report', '--format', 'pdf'])).code).toBe(2);
  });

  it('exchanges --json lists the built-in catalog when no config is given', async () => {
    const r = await runCli(['exchanges', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout);
    expect(data.source).toBe('built-in catalog');
    const ids = data.exchanges.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['lbank', 'bithumb', 'binance', 'coinbase', 'kraken']));
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  it('probe with an unknown exchange id exits 2 and writes nothing', async () => {
    const db = join(dir, 'unknown-id.db');
    const r = await runCli(['probe', 'no-such-exchange', '--db', db], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown exchange id "no-such-exchange"/);
    expect(existsSync(db)).toBe(false);
  });

  it('report on a missing database exits 2 without creating it', async () => {
    const db = join(dir, 'missing.db');
    const r = await runCli(['report', '--db', db], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.db: cannot open the database/);
    expect(existsSync(db)).toBe(false);
  });

  it('bad --since is a usage error naming the option', async () => {
    const db = join(dir, 'since.db');
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ exchanges: [{ id: 'a', name: 'A', channels: {} }] }));
    const r = await runCli(['report', '--db', db, '--config', join(dir, 'ok.json'), '--since', 'yesterday'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--since: expected a duration like 30d/);
  });

  it('inspect rejects a non-http URL with exit 2', async () => {
    const r = await runCli(['inspect', 'ftp://example.invalid/'], { cwd: dir });
    expect(r.code).toBe(2);
  });
});

describe('bad configs', () => {
  const badDir = join(ROOT, 'fixtures', 'configs', 'bad');
  const files = existsSync(badDir) ? readdirSync(badDir).filter((f) => f.endsWith('.json')).sort() : [];

  it('there are at least 12 bad configs to try', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s: probe exits 2, names the file and a field, writes no database', async (file) => {
    const db = join(dir, `bad-${file}.db`);
    const path = join(badDir, file);
    const r = await runCli(['probe', '--config', path, '--db', db], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path);
    // Every problem line names the file, then a field path (or "(file)"/"(root)"), then what was expected.
    expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: (\\(file\\)|\\(root\\)|[A-Za-z$][\\w$.\\[\\]"-]*): `));
    expect(existsSync(db)).toBe(false);
    expect(existsSync(`${db}-wal`)).toBe(false);
  });
});
