/**
 * Report -> one self-contained HTML page, for people: red flags first (loud), the ranking
 * with a bar per criterion, how to read it, then a section per exchange with every score,
 * reason and figure, the channels, failures, 7×24 hour-of-week heat-maps and trends.
 *
 * Inline CSS, inline SVG and one small inline script, all pinned by hash in a CSP that
 * forbids every fetch: the file opens offline and cannot phone home. Everything that came
 * from an exchange is escaped (html/escape.ts); URLs are text, never links. The output is a
 * pure function of the report: no clock, no random ids.
 */
import type { Report } from '../types/report.js';
import { fmtDate, fmtDateTime, fmtWindow, plural } from './format.js';
import { PAGE_CSS } from './html/css.js';
import { anchorId, bidi, esc, txt } from './html/escape.js';
import { exchangeSection } from './html/exchange.js';
import { legend } from './html/legend.js';
import { page } from './html/page.js';
import { rankingTable } from './html/ranking.js';
import { redFlagBanner, type AnchoredExchange } from './html/redFlags.js';
import { PAGE_SCRIPT } from './html/script.js';
import { byRank } from './order.js';

export function renderHtml(report: Report): string {
  const exchanges: AnchoredExchange[] = byRank(report.exchanges).map((x, i) => ({ x, anchor: anchorId('x', i + 1, x.id) }));
  const body: string[] = [];
  body.push(topHeader(report, exchanges));
  body.push('<main>');
  if (exchanges.length === 0) {
    body.push(
      '<section class="empty-report" aria-label="no data"><p><strong>No observations in the window.</strong> ' +
        'Run <span class="code">supportscope probe</span> (or <span class="code">supportscope demo</span>) first, then report again.</p></section>',
    );
    body.push(legend(report.criteria));
  } else {
    body.push(redFlagBanner(exchanges));
    body.push(
      '<section class="rank" id="ranking" aria-labelledby="ranking-h"><h2 id="ranking-h">Ranking</h2>' +
        rankingTable(exchanges, report.criteria) +
        '<p class="hint">Scores 0–10 per criterion, overall 0–100; <span class="num none">?</span> = not measured. ' +
          '<span class="narrow-only">Swipe the table sideways for every criterion. </span>' +
          'Select a column heading to sort; a name opens its details.</p>' +
        '</section>',
    );
    body.push(legend(report.criteria));
    for (const { x, anchor } of exchanges) body.push(exchangeSection(report, x, anchor));
  }
  body.push('</main>');
  body.push(
    `<footer><p>supportscope report · schema version ${esc(String(report.schemaVersion))} · generated ${esc(fmtDateTime(report.generatedAt))}. ` +
      'Self-contained: this file loads nothing from the network.</p></footer>',
  );
  return page({
    title: `Support scorecard · ${fmtDate(report.generatedAt)}`,
    body: body.join('\n'),
    css: PAGE_CSS,
    script: PAGE_SCRIPT,
  });
}

function topHeader(report: Report, exchanges: AnchoredExchange[]): string {
  const meta = [
    `<span>${plural(report.exchanges.length, 'exchange')}</span>`,
    `<span>${plural(report.runs, 'probe run')}</span>`,
    `<span>window ${txt(fmtWindow(report.since, report.until))}</span>`,
  ];
  if (report.buckets.count > 0) meta.push(`<span>trends by ${esc(report.buckets.size)}</span>`);
  meta.push(`<span>generated <time>${esc(fmtDateTime(report.generatedAt))}</time></span>`);
  const toc =
    exchanges.length === 0
      ? ''
      : `<nav class="toc" aria-label="exchanges"><strong>Jump to</strong><ol>${exchanges
          .map(({ x, anchor }) => `<li><a href="#${anchor}">${x.rank === null ? '–' : esc(String(x.rank))}. ${bidi(x.name, 80)}</a></li>`)
          .join('')}</ol></nav>`;
  return (
    '<header class="top">' +
    '<p class="eyebrow">supportscope</p>' +
    '<h1>Customer-support scorecard</h1>' +
    `<p class="meta">${meta.join('')}</p>` +
    toc +
    '</header>'
  );
}
