import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { LATEST_VERSION } from '../../src/store/migrations.js';
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
    expect([...stats!.ttfbMs]).toEqual([100]);
  });

  it('channelStats honours the time window', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await store.recordObservation(run, ex, obs({ startedAt: '2026-01-01T00:00:00Z', timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: 900, totalMs: 1000 } }));
    await store.recordObservation(run, ex, obs({ startedAt: '2026-11-01T00:00:00Z', timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs: 50, totalMs: 60 } }));
    const [s] = await store.channelStats('helpCenter', { since: Date.parse('2026-10-01T00:00:00Z'), until: null });
    expect(s!.observations).toBe(1);
    expect([...s!.ttfbMs]).toEqual([50]);
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
