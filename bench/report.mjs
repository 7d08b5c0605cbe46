// `report` over 1,000,000 stored observations of 100 exchanges (target: ≤ 1 s).
// Builds the database once (bench/out/report-1m.db), then times the library call and the CLI.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, line, median, requireBuild } from './lib.mjs';

requireBuild();
const { openSqliteStore, report, judgePage, PAGE_JUDGE_VERSION } = await import('../dist/index.js');
const { catalogConfig } = await import('../dist/config/index.js');

const EXCHANGES = 100;
const TOTAL = Number(process.env.OBSERVATIONS ?? 1_000_000);
const PER_RUN = 20; // pages per exchange per run
const out = join(ROOT, 'bench', 'out');
mkdirSync(out, { recursive: true });
const path = join(out, `report-${TOTAL}.db`);
const now = Date.now();

if (!existsSync(path) || process.env.REBUILD) {
  rmSync(path, { force: true });
  rmSync(`${path}-wal`, { force: true });
  const store = openSqliteStore(path);
  const db = store.connection;
  const t0 = performance.now();
  const runsNeeded = Math.ceil(TOTAL / (EXCHANGES * PER_RUN));
  const span = 30 * 86_400_000;
  const insertRun = db.prepare(`INSERT INTO runs (id, started_at, finished_at, status, command, tool_version) VALUES (?, ?, ?, 'finished', 'probe', 'bench')`);
  const insertEx = db.prepare(`INSERT INTO exchanges (id, name, first_seen, last_seen) VALUES (?, ?, ?, ?)`);
  const insertBody = db.prepare(`INSERT OR IGNORE INTO bodies (hash, size, codec, data, created_at) VALUES (?, ?, 'identity', ?, ?)`);
  const insertFacts = db.prepare(`INSERT OR IGNORE INTO page_facts (body_hash, url, judge_version, facts) VALUES (?, ?, ?, ?)`);
  const insertObs = db.prepare(`INSERT INTO observations (run_id, exchange_id, channel, kind, role, url, started_at, status, outcome, error_code, dns_ms, connect_ms, tls_ms, ttfb_ms, total_ms, bytes, content_type, charset, body_hash)
    VALUES (?, ?, 'helpCenter', 'page', ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, ?, ?, ?, 'text/html', 'utf-8', ?)`);
  const html = (x, p) => `<!doctype html><html lang="en"><head><title>Exchange ${x} help ${p}</title></head><body><form action="/hc/search"><input type="search" name="query"></form>
    <a href="/hc/en-us/articles/${p}-How-to-enable-2FA">How to enable 2FA</a><a href="/hc/en-us/articles/${p + 1}-Withdrawal-fees">Withdrawal fees</a>
    <a href="/hc/zh-cn">简体中文</a><a href="https://t.me/ex${x}">Telegram</a><time datetime="2026-11-0${1 + (p % 9)}T00:00:00Z"></time></body></html>`;
  let n = 0;
  db.transaction(() => {
    for (let x = 0; x < EXCHANGES; x++) insertEx.run(`ex${x}`, `Exchange ${x}`, now - span, now);
    for (let x = 0; x < EXCHANGES; x++) {
      for (let p = 0; p < PER_RUN; p++) {
        const url = `https://help.ex${x}.example/hc/en-us/articles/${p}`;
        const body = html(x, p);
        const hash = `h${x}-${p}`;
        insertBody.run(hash, body.length, Buffer.from(body), now);
        insertFacts.run(hash, url, PAGE_JUDGE_VERSION, JSON.stringify(judgePage({ html: body, url })));
      }
    }
    for (let r = 1; r <= runsNeeded && n < TOTAL; r++) {
      const at = now - span + Math.floor((span * r) / runsNeeded);
      insertRun.run(r, at, at + 60_000);
      for (let x = 0; x < EXCHANGES && n < TOTAL; x++) {
        for (let p = 0; p < PER_RUN && n < TOTAL; p++, n++) {
          const fail = (r * 7 + x * 3 + p) % 17 === 0;
          const ttfb = 50 + ((x * 37 + p * 11 + r) % 400) + x * 5;
          insertObs.run(r, `ex${x}`, p === 0 ? 'start' : 'article', `https://help.ex${x}.example/hc/en-us/articles/${p}`, at + p * 100,
            fail ? 503 : 200, fail ? 'error' : 'ok', fail ? 'http_5xx' : null, fail ? null : ttfb, fail ? null : ttfb + 40, fail ? null : 4000, fail ? null : `h${x}-${p}`);
        }
      }
    }
  })();
  const rollups = await store.rebuildRollups();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  await store.close();
  console.log(`# built ${path}: ${n} observations, ${rollups} hourly rollups in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const config = { ...catalogConfig(), source: 'bench', exchanges: [] };
// A fresh store per run: nothing is cached between runs, as for a CLI call.
const time = async (history) => {
  const times = [];
  let exchanges = 0;
  for (let i = 0; i < 5; i++) {
    const store = openSqliteStore(path, { mustExist: true });
    const t0 = performance.now();
    const rep = await report({ store, config, since: new Date(now - 31 * 86_400_000), now: new Date(now), history });
    times.push(performance.now() - t0);
    exchanges = rep.exchanges.length;
    await store.close();
  }
  return { ms: median(times), exchanges };
};
const withHistory = await time(true);
const withoutHistory = await time(false);
const probe = openSqliteStore(path, { mustExist: true });
const obs = probe.connection.prepare('SELECT COUNT(*) FROM observations').pluck().get();
await probe.close();
const cli = (format) => {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    // --out, as a CI job writes its report (a pipe into this process would time our reading too).
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/supportscope'), 'report', '--db', path, '--format', format, '--since', '31d', '--out', join(out, `report.${format}`)], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SUPPORTSCOPE_CONFIG: '' } });
    runs.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`report exited ${r.status}: ${r.stderr}`);
  }
  return median(runs);
};
console.log(`# report over ${obs} observations of ${withHistory.exchanges} exchanges (31-day window, 32 daily trend buckets)`);
line('library report(), with trends and hour-of-week grid', `${withHistory.ms.toFixed(0)} ms`, '≤ 1000 ms');
line('library report(), scores only', `${withoutHistory.ms.toFixed(0)} ms`, '≤ 1000 ms');
line('CLI `report --format json --out f` (incl. start-up)', `${cli('json').toFixed(0)} ms`, '≤ 1000 ms');
line('CLI `report` table (incl. start-up)', `${cli('table').toFixed(0)} ms`, '≤ 1000 ms');
