/**
 * A real SQLite store filled by the library with two probe runs a week apart, for compare,
 * assert and prune tests:
 *
 * - acme:   run 1 every probe OK and fast, pages judged; run 2 every probe fails (http_5xx):
 *           availability drops to 0 (a regression), the page-based criteria and responsiveness
 *           are no longer measured.
 * - bolt:   the same in both runs (unchanged).
 * - newbie: only in run 2 (newly measured).
 */
import type { SqliteStore } from '../../src/store/sqlite.js';
import type { ObservationInput } from '../../src/types/observation.js';
import { facts, obs } from './observations.js';

export const RUN1_START = '2026-11-20T10:00:00.000Z';
export const RUN1_END = '2026-11-20T10:10:00.000Z';
export const RUN2_START = '2026-11-27T10:00:00.000Z';
export const RUN2_END = '2026-11-27T10:10:00.000Z';

export const TWO_RUNS_CONFIG = {
  exchanges: [
    { id: 'acme', name: 'Acme Exchange', channels: { helpCenter: { url: 'https://help.acme.example/hc/en-us' } } },
    { id: 'bolt', name: 'Bolt Markets', channels: { helpCenter: { url: 'https://help.bolt.example/' } } },
    { id: 'newbie', name: 'Newbie', channels: { helpCenter: { url: 'https://help.newbie.example/' } } },
  ],
};

const EX = {
  acme: { id: 'acme', name: 'Acme Exchange' },
  bolt: { id: 'bolt', name: 'Bolt Markets' },
  newbie: { id: 'newbie', name: 'Newbie' },
};

const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

function page(id: string, startedAt: string, role: 'start' | 'article', ttfbMs: number, path = ''): ObservationInput {
  const url = `https://help.${id}.example/${path}`;
  return obs({
    exchangeId: id,
    url,
    finalUrl: url,
    role,
    startedAt,
    timings: { dnsMs: 1, connectMs: 2, tlsMs: 3, ttfbMs, totalMs: ttfbMs + 40 },
    body: Buffer.from(`<html><body><h1>${id}</h1><p>${path} help</p></body></html>`),
  });
}

function failure(id: string, startedAt: string, role: 'start' | 'article', path = ''): ObservationInput {
  const url = `https://help.${id}.example/${path}`;
  return obs({
    exchangeId: id,
    url,
    finalUrl: url,
    role,
    startedAt,
    status: 503,
    outcome: 'error',
    errorCode: 'http_5xx',
    errorMessage: 'HTTP 503',
    timings: { dnsMs: 1, connectMs: 2, tlsMs: 3, ttfbMs: 900, totalMs: 910 },
    body: null,
  });
}

function judged(id: string, path = '') {
  return {
    url: `https://help.${id}.example/${path}`,
    judgeVersion: 1,
    facts: facts({
      url: `https://help.${id}.example/${path}`,
      locales: ['en-us', 'zh-cn', 'ko'],
      topics: ['account', 'security', 'deposit', 'withdrawal', 'kyc', 'anti-phishing'],
      hasSearch: true,
      articleLinkCount: 30,
    }),
  };
}

async function goodCrawl(store: SqliteStore, run: number, id: keyof typeof EX, start: string, ttfbMs: number): Promise<void> {
  await store.recordObservation(run, EX[id], page(id, at(start, 0), 'start', ttfbMs), judged(id));
  for (let i = 1; i <= 3; i++) {
    await store.recordObservation(run, EX[id], page(id, at(start, i), 'article', ttfbMs + i * 10, `a${i}`), judged(id, `a${i}`));
  }
}

async function finish(store: SqliteStore, run: number, finishedAt: string): Promise<void> {
  // finishRun stamps the wall clock; these runs happened in the past, so set the time they ended.
  await store.finishRun(run, 'finished');
  store.connection.prepare(`UPDATE runs SET finished_at = ? WHERE id = ?`).run(Date.parse(finishedAt), run);
}

export async function fillTwoRuns(store: SqliteStore): Promise<{ run1: number; run2: number }> {
  const run1 = await store.beginRun({ command: 'probe', toolVersion: 'test', configSource: null, startedAt: new Date(RUN1_START) });
  await goodCrawl(store, run1, 'acme', RUN1_START, 120);
  await goodCrawl(store, run1, 'bolt', at(RUN1_START, 5), 200);
  await finish(store, run1, RUN1_END);

  const run2 = await store.beginRun({ command: 'probe', toolVersion: 'test', configSource: null, startedAt: new Date(RUN2_START) });
  await store.recordObservation(run2, EX.acme, failure('acme', at(RUN2_START, 0), 'start'));
  for (let i = 1; i <= 3; i++) await store.recordObservation(run2, EX.acme, failure('acme', at(RUN2_START, i), 'article', `a${i}`));
  await goodCrawl(store, run2, 'bolt', at(RUN2_START, 5), 200);
  await goodCrawl(store, run2, 'newbie', at(RUN2_START, 7), 150);
  await finish(store, run2, RUN2_END);
  return { run1, run2 };
}
