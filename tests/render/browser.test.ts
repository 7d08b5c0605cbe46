/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core): no console
 * or page errors, not one network request, no dialog, no element injected by the hostile
 * names, the heat-maps and trend charts drawn, the red-flag banner shown. Also checks it fits
 * a 375 px phone, that sorting works, and leaves full-page screenshots in a temp folder.
 * Skipped, saying so, only when /usr/bin/chromium is missing (CI installs it).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { loadSample } from './reports.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`tests/render/browser.test.ts: skipped: ${CHROMIUM} not found (apt-get install chromium to run it)`);

interface Watch {
  page: Page;
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
}

describe.runIf(haveChromium)('the HTML report in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let file: string;
  const sample = loadSample();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'supportscope-html-'));
    file = join(dir, 'sample-report.html');
    writeFileSync(file, renderHtml(sample));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Watch> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, javaScriptEnabled: true });
    const page = await context.newPage();
    const w: Watch = { page, requests: [], consoleErrors: [], pageErrors: [], dialogs: [] };
    const documentUrl = pathToFileURL(file).href;
    page.on('request', (r) => {
      if (r.url() !== documentUrl) w.requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') w.consoleErrors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => w.pageErrors.push(e.message));
    page.on('dialog', (d) => {
      w.dialogs.push(d.message());
      void d.dismiss();
    });
    // Anything but the document itself is refused (and recorded above).
    await page.route('**/*', (route) => (route.request().url() === documentUrl ? route.continue() : route.abort()));
    await page.goto(documentUrl, { waitUntil: 'load' });
    return w;
  }

  it('loads with no error, no request, no dialog; draws everything', async () => {
    const w = await open(1280);
    const { page } = w;
    await page.waitForTimeout(200);
    expect(w.pageErrors).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.requests).toEqual([]);
    expect(w.dialogs).toEqual([]);

    // Red flags, loud and first.
    const banner = page.locator('#red-flags');
    await expect.poll(() => banner.isVisible()).toBe(true);
    expect(await banner.locator('li').count()).toBe(3);
    const box = await banner.boundingBox();
    const rank = await page.locator('#ranking').boundingBox();
    expect(box!.y).toBeLessThan(rank!.y);

    // Heat-maps: two per exchange, 7×24 cells each; trends as SVG polylines.
    const n = sample.exchanges.length;
    expect(await page.locator('svg.heatmap').count()).toBe(2 * n);
    for (let i = 0; i < 2 * n; i++) expect(await page.locator('svg.heatmap').nth(i).locator('rect.hm').count()).toBe(168);
    expect(await page.locator('svg.trend').count()).toBe(11 * n);
    expect(await page.locator('svg.trend polyline.line').count()).toBeGreaterThan(20);
    const heat = await page.locator('svg.heatmap').first().boundingBox();
    expect(heat!.width).toBeGreaterThan(300);

    // The hostile names are visible text; nothing they contain became an element.
    const script = page.locator('section.exchange h2', { hasText: '<script>alert(1)</script> Markets' });
    expect(await script.count()).toBe(1);
    expect(await script.isVisible()).toBe(true);
    expect(await script.locator('*').count()).toBe(1); // just our <bdi>
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, iframe, object, embed, b, a[href^="javascript"], [onerror], [onload], [srcdoc]').count()).toBe(0);
    const texts = (await page.locator('blockquote.evidence').allInnerTexts()).join('\n');
    expect(texts).toContain('<img src=x onerror=alert(2)>');
    await page.context().close();
  });

  it('sorts the ranking table by a column, with ? last', async () => {
    const w = await open(1280);
    const { page } = w;
    const names = () => page.locator('#ranking-table tbody th.c-name').allInnerTexts();
    const before = await names();
    expect(before[0]).toBe('Aurora Exchange');
    // Security (Sec): descending on the first click; the unmeasured one stays last.
    await page.locator('#ranking-table thead th.c-crit button', { hasText: 'Sec' }).click();
    const bySecurity = await names();
    expect(bySecurity[0]).toBe('Aurora Exchange'); // 10.0
    expect(bySecurity[bySecurity.length - 2]).toContain('Simorgh'); // 0.0
    expect(bySecurity[bySecurity.length - 1]).toContain('HYPERLINK'); // ?
    await page.locator('#ranking-table thead th.c-crit button', { hasText: 'Sec' }).click();
    const ascending = await names();
    expect(ascending[0]).toContain('Simorgh');
    expect(ascending[ascending.length - 1]).toContain('HYPERLINK');
    expect(w.pageErrors).toEqual([]);
    expect(w.requests).toEqual([]);
    await page.context().close();
  });

  it('fits a 375 px phone and prints; leaves screenshots', async () => {
    const shots: string[] = [];
    for (const [width, scheme, name] of [
      [1280, 'light', 'desktop'],
      [375, 'light', 'phone'],
      [1280, 'dark', 'dark'],
    ] as const) {
      const w = await open(width, scheme);
      const { page } = w;
      const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      expect(scrollWidth).toBeLessThanOrEqual(width);
      const path = join(dir, `report-${name}.png`);
      await page.screenshot({ path, fullPage: true });
      shots.push(path);
      expect(w.requests).toEqual([]);
      expect(w.consoleErrors).toEqual([]);
      await page.context().close();
    }
    const w = await open(1280);
    await w.page.emulateMedia({ media: 'print' });
    const pdf = await w.page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    expect(w.requests).toEqual([]);
    await w.page.context().close();
    console.log(`HTML report screenshots: ${shots.join(', ')}`);
    for (const s of shots) expect(existsSync(s)).toBe(true);
  }, 60_000);
});
