/**
 * Redirects are followed by hand: every 3xx with a Location, relative or absolute, across
 * hosts; finalUrl and redirects[] record the chain, and timings add up over the hops.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { delay, Fixtures } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

describe('redirects', () => {
  it.each([301, 302, 303, 307, 308])('%i is followed', async (status) => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/hc') return res.writeHead(status, { location: '/hc/en-us' }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Help Center</h1>');
    });
    const res = await fx.client().fetch(server.url('/hc'));
    expect(res.error).toBeNull();
    expect(res.status).toBe(200);
    expect(res.url).toBe(server.url('/hc'));
    expect(res.finalUrl).toBe(server.url('/hc/en-us'));
    expect(res.redirects).toEqual([server.url('/hc/en-us')]);
    expect(res.text).toBe('<h1>Help Center</h1>');
    expect(server.requests.map((r) => r.path)).toEqual(['/hc', '/hc/en-us']);
    expect(server.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  it.each([
    ['path-relative', 'articles/1-Deposit', '/hc/en-us/articles/1-Deposit'],
    ['dot segments', '../zh-cn/articles/2', '/hc/zh-cn/articles/2'],
    ['query only', '?page=2', '/hc/en-us/sections?page=2'],
    ['absolute path', '/hc/ru', '/hc/ru'],
  ])('a %s Location resolves against the current URL', async (_name, location, expectedPath) => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/hc/en-us/sections') return res.writeHead(302, { location }).end();
      res.end(`at ${req.url}`);
    });
    const res = await fx.client().fetch(server.url('/hc/en-us/sections'));
    expect(res.error).toBeNull();
    expect(res.finalUrl).toBe(server.url(expectedPath));
    expect(res.text).toBe(`at ${expectedPath}`);
  });

  it('a scheme-relative Location to another host (127.0.0.1 -> ::1)', async () => {
    const target = await fx.serve((req, res) => res.end(`v6 ${req.url}`), { host: '::1' });
    const origin = await fx.serve((_req, res) => res.writeHead(301, { location: `//[::1]:${target.port}/hc/en-us` }).end());
    const res = await fx.client().fetch(origin.url('/'));
    expect(res.error).toBeNull();
    expect(res.finalUrl).toBe(target.url('/hc/en-us'));
    expect(res.redirects).toEqual([target.url('/hc/en-us')]);
    expect(res.text).toBe('v6 /hc/en-us');
  });

  it('a three-hop chain: redirects in order, status of the last hop, attempts counts requests not hops', async () => {
    const server = await fx.serve((req, res) => {
      const map: Record<string, string> = { '/a': '/b', '/b': 'https-less/c', '/https-less/c': '/d' };
      const next = map[req.url ?? ''];
      if (next) return res.writeHead(307, { location: next }).end();
      res.writeHead(200).end('end of chain');
    });
    const res = await fx.client().fetch(server.url('/a'));
    expect(res.error).toBeNull();
    expect(res.redirects).toEqual([server.url('/b'), server.url('/https-less/c'), server.url('/d')]);
    expect(res.finalUrl).toBe(server.url('/d'));
    expect(res.status).toBe(200);
    // attempts = 1 + retries: following a redirect is not a retry.
    expect(res.attempts).toBe(1);
  });

  it('a retry on one hop of a chain is counted in attempts', async () => {
    let failedOnce = false;
    const server = await fx.serve((req, res) => {
      if (req.url === '/a') return res.writeHead(302, { location: '/b' }).end();
      if (!failedOnce) {
        failedOnce = true;
        return res.writeHead(503).end();
      }
      res.end('b');
    });
    const res = await fx.client({ retries: 2, backoffBaseMs: 10 }).fetch(server.url('/a'));
    expect(res.error).toBeNull();
    expect(res.attempts).toBe(2);
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/b', '/b']);
  });

  it('timings are summed over the hops', async () => {
    const server = await fx.serve(async (req, res) => {
      await delay(80);
      if (req.url === '/1') return res.writeHead(301, { location: '/2' }).end();
      if (req.url === '/2') return res.writeHead(302, { location: '/3' }).end();
      res.end('done');
    });
    const res = await fx.client().fetch(server.url('/1'), { freshConnection: true });
    expect(res.error).toBeNull();
    const { ttfbMs, totalMs, connectMs } = res.timings;
    // Each hop waits 80 ms before its headers: ttfb = hop 1 + hop 2 totals + hop 3 ttfb.
    expect(ttfbMs).toBeGreaterThanOrEqual(3 * 78);
    expect(ttfbMs).toBeLessThan(3_000);
    expect(totalMs).toBeGreaterThanOrEqual(ttfbMs as number);
    expect(typeof connectMs).toBe('number');
  });

  it('a 3xx without Location is returned as it is', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(304).end());
    const res = await fx.client().fetch(server.url('/'));
    expect(res.status).toBe(304);
    expect(res.error).toBeNull();
    expect(res.redirects).toEqual([]);
  });

  it('a fragment in a Location does not hide a loop', async () => {
    const server = await fx.serve((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b#top' : '/a#x' }).end();
    });
    const res = await fx.client().fetch(server.url('/a'));
    expect(res.error?.code).toBe('redirect_loop');
    expect(server.requests).toHaveLength(2);
  });
});
