/**
 * Report -> GitHub-flavoured Markdown, for $GITHUB_STEP_SUMMARY and pull-request comments:
 * the window, red-flag callouts (`> [!CAUTION]`), the ranking table (`?` = not measured),
 * what each criterion measures, then per exchange its scores with the top reason and, folded
 * in <details>, every reason, the evidence figures, the channels and the failures.
 * Every string that came from an exchange goes through mdText (or mdHtmlText inside HTML).
 */
import { CRITERION_IDS, type CriterionInfo, type ExchangeReport, type Report } from '../types/report.js';
import { channelRows } from './channelRows.js';
import { criteriaInOrder } from './criteriaList.js';
import {
  fmtDateTime,
  fmtMetric,
  fmtPercent,
  fmtScore,
  fmtWindow,
  gradeLegend,
  kindWords,
  plural,
  UNMEASURED,
} from './format.js';
import { mdHtmlText, mdText } from './markdownText.js';
import { byRank } from './order.js';
import { SHORT_NAMES } from './table.js';

export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  const exchanges = byRank(report.exchanges);
  out.push('# Support scorecard', '');
  out.push(headline(report), '');
  if (exchanges.length === 0) {
    out.push('No observations in the window. Run `supportscope probe` (or `supportscope demo`) first.', '');
    return finish(out);
  }
  for (const x of exchanges) if (x.redFlags.length > 0) out.push(...redFlagCallout(x), '');
  out.push('## Ranking', '');
  out.push(...rankingTable(exchanges), '');
  out.push(
    `Scores are 0–10 per criterion; overall is 0–100 over the criteria with data, graded ${gradeLegend()}. ` +
      `\`${UNMEASURED}\` = not measured: it lowers coverage (the share of the total weight that had data), never the score. ` +
      'Rank is by overall × coverage, so one good measurement never outranks many.',
    '',
  );
  out.push('## Criteria', '');
  out.push(...criteriaTable(report.criteria), '');
  out.push('## Exchanges', '');
  for (const x of exchanges) out.push(...exchangeSection(report, x));
  out.push(`<sub>supportscope report, schema version ${report.schemaVersion}, generated ${fmtDateTime(report.generatedAt)}.</sub>`, '');
  return finish(out);
}

function finish(lines: string[]): string {
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

function headline(r: Report): string {
  const parts = [
    plural(r.exchanges.length, 'exchange'),
    plural(r.runs, 'run'),
    `window ${mdText(fmtWindow(r.since, r.until))}`,
  ];
  if (r.buckets.count > 0) parts.push(`trends by ${r.buckets.size} (${plural(r.buckets.count, 'bucket')})`);
  parts.push(`generated ${mdText(fmtDateTime(r.generatedAt))}`);
  return parts.join(' · ');
}

function redFlagCallout(x: ExchangeReport): string[] {
  const lines = [
    '> [!CAUTION]',
    `> **${mdText(x.name)}**: ${plural(x.redFlags.length, 'red flag')}. Support asked for a secret, for funds, or sent users off the official channels.`,
    '>',
  ];
  for (const f of x.redFlags) {
    const where = [`on ${mdText(f.channel)}`];
    if (f.question !== null) where.push(`question ${mdText(f.question)}`);
    where.push(mdText(fmtDateTime(f.at)));
    const evidence = f.evidence ? `: “${mdText(f.evidence, 300)}”` : '';
    lines.push(`> - **${mdText(kindWords(f.kind))}** ${where.join(', ')}${evidence}`);
  }
  return lines;
}

function rankingTable(exchanges: ExchangeReport[]): string[] {
  const head = ['#', 'Exchange', 'Overall', 'Grade', 'Coverage', ...CRITERION_IDS.map((id) => SHORT_NAMES[id])];
  const align = ['--:', ':--', '--:', ':-:', '--:', ...CRITERION_IDS.map(() => '--:')];
  const rows = exchanges.map((x) => [
    x.rank === null ? '–' : String(x.rank),
    mdText(x.name, 120),
    x.overall === null ? UNMEASURED : x.overall.toFixed(1),
    x.grade ?? UNMEASURED,
    fmtPercent(x.coverage),
    ...CRITERION_IDS.map((id) => fmtScore(x.criteria[id].score)),
  ]);
  return [row(head), row(align), ...rows.map(row)];
}

function criteriaTable(criteria: CriterionInfo[]): string[] {
  const lines = [row(['Criterion', 'Column', 'Weight', 'Why it matters']), row([':--', ':--', '--:', ':--'])];
  for (const c of criteria) {
    const short = (SHORT_NAMES as Record<string, string>)[c.id] ?? c.id;
    lines.push(row([mdText(c.name), short, fmtMetric(c.weight), mdText(c.description)]));
  }
  return lines;
}

function exchangeSection(report: Report, x: ExchangeReport): string[] {
  const out: string[] = [];
  out.push(`### ${x.rank === null ? 'Unranked' : `${x.rank}.`} ${mdText(x.name, 200)}`, '');
  const facts = [
    x.overall === null ? '**not measured**' : `**${x.overall.toFixed(1)} / 100 (${x.grade ?? UNMEASURED})**`,
    `coverage ${fmtPercent(x.coverage)}`,
    `id ${mdText(x.id, 120)}`,
    `last observed ${mdText(fmtDateTime(x.lastObservedAt))}`,
  ];
  if (x.redFlags.length > 0) facts.push(`**${plural(x.redFlags.length, 'red flag')}** (listed at the top)`);
  out.push(facts.join(' · '), '');
  out.push(row(['Criterion', 'Score', 'Top reason']), row([':--', '--:', ':--']));
  for (const c of criteriaInOrder(report)) {
    const r = x.criteria[c.id];
    out.push(row([mdText(c.name), fmtScore(r.score), r.reasons[0] === undefined ? '' : mdText(r.reasons[0], 300)]));
  }
  out.push('');
  out.push('<details>', `<summary>Every reason, the evidence, channels and failures for ${mdHtmlText(x.name, 200)}</summary>`, '');
  for (const c of criteriaInOrder(report)) {
    const r = x.criteria[c.id];
    out.push(`**${mdText(c.name)}: ${fmtScore(r.score)}**`, '');
    for (const reason of r.reasons) out.push(`- ${mdText(reason)}`);
    const metrics = Object.entries(r.metrics);
    if (metrics.length > 0) out.push(`- evidence: ${metrics.map(([k, v]) => `${mdText(k, 80)} ${mdText(fmtMetric(v), 200)}`).join(' · ')}`);
    if (r.reasons.length === 0 && metrics.length === 0) out.push('- no reasons given');
    out.push('');
  }
  out.push('**Channels**', '');
  out.push(row(['Channel', 'Measured']), row([':--', ':--']));
  for (const ch of channelRows(x)) out.push(row([ch.label, ch.figures === null ? 'not measured' : ch.figures.map(([k, v]) => `${k} ${mdText(v)}`).join(', ')]));
  out.push('');
  const errors = Object.entries(x.errors)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  out.push(
    errors.length === 0
      ? '**Failures:** none in the window.'
      : `**Failures:** ${errors.map(([code, n]) => `${mdText(code, 80)} × ${n}`).join(', ')}.`,
    '',
  );
  out.push('</details>', '');
  return out;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
