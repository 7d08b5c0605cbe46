/**
 * AssertOutcome -> a terminal table of what failed or was not measured (every check with
 * `all`), then one summary line; or JSON. Exchange names go through terminalText.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AssertOutcome, AssertionResult } from '../types/assert.js';
import { terminalText } from './terminalText.js';

export function renderAssertJson(o: AssertOutcome): string {
  return `${JSON.stringify(o, null, 2)}\n`;
}

function statusWord(ch: ChalkInstance, r: AssertionResult): string {
  if (r.status === 'pass') return ch.green('pass');
  if (r.status === 'not measured') return ch.yellow('not measured');
  return r.severity === 'error' ? ch.red.bold('FAIL') : ch.yellow('warn');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const when = (iso: string | null) => (iso === null ? 'now' : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`);

/** "assert: FAILED: 2 errors, 1 warning, 3 not measured, 14 passed (20 checks; window …)". */
export function assertSummaryLine(o: AssertOutcome): string {
  const s = o.summary;
  const parts = [
    s.errors > 0 ? plural(s.errors, 'error') : null,
    s.warnings > 0 ? plural(s.warnings, 'warning') : null,
    s.notMeasured > 0 ? `${s.notMeasured} not measured` : null,
    `${s.passed} passed`,
  ].filter((p): p is string => p !== null);
  const window = o.since === null ? `everything up to ${when(o.until)}` : `${when(o.since)} → ${when(o.until)}`;
  return `assert: ${o.passed ? 'passed' : 'FAILED'}: ${parts.join(', ')} (${plural(s.total, 'check')}; window ${window})`;
}

export function renderAssertTable(o: AssertOutcome, opts: { color: boolean; all?: boolean }): string {
  const ch = new Chalk({ level: opts.color ? 1 : 0 });
  const shown = opts.all ? o.results : o.results.filter((r) => r.status !== 'pass');
  const out: string[] = [];
  if (shown.length > 0) {
    const table = new Table({
      head: ['Result', 'Exchange', 'Criterion', 'Expected', 'Actual', 'Level', 'From'],
      style: { head: opts.color ? ['bold'] : [], border: opts.color ? ['grey'] : [], compact: true },
      colAligns: ['left', 'left', 'left', 'right', 'right', 'left', 'left'],
    });
    for (const r of shown) {
      const expected = r.criterion === 'redFlags' ? 'none' : `>= ${r.expected}`;
      const actual = r.actual === null ? '?' : r.criterion === 'redFlags' ? String(r.actual) : r.actual.toFixed(1);
      const exchange = r.exchange === '*' ? terminalText(r.exchangeName) : `${terminalText(r.exchangeName)}${r.exchangeName === r.exchange ? '' : ` (${r.exchange})`}`;
      table.push([statusWord(ch, r), exchange, r.criterion, expected, actual, r.severity ?? r.level, r.source]);
    }
    out.push(table.toString());
  }
  const line = assertSummaryLine(o);
  out.push(o.passed ? (o.summary.warnings + o.summary.notMeasured > 0 ? ch.yellow(line) : ch.green(line)) : ch.red.bold(line));
  return `${out.join('\n')}\n`;
}
