/**
 * The ranking table: rank, exchange, overall with its grade, coverage, and one column per
 * criterion with its 0–10 score and a bar (`?` greyed when unmeasured). Each cell carries
 * its sort value in data-v for the page script; without the script it is a plain table.
 */
import { CRITERION_IDS, type CriterionInfo } from '../../types/report.js';
import { bandOf, fmtPercent } from '../format.js';
import { SHORT_NAMES } from '../table.js';
import { coverageBar, scoreBar, scoreText } from './bars.js';
import { bidi, esc, txt } from './escape.js';
import type { AnchoredExchange } from './redFlags.js';

export function gradeBadge(grade: string | null): string {
  return grade === null ? '<span class="grade g-none" title="not measured">?</span>' : `<span class="grade g-${esc(grade)}">${esc(grade)}</span>`;
}

export function rankingTable(exchanges: AnchoredExchange[], criteria: CriterionInfo[]): string {
  const names = new Map(criteria.map((c) => [c.id, c]));
  const head = [
    '<th scope="col" class="c-rank" data-sort="number" data-first="ascending" aria-sort="ascending">#</th>',
    '<th scope="col" class="c-name" data-sort="text" data-first="ascending">Exchange</th>',
    '<th scope="col" class="c-overall" data-sort="number">Overall</th>',
    '<th scope="col" class="c-cov" data-sort="number">Coverage</th>',
    ...CRITERION_IDS.map((id) => {
      const c = names.get(id);
      const title = c ? `${c.name} (weight ${c.weight}): ${c.description}` : id;
      return `<th scope="col" class="c-crit" data-sort="number"><abbr title="${txt(title)}">${esc(SHORT_NAMES[id])}</abbr></th>`;
    }),
  ];
  const rows = exchanges.map(({ x, anchor }, i) => {
    const flags = x.redFlags.length > 0 ? ` <span class="flag-pill" title="${x.redFlags.length} red flag${x.redFlags.length === 1 ? '' : 's'}">red flag</span>` : '';
    const cells = [
      `<td class="c-rank" data-v="${x.rank ?? ''}">${x.rank ?? '–'}</td>`,
      `<th scope="row" class="c-name" data-v="${txt(x.name, 200)}"><a href="#${anchor}">${bidi(x.name, 200)}</a>${flags}</th>`,
      `<td class="c-overall ${x.overall === null ? 'none' : bandOf(x.overall / 10)}" data-v="${x.overall ?? ''}">` +
        `<span class="num">${x.overall === null ? '?' : x.overall.toFixed(1)}</span> ${gradeBadge(x.grade)}</td>`,
      `<td class="c-cov" data-v="${x.coverage}"><span class="num">${fmtPercent(x.coverage)}</span>${coverageBar(x.coverage)}</td>`,
      ...CRITERION_IDS.map((id) => {
        const s = x.criteria[id].score;
        return `<td class="c-crit ${bandOf(s)}" data-v="${s ?? ''}">${scoreText(s)}${scoreBar(s)}</td>`;
      }),
    ];
    return `<tr data-order="${i}">${cells.join('')}</tr>`;
  });
  return (
    '<div class="scroll" tabindex="0" role="region" aria-label="ranking table, scrolls sideways">' +
    `<table id="ranking-table" class="ranking"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    '</div>'
  );
}
