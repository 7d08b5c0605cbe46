// Crawl 1,000 pages of ~100 KB from loopback at concurrency 32: supportscope's probe (fetch,
// judge, store) against a bare undici + cheerio loop doing the same fetches and parses.
// Targets: at most 1.3x the bare loop's time; peak RSS <= 200 MB. Each side runs in its
// own process (peak RSS is per process); the site is a third process.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { line, median, requireBuild } from './lib.mjs';

const mode = process.argv[2];
const CONCURRENCY = 32;

if (mode === 'ours') {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { probe, parseConfig, openSqliteStore } = await import('../dist/index.js');
  const [url, pages] = [process.argv[3], Number(process.argv[4])];
  const dir = mkdtempSync(join(tmpdir(), 'ss-bench-crawl-'));
  const config = parseConfig(
    {
      exchanges: [{ id: 'bench', name: 'Bench', channels: { helpCenter: { url, maxPages: pages + 10 } } }],
      probe: { concurrency: CONCURRENCY, perHostConcurrency: CONCURRENCY, politenessDelayMs: 0, retries: 0, timeoutMs: 30_000 },
    },
    'bench',
  );
  const store = openSqliteStore(join(dir, 'crawl.db'));
  const t0 = performance.now();
  const summary = await probe({ config, store, channels: ['helpCenter'] });
  const ms = performance.now() - t0;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.send({ ms, rssKb: process.resourceUsage().maxRSS, pages: summary.observations, failures: summary.failures, mem: process.memoryUsage() });
} else if (mode === 'bare') {
  const { Agent, request } = await import('undici');
  const { load } = await import('cheerio');
  const [url] = [process.argv[3]];
  const agent = new Agent({ connections: CONCURRENCY });
  const get = async (u) => {
    const res = await request(u, { dispatcher: agent, headers: { 'user-agent': 'bench' } });
    const text = await res.body.text();
    return load(text);
  };
  const t0 = performance.now();
  // The same walk as the probe: the start page, its section pages, their articles.
  const links = ($, base) => $('a[href]').toArray().map((a) => new URL(a.attribs.href, base).href);
  const sections = links(await get(url), url);
  const queue = (await Promise.all(sections.map(async (u) => links(await get(u), u)))).flat();
  let n = 1 + sections.length;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let u = queue.shift(); u; u = queue.shift()) {
        const page = await get(u);
        page('a[href]').length; // read its links, as a crawler does
        n++;
      }
    }),
  );
  const ms = performance.now() - t0;
  await agent.close();
  process.send({ ms, rssKb: process.resourceUsage().maxRSS, pages: n, failures: 0 });
} else {
  requireBuild();
  const self = fileURLToPath(import.meta.url);
  const PAGES = Number(process.env.PAGES ?? 1000);
  const RUNS = Number(process.env.RUNS ?? 3);
  const site = fork(fileURLToPath(new URL('crawl-site.mjs', import.meta.url)), [], { env: { ...process.env, PAGES: String(PAGES) } });
  const { url, bytes } = await new Promise((r) => site.once('message', r));
  const run = (which) =>
    new Promise((resolve, reject) => {
      const child = fork(self, [which, url, String(PAGES)]);
      child.once('message', resolve);
      child.once('exit', (code) => (code ? reject(new Error(`${which} exited ${code}`)) : undefined));
    });
  const results = { bare: [], ours: [] };
  for (let i = 0; i < RUNS; i++) {
    results.bare.push(await run('bare'));
    results.ours.push(await run('ours'));
  }
  site.kill();
  const t = (k) => median(results[k].map((r) => r.ms));
  const rss = (k) => Math.max(...results[k].map((r) => r.rssKb)) / 1024;
  console.log(`# crawl of ${PAGES} pages (${(bytes / PAGES / 1024).toFixed(0)} KB each) at concurrency ${CONCURRENCY}, median of ${RUNS}`);
  line('bare undici + cheerio', `${t('bare').toFixed(0)} ms`);
  line(`supportscope probe (fetch + judge + store), ${results.ours[0].pages} obs`, `${t('ours').toFixed(0)} ms`);
  line('ratio probe / bare', `${(t('ours') / t('bare')).toFixed(2)}×`, '≤ 1.3×');
  line('peak RSS, bare', `${rss('bare').toFixed(0)} MB`);
  line('peak RSS, probe', `${rss('ours').toFixed(0)} MB`, '≤ 200 MB');
}
