import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { LATEST_VERSION, MIGRATIONS } from '../../src/store/migrations.js';
import { facts, obs } from '../helpers/observations.js';

let dir: string;
let store: SqliteStore;
const ex = { id: 'acme', name: 'Acme' };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ss-store-'));
  store = openSqliteStore(join(dir, 'test.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SqliteStore', () => {
  it('creates the schema at the latest version with WAL and foreign keys', () => {
    const db = store.connection;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['runs', 'exchanges', 'observations', 'bodies', 'page_facts']));
  });

  it('reopening an existing database does not re-run migrations', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await store.recordObservation(run, ex, obs());
    await store.close();
    store = openSqliteStore(join(dir, 'test.db'));
    expect((await store.stats()).observations).toBe(1);
  });

  it('refuses a database from a newer supportscope', async () => {
    await store.close();
    const raw = new Database(join(dir, 'test.db'));
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => openSqliteStore(join(dir, 'test.db'))).toThrow(/newer than this supportscope/);
    store = openSqliteStore(join(dir, 'other.db'));
  });

  it('channelStats over days, edge hours and edge minutes equals counting the raw observations', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const base = Date.parse('2026-11-01T00:00:00Z');
    const made: Array<{ at: number; ok: boolean; ex: string }> = [];
    for (let i = 0; i < 400; i++) {
      const at = base + Math.floor(rand() * 6 * 86_400_000);
      const ok = rand() > 0.2;
      const exId = rand() > 0.5 ? 'acme' : 'zeta';
      made.push({ at, ok, ex: exId });
      await store.recordObservation(run, { id: exId, name: exId }, obs({ exchangeId: exId, startedAt: new Date(at).toISOString(), outcome: ok ? 'ok' : 'error', errorCode: ok ? null : 'timeout', body: null }));
    }
    for (let k = 0; k < 25; k++) {
      const since = base + Math.floor(rand() * 5 * 86_400_000);
      const until = since + Math.floor(rand() * 3 * 86_400_000);
      const stats = await store.channelStats('helpCenter', { since, until });
      for (const exId of ['acme', 'zeta']) {
        const inWindow = made.filter((m) => m.ex === exId && m.at >= since && m.at <= until);
        const s = stats.find((x) => x.exchangeId === exId);
        expect(s?.observations ?? 0).toBe(inWindow.length);
        expect(s?.ok ?? 0).toBe(inWindow.filter((m) => m.ok).length);
        expect(s?.errorsByCode.timeout ?? 0).toBe(inWindow.filter((m) => !m.ok).length);
        if (s) expect(s.firstAt).toBe(Math.min(...inWindow.map((m) => m.at)));
      }
    }
  });

  it('migrates a version-1 database, backfilling rollups from its observations', async () => {
    await store.close();
    const path = join(dir, 'v1.db');
    const raw = new Database(path);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.pragma('user_version = 1');
    raw.exec(`INSERT INTO runs (id, started_at, command, tool_version) VALUES (1, 0, 'probe', 'old')`);
    raw.exec(`INSERT INTO exchanges VALUES ('acme', 'Acme', 0, 0)`);
    const ins = raw.prepare(`INSERT INTO observations (run_id, exchange_id, channel, kind, url, started_at, outcome, error_code, ttfb_ms, total_ms)
      VALUES (1, 'acme', 'helpCenter', 'page', 'https://help.acme.example/', ?, ?, ?, ?, ?)`);
    ins.run(Date.parse('2026-11-01T10:00:00Z'), 'ok', null, 100, 120);
    ins.run(Date.parse('2026-11-01T10:20:00Z'), 'error', 'timeout', null, null);
    ins.run(Date.parse('2026-11-01T12:00:00Z'), 'ok', null, 300, 320);
    raw.close();
    store = openSqliteStore(path);
    expect(store.connection.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(store.connection.prepare('SELECT COUNT(*) FROM rollups').pluck().get()).toBe(2);
    const [s] = await store.channelStats('helpCenter', { since: null, until: null });
    expect(s).toMatchObject({ observations: 3, ok: 2, errors: 1, errorsByCode: { timeout: 1 }, httpsShare: 1 });
  });

  it('mustExist does not create a file', () => {
    expect(() => openSqliteStore(join(dir, 'missing.db'), { mustExist: true })).toThrow(/cannot open the database/);
  });

  it('stores a body once per content hash and facts once per (body, url)', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    const big = Buffer.from('<html>' + 'support '.repeat(5000) + '</html>');
    for (let i = 0; i < 5; i++) {
      await store.recordObservation(run, ex, obs({ body: big }), { url: 'https://help.acme.example/hc/en-us', judgeVersion: 1, facts: facts() });
    }
    const s = await store.stats();
    expect(s.observations).toBe(5);
    expect(s.bodies).toBe(1);
    expect(s.bodyBytesRaw).toBe(big.length);
    expect(s.bodyBytesStored).toBeLessThan(big.length / 10); // compressed
    expect(store.connection.prepare('SELECT COUNT(*) FROM page_facts').pluck().get()).toBe(1);
  });

  it('keeps failed probes with their error code and counts them on the run', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: 'x.json' });
    await store.recordObservation(run, ex, obs());
    await store.recordObservation(run, ex, obs({ outcome: 'error', errorCode: 'http_5xx', status: 503, body: null }));
    await store.recordObservation(run, ex, obs({ outcome: 'error', errorCode: 'timeout', status: null, body: null, timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: null, totalMs: null } }));
    const row = await store.finishRun(run, 'finished');
    expect(row).toMatchObject({ observations: 3, failures: 2, status: 'finished', configSource: 'x.json' });
    const [stats] = await store.channelStats('helpCenter', { since: null, until: null });
    expect(stats).toMatchObject({ exchangeId: 'acme', observations: 3, ok: 1, errors: 2, errorsByCode: { http_5xx: 1, timeout: 1 }, httpsShare: 1 });
    expect(stats!.ttfb.count).toBe(1);
    expect(stats!.ttfb.percentile(50)).toBeCloseTo(100, -0.5); // within 1 %
  });

  it('channelStats honours the time window', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await store.recordObservation(run, ex, obs({ startedAt: '2026-01-01T00:00:00Z', timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: 900, totalMs: 1000 } }));
    await store.recordObservation(run, ex, obs({ startedAt: '2026-11-01T00:00:00Z', timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: 50, totalMs: 60 } }));
    const [s] = await store.channelStats('helpCenter', { since: Date.parse('2026-10-01T00:00:00Z'), until: null });
    expect(s!.observations).toBe(1);
    expect(s!.ttfb.count).toBe(1);
    expect(Math.abs(s!.ttfb.percentile(50)! - 50)).toBeLessThan(0.5);
  });

  it('channelStats is exact at window edges inside an hour, from rollups plus raw rows', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    const at = (iso: string, ttfbMs: number, outcome: 'ok' | 'error' = 'ok') =>
      store.recordObservation(run, ex, obs({ startedAt: iso, outcome, errorCode: outcome === 'error' ? 'http_5xx' : null, timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs, totalMs: ttfbMs + 10 } }));
    await at('2026-11-01T09:59:59.999Z', 10);
    await at('2026-11-01T10:15:00Z', 20);
    await at('2026-11-01T10:45:00Z', 30, 'error');
    await at('2026-11-01T11:00:00Z', 40);
    await at('2026-11-01T12:30:00Z', 50);
    await at('2026-11-01T13:10:00Z', 60);
    const window = { since: Date.parse('2026-11-01T10:30:00Z'), until: Date.parse('2026-11-01T13:05:00Z') };
    const [s] = await store.channelStats('helpCenter', window);
    // 10:45 (error), 11:00 and 12:30 are inside; 10:15 and 13:10 are not.
    expect(s).toMatchObject({ observations: 3, ok: 2, errors: 1, errorsByCode: { http_5xx: 1 } });
    expect(s!.firstAt).toBe(Date.parse('2026-11-01T10:45:00Z'));
    expect(s!.lastAt).toBe(Date.parse('2026-11-01T12:30:00Z'));
    expect(s!.ttfb.count).toBe(2);
    const all = await store.channelStats('helpCenter', { since: null, until: null });
    expect(all[0]!.observations).toBe(6);
    // The rollups agree with a rebuild from the raw observations.
    const before = store.connection.prepare('SELECT * FROM rollups ORDER BY hour').all();
    expect(before).toHaveLength(5);
    await store.rebuildRollups();
    expect(store.connection.prepare('SELECT * FROM rollups ORDER BY hour').all()).toEqual(before);
  });

  it('latestPages returns the pages of the newest run with a good start page', async () => {
    const r1 = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await store.recordObservation(r1, ex, obs({ body: Buffer.from('<p>one</p>') }), { url: 'https://help.acme.example/hc/en-us', judgeVersion: 1, facts: facts({ title: 'old' }) });
    const r2 = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await store.recordObservation(r2, ex, obs({ body: Buffer.from('<p>two</p>'), startedAt: '2026-11-21T10:00:00Z' }), { url: 'https://help.acme.example/hc/en-us', judgeVersion: 1, facts: facts({ title: 'new' }) });
    await store.recordObservation(r2, ex, obs({ role: 'article', url: 'https://help.acme.example/hc/en-us/articles/1', finalUrl: null, body: Buffer.from('<p>a</p>'), startedAt: '2026-11-21T10:00:01Z' }), { url: 'https://help.acme.example/hc/en-us/articles/1', judgeVersion: 1, facts: facts({ title: 'article' }) });
    // A third run whose start page failed does not replace the last good snapshot.
    const r3 = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await store.recordObservation(r3, ex, obs({ outcome: 'error', errorCode: 'timeout', body: null, startedAt: '2026-11-22T10:00:00Z' }));
    const pages = (await store.latestPages({ since: null, until: null })).get('acme')!;
    expect(pages.map((p) => p.facts?.title)).toEqual(['new', 'article']);
    expect(pages.every((p) => p.runId === r2)).toBe(true);
  });

  it('pageBodies yields bodies whose facts are missing or stale, decompressed', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    const body = Buffer.from('<html>' + 'x'.repeat(3000) + '</html>');
    await store.recordObservation(run, ex, obs({ body }), { url: 'https://help.acme.example/hc/en-us', judgeVersion: 1, facts: facts() });
    await store.recordObservation(run, ex, obs({ url: 'https://help.acme.example/other', finalUrl: null, body: Buffer.from('<p>unjudged</p>') }));
    const stale: string[] = [];
    for await (const b of store.pageBodies({ staleBefore: 1 })) stale.push(b.body.toString());
    expect(stale).toEqual(['<p>unjudged</p>']);
    const all: Buffer[] = [];
    for await (const b of store.pageBodies({ staleBefore: 2 })) all.push(b.body);
    expect(all.map((b) => b.length).sort((a, b) => a - b)).toEqual([15, body.length]);
  });

  it('rolls back a failed write: no half observation, no orphan exchange row', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await expect(
      store.recordObservation(run, { id: 'zzz', name: 'Z' }, obs({ exchangeId: 'zzz', outcome: 'bogus' as never })),
    ).rejects.toThrow();
    expect(store.connection.prepare(`SELECT COUNT(*) FROM exchanges WHERE id = 'zzz'`).pluck().get()).toBe(0);
    expect(store.connection.prepare(`SELECT COUNT(*) FROM bodies`).pluck().get()).toBe(0);
  });
});
