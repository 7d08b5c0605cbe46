/**
 * crawlHelpCenter against a small Zendesk-shaped help center on loopback: the start page,
 * then up to maxPages listing and article pages, one observation per URL, robots refusals
 * skipped, failures recorded with their codes, other sites never fetched.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawlHelpCenter, type CrawlOptions } from '../../src/collect/helpCenter/crawl.js';
import type { PageLink } from '../../src/types/facts.js';
import type { ObservationInput } from '../../src/types/observation.js';
import { Fixtures, type TestServer } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

/** A stand-in for the judge's discoverLinks: every <a href>, made absolute, role by URL shape. No same-site filter. */
function discoverLinks(page: { html: string; url: string }): PageLink[] {
  const links: PageLink[] = [];
  for (const match of page.html.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)) {
    let url: URL;
    try {
      url = new URL(match[1] ?? '', page.url);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    const role = /\/categories\//.test(url.pathname)
      ? 'category'
      : /\/sections\//.test(url.pathname)
        ? 'section'
        : /\/articles\//.test(url.pathname)
          ? 'article'
          : 'other';
    links.push({ url: url.href, text: match[2] ?? '', role });
  }
  return links;
}

const BASE = '/hc/en-us';
const A = (id: string) => `${BASE}/articles/${id}`;

function html(title: string, links: string[]): string {
  const items = links.map((href, i) => `<li><a href="${href}">Link ${i}</a></li>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><ul>${items}</ul></body></html>`;
}

interface Site {
  server: TestServer;
  other: TestServer;
  /** Page paths requested, in arrival order (robots.txt excluded). */
  pagePaths(): string[];
}

/**
 * Start page -> 2 categories + 1 section + articles (one disallowed by robots.txt, one that
 * answers 500, one old URL that redirects to another linked article, one on another site);
 * categories -> sections + articles; sections -> 8 articles each; articles link back (a loop).
 */
async function startSite(): Promise<Site> {
  const other = await fx.serve((_req, res) => res.end(html('Someone else', [])), { host: '::1' });
  const otherArticle = other.url(A('9-Not-ours'));
  const pages: Record<string, string[]> = {
    [BASE]: [
      `${BASE}/categories/1-Account`,
      `${BASE}/categories/2-Funds`,
      `${BASE}/sections/10-Deposits`,
      A('666-Internal'),
      A('500-Broken'),
      A('old-201'),
      A('201-Withdraw'),
      `${A('101-Enable-2FA')}#comments`,
      otherArticle,
      BASE,
      '/',
      `${BASE}/requests/new`,
      'mailto:support@exchange.example',
    ],
    [`${BASE}/categories/1-Account`]: [`${BASE}/sections/11-Security`, `${BASE}/sections/12-Profile`, A('101-Enable-2FA'), A('102-Reset-password'), BASE],
    [`${BASE}/categories/2-Funds`]: [`${BASE}/sections/21-Withdrawals`, A('201-Withdraw'), A('202-Fees'), otherArticle],
  };
  for (const section of ['10-Deposits', '11-Security', '12-Profile', '21-Withdrawals']) {
    pages[`${BASE}/sections/${section}`] = Array.from({ length: 8 }, (_, i) => A(`${section.slice(0, 2)}${i}-Article`));
  }
  const server = await fx.serve((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end(`User-agent: *\nDisallow: ${A('666')}\n`);
    if (path === A('500-Broken')) return res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>Internal error</h1>');
    if (path === A('old-201')) return res.writeHead(301, { location: A('201-Withdraw') }).end();
    const links = pages[path] ?? (path.startsWith(`${BASE}/articles/`) ? [A('101-Enable-2FA'), A('102-Reset-password'), `${BASE}/categories/1-Account`, BASE] : null);
    if (!links) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(`Page ${path}`, links));
  });
  return { server, other, pagePaths: () => server.requests.map((r) => r.path).filter((p) => p !== '/robots.txt') };
}

interface Seen {
  obs: ObservationInput;
  text: string | null;
}

function crawl(site: Site, over: Partial<CrawlOptions> & { clientOptions?: Parameters<Fixtures['client']>[0] } = {}) {
  const seen: Seen[] = [];
  const { clientOptions, ...rest } = over;
  const client = fx.client({ respectRobots: true, retries: 1, backoffBaseMs: 5, perHostConcurrency: 2, ...clientOptions });
  const done = crawlHelpCenter({
    client,
    exchangeId: 'acme',
    startUrl: site.server.url(BASE),
    maxPages: 8,
    discoverLinks,
    onPage: async (obs, text) => {
      seen.push({ obs, text });
    },
    ...rest,
  });
  return { seen, done };
}

describe('crawlHelpCenter on a Zendesk-shaped site', () => {
  let site: Site;
  beforeEach(async () => {
    site = await startSite();
  });

  it('one lane: the exact pages, in order, with listings first and every outcome recorded', async () => {
    const { seen, done } = crawl(site, { lanes: 1 });
    const summary = await done;
    const u = (path: string) => site.server.url(path);

    expect(seen.map((s) => [s.obs.role, s.obs.url])).toEqual([
      ['start', u(BASE)],
      ['category', u(`${BASE}/categories/1-Account`)],
      ['category', u(`${BASE}/categories/2-Funds`)],
      ['section', u(`${BASE}/sections/10-Deposits`)],
      ['article', u(A('666-Internal'))],
      ['article', u(A('500-Broken'))],
      ['article', u(A('old-201'))],
      // 201-Withdraw was reached through the redirect: not fetched again.
      ['article', u(A('101-Enable-2FA'))],
      ['article', u(A('102-Reset-password'))],
    ]);
    expect(summary).toEqual({ pages: 9, ok: 7, failed: 1, skipped: 1 });

    const byUrl = new Map(seen.map((s) => [s.obs.url, s]));
    const skipped = byUrl.get(u(A('666-Internal')));
    expect(skipped?.obs.outcome).toBe('skipped');
    expect(skipped?.obs.errorCode).toBe('robots_disallowed');
    expect(skipped?.obs.status).toBeNull();
    expect(skipped?.text).toBeNull();

    const broken = byUrl.get(u(A('500-Broken')));
    expect(broken?.obs.outcome).toBe('error');
    expect(broken?.obs.errorCode).toBe('http_5xx');
    expect(broken?.obs.status).toBe(500);
    expect(broken?.obs.meta?.attempts).toBe(2);
    expect(broken?.text).toBeNull();

    const moved = byUrl.get(u(A('old-201')));
    expect(moved?.obs.outcome).toBe('ok');
    expect(moved?.obs.finalUrl).toBe(u(A('201-Withdraw')));
    expect(moved?.obs.meta?.redirects).toBe(1);

    expect(site.server.hits(A('201-Withdraw'))).toBe(1);
    expect(site.server.hits(A('666-Internal'))).toBe(0);
    expect(site.server.hits(A('500-Broken'))).toBe(2); // one retry
    expect(site.other.requests).toHaveLength(0);
  });

  it('default lanes: 1 + maxPages observations, no URL twice, other sites never fetched', async () => {
    const { seen, done } = crawl(site, { maxPages: 12 });
    const summary = await done;
    expect(seen).toHaveLength(13);
    expect(summary.pages).toBe(13);
    expect(summary.ok + summary.failed + summary.skipped).toBe(13);

    const urls = seen.map((s) => s.obs.url);
    expect(new Set(urls).size).toBe(urls.length);
    const paths = site.pagePaths();
    const counts = new Map<string, number>();
    for (const p of paths) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (const [path, n] of counts) {
      // The 500 page is retried once; a redirect target may be reached once more through the redirect.
      const allowed = path === A('500-Broken') ? 2 : path === A('201-Withdraw') ? 2 : 1;
      expect(n, path).toBeLessThanOrEqual(allowed);
    }
    expect(site.other.requests).toHaveLength(0);
    expect(urls.some((url) => url.includes('9-Not-ours'))).toBe(false);
    expect(site.server.hits('/robots.txt')).toBe(1);

    // Listing pages are taken before the budget goes to articles: the first three pages after the start.
    expect(paths.slice(1, 4).sort()).toEqual([`${BASE}/categories/1-Account`, `${BASE}/categories/2-Funds`, `${BASE}/sections/10-Deposits`].sort());
    expect(seen.filter((s) => s.obs.role === 'category' || s.obs.role === 'section').length).toBeGreaterThanOrEqual(3);
    expect(seen.filter((s) => s.obs.role === 'article').length).toBeGreaterThan(0);

    // Text only for pages fetched successfully.
    for (const { obs, text } of seen) {
      if (obs.outcome === 'ok') expect(text, obs.url).toMatch(/<title>Page /);
      else expect(text, obs.url).toBeNull();
      expect(obs.exchangeId).toBe('acme');
      expect(obs.channel).toBe('helpCenter');
      expect(obs.kind).toBe('page');
      expect(Number.isNaN(Date.parse(obs.startedAt))).toBe(false);
    }
  });

  it('the start page is fetched first, on a fresh connection', async () => {
    const { seen, done } = crawl(site);
    await done;
    const start = seen[0];
    expect(start?.obs.role).toBe('start');
    expect(start?.obs.outcome).toBe('ok');
    expect(typeof start?.obs.timings.connectMs).toBe('number');
    const startRequest = site.server.requests.find((r) => r.path === BASE);
    expect(startRequest?.onConnection).toBe(1);
    expect(startRequest?.headers.connection).toBe('close');
    // ... while later pages reuse pooled connections.
    expect(seen.slice(1).some((s) => s.obs.timings.connectMs === null)).toBe(true);
  });

  it('observations carry what the store needs', async () => {
    const { seen, done } = crawl(site, { maxPages: 2 });
    await done;
    const start = seen[0]?.obs;
    expect(start?.status).toBe(200);
    expect(start?.contentType).toBe('text/html; charset=utf-8');
    expect(start?.charset).toBe('utf-8');
    expect(start?.body?.toString('utf8')).toMatch(/<h1>Page \/hc\/en-us<\/h1>/);
    expect(start?.bytes).toBe(start?.body?.length);
    expect(start?.errorCode).toBeNull();
    expect(start?.errorMessage).toBeNull();
    expect(start?.meta?.attempts).toBe(1);
  });

  it('maxPages 0 fetches the start page only', async () => {
    const { seen, done } = crawl(site, { maxPages: 0 });
    expect(await done).toEqual({ pages: 1, ok: 1, failed: 0, skipped: 0 });
    expect(seen).toHaveLength(1);
    expect(site.pagePaths()).toEqual([BASE]);
  });

  it('links returned by onPage are used instead of discoverLinks', async () => {
    const seen: ObservationInput[] = [];
    let discoverCalls = 0;
    await crawlHelpCenter({
      client: fx.client({ respectRobots: true }),
      exchangeId: 'acme',
      startUrl: site.server.url(BASE),
      maxPages: 5,
      discoverLinks: (page) => {
        discoverCalls++;
        return discoverLinks(page);
      },
      onPage: async (obs, text) => {
        seen.push(obs);
        if (text === null) return;
        // Only article links, as a judge might return them.
        return discoverLinks({ html: text, url: obs.finalUrl ?? obs.url }).filter((l) => l.role === 'article');
      },
    });
    expect(discoverCalls).toBe(0);
    expect(seen).toHaveLength(6);
    expect(seen.slice(1).every((o) => o.role === 'article')).toBe(true);
  });
});

describe('crawlHelpCenter edge cases', () => {
  it('a site with fewer pages than maxPages: every page once, then stop', async () => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(404).end();
      const links: Record<string, string[]> = {
        '/hc': ['/hc/categories/1', '/hc/articles/1', '/hc/articles/2'],
        '/hc/categories/1': ['/hc/articles/1', '/hc/articles/2', '/hc/articles/3', '/hc'],
        '/hc/articles/1': ['/hc/articles/2', '/hc/articles/1'],
        '/hc/articles/2': ['/hc/articles/1'],
        '/hc/articles/3': ['/hc'],
      };
      const list = links[req.url ?? ''];
      if (!list) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html' }).end(html(req.url ?? '', list));
    });
    const seen: ObservationInput[] = [];
    const summary = await crawlHelpCenter({
      client: fx.client({ respectRobots: true }),
      exchangeId: 'tiny',
      startUrl: server.url('/hc'),
      maxPages: 20,
      discoverLinks,
      onPage: async (obs) => {
        seen.push(obs);
      },
    });
    expect(summary).toEqual({ pages: 5, ok: 5, failed: 0, skipped: 0 });
    expect(seen.map((o) => new URL(o.url).pathname).sort()).toEqual(['/hc', '/hc/articles/1', '/hc/articles/2', '/hc/articles/3', '/hc/categories/1']);
    expect(server.requests.filter((r) => r.path !== '/robots.txt')).toHaveLength(5);
  });

  it('a failing start page is one error observation and nothing more', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end(html('nope', ['/hc/articles/1'])));
    const seen: Array<{ obs: ObservationInput; text: string | null }> = [];
    const summary = await crawlHelpCenter({
      client: fx.client(),
      exchangeId: 'gone',
      startUrl: server.url('/hc'),
      maxPages: 5,
      discoverLinks,
      onPage: async (obs, text) => {
        seen.push({ obs, text });
      },
    });
    expect(summary).toEqual({ pages: 1, ok: 0, failed: 1, skipped: 0 });
    expect(seen[0]?.obs.errorCode).toBe('http_4xx');
    expect(seen[0]?.obs.status).toBe(404);
    expect(seen[0]?.text).toBeNull();
    expect(server.requests).toHaveLength(1);
  });

  it('an unreachable help center is one dns_error observation', async () => {
    const seen: ObservationInput[] = [];
    const summary = await crawlHelpCenter({
      client: fx.client({ respectRobots: true }),
      exchangeId: 'dead',
      startUrl: 'https://support.dead-exchange.invalid/hc/en-us',
      maxPages: 5,
      discoverLinks,
      onPage: async (obs) => {
        seen.push(obs);
      },
    });
    expect(summary).toEqual({ pages: 1, ok: 0, failed: 1, skipped: 0 });
    expect(seen[0]?.outcome).toBe('error');
    expect(seen[0]?.errorCode).toBe('dns_error');
  });

  it('a start page disallowed by robots.txt is skipped', async () => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: supportscope\nDisallow: /\n');
      res.end('never');
    });
    const seen: ObservationInput[] = [];
    const summary = await crawlHelpCenter({
      client: fx.client({ respectRobots: true }),
      exchangeId: 'private',
      startUrl: server.url('/hc'),
      maxPages: 5,
      discoverLinks,
      onPage: async (obs) => {
        seen.push(obs);
      },
    });
    expect(summary).toEqual({ pages: 1, ok: 0, failed: 0, skipped: 1 });
    expect(seen[0]?.outcome).toBe('skipped');
    expect(seen[0]?.errorCode).toBe('robots_disallowed');
    expect(server.hits('/hc')).toBe(0);
  });

  it('a start page that redirects: links resolve against the final URL, the final URL is not fetched again', async () => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/') return res.writeHead(302, { location: '/hc/en-us' }).end();
      if (req.url === '/hc/en-us') return res.writeHead(200, { 'content-type': 'text/html' }).end(html('home', ['articles/1', '/hc/en-us', '/']));
      res.writeHead(200, { 'content-type': 'text/html' }).end(html(req.url ?? '', ['/hc/en-us', '/']));
    });
    const seen: ObservationInput[] = [];
    await crawlHelpCenter({
      client: fx.client(),
      exchangeId: 'moved',
      startUrl: server.url('/'),
      maxPages: 5,
      discoverLinks: (page) => discoverLinks(page).map((l) => (l.role === 'other' ? { ...l, role: 'category' as const } : l)),
      onPage: async (obs) => {
        seen.push(obs);
      },
    });
    expect(seen[0]?.finalUrl).toBe(server.url('/hc/en-us'));
    expect(server.hits('/hc/en-us')).toBe(1);
    expect(server.hits('/')).toBe(1);
    // 'articles/1' on /hc/en-us resolves to /hc/articles/1 (against the final URL, not /).
    expect(server.hits('/hc/articles/1')).toBe(1);
  });

  it('a redirect to another site is recorded but its links are not followed', async () => {
    const elsewhere = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('elsewhere', ['/hc/articles/77'])), {
      host: '::1',
    });
    const server = await fx.serve((req, res) => {
      if (req.url === '/hc') return res.writeHead(200, { 'content-type': 'text/html' }).end(html('home', ['/hc/articles/1']));
      res.writeHead(301, { location: elsewhere.url('/landing') }).end();
    });
    const seen: ObservationInput[] = [];
    await crawlHelpCenter({
      client: fx.client(),
      exchangeId: 'hop',
      startUrl: server.url('/hc'),
      maxPages: 5,
      discoverLinks,
      onPage: async (obs) => {
        seen.push(obs);
      },
    });
    expect(seen.map((o) => o.url)).toEqual([server.url('/hc'), server.url('/hc/articles/1')]);
    expect(elsewhere.hits('/landing')).toBe(1);
    expect(elsewhere.hits('/hc/articles/77')).toBe(0);
  });

  it('an aborted crawl stops taking new pages', async () => {
    const server = await fx.serve((req, res) => {
      const links = Array.from({ length: 30 }, (_, i) => `/hc/articles/${i}`);
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(html(req.url ?? '', links)), 30);
    });
    const controller = new AbortController();
    const seen: ObservationInput[] = [];
    await crawlHelpCenter({
      client: fx.client(),
      exchangeId: 'abort',
      startUrl: server.url('/hc'),
      maxPages: 30,
      lanes: 1,
      discoverLinks,
      signal: controller.signal,
      onPage: async (obs) => {
        seen.push(obs);
        if (seen.length === 3) controller.abort();
      },
    });
    expect(seen).toHaveLength(3);
    expect(server.requests).toHaveLength(3);
  });
});
