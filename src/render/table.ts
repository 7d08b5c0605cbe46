/**
 * Report -> a ranked terminal table (cli-table3) with the reasons behind each score.
 * `?` marks a criterion with no data. Colour only when the caller says so (a TTY).
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { CRITERION_IDS, type CriterionId, type ExchangeReport, type Report } from '../types/report.js';
import { terminalText } from './terminalText.js';

export interface TableOptions {
  color: boolean;
  /** Print the reasons under the table (default true). */
  reasons?: boolean;
  /** Max reasons per criterion (default 1; verbose shows all). */
  reasonsPerCriterion?: number;
}

export const SHORT_NAMES: Record<CriterionId, string> = {
  availability: 'Avail',
  responsiveness: 'Resp',
  resolution: 'Resol',
  knowledge: 'Know',
  multilingual: 'Lang',
  channels: 'Chan',
  self_service: 'Self',
  security: 'Sec',
  transparency: 'Transp',
  feedback: 'Feedb',
};

function scoreColor(c: ChalkInstance, score: number | null, text: string): string {
  if (score === null) return c.dim(text);
  if (score >= 8) return c.green(text);
  if (score >= 5) return c.yellow(text);
  return c.red(text);
}

function gradeColor(c: ChalkInstance, x: ExchangeReport): string {
  if (x.grade === null) return c.dim('?');
  const g = x.grade;
  return g === 'A' || g === 'B' ? c.green(g) : g === 'C' ? c.yellow(g) : c.red(g);
}

export function renderTable(report: Report, opts: TableOptions): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const out: string[] = [];
  if (report.exchanges.length === 0) {
    out.push('No observations in the window. Run `supportscope probe` (or `supportscope demo`) first.');
    return `${out.join('\n')}\n`;
  }
  const table = new Table({
    head: ['#', 'Exchange', 'Overall', 'Grade', 'Coverage', ...CRITERION_IDS.map((id) => SHORT_NAMES[id])],
    style: { head: opts.color ? ['bold'] : [], border: opts.color ? ['grey'] : [], compact: true },
    colAligns: ['right', 'left', 'right', 'center', 'right', ...CRITERION_IDS.map(() => 'right' as const)],
  });
  for (const x of report.exchanges) {
    table.push([
      x.rank === null ? '-' : String(x.rank),
      terminalText(x.name),
      x.overall === null ? c.dim('?') : scoreColor(c, x.overall / 10, x.overall.toFixed(1)),
      gradeColor(c, x),
      `${Math.round(x.coverage * 100)}%`,
      ...CRITERION_IDS.map((id) => {
        const s = x.criteria[id].score;
        return scoreColor(c, s, s === null ? '?' : s.toFixed(1));
      }),
    ]);
  }
  out.push(table.toString());
  out.push(
    c.dim(
      `Scores 0–10 per criterion, overall 0–100 over the criteria with data; ? = not measured (lowers coverage, not the score). ` +
        `${report.runs} run${report.runs === 1 ? '' : 's'}${report.since ? ` since ${report.since}` : ''}.`,
    ),
  );
  if (opts.reasons !== false) {
    const per = opts.reasonsPerCriterion ?? 1;
    for (const x of report.exchanges) {
      out.push('');
      const head = `${x.rank ?? '-'}. ${terminalText(x.name)}`;
      const overall = x.overall === null ? 'not measured' : `${x.overall.toFixed(1)} (${x.grade}), coverage ${Math.round(x.coverage * 100)}%`;
      out.push(`${c.bold(head)}  ${overall}`);
      for (const f of x.redFlags) {
        out.push(c.red.bold(`  RED FLAG ${terminalText(f.kind)} on ${terminalText(f.channel)}${f.question ? ` (${f.question})` : ''}`));
      }
      for (const id of CRITERION_IDS) {
        const r = x.criteria[id];
        if (r.score === null) continue;
        const reasons = r.reasons.slice(0, per).map(terminalText);
        out.push(`  ${scoreColor(c, r.score, r.score.toFixed(1).padStart(4))}  ${id.padEnd(15)}${reasons.join('; ')}`);
      }
      const unmeasured = CRITERION_IDS.filter((id) => x.criteria[id].score === null);
      if (unmeasured.length > 0) out.push(c.dim(`     ?  not measured: ${unmeasured.join(', ')}`));
    }
  }
  return `${out.join('\n')}\n`;
}
