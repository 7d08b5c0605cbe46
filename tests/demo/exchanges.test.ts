/**
 * The simulated exchanges as files: every exchange.json validates, names are
 * fictional, `pages` lists exactly what the site serves, the fixtures match their
 * generator, the fleet fits the demo's time budget, and the quality differences
 * each exchange claims in `shows` are really in its pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/config/catalog.js';
import { listExchangeIds, loadExchange, type LoadedExchange } from '../../src/demo/exchangeSpec.js';
import { defaultFixturesDir, recommendedProbeSettings } from '../../src/demo/fleet.js';
import { worstCaseCrawl, worstCaseFleetCrawlMs } from '../../src/demo/probeBudget.js';
import { resolveSitePath } from '../../src/demo/sitePaths.js';
import { expandDatePlaceholders } from '../../src/demo/datePlaceholders.js';
import { drift } from '../../fixtures/exchanges/_src/build.mjs';

const FIXTURES = defaultFixturesDir();
const ids = await listExchangeIds(FIXTURES);
const loaded: LoadedExchange[] = await Promise.all(ids.map((id) => loadExchange(FIXTURES, id)));
const byId = (id: string): LoadedExchange => {
  const x = loaded.find((l) => l.spec.id === id);
  if (!x) throw new Error(`no exchange ${id}`);
  return x;
};

function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...walk(full, rel));
    else out.push(rel);
  }
  return out;
}

/** The served text of every file a spec lists as a page, expanded at a fixed time. */
async function pageTexts(x: LoadedExchange, now: Date): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const p of x.spec.pages) {
    const found = await resolveSitePath(x.siteDir, p);
    if (found.kind === 'file') out.set(p, expandDatePlaceholders(readFileSync(found.file, 'utf8'), now));
  }
  return out;
}

const NOW = new Date('2026-11-25T06:00:00Z');
const DAY = 86_400_000;

function timeDatetimes(html: string): Date[] {
  // `\s` before datetime: Zendesk's <time> also carries data-datetime="calendar".
  return [...html.matchAll(/<time\b[^>]*?\sdatetime="([^"]+)"/gi)].map((m) => new Date(m[1]!)).filter((d) => !Number.isNaN(d.getTime()));
}

describe('the simulated exchanges on disk', () => {
  it('has the eight exchanges of the brief, each with a valid exchange.json', () => {
    expect(ids).toEqual(['aurora', 'dustvault', 'flakybit', 'lanternfly', 'longmen', 'polarbirzha', 'simorgh', 'tortoise']);
    for (const x of loaded) {
      expect(x.spec.shows.length).toBeGreaterThanOrEqual(3);
      expect(x.spec.pages).toContain(x.spec.startPath);
      expect(x.spec.pages).toContain('/robots.txt');
      expect(statSync(path.join(x.siteDir, x.spec.notFoundPage)).isFile()).toBe(true);
      expect(path.basename(x.spec.notFoundPage).startsWith('_')).toBe(true);
    }
  });

  it('uses fictional names only: no catalog exchange name, id or domain appears in a spec or page', async () => {
    const names = CATALOG.map((c) => c.name.toLowerCase());
    const catalogIds = CATALOG.map((c) => c.id);
    const domains = CATALOG.flatMap((c) => [
      ...(c.domains ?? []),
      ...Object.values(c.channels)
        .flatMap((ch) => (ch && typeof ch === 'object' && 'url' in ch && typeof ch.url === 'string' ? [ch.url] : []))
        .map((u) => new URL(u).hostname.replace(/^(?:www|support|help|status)\./, '')),
    ]);
    expect(domains.length).toBeGreaterThan(10);
    for (const x of loaded) {
      const words = x.spec.name.toLowerCase().split(/[^a-z0-9]+/);
      for (const n of names) {
        expect(x.spec.name.toLowerCase()).not.toBe(n);
        expect(words).not.toContain(n);
      }
      expect(catalogIds).not.toContain(x.spec.id);
      const texts = [...(await pageTexts(x, NOW)).values(), readFileSync(path.join(x.dir, 'exchange.json'), 'utf8')];
      for (const text of texts) {
        const lower = text.toLowerCase();
        for (const d of domains) expect(lower.includes(d.toLowerCase()), `${x.spec.id} mentions ${d}`).toBe(false);
        for (const n of ['binance', 'lbank', 'bithumb', 'coinbase', 'kraken', 'bybit', 'kucoin', 'bitfinex', 'bitstamp', 'upbit', 'okx']) {
          expect(new RegExp(`\\b${n}\\b`).test(lower), `${x.spec.id} mentions ${n}`).toBe(false);
        }
      }
    }
  });

  it('lists in `pages` every servable file of the site, and only paths that resolve to one (or a search page)', async () => {
    for (const x of loaded) {
      const served = walk(x.siteDir).filter((f) => !f.split('/').some((s) => s.startsWith('_') || s.startsWith('.')));
      const listed = new Set<string>();
      for (const p of x.spec.pages) {
        const found = await resolveSitePath(x.siteDir, p);
        if (found.kind === 'file') {
          listed.add(path.relative(x.siteDir, found.file).split(path.sep).join('/'));
          continue;
        }
        // The only page-less paths allowed are the search pages the server renders.
        const s = x.spec.search;
        expect(s, `${x.spec.id}: ${p} resolves to no file`).toBeDefined();
        const re = new RegExp(`^${s!.htmlPath.replace('{locale}', '[^/]+')}$`);
        expect(re.test(p), `${x.spec.id}: ${p} resolves to no file and is not its search page`).toBe(true);
      }
      expect([...listed].sort()).toEqual([...served].sort());
      expect(new Set(x.spec.pages).size).toBe(x.spec.pages.length);
    }
  });

  it('matches its generator (node fixtures/exchanges/_src/build.mjs)', () => {
    expect(drift()).toEqual([]);
  });

  it('stays small: under 3 MB of files in total', () => {
    const total = walk(FIXTURES).reduce((sum, f) => sum + statSync(path.join(FIXTURES, f)).size, 0);
    expect(total).toBeLessThan(3_000_000);
    expect(total).toBeGreaterThan(500_000);
  });

  it('never leaves a malformed date placeholder behind', async () => {
    for (const x of loaded) {
      for (const [p, text] of await pageTexts(x, NOW)) expect(text.includes('{{date:'), `${x.spec.id} ${p}`).toBe(false);
      for (const f of walk(x.siteDir).filter((f) => f.split('/').some((s) => s.startsWith('_')))) {
        const text = expandDatePlaceholders(readFileSync(path.join(x.siteDir, f), 'utf8'), NOW);
        expect(text.includes('{{date:'), `${x.spec.id} ${f}`).toBe(false);
      }
    }
  });
});

describe('the demo time budget', () => {
  it('crawls the whole fleet in at most 25 s in the worst case (10 pages + 30 search requests each)', () => {
    const specs = loaded.map((l) => l.spec);
    const ms = worstCaseFleetCrawlMs(specs, recommendedProbeSettings, 30);
    expect(ms).toBeLessThanOrEqual(25_000);
    // The slow and the flaky exchange are the ones near the limit, as designed.
    const slowest = specs.map((s) => worstCaseCrawl(s, recommendedProbeSettings, 30)).sort((a, b) => b.wallMs - a.wallMs);
    expect(slowest.slice(0, 2).map((e) => e.id).sort()).toEqual(['flakybit', 'tortoise']);
    expect(slowest[0]!.wallMs).toBeGreaterThan(15_000);
  });

  it('makes the flaky exchange hang longer than the demo timeout, and only it', () => {
    const flaky = loaded.filter((l) => l.spec.server.faults);
    expect(flaky.map((l) => l.spec.id)).toEqual(['flakybit']);
    const f = flaky[0]!.spec.server.faults!;
    expect(f.hangMs).toBeGreaterThan(recommendedProbeSettings.timeoutMs);
    expect(f.errorRate).toBeCloseTo(0.25, 2);
    expect(f.hangRate).toBeCloseTo(0.1, 2);
    expect(f.exemptPaths).toEqual(['/robots.txt']);
  });

  it('orders the exchanges by latency as their stories say', () => {
    const max = (id: string): number => byId(id).spec.server.latencyMs.max;
    expect(max('aurora')).toBeLessThanOrEqual(60);
    expect(byId('tortoise').spec.server.latencyMs.min).toBeGreaterThanOrEqual(900);
    for (const id of ids.filter((i) => i !== 'tortoise')) expect(max(id)).toBeLessThan(byId('tortoise').spec.server.latencyMs.min);
  });
});

describe('the quality differences are in the pages', () => {
  const text = async (id: string): Promise<string> => [...(await pageTexts(byId(id), NOW)).values()].join('\n');

  it('aurora: Zendesk markup, widget loaded, 9 locales with hreflang, fresh dates, every contact channel', async () => {
    const x = byId('aurora');
    const home = (await pageTexts(x, NOW)).get('/hc/en-us')!;
    expect(home).toMatch(/HelpCenter\.internal = \{[^\n]*"web_widget_asset_composer_url":"https:\/\/static\.zdassets\.com\/ekr\/snippet\.js"/);
    expect(home).toMatch(/<script id="ze-snippet" src="https:\/\/static\.zdassets\.com\/ekr\/snippet\.js\?key=[0-9a-f-]{36}"><\/script>/);
    const hreflangs = [...home.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1]);
    expect(hreflangs).toEqual(['en-us', 'zh-cn', 'zh-tw', 'ru', 'fa', 'ko', 'es', 'tr', 'ja', 'x-default']);
    for (const loc of x.spec.locales) {
      expect(x.spec.pages).toContain(`/hc/${loc}`);
      expect(x.spec.pages).toContain(`/hc/${loc}/requests/new`);
      if (loc !== 'en-us') expect(home).toContain(`/hc/change_language/${loc}?return_to=`);
    }
    expect(home).toContain('<html dir="ltr" lang="en-US">');
    expect((await pageTexts(x, NOW)).get('/hc/fa')).toContain('<html dir="rtl" lang="fa">');
    for (const link of ['https://t.me/', 'https://x.com/', 'https://discord.gg/', 'https://www.facebook.com/', 'https://www.instagram.com/', 'mailto:support@', '/hc/en-us/requests/new', 'href="/status"']) {
      expect(home).toContain(link);
    }
    const all = await text('aurora');
    const dates = timeDatetimes(all);
    expect(dates.length).toBeGreaterThan(30);
    expect(Math.max(...dates.map((d) => d.getTime()))).toBeGreaterThan(NOW.getTime() - 3 * DAY);
    for (const topic of [/two-factor authentication/i, /anti-phishing code/i, /Aurora Verify/, /TxID/, /TRC20/, /proof of address/i, /Enable Withdrawals/, /trusted IPs/, /case number/i, /MiCA/, /risk warning/i, /Beginner/]) {
      expect(all).toMatch(topic);
    }
  });

  it('tortoise: Freshdesk portal, English only, no chat, few articles, forum disallowed in robots', async () => {
    const x = byId('tortoise');
    const all = await text('tortoise');
    expect(x.spec.pages.filter((p) => p.startsWith('/support/solutions/articles/')).length).toBe(7);
    expect(all).toMatch(/Modified on: (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2}, \d{4} at \d{1,2}:\d{2} [AP]M/);
    expect(all).toContain('/support/theme.css');
    expect(all).toContain('/support/tickets/new');
    expect(all).not.toMatch(/intercom|zdassets|channel\.io|t\.me\//i);
    expect(all).not.toMatch(/phishing|API key/i);
    expect(readFileSync(path.join(x.siteDir, 'robots.txt'), 'utf8')).toMatch(/^Disallow: \/support\/discussions$/m);
    expect(x.spec.pages).toContain('/support/discussions');
  });

  it('flakybit: Intercom help center with the Messenger loaded by the inline loader, en + es', async () => {
    const all = await text('flakybit');
    expect(all).toMatch(/s\.src='https:\/\/widget\.intercom\.io\/widget\/[a-z0-9]+'/);
    expect(all).toContain('intercom-interblocks-paragraph');
    expect(all).toMatch(/\/en\/articles\/\d+-/);
    expect(all).toMatch(/\/es\/articles\/\d+-/);
    expect(all).toContain('hreflang="es"');
  });

  it('dustvault: stale, the newest article date is about three years old, no status page, no chat', async () => {
    const all = await text('dustvault');
    const dates = timeDatetimes(all);
    expect(dates.length).toBeGreaterThanOrEqual(8);
    expect(Math.max(...dates.map((d) => d.getTime()))).toBeLessThan(NOW.getTime() - 1000 * DAY);
    expect(all).toContain('&copy; 2018–2022 Dustvault');
    expect(all).toContain('USDT (Omni)');
    expect(all).not.toMatch(/\/status|statuspage|intercom|zdassets|channel\.io|widget/i);
    expect(byId('dustvault').spec.statusPath).toBeUndefined();
  });

  it('lanternfly: Korean pages with Channel Talk and KakaoTalk, and no security guidance anywhere', async () => {
    const all = await text('lanternfly');
    expect(all).toContain('https://cdn.channel.io/plugin/ch-plugin-web.js');
    expect(all).toContain("ChannelIO('boot'");
    expect(all).toContain('https://pf.kakao.com/');
    expect(all).toMatch(/\d{4}년 \d{1,2}월 \d{1,2}일/);
    expect(all).not.toMatch(/2FA|two-factor|2단계 인증|OTP|Google Authenticator|피싱|phishing|anti-phishing|보안 ?코드|비밀번호를 (?:절대 )?알려/i);
  });

  it('longmen: GBK-only characters are absent from no page, charset only in <meta http-equiv>, three English bodies', async () => {
    const x = byId('longmen');
    expect(x.spec.server.charset).toBe('gbk');
    expect(x.spec.server.charsetInHeader).toBe(false);
    const pages = await pageTexts(x, NOW);
    const html = [...pages].filter(([p]) => p !== '/robots.txt' && !p.endsWith('.css'));
    for (const [p, t] of html) expect(t, p).toContain('<meta http-equiv="Content-Type" content="text/html; charset=gbk" />');
    const english = html.filter(([, t]) => t.includes('本文暂无中文版本'));
    expect(english.length).toBe(3);
    for (const [, t] of english) expect(t).toMatch(/<h1>[^<]*[\u4e00-\u9fff][^<]*<\/h1>/);
    expect([...pages.values()].join('')).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('polarbirzha: windows-1251 in the header and in <meta charset>, Russian dates, Телефон next to a +7 number', async () => {
    const x = byId('polarbirzha');
    expect(x.spec.server.charset).toBe('windows-1251');
    expect(x.spec.server.charsetInHeader).toBe(true);
    const all = await text('polarbirzha');
    expect(all).toContain('<meta charset="windows-1251">');
    expect(all).toMatch(/\d{1,2} (?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\./);
    expect(all).toMatch(/Телефон: <a href="tel:\+7\d{10}">\+7 \(\d{3}\) \d{3}-\d{2}-\d{2}<\/a>/);
    expect(all).toContain('https://vk.com/polarbirzha');
    expect(all).toContain('https://t.me/polarbirzha');
  });

  it('simorgh: Persian right-to-left pages with Solar Hijri dates, a ticket page and an anti-phishing warning', async () => {
    const x = byId('simorgh');
    const pages = await pageTexts(x, NOW);
    const fa = [...pages].filter(([p]) => p.startsWith('/fa/'));
    expect(fa.length).toBeGreaterThan(10);
    for (const [p, t] of fa) {
      expect(t, p).toContain('<html lang="fa" dir="rtl">');
      expect(t, p).toContain('class="phishing-alert"');
    }
    const all = fa.map(([, t]) => t).join('\n');
    expect(all).toMatch(/[۰-۹]{1,2} (?:فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند) [۰-۹]{4}/);
    expect(all).toContain('ثبت تیکت');
    expect(all).toContain('https://t.me/simorgh_exchange');
    expect(all).toContain('https://www.instagram.com/simorgh.exchange/');
    expect(x.spec.pages).toContain('/fa/support/ticket');
  });
});
