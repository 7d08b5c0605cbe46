/**
 * HTML renderer without a browser: escaping helpers, the CSP and its hashes, no external
 * reference of any kind, the sections and charts, null handling, rank order, empty reports.
 * (tests/render/browser.test.ts loads the page in Chromium.)
 */
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { anchorId, bidi, esc, txt } from '../../src/render/html/escape.js';
import { cellClass, cellTitle, heatmap } from '../../src/render/html/heatmap.js';
import { trendChart } from '../../src/render/html/trend.js';
import { criteria, exchange, loadSample, report } from './reports.js';

describe('escaping', () => {
  it('esc covers text and both attribute quotes', () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('txt also strips control characters and bidi overrides, and caps', () => {
    expect(txt('a\u0000\u001b[2Jb\u202e\u2066c\nd')).toBe('a[2Jbc d');
    expect(txt('x'.repeat(1000), 50)).toHaveLength(50);
  });
  it('bidi isolates', () => {
    expect(bidi('صرافی <b>')).toBe('<bdi>صرافی &lt;b&gt;</bdi>');
  });
  it('anchorId is only [a-z0-9-] and unique by position', () => {
    expect(anchorId('x', 1, '"><img src=x onerror=alert(1)>')).toBe('x-1-img-src-x-onerror-alert-1');
    expect(anchorId('x', 2, 'صرافی')).toBe('x-2');
    expect(anchorId('x', 3, "=cmd|' /C calc'!A0")).toBe('x-3-cmd-c-calc-a0');
  });
});

describe('heat-map', () => {
  it('classes: no probe, failures only, and the levels', () => {
    expect(cellClass({ probes: 0, ok: 0, availability: null, latencyP50Ms: null }, 'availability')).toBe('none');
    expect(cellClass({ probes: 0, ok: 0, availability: null, latencyP50Ms: null }, 'latency')).toBe('none');
    expect(cellClass({ probes: 4, ok: 0, availability: 0, latencyP50Ms: null }, 'availability')).toBe('h0');
    expect(cellClass({ probes: 4, ok: 0, availability: 0, latencyP50Ms: null }, 'latency')).toBe('fail');
    expect(cellClass({ probes: 4, ok: 4, availability: 1, latencyP50Ms: 150 }, 'availability')).toBe('h5');
    expect(cellClass({ probes: 100, ok: 99, availability: 0.99, latencyP50Ms: 150 }, 'availability')).toBe('h4');
    expect(cellClass({ probes: 4, ok: 3, availability: 0.75, latencyP50Ms: 150 }, 'availability')).toBe('h1');
    expect(cellClass({ probes: 4, ok: 4, availability: 1, latencyP50Ms: 150 }, 'latency')).toBe('h5');
    expect(cellClass({ probes: 4, ok: 4, availability: 1, latencyP50Ms: 9000 }, 'latency')).toBe('h0');
  });
  it('titles say what the cell holds', () => {
    expect(cellTitle({ probes: 0, ok: 0, availability: null, latencyP50Ms: null }, 6, 3)).toBe('Sun 03:00–04:00 UTC · no probe');
    expect(cellTitle({ probes: 4, ok: 3, availability: 0.75, latencyP50Ms: 180 }, 0, 23)).toBe('Mon 23:00–00:00 UTC · 4 probes, 3 ok (75%) · p50 180 ms');
  });
  it('always draws 7×24 cells, even from a missing grid', () => {
    const $ = cheerio.load(heatmap([], 'availability', 'x'), { xml: true });
    expect($('rect.hm')).toHaveLength(168);
    expect($('rect.hm.none')).toHaveLength(168);
  });
});

describe('trend chart', () => {
  const day = (i: number, value: number | null) => ({
    start: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
    end: new Date(Date.UTC(2026, 10, 2 + i)).toISOString(),
    value,
  });
  const points = [day(0, 5), day(1, 6), day(2, null), day(3, null), day(4, 8), day(5, null), day(6, 2), day(7, 3)];
  const $ = cheerio.load(trendChart({ points, max: 10, bucket: 'day', label: 'x', size: 'small' }), { xml: true });

  it('breaks the line at null buckets and never draws them as 0', () => {
    const lines = $('polyline.line').toArray().map((el) => $(el).attr('points')!);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.split(' ').length)).toEqual([2, 2]);
    expect($('circle.lone')).toHaveLength(1); // day 4 alone between gaps
    const bottom = 112 - 22; // plot bottom (value 0) in the small geometry
    for (const l of lines) for (const pt of l.split(' ')) expect(Number(pt.split(',')[1])).toBeLessThan(bottom);
    expect($('rect.gap')).toHaveLength(2); // days 2–3 merged, day 5
    expect($('rect.gap title').first().text()).toBe('2026-11-03 to 2026-11-04: no data');
  });

  it('has axes with labels', () => {
    expect($('line.axis-line').length).toBeGreaterThanOrEqual(2);
    expect($('text.axis').toArray().map((el) => $(el).text())).toEqual(expect.arrayContaining(['0', '5', '10', '11-01', '11-08']));
  });

  it('says so when nothing was measured, or there are no buckets', () => {
    const none = cheerio.load(trendChart({ points: [day(0, null), day(1, null)], max: 10, bucket: 'day', label: 'x', size: 'small' }), { xml: true });
    expect(none('polyline')).toHaveLength(0);
    expect(none('text.empty').text()).toBe('not measured in any bucket');
    const empty = cheerio.load(trendChart({ points: [], max: 10, bucket: 'day', label: 'x', size: 'large' }), { xml: true });
    expect(empty('text.empty').text()).toBe('no time buckets');
  });
});

describe('renderHtml(sample)', () => {
  const sample = loadSample();
  const html = renderHtml(sample);
  const $ = cheerio.load(html);

  it('is one document with a strict CSP pinning the one style and the one script by hash', () => {
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content')!;
    expect(csp).toMatch(/^default-src 'none'; /);
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
    expect($('style')).toHaveLength(1);
    expect($('script')).toHaveLength(1);
    expect(csp).toContain(`style-src ${hash($('style').text())}`);
    expect(csp).toContain(`script-src ${hash($('script').text())}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|data:|\*/);
    for (const d of ['img-src', 'font-src', 'connect-src', 'base-uri', 'form-action']) expect(csp).toContain(`${d} 'none'`);
    // The CSP meta comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('references nothing outside itself', () => {
    for (const tag of ['img', 'link', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'form', 'base', 'image', 'use']) expect($(tag)).toHaveLength(0);
    const attrs = $('*')
      .toArray()
      .flatMap((el) => Object.entries((el as unknown as { attribs: Record<string, string> }).attribs ?? {}));
    for (const [name, value] of attrs) {
      expect(name).not.toMatch(/^on/i);
      expect(name).not.toMatch(/^(src|srcset|action|formaction|xlink:href|background|poster)$/i);
      if (name === 'href') expect(value).toMatch(/^#[a-z0-9-]+$/);
      expect(value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
    expect($('style').text()).not.toMatch(/url\(|@import/);
  });

  it('escapes every exchange-supplied string', () => {
    const names = $('section.exchange h2').toArray().map((el) => $(el).text());
    expect(names).toEqual(sample.exchanges.map((x) => x.name.replace(/\u0007/g, '')));
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Markets');
    expect($('blockquote.evidence').eq(1).text()).toBe('write to our manager on Telegram @simorgh_vip_support <img src=x onerror=alert(2)>');
    // URLs stay text: no link goes anywhere but an anchor on the page.
    expect($('a').toArray().every((a) => ($(a).attr('href') ?? '').startsWith('#'))).toBe(true);
    expect($('blockquote.evidence').eq(2).text()).toContain('https://simorgh-verify.example/login?next=javascript:alert(3)');
    // eslint-disable-next-line no-control-regex
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('opens with the red flags, then the ranking, the legend and one section per exchange', () => {
    const order = ['#red-flags', '#ranking', '#legend', 'section.exchange'].map((s) => html.indexOf(`${s.startsWith('#') ? `id="${s.slice(1)}"` : 'class="exchange"'}`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect($('#red-flags h2').text()).toContain('3 red flags at 1 exchange');
    expect($('#red-flags li')).toHaveLength(3);
    expect($('section.exchange')).toHaveLength(sample.exchanges.length);
  });

  it('ranking: a row per exchange, ? greyed for unmeasured, bars for measured', () => {
    const rows = $('#ranking-table tbody tr');
    expect(rows).toHaveLength(5);
    const last = rows.last();
    expect(last.find('td.c-crit.none')).toHaveLength(9);
    expect(last.find('td.c-crit.none .num').first().text()).toBe('?');
    expect(last.find('td.c-crit.none svg')).toHaveLength(0);
    expect(rows.first().find('td.c-crit svg.bar')).toHaveLength(9);
    expect(rows.first().find('td.c-overall').text()).toContain('90.9');
    expect(rows.toArray().map((r) => $(r).find('td.c-rank').text())).toEqual(['1', '2', '3', '4', '5']);
  });

  it('per exchange: every criterion, reasons, evidence, channels, failures, two 7×24 heat-maps and trends', () => {
    $('section.exchange').each((_, el) => {
      const s = $(el);
      expect(s.find('li.crit')).toHaveLength(10);
      expect(s.find('table.channels tr')).toHaveLength(5);
      const maps = s.find('svg.heatmap');
      expect(maps).toHaveLength(2);
      maps.each((__, m) => expect($(m).find('rect.hm')).toHaveLength(168));
      expect(s.find('svg.trend.large')).toHaveLength(1);
      expect(s.find('svg.trend.small')).toHaveLength(10);
    });
    const sparse = $('section.exchange').last();
    expect(sparse.find('li.crit.none')).toHaveLength(9);
    expect(sparse.find('rect.hm.none').first().find('title').text()).toMatch(/no probe$/);
    expect(sparse.find('table.errors tr')).toHaveLength(3);
    expect(sparse.find('table.channels tr').eq(1).text()).toBe('Help-center searchsearches10failed10with results0answered0mean answer grade?');
    expect(sparse.find('table.channels tr.none')).toHaveLength(3);
    expect(sparse.find('circle.lone').length).toBeGreaterThan(0);
    const aurora = $('section.exchange').first();
    expect(aurora.find('details.evidence-box').first().find('tr').first().text()).toBe('probes672');
    expect(aurora.find('polyline.line').length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(renderHtml(loadSample())).toBe(html);
  });
});

describe('renderHtml, other reports', () => {
  it('lists exchanges by rank whatever the report order, unranked last', () => {
    const r = report([
      exchange({ id: 'c', name: 'Charlie' }),
      exchange({ id: 'b', name: 'Bravo', rank: 2, overall: 60, grade: 'C', coverage: 0.1, criteria: criteria({ availability: 6 }) }),
      exchange({ id: 'a', name: 'Alpha', rank: 1, overall: 80, grade: 'B', coverage: 0.1, criteria: criteria({ availability: 8 }) }),
    ]);
    const $ = cheerio.load(renderHtml(r));
    expect($('section.exchange h2').toArray().map((el) => $(el).text())).toEqual(['Alpha', 'Bravo', 'Charlie']);
    expect($('#ranking-table tbody tr td.c-rank').toArray().map((el) => $(el).text())).toEqual(['1', '2', '–']);
    expect($('section.exchange').last().find('.gauge text.value').text()).toBe('?');
    expect($('.no-flags').text()).toContain('No red flags');
    // No history: still a full (empty) grid, and a note instead of trends.
    expect($('section.exchange').first().find('rect.hm.none')).toHaveLength(336);
    expect($('section.exchange').first().text()).toContain('No trend: this report has no time buckets.');
  });

  it('a report with no exchange says how to get data', () => {
    const $ = cheerio.load(renderHtml(report([])));
    expect($('.empty-report').text()).toContain('No observations in the window.');
    expect($('#ranking-table')).toHaveLength(0);
    expect($('section.exchange')).toHaveLength(0);
    expect($('#legend')).toHaveLength(1);
  });
});
