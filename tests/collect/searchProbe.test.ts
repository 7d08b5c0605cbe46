/**
 * probeSearch against small help centers on loopback: one `search` observation per query
 * and up to topN `answer` observations for its top articles; failures recorded with their
 * codes while the probe goes on; an article shared by two questions fetched once; nothing
 * requested off the help center's hosts; robots.txt, abort and lanes respected.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createTemplateAdapter } from '../../src/collect/search/urlTemplate.js';
import { createZendeskAdapter } from '../../src/collect/search/zendeskApi.js';
import { probeSearch, type SearchProbeOptions } from '../../src/collect/search/probe.js';
import type { SearchQuery } from '../../src/collect/search/queries.js';
import type { ObservationInput } from '../../src/types/observation.js';
import { delay, Fixtures, type TestServer } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

interface Recorded {
  obs: ObservationInput;
  text: string | null;
}

function articleHtml(id: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Article ${id}</title></head><body><h1>Article ${id}</h1><p>Open Settings → Security.</p></body></html>`;
}

/** A Zendesk-shaped help center: the search API answers by query, articles are pages. */
async function startHelpCenter(other: TestServer): Promise<TestServer> {
  let origin = '';
  const art = (id: string) => `${origin}/hc/en-us/articles/${id}`;
  const result = (url: string, title: string) => ({ html_url: url, url: `${origin}/api/v2/help_center/en-us/articles/1.json`, title, snippet: `<em>${title}</em>`, updated_at: '2025-01-02T03:04:05Z', result_type: 'article' });
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const server = await fx.serve(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/robots.txt') return res.writeHead(404).end();
    if (url.pathname === '/api/v2/help_center/articles/search.json') {
      const q = url.searchParams.get('query') ?? '';
      switch (q) {
        case 'enable 2fa':
          return json(res, 200, {
            count: 4,
            results: [result(art('1-Enable'), 'Enable 2FA'), result(other.url('/hc/en-us/articles/66-Phish'), 'Elsewhere'), result(art('2-Reset'), 'Reset 2FA'), result(art('3-Backup'), 'Backup codes'), result(art('4-Fourth'), 'Fourth')],
          });
        case 'reset 2fa':
          return json(res, 200, { count: 2, results: [result(art('2-Reset'), 'Reset 2FA'), result(art('5-Lost'), 'Lost phone')] });
        case 'boom':
          res.writeHead(500, { 'content-type': 'text/html' });
          return res.end('<html><head><title>500 Internal Server Error</title></head><body>oops</body></html>');
        case 'slow':
          await delay(2_000);
          return json(res, 200, { count: 0, results: [] });
        case 'html':
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
          return res.end('<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Sign in</form></body></html>');
        case 'broken':
          return json(res, 200, '{"count":3,"results":[{"html_url":');
        case 'nothing':
          return json(res, 200, { count: 0, next_page: null, page: 1, page_count: 0, per_page: 25, previous_page: null, results: [] });
        case 'bad request':
          return json(res, 400, { error: 'InvalidSearchParameters', description: 'Bad \u0007query' });
        case 'moved':
          return json(res, 200, { count: 1, results: [result(art('9-Moved'), 'Moved away')] });
        default:
          return json(res, 200, { count: 0, results: [] });
      }
    }
    if (url.pathname === '/hc/en-us/articles/9-Moved') {
      res.writeHead(301, { location: other.url('/hc/en-us/articles/9-Moved') });
      return res.end();
    }
    const m = /^\/hc\/en-us\/articles\/(\d+)-/.exec(url.pathname);
    if (m) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(articleHtml(m[1]!));
    }
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<html><title>Not found</title></html>');
  });
  origin = server.origin;
  return server;
}

const ask = (query: string, question = 'enable-2fa'): SearchQuery => ({ question, lang: 'en', locale: 'en-us', query });

async function run(opts: Omit<SearchProbeOptions, 'onObservation' | 'exchangeId'> & { exchangeId?: string }) {
  const recorded: Recorded[] = [];
  const summary = await probeSearch({
    exchangeId: 'acme',
    ...opts,
    onObservation: async (obs, text) => {
      recorded.push({ obs, text });
    },
  });
  return { summary, recorded, searches: recorded.filter((r) => r.obs.kind === 'search'), answers: recorded.filter((r) => r.obs.kind === 'answer') };
}

function pathsOf(server: TestServer): string[] {
  return server.requests.map((r) => r.path).filter((p) => p !== '/robots.txt');
}

describe('probeSearch: observations', () => {
  it('records each search and its top 3 own-host articles, fetching a shared article once and nothing elsewhere', async () => {
    const other = await fx.serve((_req, res) => res.end(articleHtml('66')), { host: '::1' });
    const hc = await startHelpCenter(other);
    const adapter = createZendeskAdapter({ startUrl: hc.url('/hc/en-us') });
    const { summary, recorded, searches, answers } = await run({ client: fx.client(), adapter, queries: [ask('enable 2fa'), ask('reset 2fa', 'lost-2fa-device')], lanes: 1 });

    expect(searches).toHaveLength(2);
    const [first, second] = searches;
    expect(first!.obs).toMatchObject({
      exchangeId: 'acme',
      channel: 'search',
      kind: 'search',
      role: null,
      url: hc.url('/api/v2/help_center/articles/search.json?query=enable%202fa&locale=en-us&per_page=10'),
      status: 200,
      outcome: 'ok',
      errorCode: null,
      contentType: 'application/json; charset=utf-8',
    });
    expect(first!.obs.meta).toMatchObject({
      question: 'enable-2fa',
      lang: 'en',
      locale: 'en-us',
      query: 'enable 2fa',
      adapter: 'zendesk-api',
      results: 4,
      total: 4,
      top: [hc.url('/hc/en-us/articles/1-Enable'), hc.url('/hc/en-us/articles/2-Reset'), hc.url('/hc/en-us/articles/3-Backup')],
      topTitles: ['Enable 2FA', 'Reset 2FA', 'Backup codes'],
      topUpdatedAt: ['2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z'],
      offHost: 1,
      attempts: 1,
    });
    expect(JSON.parse(first!.text!).count).toBe(4);
    expect(first!.obs.body?.toString('utf8')).toBe(first!.text);

    // Each search is followed by its answers, in rank order.
    expect(recorded.map((r) => `${r.obs.kind}:${String(r.obs.meta?.['rank'] ?? '-')}`)).toEqual(['search:-', 'answer:1', 'answer:2', 'answer:3', 'search:-', 'answer:1', 'answer:2']);
    expect(answers).toHaveLength(5);
    const firstAnswer = answers[0]!;
    expect(firstAnswer.obs).toMatchObject({ channel: 'search', kind: 'answer', role: 'article', url: hc.url('/hc/en-us/articles/1-Enable'), status: 200, outcome: 'ok' });
    expect(firstAnswer.obs.meta).toEqual({
      attempts: 1,
      charsetSource: 'header',
      question: 'enable-2fa',
      lang: 'en',
      locale: 'en-us',
      rank: 1,
      fromSearch: first!.obs.url,
      title: 'Enable 2FA',
    });
    expect(firstAnswer.text).toContain('<h1>Article 1</h1>');

    // "Reset 2FA" is a result of both searches: requested once, recorded twice.
    const resets = answers.filter((a) => a.obs.url.endsWith('/2-Reset'));
    expect(resets.map((a) => [a.obs.meta?.['question'], a.obs.meta?.['rank'], a.obs.meta?.['shared'] ?? false])).toEqual([
      ['enable-2fa', 2, false],
      ['lost-2fa-device', 1, true],
    ]);
    expect(resets[1]!.obs.timings).toEqual(resets[0]!.obs.timings);
    expect(resets[1]!.obs.startedAt).toBe(resets[0]!.obs.startedAt);
    expect(resets[1]!.text).toContain('<h1>Article 2</h1>');
    expect(second!.obs.meta?.['fromSearch']).toBeUndefined();
    expect(hc.hits('/hc/en-us/articles/2-Reset')).toBe(1);
    expect(hc.hits('/hc/en-us/articles/4-Fourth')).toBe(0);
    expect(other.requests).toHaveLength(0);

    expect(summary).toEqual({
      adapter: 'zendesk-api',
      searches: 2,
      ok: 2,
      failed: 0,
      skipped: 0,
      withResults: 2,
      answers: 5,
      answersFailed: 0,
      articleFetches: 4,
      offHost: 1,
      aborted: false,
    });
  });

  it('topN bounds the articles fetched per search; topN 0 fetches none', async () => {
    const other = await fx.serve((_req, res) => res.end('x'));
    const hc = await startHelpCenter(other);
    const adapter = createZendeskAdapter({ startUrl: hc.url('/hc/en-us') });
    const one = await run({ client: fx.client(), adapter, queries: [ask('enable 2fa')], topN: 1 });
    expect(one.answers.map((a) => a.obs.url)).toEqual([hc.url('/hc/en-us/articles/1-Enable')]);
    expect(one.searches[0]!.obs.meta?.['top']).toEqual([hc.url('/hc/en-us/articles/1-Enable')]);
    expect(one.searches[0]!.obs.meta?.['results']).toBe(4);
    const none = await run({ client: fx.client(), adapter, queries: [ask('reset 2fa')], topN: 0 });
    expect(none.answers).toHaveLength(0);
    expect(none.summary).toMatchObject({ searches: 1, ok: 1, withResults: 0, articleFetches: 0 });
    expect(pathsOf(hc).filter((p) => p.includes('/articles/') && !p.includes('search'))).toEqual(['/hc/en-us/articles/1-Enable']);
  });
});

describe('probeSearch: failures are observations, and the probe goes on', () => {
  it('500, timeout, HTML instead of JSON, broken JSON, a 400 error body, zero results', async () => {
    const other = await fx.serve((_req, res) => res.end('x'));
    const hc = await startHelpCenter(other);
    const adapter = createZendeskAdapter({ startUrl: hc.url('/hc/en-us') });
    const queries = ['boom', 'slow', 'html', 'broken', 'bad request', 'nothing', 'reset 2fa'].map((q) => ask(q));
    const { summary, searches, answers } = await run({ client: fx.client({ timeoutMs: 400 }), adapter, queries, lanes: 3 });

    const byQuery = new Map(searches.map((s) => [s.obs.meta?.['query'], s]));
    expect(searches).toHaveLength(7);
    const pick = (q: string) => {
      const s = byQuery.get(q)!;
      return { outcome: s.obs.outcome, errorCode: s.obs.errorCode, status: s.obs.status, results: s.obs.meta?.['results'], searchError: s.obs.meta?.['searchError'], apiError: s.obs.meta?.['apiError'], text: s.text !== null };
    };
    expect(pick('boom')).toEqual({ outcome: 'error', errorCode: 'http_5xx', status: 500, results: null, searchError: undefined, apiError: '500 Internal Server Error', text: false });
    expect(pick('slow')).toMatchObject({ outcome: 'error', errorCode: 'timeout', results: null, text: false });
    expect(pick('html')).toEqual({ outcome: 'error', errorCode: 'unexpected_response', status: 200, results: null, searchError: 'not_json', apiError: undefined, text: true });
    expect(byQuery.get('html')!.obs.errorMessage).toContain('text/html');
    expect(pick('broken')).toMatchObject({ outcome: 'error', errorCode: 'unexpected_response', status: 200, results: null, searchError: 'malformed_json' });
    expect(pick('bad request')).toEqual({ outcome: 'error', errorCode: 'http_4xx', status: 400, results: null, searchError: undefined, apiError: 'InvalidSearchParameters: Bad query', text: false });
    expect(pick('nothing')).toEqual({ outcome: 'ok', errorCode: null, status: 200, results: 0, searchError: undefined, apiError: undefined, text: true });
    expect(byQuery.get('nothing')!.obs.meta).toMatchObject({ total: 0, top: [], topTitles: [] });
    expect(pick('reset 2fa')).toMatchObject({ outcome: 'ok', results: 2 });

    expect(answers.map((a) => a.obs.meta?.['query'] ?? a.obs.meta?.['rank'])).toEqual([1, 2]);
    expect(summary).toMatchObject({ searches: 7, ok: 2, failed: 5, skipped: 0, withResults: 1, answers: 2, articleFetches: 2, aborted: false });
  });

  it('an answer page that fails is recorded with its code', async () => {
    const hc = await fx.serve((req, res) => {
      if (req.url?.startsWith('/api/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ count: 1, results: [{ html_url: `http://${req.headers.host}/hc/en-us/articles/1-Gone`, title: 'Gone' }] }));
      }
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<html><title>404</title></html>');
    });
    const { summary, answers } = await run({ client: fx.client(), adapter: createZendeskAdapter({ startUrl: hc.url('/hc/en-us') }), queries: [ask('gone')] });
    expect(answers.map((a) => [a.obs.outcome, a.obs.errorCode, a.obs.status, a.text])).toEqual([['error', 'http_4xx', 404, null]]);
    expect(summary).toMatchObject({ answers: 1, answersFailed: 1 });
  });

  it('an article that redirects off the help center is recorded, but its text is not handed on', async () => {
    const other = await fx.serve((_req, res) => res.end(articleHtml('elsewhere')), { host: '::1' });
    const hc = await startHelpCenter(other);
    const { answers } = await run({ client: fx.client(), adapter: createZendeskAdapter({ startUrl: hc.url('/hc/en-us') }), queries: [ask('moved')] });
    expect(answers).toHaveLength(1);
    expect(answers[0]!.obs.finalUrl).toBe(other.url('/hc/en-us/articles/9-Moved'));
    expect(answers[0]!.obs.meta).toMatchObject({ offHost: true, redirects: 1 });
    expect(answers[0]!.text).toBeNull();
  });

  it('robots.txt refusals are skipped searches, never failures', async () => {
    const hc = await fx.serve((req, res) => {
      if (req.url === '/robots.txt') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('User-agent: *\nDisallow: /api/\n');
      }
      res.writeHead(500).end();
    });
    const { summary, searches } = await run({ client: fx.client({ respectRobots: true }), adapter: createZendeskAdapter({ startUrl: hc.url('/hc/en-us') }), queries: [ask('a'), ask('b')] });
    expect(searches.map((s) => [s.obs.outcome, s.obs.errorCode])).toEqual([
      ['skipped', 'robots_disallowed'],
      ['skipped', 'robots_disallowed'],
    ]);
    expect(summary).toMatchObject({ searches: 2, ok: 0, failed: 0, skipped: 2 });
    expect(pathsOf(hc)).toEqual([]);
  });

  it('a query the adapter cannot build a request for is skipped with invalid_url, and nothing is sent', async () => {
    const hc = await fx.serve((_req, res) => res.end('<html></html>'));
    const adapter = createTemplateAdapter({ template: hc.url('/{locale}/search?q={query}'), startUrl: hc.url('/'), charset: null });
    const { summary, searches } = await run({ client: fx.client(), adapter, queries: [{ question: 'enable-2fa', lang: 'en', locale: null, query: '2FA' }] });
    expect(searches[0]!.obs).toMatchObject({
      channel: 'search',
      kind: 'search',
      url: hc.url('/{locale}/search?q={query}'),
      outcome: 'skipped',
      errorCode: 'invalid_url',
      status: null,
      body: null,
      meta: { question: 'enable-2fa', lang: 'en', locale: null, query: '2FA', adapter: 'url-template', results: null },
    });
    expect(summary).toMatchObject({ searches: 1, skipped: 1 });
    expect(hc.requests).toHaveLength(0);
  });
});

describe('probeSearch: pacing and abort', () => {
  it('runs at most `lanes` searches at once', async () => {
    const hc = await fx.serve(async (_req, res) => {
      await delay(60);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"count":0,"results":[]}');
    });
    const queries = Array.from({ length: 6 }, (_, i) => ask(`q${i}`));
    const { summary } = await run({ client: fx.client({ perHostConcurrency: 8 }), adapter: createZendeskAdapter({ startUrl: hc.url('/hc/en-us') }), queries, lanes: 2 });
    expect(summary.searches).toBe(6);
    expect(hc.gauge.max).toBe(2);
  });

  it('after the signal aborts no new search starts, and the cut-short fetch is not recorded', async () => {
    const hc = await fx.serve(async (req, res) => {
      if (req.url?.includes('query=second')) await delay(5_000);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"count":0,"results":[]}');
    });
    const controller = new AbortController();
    const queries = [ask('first'), ask('second'), ask('third'), ask('fourth')];
    const recorded: ObservationInput[] = [];
    const t0 = Date.now();
    const pending = probeSearch({
      client: fx.client({ timeoutMs: 10_000 }),
      exchangeId: 'acme',
      adapter: createZendeskAdapter({ startUrl: hc.url('/hc/en-us') }),
      queries,
      lanes: 1,
      signal: controller.signal,
      onObservation: async (obs) => {
        recorded.push(obs);
      },
    });
    await hc.waitForRequests(2);
    controller.abort();
    const summary = await pending;
    expect(Date.now() - t0).toBeLessThan(4_000);
    expect(recorded.map((o) => o.meta?.['query'])).toEqual(['first']);
    expect(summary).toMatchObject({ searches: 1, aborted: true });
    expect(hc.requests.map((r) => new URL(r.path, 'http://x').searchParams.get('query'))).toEqual(['first', 'second']);
  });

  it('an error thrown by onObservation (the store failing) stops the lanes and is rethrown', async () => {
    const hc = await fx.serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"count":0,"results":[]}');
    });
    const queries = Array.from({ length: 10 }, (_, i) => ask(`q${i}`));
    let calls = 0;
    await expect(
      probeSearch({
        client: fx.client(),
        exchangeId: 'acme',
        adapter: createZendeskAdapter({ startUrl: hc.url('/hc/en-us') }),
        queries,
        lanes: 2,
        onObservation: async () => {
          calls++;
          throw new Error('database is locked');
        },
      }),
    ).rejects.toThrow('database is locked');
    expect(calls).toBeLessThanOrEqual(2);
    expect(hc.requests.length).toBeLessThanOrEqual(2);
  });
});
