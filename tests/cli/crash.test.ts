import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../helpers/cli.js';
import { startSlowSite, type SlowSite } from '../helpers/slowSite.js';

let dir: string;
let site: SlowSite;

function writeConfig(name: string, ids: string[]): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    JSON.stringify({
      exchanges: ids.map((id) => ({ id, name: id.toUpperCase(), channels: { helpCenter: { url: site.url, maxPages: 40 } } })),
      probe: { perHostConcurrency: 2, politenessDelayMs: 0, timeoutMs: 5000, retries: 0 },
    }),
  );
  return path;
}

function count(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare('SELECT COUNT(*) FROM observations').pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-crash-'));
  site = await startSlowSite({ articles: 40, delayMs: 120 });
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crash safety and concurrency', () => {
  it('a probe killed with SIGKILL mid-run leaves a consistent database with every earlier observation', async () => {
    const db = join(dir, 'killed.db');
    const child = startCli(['probe', '--channel', 'helpCenter', '--config', writeConfig('kill.json', ['victim']), '--db', db]);
    let seen = 0;
    const deadline = Date.now() + 20_000;
    while (seen < 6 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      seen = count(db);
    }
    expect(seen).toBeGreaterThanOrEqual(6);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('close', r));
    const conn = new Database(db);
    try {
      expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(conn.pragma('foreign_key_check')).toEqual([]);
      const after = conn.prepare('SELECT COUNT(*) FROM observations').pluck().get() as number;
      expect(after).toBeGreaterThanOrEqual(seen);
      expect(after).toBeLessThan(41); // it really was killed mid-run
      // Every stored observation is whole: its body is there when it points at one.
      expect(conn.prepare('SELECT COUNT(*) FROM observations o LEFT JOIN bodies b ON b.hash = o.body_hash WHERE o.body_hash IS NOT NULL AND b.hash IS NULL').pluck().get()).toBe(0);
      expect(conn.prepare('SELECT status FROM runs').pluck().all()).toEqual(['running']);
    } finally {
      conn.close();
    }
    // The killed database is still usable: a new probe and a report work on it.
    const again = await runCli(['probe', '--channel', 'helpCenter', '--config', join(dir, 'kill.json'), '--db', db]);
    expect(again.code).toBe(0);
    const rep = await runCli(['report', '--config', join(dir, 'kill.json'), '--db', db, '--format', 'json']);
    expect(rep.code).toBe(0);
    expect(JSON.parse(rep.stdout).exchanges[0].id).toBe('victim');
  });

  it('two processes probing into one database at once both succeed', async () => {
    const db = join(dir, 'shared.db');
    const [a, b] = await Promise.all([
      runCli(['probe', '--channel', 'helpCenter', '--config', writeConfig('a.json', ['alpha']), '--db', db]),
      runCli(['probe', '--channel', 'helpCenter', '--config', writeConfig('b.json', ['beta']), '--db', db]),
    ]);
    expect(a.stderr).not.toMatch(/SQLITE_BUSY|locked/i);
    expect([a.code, b.code]).toEqual([0, 0]);
    const conn = new Database(db, { readonly: true });
    try {
      const rows = conn.prepare('SELECT exchange_id, COUNT(*) AS n FROM observations GROUP BY exchange_id ORDER BY 1').all();
      expect(rows).toEqual([{ exchange_id: 'alpha', n: 41 }, { exchange_id: 'beta', n: 41 }]);
      expect(conn.prepare('SELECT COUNT(*) FROM runs WHERE status = ?').pluck().get('finished')).toBe(2);
    } finally {
      conn.close();
    }
  });
});
