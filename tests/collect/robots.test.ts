/**
 * robots.txt per RFC 9309 against real servers: rules for our token and for `*`, the
 * unavailable (4xx = allow all) and unreachable (5xx = disallow all) cases, Crawl-delay
 * as a per-host spacing, and one robots.txt fetch per origin.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Fixtures, gaps, type SeenRequest } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

/** A site whose robots.txt answers `robots` (a body, or a status) and whose pages say their path. */
async function site(robots: string | number) {
  return fx.serve((req, res) => {
    if (req.url === '/robots.txt') {
      if (typeof robots === 'number') return res.writeHead(robots, { 'content-type': 'text/html' }).end('<h1>robots says no</h1>');
      return res.writeHead(200, { 'content-type': 'text/plain' }).end(robots);
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${req.url}</p>`);
  });
}

const pageRequests = (requests: SeenRequest[]): SeenRequest[] => requests.filter((r) => r.path !== '/robots.txt');

describe('rules', () => {
  it('a path disallowed for supportscope (but allowed for *) is refused', async () => {
    const server = await site('User-agent: *\nAllow: /\n\nUser-agent: supportscope\nDisallow: /hc/en-us/requests\n');
    const client = fx.client({ respectRobots: true });
    const refused = await client.fetch(server.url('/hc/en-us/requests/new'));
    expect(refused.error?.code).toBe('robots_disallowed');
    expect(refused.error?.message).toMatch(/supportscope/);
    expect(refused.status).toBeNull();
    const fine = await client.fetch(server.url('/hc/en-us/articles/1'));
    expect(fine.error).toBeNull();
    expect(pageRequests(server.requests).map((r) => r.path)).toEqual(['/hc/en-us/articles/1']);
  });

  it('a path disallowed for * but allowed for supportscope is fetched (our group wins)', async () => {
    const server = await site('User-agent: *\nDisallow: /hc/\n\nUser-agent: supportscope\nAllow: /hc/\n');
    const res = await fx.client({ respectRobots: true }).fetch(server.url('/hc/en-us'));
    expect(res.error).toBeNull();
    expect(res.text).toBe('<p>/hc/en-us</p>');
  });

  it('a disallow for * applies when there is no group for supportscope', async () => {
    const server = await site('User-agent: Googlebot\nAllow: /\n\nUser-agent: *\nDisallow: /hc/en-us/search\n');
    const client = fx.client({ respectRobots: true });
    expect((await client.fetch(server.url('/hc/en-us/search?query=2fa'))).error?.code).toBe('robots_disallowed');
    expect((await client.fetch(server.url('/hc/en-us'))).error).toBeNull();
  });

  it('the user-agent line matches case-insensitively, and the longest rule wins', async () => {
    const server = await site('User-Agent: SupportScope\nDisallow: /hc/\nAllow: /hc/en-us/articles/\n');
    const client = fx.client({ respectRobots: true });
    expect((await client.fetch(server.url('/hc/en-us/articles/42-Withdraw'))).error).toBeNull();
    expect((await client.fetch(server.url('/hc/en-us/sections/7'))).error?.code).toBe('robots_disallowed');
  });

  it('a redirect to a disallowed path is refused before the target is requested', async () => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
      if (req.url === '/go') return res.writeHead(302, { location: '/private/area' }).end();
      res.end('should not be served');
    });
    const res = await fx.client({ respectRobots: true }).fetch(server.url('/go'));
    expect(res.error?.code).toBe('robots_disallowed');
    expect(res.redirects).toEqual([server.url('/private/area')]);
    expect(server.hits('/private/area')).toBe(0);
  });

  it('an HTML page served as robots.txt has no rules: everything allowed', async () => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Welcome</h1></body></html>');
      res.end('page');
    });
    const res = await fx.client({ respectRobots: true }).fetch(server.url('/hc'));
    expect(res.error).toBeNull();
  });

  it('a robots.txt reached through a redirect is used', async () => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(301, { location: '/static/robots.txt' }).end();
      if (req.url === '/static/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /secret\n');
      res.end('page');
    });
    const client = fx.client({ respectRobots: true });
    expect((await client.fetch(server.url('/secret'))).error?.code).toBe('robots_disallowed');
    expect((await client.fetch(server.url('/open'))).error).toBeNull();
  });

  it('respectRobots: false never asks for robots.txt', async () => {
    const server = await site('User-agent: *\nDisallow: /\n');
    const res = await fx.client({ respectRobots: false }).fetch(server.url('/hc'));
    expect(res.error).toBeNull();
    expect(server.hits('/robots.txt')).toBe(0);
  });
});

describe('unavailable and unreachable robots.txt', () => {
  it.each([404, 410, 401, 403])('%i robots.txt: everything allowed', async (status) => {
    const server = await site(status);
    const client = fx.client({ respectRobots: true });
    const res = await client.fetch(server.url('/hc/en-us'));
    expect(res.error).toBeNull();
    const policy = await client.robotsPolicyFor(server.url('/'));
    expect(policy?.outcome).toBe('allow-all');
    expect(policy?.status).toBe(status);
  });

  it.each([500, 503, 429])('%i robots.txt: everything disallowed, the page recorded as robots_disallowed', async (status) => {
    const server = await site(status);
    const client = fx.client({ respectRobots: true });
    const res = await client.fetch(server.url('/hc/en-us'));
    expect(res.error?.code).toBe('robots_disallowed');
    expect(res.error?.message).toContain(String(status));
    expect(server.hits('/hc/en-us')).toBe(0);
    expect((await client.robotsPolicyFor(server.url('/')))?.outcome).toBe('disallow-all');
    expect(await client.robotsAllowed(server.url('/anything'))).toBe(false);
  });

  it('a host that does not resolve is a dns_error, not a robots refusal', async () => {
    const res = await fx.client({ respectRobots: true }).fetch('https://help.gone-exchange.invalid/hc/en-us');
    expect(res.error?.code).toBe('dns_error');
    expect(res.error?.message).toMatch(/robots\.txt/);
  });

  it('a server that never answers is a timeout, not a robots refusal', async () => {
    const server = await fx.serve(() => undefined);
    const res = await fx.client({ respectRobots: true, timeoutMs: 200 }).fetch(server.url('/hc'));
    expect(res.error?.code).toBe('timeout');
    expect(server.hits('/hc')).toBe(0);
  });

  it('a robots.txt that breaks off (reset) is connection_reset for the page', async () => {
    const raw = await fx.serveRaw((socket) => socket.destroy());
    const res = await fx.client({ respectRobots: true }).fetch(raw.url('/hc'));
    expect(res.error?.code).toBe('connection_reset');
    expect(raw.heads.every((h) => h.startsWith('GET /robots.txt '))).toBe(true);
  });
});

describe('one fetch per origin', () => {
  it('robots.txt is fetched once for many (concurrent) fetches, once per origin', async () => {
    const a = await site('User-agent: *\nDisallow: /no\n');
    const b = await site('User-agent: *\nDisallow: /no\n');
    const client = fx.client({ respectRobots: true });
    const urls = [a.url('/1'), a.url('/2'), a.url('/no'), b.url('/1'), a.url('/3'), b.url('/no'), b.url('/2')];
    const results = await Promise.all(urls.map((u) => client.fetch(u)));
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'robots_disallowed', 'ok', 'ok', 'robots_disallowed', 'ok']);
    await client.fetch(a.url('/4'));
    expect(a.hits('/robots.txt')).toBe(1);
    expect(b.hits('/robots.txt')).toBe(1);
    // robots.txt came first on each origin.
    expect(a.requests[0]?.path).toBe('/robots.txt');
    expect(b.requests[0]?.path).toBe('/robots.txt');
  });

  it('the robots.txt request carries our User-Agent', async () => {
    const server = await site('User-agent: *\nAllow: /\n');
    const client = fx.client({ respectRobots: true });
    await client.fetch(server.url('/'));
    expect(server.requests[0]?.headers['user-agent']).toBe(client.userAgent);
  });
});

describe('Crawl-delay', () => {
  it('raises the spacing between request starts on that host', async () => {
    const server = await site('User-agent: supportscope\nCrawl-delay: 0.3\nDisallow: /private\n');
    const client = fx.client({ respectRobots: true, politenessDelayMs: 0, perHostConcurrency: 4 });
    const results = await Promise.all(['/a', '/b', '/c'].map((p) => client.fetch(server.url(p))));
    expect(results.every((r) => r.error === null)).toBe(true);
    const starts = gaps(pageRequests(server.requests));
    expect(starts).toHaveLength(2);
    for (const gap of starts) {
      expect(gap).toBeGreaterThanOrEqual(285);
      expect(gap).toBeLessThan(2_000);
    }
    expect((await client.robotsPolicyFor(server.url('/')))?.crawlDelayMs).toBe(300);
  });

  it('does not slow another host', async () => {
    const slow = await site('User-agent: *\nCrawl-delay: 5\n');
    const other = await site('User-agent: *\nAllow: /\n');
    const client = fx.client({ respectRobots: true });
    expect((await client.robotsPolicyFor(slow.url('/')))?.crawlDelayMs).toBe(5_000); // `slow` now has a 5 s floor
    const started = performance.now();
    const results = await Promise.all(['/a', '/b', '/c'].map((p) => client.fetch(other.url(p))));
    expect(results.every((r) => r.error === null)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a huge Crawl-delay is capped at 10 s', async () => {
    const server = await site('User-agent: *\nCrawl-delay: 86400\n');
    const client = fx.client({ respectRobots: true });
    expect((await client.robotsPolicyFor(server.url('/')))?.crawlDelayMs).toBe(10_000);
  });

  it('politenessDelayMs is a floor that Crawl-delay cannot lower', async () => {
    const server = await site('User-agent: *\nCrawl-delay: 0.05\n');
    const client = fx.client({ respectRobots: true, politenessDelayMs: 250 });
    await Promise.all(['/a', '/b'].map((p) => client.fetch(server.url(p))));
    const [gap] = gaps(pageRequests(server.requests));
    expect(gap).toBeGreaterThanOrEqual(235);
  });
});
