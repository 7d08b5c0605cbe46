/**
 * History in the report: the 7×24 hour-of-week grid and the per-bucket trends, from a
 * real SQLite store filled with observations on known days and hours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { report } from '../../src/api/report.js';
import { hourOfWeekGrid, weekdayIndex } from '../../src/judge/hourOfWeek.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite.js';
import { parseConfig } from '../../src/config/index.js';
import { facts, obs } from '../helpers/observations.js';

let dir: string;
let store: SqliteStore;
const config = parseConfig({ exchanges: [{ id: 'acme', name: 'Acme', channels: { helpCenter: { url: 'https://help.acme.example/hc/en-us' } } }] }, 'test');
const t = (iso: string, ttfbMs: number | null, outcome: 'ok' | 'error' = 'ok') =>
  obs({ startedAt: iso, outcome, errorCode: outcome === 'error' ? 'http_5xx' : null, status: outcome === 'ok' ? 200 : 503, body: outcome === 'ok' ? Buffer.from(`<p>${iso}</p>`) : null, timings: { dnsMs: null, connectMs: null, tlsMs: null, ttfbMs, totalMs: ttfbMs === null ? null : ttfbMs + 20 } });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ss-history-'));
  store = openSqliteStore(join(dir, 'h.db'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('hourOfWeekGrid', () => {
  it('puts Sunday 03:00 UTC in row 6, column 3, and Monday 00:00 in row 0, column 0', () => {
    const sunday3am = Date.parse('2026-11-22T03:00:00Z');
    const monday = Date.parse('2026-11-23T00:00:00Z');
    expect(weekdayIndex(sunday3am)).toBe(6);
    const grid = hourOfWeekGrid([
      { hour: sunday3am, ok: 1, errors: 3, ttfbP50Ms: 400 },
      { hour: sunday3am + 7 * 86_400_000, ok: 0, errors: 0, ttfbP50Ms: null },
      { hour: monday, ok: 2, errors: 0, ttfbP50Ms: 110 },
    ]);
    expect(grid).toHaveLength(7);
    for (const row of grid) expect(row).toHaveLength(24);
    expect(grid[6]![3]).toEqual({ probes: 4, ok: 1, availability: 0.25, latencyP50Ms: 400 });
    expect(grid[0]![0]!.availability).toBe(1);
    expect(grid[3]![12]).toEqual({ probes: 0, ok: 0, availability: null, latencyP50Ms: null });
  });
});

describe('report history', () => {
  it('fills the hour-of-week grid and a daily trend that shows the bad day', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    const ex = { id: 'acme', name: 'Acme' };
    const page = { url: 'https://help.acme.example/hc/en-us', judgeVersion: 1, facts: facts({ topics: ['account', 'security'] }) };
    // Three days: good, bad (all failures at 3 a.m. Sunday), good.
    await store.recordObservation(run, ex, t('2026-11-21T12:00:00Z', 100), page);
    await store.recordObservation(run, ex, t('2026-11-21T12:05:00Z', 120), page);
    await store.recordObservation(run, ex, t('2026-11-22T03:00:00Z', null, 'error'));
    await store.recordObservation(run, ex, t('2026-11-22T03:10:00Z', null, 'error'));
    await store.recordObservation(run, ex, t('2026-11-23T09:00:00Z', 90), page);
    const rep = await report({ store, config, since: new Date('2026-11-21T00:00:00Z'), until: new Date('2026-11-23T23:59:59Z'), now: new Date('2026-11-24T00:00:00Z') });
    const acme = rep.exchanges[0]!;
    expect(acme.hourOfWeek[6]![3]).toMatchObject({ probes: 2, ok: 0, availability: 0 });
    expect(acme.hourOfWeek[5]![12]).toMatchObject({ probes: 2, ok: 2, availability: 1 });
    expect(rep.buckets).toEqual({ size: 'day', count: 3 });
    expect(acme.trend.map((p) => p.start)).toEqual(['2026-11-21T00:00:00.000Z', '2026-11-22T00:00:00.000Z', '2026-11-23T00:00:00.000Z']);
    const availability = acme.trend.map((p) => p.criteria.availability);
    expect(availability[0]).toBe(10);
    expect(availability[1]).toBe(0);
    expect(availability[2]).toBe(10);
    // The failed day has no good crawl: page-based criteria are unmeasured that day, not 0.
    expect(acme.trend[1]!.criteria.self_service).toBeNull();
    expect(acme.trend[0]!.criteria.self_service).not.toBeNull();
  });

  it('uses hourly buckets for a short window and weekly ones for a long one', async () => {
    const run = await store.beginRun({ command: 'probe', toolVersion: 't', configSource: null });
    await store.recordObservation(run, { id: 'acme', name: 'Acme' }, t('2026-11-22T03:00:00Z', 100));
    const short = await report({ store, config, since: new Date('2026-11-22T00:00:00Z'), until: new Date('2026-11-22T05:59:59Z'), now: new Date('2026-11-22T06:00:00Z') });
    expect(short.buckets).toEqual({ size: 'hour', count: 6 });
    const long = await report({ store, config, since: new Date('2026-01-01T00:00:00Z'), until: new Date('2026-11-30T00:00:00Z'), now: new Date('2026-11-30T00:00:00Z') });
    expect(long.buckets.size).toBe('week');
    expect(new Date(long.exchanges[0]!.trend[0]!.start).getUTCDay()).toBe(1); // weeks start on Monday
  });
});
