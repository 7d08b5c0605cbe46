/**
 * The whole pipeline as a user runs it: a config file pointing at simulated exchanges on
 * loopback -> `probe` (the built binary) -> SQLite -> `report --format json`, validated
 * against the checked-in JSON Schema; then `rejudge` and `report` again give the same scores.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFleet, type Fleet } from '../../src/demo/fleet.js';
import { ROOT, runCli } from '../helpers/cli.js';

const IDS = ['aurora', 'flakybit', 'longmen', 'polarbirzha'];
let dir: string;
let fleet: Fleet;
let configPath: string;
let dbPath: string;

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validateReport = ajv.compile(schema);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-pipeline-'));
  fleet = await startFleet({ exchanges: IDS });
  configPath = join(dir, 'supportscope.config.json');
  dbPath = join(dir, 'pipeline.db');
  writeFileSync(
    configPath,
    JSON.stringify(
      {
        exchanges: fleet.exchanges.map((x) => x.config),
        weights: { responsiveness: 2 },
        probe: { perHostConcurrency: 2, politenessDelayMs: 0, timeoutMs: 2500, retries: 1, maxPages: 6 },
      },
      null,
      2,
    ),
  );
});

afterAll(async () => {
  await fleet?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('config -> probe -> DB -> report', () => {
  let report: any;

  it('probe stores one run with observations for every exchange; flaky failures exit 3', async () => {
    // The simulated exchanges' HTTPS chains to the demo CA: trust it the way a user would for a private CA.
    const r = await runCli(['probe', '--config', configPath, '--db', dbPath], {
      timeoutMs: 90_000,
      env: { NODE_EXTRA_CA_CERTS: join(ROOT, 'fixtures', 'tls', 'demo-ca.cert.pem') },
    });
    // The flaky exchange fails some probes by design: the run finishes, and says so with exit 3.
    expect([0, 3]).toContain(r.code);
    expect(r.stderr).toMatch(/run 1 finished: \d+ observations/);
    const db = new Database(dbPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = db
        .prepare(`SELECT exchange_id AS id, COUNT(*) AS n, SUM(outcome = 'ok') AS ok FROM observations GROUP BY exchange_id ORDER BY id`)
        .all() as { id: string; n: number; ok: number }[];
      expect(rows.map((x) => x.id)).toEqual([...IDS].sort());
      for (const row of rows) expect(row.n).toBeGreaterThanOrEqual(2);
      const runs = db.prepare(`SELECT status, observations FROM runs`).all() as { status: string; observations: number }[];
      expect(runs).toHaveLength(1);
      expect(runs[0]!.status).toBe('finished');
      expect(runs[0]!.observations).toBe(rows.reduce((n, x) => n + x.n, 0));
      // Every successful HTML page was judged when it was stored.
      const unjudged = db
        .prepare(
          `SELECT COUNT(*) FROM observations o LEFT JOIN page_facts f ON f.body_hash = o.body_hash AND f.url = COALESCE(o.final_url, o.url)
            WHERE o.channel = 'helpCenter' AND o.outcome = 'ok' AND o.content_type LIKE 'text/html%' AND f.facts IS NULL`,
        )
        .pluck()
        .get();
      expect(unjudged).toBe(0);
      // The help centers' own search was asked the question bank, and the articles graded.
      const searches = db.prepare(`SELECT exchange_id, COUNT(*) AS n FROM observations WHERE channel = 'search' AND kind = 'search' GROUP BY exchange_id`).all() as { exchange_id: string; n: number }[];
      expect(searches.map((x) => x.exchange_id).sort()).toEqual([...IDS].sort());
      const aurora = searches.find((x) => x.exchange_id === 'aurora')!;
      expect(aurora.n).toBeGreaterThanOrEqual(10 * 8); // ten questions in (at least) eight of its locales' languages
      const graded = db.prepare(`SELECT COUNT(*) FROM answer_grades`).pluck().get() as number;
      expect(graded).toBeGreaterThan(20);
      const ungraded = db
        .prepare(
          `SELECT COUNT(*) FROM observations o LEFT JOIN answer_grades g ON g.body_hash = o.body_hash AND g.url = COALESCE(o.final_url, o.url)
             AND g.question = json_extract(o.meta, '$.question') AND g.lang = json_extract(o.meta, '$.lang')
            WHERE o.channel = 'search' AND o.kind = 'answer' AND o.outcome = 'ok' AND g.grade IS NULL`,
        )
        .pluck()
        .get();
      expect(ungraded).toBe(0);
    } finally {
      db.close();
    }
  }, 120_000);

  it('report --format json is clean JSON on stdout and valid against schema/report.schema.json', async () => {
    const r = await runCli(['report', '--config', configPath, '--db', dbPath, '--format', 'json']);
    expect(r.code).toBe(0);
    report = JSON.parse(r.stdout);
    const valid = validateReport(report);
    expect(validateReport.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.schemaVersion).toBe(1);
    expect(report.runs).toBe(1);
    expect(report.criteria.find((c: { id: string }) => c.id === 'responsiveness').weight).toBe(2);
    expect(report.exchanges.map((x: { id: string }) => x.id).sort()).toEqual([...IDS].sort());
    for (const x of report.exchanges) {
      expect(x.rank).not.toBeNull();
      expect(x.coverage).toBeGreaterThan(0);
      expect(x.coverage).toBeLessThan(1); // conversation channels are not probed: coverage says so
      expect(x.criteria.resolution.score).toBeNull();
      expect(x.criteria.knowledge.score).not.toBeNull();
      expect(x.channels.search.searches).toBeGreaterThan(0);
      expect(x.channels.helpCenter.observations).toBeGreaterThan(0);
      for (const c of Object.values(x.criteria) as { score: number | null; reasons: string[] }[]) {
        expect(c.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('the flaky exchange shows its failures as typed error codes and lower availability', () => {
    const flaky = report.exchanges.find((x: { id: string }) => x.id === 'flakybit');
    const best = report.exchanges.find((x: { id: string }) => x.id === 'aurora');
    const codes = Object.keys(flaky.errors);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(['http_5xx', 'timeout', 'connection_reset']).toContain(code);
    expect(flaky.criteria.availability.score).toBeLessThan(best.criteria.availability.score);
    expect(flaky.criteria.availability.reasons.join(' ')).toMatch(/failures: \d+ × (http_5xx|timeout)/);
  });

  it('the GBK and windows-1251 sites were decoded (their languages are seen)', () => {
    const zh = report.exchanges.find((x: { id: string }) => x.id === 'longmen');
    const ru = report.exchanges.find((x: { id: string }) => x.id === 'polarbirzha');
    expect(zh.criteria.multilingual.reasons[0]).toMatch(/\bzh\b/);
    expect(ru.criteria.multilingual.reasons[0]).toMatch(/\bru\b/);
  });

  it('rejudge re-runs the judges over stored evidence without fetching; the report is unchanged', async () => {
    await fleet.close(); // nothing may be fetched now
    const r = await runCli(['rejudge', '--all', '--db', dbPath]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/rejudged [1-9]\d* stored pages/);
    const again = await runCli(['report', '--config', configPath, '--db', dbPath, '--format', 'json']);
    const next = JSON.parse(again.stdout);
    const scores = (rep: any) => rep.exchanges.map((x: any) => [x.id, x.overall, x.rank]);
    expect(scores(next)).toEqual(scores(report));
  });

  it('report --format table ranks the exchanges with ? for unmeasured criteria', async () => {
    const r = await runCli(['report', '--config', configPath, '--db', dbPath]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Coverage/);
    expect(r.stdout).toContain('?');
    expect(r.stdout).not.toMatch(/\x1b\[/); // not a TTY: no colour
    const first = report.exchanges.find((x: { rank: number }) => x.rank === 1);
    expect(r.stdout.indexOf(first.name)).toBeGreaterThan(0);
  });
});
