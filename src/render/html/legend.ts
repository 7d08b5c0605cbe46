/**
 * "How to read this": what a score, the overall, a grade, coverage, `?` and the rank mean,
 * and what each criterion measures with its weight.
 */
import type { CriterionInfo } from '../../types/report.js';
import { fmtMetric, gradeLegend } from '../format.js';
import { SHORT_NAMES } from '../table.js';
import { esc, txt } from './escape.js';

export function legend(criteria: CriterionInfo[]): string {
  const defs = criteria
    .map((c) => {
      const short = (SHORT_NAMES as Record<string, string>)[c.id] ?? c.id;
      return `<div><dt><span>${txt(c.name)}</span><span class="muted">${esc(short)} · weight ${esc(fmtMetric(c.weight))}</span></dt><dd>${txt(c.description)}</dd></div>`;
    })
    .join('');
  return (
    '<section class="legend" id="legend" aria-labelledby="legend-h">' +
    '<h2 id="legend-h">How to read this</h2>' +
    '<dl class="defs">' +
    '<div><dt>Score</dt><dd>Each criterion is scored 0–10 from what was measured: ' +
    '<span class="num good">8–10</span> good, <span class="num fair">5–7.9</span> fair, <span class="num poor">0–4.9</span> poor.</dd></div>' +
    `<div><dt>Overall and grade</dt><dd>0–100: the weighted mean of the criteria that have data. Grades: ${esc(gradeLegend())}.</dd></div>` +
    '<div><dt>Coverage</dt><dd>The share of the total weight that had data. Missing data lowers coverage, never the score.</dd></div>' +
    '<div><dt><span class="num none">?</span> not measured</dt><dd>Nothing was measured for that criterion (or in that hour, or that time bucket). It is left out, not counted as 0.</dd></div>' +
    '<div><dt>Rank</dt><dd>By overall × coverage, then overall: one good measurement never outranks many. Exchanges with no data are unranked (–).</dd></div>' +
    '<div><dt>Evidence</dt><dd>Reasons are what the tool observed, most important first; the figures behind them sit under “Evidence”. Text quoted from exchanges is shown as plain text, links included.</dd></div>' +
    '</dl>' +
    '<h3>The criteria</h3>' +
    `<dl class="crit-defs">${defs}</dl>` +
    '</section>'
  );
}
