/**
 * Retention: `db prune --older-than` removes old observations and the bodies and page facts
 * no longer used, in one transaction, keeping the runs and the hourly/daily rollups (a report
 * over the pruned window still shows availability); `--dry-run` changes nothing; `db vacuum`
 * gives the space back. Through the store and through the built binary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { report } from '../../src/api/report.js';
import { parseConfig } from '../../src/config/index.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { runCli } from '../helpers/cli.js';
import { fillTwoRuns, TWO_RUNS_CONFIG } from '../helpers/twoRuns.js';

let dir: string;
let dbPath: string;
let store: SqliteStore;
const config = parseConfig(TWO_RUNS_CONFIG, 'test config');
const CUTOFF = Date.parse('2026-11-25T00:00:00Z');
// Run 1's day, whole: read from the daily rollup.
const RUN1_DAY = { since: new Date('2026-11-20T00:00:00Z'), until: new Date('2026-11-20T23:59:59.999Z') };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-db-'));
  dbPath = join(dir, 'p.db');
  store = openSqliteStore(dbPath);
  await fillTwoRuns(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const counts = (s: SqliteStore) => {
  const one = (sql: string) => s.connection.prepare(sql).pluck().get() as number;
  return {
    observations: one('SELECT COUNT(*) FROM observations'),
    bodies: one('SELECT COUNT(*) FROM bodies'),
    pageFacts: one('SELECT COUNT(*) FROM page_facts'),
    runs: one('SELECT COUNT(*) FROM runs'),
    hourly: one('SELECT COUNT(*) FROM rollups'),
    daily: one('SELECT COUNT(*) FROM rollups_daily'),
  };
};

describe('store.prune', () => {
  it('a dry run counts what would go and changes nothing', async () => {
    const before = counts(store);
    const r = await store.prune({ before: CUTOFF, dryRun: true });
    // Run 1: 4 acme + 4 bolt observations. Acme's 4 pages are not seen in run 2 (it failed);
    // bolt's pages are the same bodies in run 2, so they and their facts stay.
    expect(r).toMatchObject({ cutoff: CUTOFF, dryRun: true, observations: 8, bodies: 4, pageFacts: 4 });
    expect(r.bodyBytes).toBeGreaterThan(0);
    expect(r.kept).toEqual({ observations: before.observations - 8, runs: 2, hourlyRollups: before.hourly, dailyRollups: before.daily });
    expect(counts(store)).toEqual(before);
  });

  it('removes old observations and unreferenced bodies and facts, keeps runs and rollups', async () => {
    const reportBefore = await report({ store, config, ...RUN1_DAY, now: RUN1_DAY.until, history: false });
    const before = counts(store);
    const r = await store.prune({ before: CUTOFF });
    expect(r).toMatchObject({ dryRun: false, observations: 8, bodies: 4, pageFacts: 4 });
    const after = counts(store);
    expect(after).toEqual({ ...before, observations: before.observations - 8, bodies: before.bodies - 4, pageFacts: before.pageFacts - 4 });
    expect(r.kept).toEqual({ observations: after.observations, runs: 2, hourlyRollups: after.hourly, dailyRollups: after.daily });
    // Nothing older than the cutoff, everything newer intact.
    expect(store.connection.prepare('SELECT COUNT(*) FROM observations WHERE started_at < ?').pluck().get(CUTOFF)).toBe(0);
    expect(store.connection.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(store.connection.pragma('foreign_key_check')).toEqual([]);
    // Every remaining observation's body and every remaining fact's body exist.
    expect(store.connection.prepare('SELECT COUNT(*) FROM observations o WHERE o.body_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM bodies b WHERE b.hash = o.body_hash)').pluck().get()).toBe(0);

    // A report over the pruned window still shows availability and latency, from the rollups.
    const reportAfter = await report({ store, config, ...RUN1_DAY, now: RUN1_DAY.until, history: false });
    const acmeBefore = reportBefore.exchanges.find((x) => x.id === 'acme')!;
    const acmeAfter = reportAfter.exchanges.find((x) => x.id === 'acme')!;
    expect(acmeAfter.criteria.availability.score).toBe(10);
    expect(acmeAfter.criteria.availability.score).toBe(acmeBefore.criteria.availability.score);
    expect(acmeAfter.channels.helpCenter).toEqual(acmeBefore.channels.helpCenter);
    expect(acmeAfter.criteria.responsiveness.score).toBe(acmeBefore.criteria.responsiveness.score);
    // The pages went: page-based criteria are not measured any more (null, never 0).
    expect(acmeBefore.criteria.self_service.score).not.toBeNull();
    expect(acmeAfter.criteria.self_service.score).toBeNull();
    expect(reportAfter.runs).toBe(1);

    // The newer run reads exactly as before.
    const week = { since: new Date('2026-11-25T00:00:00Z'), until: new Date('2026-11-28T00:00:00Z') };
    const bolt = (await report({ store, config, ...week, now: week.until, history: false })).exchanges.find((x) => x.id === 'bolt')!;
    expect(bolt.criteria.self_service.score).not.toBeNull();
  });

  it('pruning again removes nothing more; vacuum shrinks the file and keeps it intact', async () => {
    await store.prune({ before: CUTOFF });
    const again = await store.prune({ before: CUTOFF });
    expect(again).toMatchObject({ observations: 0, bodies: 0, pageFacts: 0 });
    await store.vacuum();
    expect(store.connection.pragma('freelist_count', { simple: true })).toBe(0);
    expect(store.connection.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('keeps bodies that another table points at', async () => {
    // A later migration may add a table that references bodies: its bodies must survive.
    store.connection.exec(`CREATE TABLE test_refs (id INTEGER PRIMARY KEY, body_hash TEXT REFERENCES bodies(hash))`);
    const hash = store.connection.prepare(`SELECT body_hash FROM observations WHERE exchange_id = 'acme' AND body_hash IS NOT NULL LIMIT 1`).pluck().get() as string;
    store.connection.prepare(`INSERT INTO test_refs (body_hash) VALUES (?)`).run(hash);
    const r = await store.prune({ before: CUTOFF });
    expect(r.bodies).toBe(3);
    expect(store.connection.prepare('SELECT COUNT(*) FROM bodies WHERE hash = ?').pluck().get(hash)).toBe(1);
  });
});

describe('the db commands (built binary)', () => {
  const cli = (args: string[]) => runCli(['--db', dbPath, ...args], { cwd: dir });

  it('db prune --dry-run prints what it would remove and changes nothing', async () => {
    await store.close();
    const r = await cli(['db', 'prune', '--older-than', '2026-11-25', '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('dry run: observations that started before 2026-11-25T00:00:00.000Z (--older-than 2026-11-25)');
    expect(r.stdout).toMatch(/would remove\s+8 observations, 4 bodies \([\d.]+ (B|KiB) stored\), 4 page facts/);
    expect(r.stdout).toMatch(/kept\s+12 newer observations, 2 runs, \d+ hourly and \d+ daily rollups/);
    expect(r.stdout).toContain('(a dry run changes nothing)');
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM observations').pluck().get()).toBe(20);
    db.close();
  });

  it('db prune removes, prints sizes before and after; the report over the pruned day still shows availability', async () => {
    await store.close();
    const r = await cli(['db', 'prune', '--older-than', '2026-11-25', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ cutoff: '2026-11-25T00:00:00.000Z', dryRun: false, observations: 8, bodies: 4, pageFacts: 4, kept: { runs: 2 } });
    expect(out.sizeBefore).toBeGreaterThan(0);
    expect(out.sizeAfter).toBeGreaterThan(0);

    const cfg = join(dir, 'cfg.json');
    writeFileSync(cfg, JSON.stringify(TWO_RUNS_CONFIG));
    const rep = await runCli(['--db', dbPath, '--config', cfg, 'report', '--format', 'json', '--since', '2026-11-20', '--until', '2026-11-20T23:59:59.999Z'], { cwd: dir });
    expect(rep.code).toBe(0);
    const acme = JSON.parse(rep.stdout).exchanges.find((x: { id: string }) => x.id === 'acme');
    expect(acme.criteria.availability.score).toBe(10);
    expect(acme.channels.helpCenter.observations).toBe(4);

    const text = await cli(['db', 'prune', '--older-than', '2026-11-26']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^size\s+[\d.]+ (KiB|MiB) before, [\d.]+ (KiB|MiB) after/m);

    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('db vacuum prints the size before and after', async () => {
    await store.prune({ before: CUTOFF });
    await store.close();
    const r = await cli(['db', 'vacuum']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^vacuumed .*p\.db: [\d.]+ (KiB|MiB) before, [\d.]+ (KiB|MiB) after \([\d.]+ (B|KiB|MiB) returned to the disk\)\n$/);
    const json = JSON.parse((await cli(['db', 'vacuum', '--json'])).stdout);
    expect(json.sizeAfter).toBeLessThanOrEqual(json.sizeBefore);
  });

  it('refuses a missing, unparsable or future cutoff (exit 2)', async () => {
    await store.close();
    const missing = await cli(['db', 'prune']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--older-than <dur> is required');
    const bad = await cli(['db', 'prune', '--older-than', 'last year']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--older-than: expected a duration like 30d');
    const future = await cli(['db', 'prune', '--older-than', '2999-01-01']);
    expect(future.code).toBe(2);
    expect(future.stderr).toContain('is in the future');
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM observations').pluck().get()).toBe(20);
    db.close();
  });
});
