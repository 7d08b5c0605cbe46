/**
 * Figures as people read them, shared by the Markdown and HTML renderers so both say the
 * same thing: scores with one decimal, `?` for "not measured", percentages, durations and
 * UTC timestamps. Pure: dates come from the report, never from the clock.
 */

import { GRADE_BANDS } from '../score/report.js';

/** The mark for a figure that was not measured (Scorecard's convention). */
export const UNMEASURED = '?';

export function fmtScore(score: number | null): string {
  return score === null ? UNMEASURED : score.toFixed(1);
}

/** 0–1 share -> "70%" (null -> "?"). */
export function fmtPercent(share: number | null, digits = 0): string {
  if (share === null) return UNMEASURED;
  return `${(share * 100).toFixed(digits)}%`;
}

/**
 * An availability share: one decimal unless round ("99.4%", "100%"), rounded down so that
 * anything short of every probe succeeding never reads as 100%.
 */
export function fmtAvailability(share: number | null): string {
  if (share === null) return UNMEASURED;
  const tenths = Math.floor(share * 1000 + 1e-9);
  return tenths % 10 === 0 ? `${tenths / 10}%` : `${(tenths / 10).toFixed(1)}%`;
}

export function fmtMs(ms: number | null): string {
  if (ms === null) return UNMEASURED;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(0)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms)} ms`;
}

/** Seconds -> "45 s", "3 min 20 s", "1 h 30 min", "2 d 4 h". */
export function fmtSeconds(sec: number | null): string {
  if (sec === null) return UNMEASURED;
  const s = Math.round(sec);
  if (s < 60) return `${s} s`;
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const r = s % 60;
    return r === 0 ? `${m} min` : `${m} min ${r} s`;
  }
  if (s < 86_400) {
    const h = Math.floor(s / 3600);
    const m = Math.round((s % 3600) / 60);
    return m === 0 ? `${h} h` : m === 60 ? `${h + 1} h` : `${h} h ${m} min`;
  }
  const d = Math.floor(s / 86_400);
  const h = Math.round((s % 86_400) / 3600);
  return h === 0 ? `${d} d` : h === 24 ? `${d + 1} d` : `${d} d ${h} h`;
}

/** ISO 8601 -> "2026-11-25 06:00 UTC"; text that is not a date is returned as it is. */
export function fmtDateTime(iso: string | null): string {
  if (iso === null) return UNMEASURED;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} UTC`;
}

/** ISO 8601 -> "2026-11-25" (UTC). */
export function fmtDate(iso: string | null): string {
  if (iso === null) return UNMEASURED;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10);
}

/** The report's window in words. */
export function fmtWindow(since: string | null, until: string | null): string {
  if (since === null && until === null) return 'all stored observations';
  if (since === null) return `everything up to ${fmtDateTime(until)}`;
  return `${fmtDateTime(since)} → ${until === null ? 'report time' : fmtDateTime(until)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A red-flag kind id ("asks-for-seed-phrase") in words ("asks for seed phrase"). */
export function kindWords(kind: string): string {
  return kind.replace(/[-_]+/g, ' ').trim();
}

/** A metric value as text: booleans as yes/no, null as "?". */
export function fmtMetric(v: number | string | boolean | null): string {
  if (v === null) return UNMEASURED;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  return v;
}

/** Score band shared by every renderer: good ≥ 8, fair ≥ 5, poor below (0–10 scale). */
export type Band = 'good' | 'fair' | 'poor' | 'none';
export function bandOf(score: number | null): Band {
  if (score === null) return 'none';
  return score >= 8 ? 'good' : score >= 5 ? 'fair' : 'poor';
}

/** The grade bands in words: "A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, F below". */
export function gradeLegend(): string {
  const bands = GRADE_BANDS.filter(([min]) => min > 0).map(([min, g]) => `${g} ≥ ${min}`);
  const last = GRADE_BANDS.find(([min]) => min === 0)?.[1];
  return last ? `${bands.join(', ')}, ${last} below` : bands.join(', ');
}
