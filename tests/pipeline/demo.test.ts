/**
 * `supportscope demo` through the library: the real collectors against the simulated
 * exchanges, stored in a real SQLite file, scored. The ranking must tell them apart, each
 * for the reason it was built to show (fixtures/exchanges/README.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/demo.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import type { ExchangeReport, Report } from '../../src/types/report.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
let store: SqliteStore;
let report: Report;
const x = (id: string): ExchangeReport => {
  const found = report.exchanges.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id} in the report`);
  return found;
};
const score = (id: string, c: keyof ExchangeReport['criteria']): number => {
  const s = x(id).criteria[c].score;
  if (s === null) throw new Error(`${id}.${c} not measured`);
  return s;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-demo-'));
  store = openSqliteStore(join(dir, 'demo.db'));
  const result = await runDemo({ store });
  report = result.report;
}, 90_000);

afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo scorecard', () => {
  it('ranks all eight simulated exchanges and tells their designed quality tiers apart', () => {
    expect(report.exchanges).toHaveLength(8);
    expect(report.exchanges.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const overalls = report.exchanges.map((e) => e.overall);
    expect(Math.max(...(overalls as number[])) - Math.min(...(overalls as number[]))).toBeGreaterThan(25);
    // Within a tier the exchanges differ in kind (language, script, channels), not in overall
    // quality, and may come within a point of each other; between tiers the gap is clear.
    const tiers = [['aurora'], ['longmen', 'simorgh', 'lanternfly', 'polarbirzha'], ['flakybit'], ['dustvault', 'tortoise']];
    const overallOf = (id: string) => x(id).overall as number;
    for (let i = 0; i + 1 < tiers.length; i++) {
      const lowestAbove = Math.min(...tiers[i]!.map(overallOf));
      const highestBelow = Math.max(...tiers[i + 1]!.map(overallOf));
      expect({ tier: i, gap: lowestAbove - highestBelow > 3 }).toEqual({ tier: i, gap: true });
    }
  });

  it('puts the complete, fast, multilingual exchange first', () => {
    expect(x('aurora').rank).toBe(1);
    expect(x('aurora').grade).toBe('A');
    expect(score('aurora', 'multilingual')).toBeGreaterThanOrEqual(8);
  });

  it('the flaky exchange has the worst availability, explained by error codes', () => {
    const flaky = score('flakybit', 'availability');
    for (const e of report.exchanges) if (e.id !== 'flakybit') expect(e.criteria.availability.score!).toBeGreaterThan(flaky);
    expect(x('flakybit').criteria.availability.reasons.join(' ')).toMatch(/× (http_5xx|timeout)/);
  });

  it('the slow exchange has the worst responsiveness, with its TTFB in the reason', () => {
    const slow = score('tortoise', 'responsiveness');
    for (const e of report.exchanges) if (e.id !== 'tortoise') expect(e.criteria.responsiveness.score!).toBeGreaterThan(slow);
    expect(x('tortoise').criteria.responsiveness.reasons[0]).toMatch(/p50 TTFB 1(\.\d)? s/);
  });

  it('the stale knowledge base loses on freshness', () => {
    const age = x('dustvault').criteria.self_service.metrics.newestArticleAgeDays as number;
    expect(age).toBeGreaterThan(900);
    expect(score('dustvault', 'self_service')).toBeLessThan(score('aurora', 'self_service'));
    expect(score('dustvault', 'transparency')).toBeLessThan(score('aurora', 'transparency'));
  });

  it('the exchange without phishing or 2FA guidance, and the plain-http one, lose on security', () => {
    expect(score('lanternfly', 'security')).toBeLessThan(score('aurora', 'security'));
    expect(x('lanternfly').criteria.security.reasons.join(' ')).toMatch(/no anti-phishing/);
    expect(score('dustvault', 'security')).toBeLessThan(score('aurora', 'security'));
    expect(x('dustvault').criteria.security.metrics.httpsShare).toBe(0);
  });

  it('reads the GBK, windows-1251 and Persian sites in their own languages', () => {
    expect(x('longmen').criteria.multilingual.reasons[0]).toMatch(/\bzh\b/);
    expect(x('polarbirzha').criteria.multilingual.reasons[0]).toMatch(/\bru\b/);
    expect(x('simorgh').criteria.multilingual.reasons[0]).toMatch(/\bfa\b/);
    expect(score('aurora', 'multilingual')).toBeGreaterThan(score('tortoise', 'multilingual'));
  });

  it('finds the live chat widgets the pages really load', () => {
    expect(x('aurora').criteria.channels.reasons[0]).toMatch(/live chat \(zendesk\)/);
    expect(x('lanternfly').criteria.channels.reasons[0]).toMatch(/live chat \(channeltalk\)/);
    expect(x('flakybit').criteria.channels.reasons[0]).toMatch(/live chat \(intercom\)/);
    expect(x('dustvault').criteria.channels.metrics.liveChat).toBe(false);
  });
});

describe('supportscope demo (the built binary)', () => {
  it('prints the ranked scorecard on stdout and exits 0', async () => {
    const db = join(dir, 'cli-demo.db');
    const r = await runCli(['demo', '--db', db, '--no-html'], { cwd: dir, timeoutMs: 90_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Aurora Exchange/);
    expect(r.stdout).toMatch(/Coverage/);
    expect(r.stderr).toMatch(/demo: run \d+: \d+ observations/);
  }, 120_000);
});
