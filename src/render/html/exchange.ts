/**
 * One exchange's section: the overall gauge, grade and coverage; its red flags; every
 * criterion with its score, all its reasons and (folded) the figures behind them; the
 * channel summary; failures by error code; the two hour-of-week heat-maps; and the trends
 * (overall, then one small chart per criterion).
 */
import { ERROR_CODES } from '../../types/observation.js';
import { CRITERION_IDS, type ExchangeReport, type Report } from '../../types/report.js';
import { channelRows } from '../channelRows.js';
import { criteriaInOrder } from '../criteriaList.js';
import { bandOf, fmtDateTime, fmtMetric, fmtPercent, plural } from '../format.js';
import { coverageBar, gauge, scoreBar, scoreText } from './bars.js';
import { bidi, esc, txt } from './escape.js';
import { heatLegend, heatmap, heatSummary } from './heatmap.js';
import { gradeBadge } from './ranking.js';
import { redFlagItems } from './redFlags.js';
import { trendChart } from './trend.js';

export function exchangeSection(report: Report, x: ExchangeReport, anchor: string): string {
  const h = `${anchor}-h`;
  const parts: string[] = [];
  parts.push(`<section class="exchange" id="${anchor}" aria-labelledby="${h}">`);
  parts.push(header(x, h));
  if (x.redFlags.length > 0) {
    parts.push(
      `<div class="flags inline"><h3><span class="flag-icon" aria-hidden="true">!</span>${plural(x.redFlags.length, 'red flag')}</h3><ul class="flag-list">${redFlagItems(x, false)}</ul></div>`,
    );
  }
  parts.push(criteriaBlock(report, x));
  parts.push('<div class="pair">');
  parts.push(channelsBlock(x));
  parts.push(errorsBlock(x));
  parts.push('</div>');
  parts.push(hourOfWeekBlock(x));
  parts.push(trendsBlock(report, x));
  parts.push('</section>');
  return parts.join('\n');
}

function header(x: ExchangeReport, h: string): string {
  const unmeasured = CRITERION_IDS.filter((id) => x.criteria[id].score === null).length;
  return (
    '<header class="x-head">' +
    gauge(x.overall, x.grade) +
    '<div class="x-title">' +
    `<p class="x-rank">${x.rank === null ? 'Unranked (no data)' : `Rank ${x.rank}`}</p>` +
    `<h2 id="${h}">${bidi(x.name, 200)}</h2>` +
    '<dl class="x-facts">' +
    `<div><dt>Overall</dt><dd>${x.overall === null ? '<span class="num none">?</span>' : `<span class="num">${x.overall.toFixed(1)}</span> / 100`} ${gradeBadge(x.grade)}</dd></div>` +
    `<div><dt>Coverage</dt><dd><span class="num">${fmtPercent(x.coverage)}</span>${coverageBar(x.coverage)}</dd></div>` +
    `<div><dt>Measured</dt><dd>${CRITERION_IDS.length - unmeasured} of ${CRITERION_IDS.length} criteria</dd></div>` +
    `<div><dt>Id</dt><dd><span class="code">${txt(x.id, 120)}</span></dd></div>` +
    `<div><dt>Last observed</dt><dd>${x.lastObservedAt === null ? 'never' : `<time>${esc(fmtDateTime(x.lastObservedAt))}</time>`}</dd></div>` +
    '</dl></div></header>'
  );
}

function criteriaBlock(report: Report, x: ExchangeReport): string {
  const items = criteriaInOrder(report).map((c) => {
    const r = x.criteria[c.id];
    const band = bandOf(r.score);
    const reasons = r.reasons.length > 0 ? `<ul class="reasons">${r.reasons.map((s) => `<li dir="auto">${txt(s)}</li>`).join('')}</ul>` : '<p class="muted">No reasons given.</p>';
    const metrics = Object.entries(r.metrics);
    const evidence =
      metrics.length === 0
        ? ''
        : `<details class="evidence-box"><summary>Evidence: ${plural(metrics.length, 'figure')}</summary><table class="metrics"><tbody>${metrics
            .map(([k, v]) => `<tr><th scope="row">${txt(k, 80)}</th><td${v === null ? ' class="none"' : ''}>${txt(fmtMetric(v), 300)}</td></tr>`)
            .join('')}</tbody></table></details>`;
    return (
      `<li class="crit ${band}">` +
      `<div class="crit-head"><h4>${txt(c.name)}</h4><span class="weight" title="weight">× ${esc(fmtMetric(c.weight))}</span>` +
      `<span class="crit-score">${scoreText(r.score)}${r.score === null ? '<span class="muted"> not measured</span>' : scoreBar(r.score)}</span></div>` +
      reasons +
      evidence +
      '</li>'
    );
  });
  return `<h3>Scores and reasons</h3><ol class="crits">${items.join('')}</ol>`;
}

function channelsBlock(x: ExchangeReport): string {
  const rows = channelRows(x).map((ch) =>
    ch.figures === null
      ? `<tr class="none"><th scope="row">${esc(ch.label)}</th><td class="muted">not measured</td></tr>`
      : `<tr><th scope="row">${esc(ch.label)}</th><td><dl class="figs">${ch.figures
          .map(([k, v]) => `<div><dt>${esc(k)}</dt><dd${v === '?' ? ' class="none"' : ''}>${txt(v)}</dd></div>`)
          .join('')}</dl></td></tr>`,
  );
  return `<div class="block"><h3>Channels</h3><table class="channels"><tbody>${rows.join('')}</tbody></table></div>`;
}

function errorsBlock(x: ExchangeReport): string {
  const errors = Object.entries(x.errors)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (errors.length === 0) return '<div class="block"><h3>Failures</h3><p class="muted">No failed probe in this window.</p></div>';
  const total = errors.reduce((n, [, c]) => n + c, 0);
  const rows = errors.map(([code, n]) => {
    const meaning = (ERROR_CODES as Record<string, string>)[code];
    return `<tr><th scope="row"><span class="code">${txt(code, 80)}</span></th><td class="num">${n}</td><td class="muted">${meaning ? esc(meaning) : ''}</td></tr>`;
  });
  return `<div class="block"><h3>Failures <span class="muted">(${plural(total, 'probe')})</span></h3><table class="errors"><tbody>${rows.join('')}</tbody></table></div>`;
}

function hourOfWeekBlock(x: ExchangeReport): string {
  const name = x.name;
  const fig = (kind: 'availability' | 'latency', title: string): string =>
    `<figure class="hmap"><figcaption><strong>${title}</strong> <span class="muted">${esc(heatSummary(x.hourOfWeek, kind))}</span></figcaption>` +
    heatmap(x.hourOfWeek, kind, `${title} of the help center of ${name} by UTC hour of the week, Monday to Sunday`) +
    heatLegend(kind) +
    '</figure>';
  return (
    '<h3>Hour of the week <span class="muted">(UTC, help-center probes)</span></h3>' +
    '<div class="hmaps">' +
    fig('availability', 'Availability') +
    fig('latency', 'Response time (p50)') +
    '</div>'
  );
}

function trendsBlock(report: Report, x: ExchangeReport): string {
  const size = report.buckets.size;
  if (x.trend.length === 0) return '<h3>Trends</h3><p class="muted">No trend: this report has no time buckets.</p>';
  const overall = trendChart({
    points: x.trend.map((p) => ({ start: p.start, end: p.end, value: p.overall })),
    max: 100,
    bucket: size,
    label: `overall score of ${x.name} per ${size}, 0 to 100`,
    size: 'large',
  });
  const small = criteriaInOrder(report).map((c) => {
    const chart = trendChart({
      points: x.trend.map((p) => ({ start: p.start, end: p.end, value: p.criteria[c.id] ?? null })),
      max: 10,
      bucket: size,
      label: `${c.name} score of ${x.name} per ${size}, 0 to 10`,
      size: 'small',
    });
    const measured = x.trend.filter((p) => p.criteria[c.id] !== null && p.criteria[c.id] !== undefined).length;
    return `<figure class="spark"><figcaption>${txt(c.name)} <span class="muted">${measured}/${x.trend.length}</span></figcaption>${chart}</figure>`;
  });
  return (
    `<h3>Trends <span class="muted">(per ${esc(size)}, ${plural(x.trend.length, 'bucket')}; shaded = no data)</span></h3>` +
    `<figure class="trend-main"><figcaption>Overall (0–100)</figcaption>${overall}</figure>` +
    `<div class="sparks">${small.join('')}</div>`
  );
}
