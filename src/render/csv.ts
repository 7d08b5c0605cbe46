/**
 * Report -> CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or
 * a line break; UTF-8, one header row). Two kinds of row, told apart by `record_type`:
 *   criterion: one per exchange × criterion (score, weight, top reason);
 *   channel:   one per exchange × channel (help center, help-center search, email, ticket,
 *              chat) with its figures.
 * Columns that do not apply to a row, and figures that were not measured, are empty.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab / CR) as a formula, and
 * exchange names and reasons are untrusted: such a cell gets a leading apostrophe
 * (OWASP "CSV injection"), which spreadsheets show as text and hide.
 */
import { CRITERION_IDS, type ExchangeReport, type Report } from '../types/report.js';
import { CHANNEL_KEYS, type ChannelKey } from './channelRows.js';
import { byRank } from './order.js';
import { cleanLine } from './text.js';

export const CSV_COLUMNS = [
  'record_type',
  'exchange_id',
  'exchange_name',
  'rank',
  'overall',
  'grade',
  'coverage',
  'criterion',
  'weight',
  'score',
  'top_reason',
  'channel',
  'observations',
  'ok',
  'availability',
  'latency_p50_ms',
  'latency_p95_ms',
  'conversations',
  'replied',
  'first_reply_p50_sec',
  'first_substantive_reply_p50_sec',
  'human_handoff_p50_sec',
  'searches',
  'failed',
  'with_results',
  'answered',
  'mean_score',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | null | undefined;

const CHANNEL_NAMES: Record<ChannelKey, string> = { helpCenter: 'help_center', search: 'search', email: 'email', ticket: 'ticket', chat: 'chat' };

export function renderCsv(report: Report): string {
  const lines = [CSV_COLUMNS.join(',')];
  const weights = new Map(report.criteria.map((c) => [c.id, c.weight]));
  for (const x of byRank(report.exchanges)) {
    const base = exchangeCells(x);
    for (const id of CRITERION_IDS) {
      const r = x.criteria[id];
      lines.push(
        line({
          ...base,
          record_type: 'criterion',
          criterion: id,
          weight: weights.get(id) ?? null,
          score: r.score,
          top_reason: r.reasons[0] ?? null,
        }),
      );
    }
    for (const key of CHANNEL_KEYS) lines.push(line({ ...base, record_type: 'channel', channel: CHANNEL_NAMES[key], ...channelCells(x, key) }));
  }
  return `${lines.join('\r\n')}\r\n`;
}

function exchangeCells(x: ExchangeReport): Partial<Record<Column, Cell>> {
  return {
    exchange_id: x.id,
    exchange_name: x.name,
    rank: x.rank,
    overall: x.overall,
    grade: x.grade,
    coverage: x.coverage,
  };
}

function channelCells(x: ExchangeReport, key: ChannelKey): Partial<Record<Column, Cell>> {
  if (key === 'helpCenter') {
    const s = x.channels.helpCenter;
    if (!s) return {};
    return { observations: s.observations, ok: s.ok, availability: s.availability, latency_p50_ms: s.latencyP50Ms, latency_p95_ms: s.latencyP95Ms };
  }
  if (key === 'search') {
    const s = x.channels.search ?? null;
    if (!s) return {};
    return { searches: s.searches, failed: s.failed, with_results: s.withResults, answered: s.answered, mean_score: s.meanScore };
  }
  if (key === 'chat') {
    const s = x.channels.chat;
    if (!s) return {};
    return { conversations: s.conversations, replied: s.replied, first_reply_p50_sec: s.firstReplyP50Sec, human_handoff_p50_sec: s.humanHandoffP50Sec };
  }
  const s = x.channels[key];
  if (!s) return {};
  return {
    conversations: s.conversations,
    replied: s.replied,
    first_reply_p50_sec: s.firstReplyP50Sec,
    first_substantive_reply_p50_sec: s.firstSubstantiveReplyP50Sec,
  };
}

function line(cells: Partial<Record<Column, Cell>>): string {
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

/** One RFC 4180 field: null/undefined -> empty; text cleaned, formula-guarded, quoted if needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = cleanLine(value, 2000);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
