/**
 * Comparison -> a terminal table, GitHub-flavoured Markdown or JSON. Per exchange: the overall
 * score, then every criterion, each with before, after, delta and what the change means.
 * `?` (table) and `—` (Markdown) mark a score that was not measured.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ChangeLabel, Comparison, ComparisonSide, ComparisonSummary, ScoreChange } from '../types/compare.js';
import { CRITERION_IDS } from '../types/report.js';
import { mdText } from './markdownText.js';
import { terminalText } from './terminalText.js';

export function renderCompareJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}

const fmt = (v: number | null, missing: string) => (v === null ? missing : v.toFixed(1));
const fmtDelta = (d: number | null) => (d === null ? '' : d > 0 ? `+${d.toFixed(1)}` : d < 0 ? `-${Math.abs(d).toFixed(1)}` : '0.0');
const dateTime = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** "run 12 (2026-11-20 10:00 UTC → 2026-11-20 10:05 UTC)" or "the 7 days to 2026-11-08 23:59 UTC". */
export function describeSide(s: ComparisonSide): string {
  const runs = `${s.runs} run${s.runs === 1 ? '' : 's'}`;
  if (s.kind === 'run') return `run ${s.runId} (${dateTime(s.since)} → ${dateTime(s.until)})`;
  const days = (Date.parse(s.until) - Date.parse(s.since)) / 86_400_000;
  const span = Number.isInteger(days) ? `${days} day${days === 1 ? '' : 's'}` : `${(days * 24).toFixed(1)} hours`;
  return `the ${span} to ${dateTime(s.until)} (${runs})`;
}

const SUMMARY_WORDS: Array<[keyof ComparisonSummary, string, string]> = [
  ['improvement', 'improvement', 'improvements'],
  ['regression', 'regression', 'regressions'],
  ['noLongerMeasured', 'no longer measured', 'no longer measured'],
  ['newlyMeasured', 'newly measured', 'newly measured'],
  ['unchanged', 'unchanged', 'unchanged'],
  ['notMeasured', 'not measured', 'not measured'],
];

export function summaryLine(c: Comparison): string {
  const parts = SUMMARY_WORDS.filter(([k]) => c.summary[k] > 0).map(([k, one, many]) => `${c.summary[k]} ${c.summary[k] === 1 ? one : many}`);
  return `${parts.length > 0 ? parts.join(', ') : 'nothing to compare'} (tolerance ±${c.tolerance.criterion} on criteria, ±${c.tolerance.overall} on overall)`;
}

function paint(ch: ChalkInstance, label: ChangeLabel, text: string): string {
  switch (label) {
    case 'improvement':
      return ch.green(text);
    case 'regression':
      return ch.red.bold(text);
    case 'no longer measured':
      return ch.yellow(text);
    case 'newly measured':
      return ch.cyan(text);
    default:
      return ch.dim(text);
  }
}

const NO_DATA = 'No observations in either window: nothing to compare. Run `supportscope probe` first, or choose other runs or dates.';

export function renderCompareTable(c: Comparison, opts: { color: boolean }): string {
  const ch = new Chalk({ level: opts.color ? 1 : 0 });
  const out = [`from ${describeSide(c.from)}`, `to   ${describeSide(c.to)}`];
  if (c.exchanges.length === 0) return `${[...out, NO_DATA].join('\n')}\n`;
  const table = new Table({
    head: ['Exchange', 'Score', 'Before', 'After', 'Δ', 'Change'],
    style: { head: opts.color ? ['bold'] : [], border: opts.color ? ['grey'] : [], compact: true },
    colAligns: ['left', 'left', 'right', 'right', 'right', 'left'],
  });
  const row = (name: string, what: string, s: ScoreChange) =>
    table.push([name, what, fmt(s.before, '?'), fmt(s.after, '?'), fmtDelta(s.delta), paint(ch, s.label, s.label)]);
  for (const x of c.exchanges) {
    row(ch.bold(terminalText(x.name)), 'overall', x.overall);
    for (const id of CRITERION_IDS) row('', id, x.criteria[id]);
  }
  out.push(table.toString(), summaryLine(c));
  return `${out.join('\n')}\n`;
}

const mdScore = (v: number | null) => fmt(v, '—');
const mdLabel = (l: ChangeLabel) => (l === 'regression' ? '**regression**' : l === 'improvement' ? '**improvement**' : l);

export function renderCompareMarkdown(c: Comparison): string {
  const out = ['## What changed', '', `From ${mdText(describeSide(c.from))} to ${mdText(describeSide(c.to))}.`, ''];
  if (c.exchanges.length === 0) return `${[...out, NO_DATA].join('\n')}\n`;
  out.push(`${mdText(summaryLine(c))}.`, '');
  out.push('| Exchange | Overall before | Overall after | Δ | Change |', '|---|---:|---:|---:|---|');
  for (const x of c.exchanges) {
    out.push(`| ${mdText(x.name)} | ${mdScore(x.overall.before)} | ${mdScore(x.overall.after)} | ${fmtDelta(x.overall.delta)} | ${mdLabel(x.overall.label)} |`);
  }
  const names = new Map(c.criteria.map((k) => [k.id, k.name]));
  for (const x of c.exchanges) {
    out.push('', `### ${mdText(x.name)}`, '', '| Criterion | Before | After | Δ | Change |', '|---|---:|---:|---:|---|');
    for (const id of CRITERION_IDS) {
      const s = x.criteria[id];
      out.push(`| ${mdText(names.get(id) ?? id)} | ${mdScore(s.before)} | ${mdScore(s.after)} | ${fmtDelta(s.delta)} | ${mdLabel(s.label)} |`);
    }
  }
  out.push('', 'Scores: overall 0–100, criteria 0–10; — = not measured (a score that stops being measured is "no longer measured", never a drop to 0).');
  return `${out.join('\n')}\n`;
}
