/**
 * The 7×24 hour-of-week heat-maps (rows Monday..Sunday, columns 00..23 UTC): does "24/7
 * support" hold at 3 a.m. on Sunday? One coloured by availability, one by p50 response
 * time. Every cell is an SVG <rect> with a <title> (the tooltip: probes, ok, availability,
 * p50); an hour without a probe is drawn empty and says "no probe", never as 0 or 100%.
 */
import type { HourOfWeekCell } from '../../types/report.js';
import { fmtAvailability, fmtMs, plural } from '../format.js';
import { esc, txt } from './escape.js';

export type HeatKind = 'availability' | 'latency';

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const EMPTY: HourOfWeekCell = { probes: 0, ok: 0, availability: null, latencyP50Ms: null };

/** Availability classes, best first, with the lower bound of each. */
export const AVAILABILITY_LEVELS: ReadonlyArray<readonly [string, number, string]> = [
  ['h5', 1, '100%'],
  ['h4', 0.99, '≥ 99%'],
  ['h3', 0.95, '≥ 95%'],
  ['h2', 0.8, '≥ 80%'],
  ['h1', 0.5, '≥ 50%'],
  ['h0', 0, '< 50%'],
];

/** Response-time classes, fastest first, with the upper bound (ms) of each. */
export const LATENCY_LEVELS: ReadonlyArray<readonly [string, number, string]> = [
  ['h5', 200, '≤ 200 ms'],
  ['h4', 500, '≤ 500 ms'],
  ['h3', 1000, '≤ 1 s'],
  ['h2', 2000, '≤ 2 s'],
  ['h1', 5000, '≤ 5 s'],
  ['h0', Number.POSITIVE_INFINITY, '> 5 s'],
];

/** The grid as exactly 7 rows of 24 cells (a report without history has an empty grid). */
export function normalizeGrid(grid: HourOfWeekCell[][] | undefined): HourOfWeekCell[][] {
  return Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => grid?.[d]?.[h] ?? EMPTY));
}

export function cellClass(cell: HourOfWeekCell, kind: HeatKind): string {
  if (cell.probes <= 0) return 'none';
  if (kind === 'availability') {
    const a = cell.availability ?? (cell.probes > 0 ? cell.ok / cell.probes : null);
    if (a === null) return 'none';
    return AVAILABILITY_LEVELS.find(([, min]) => a >= min)?.[0] ?? 'h0';
  }
  if (cell.latencyP50Ms === null || cell.ok <= 0) return 'fail';
  const ms = cell.latencyP50Ms;
  return LATENCY_LEVELS.find(([, max]) => ms <= max)?.[0] ?? 'h0';
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function cellTitle(cell: HourOfWeekCell, day: number, hour: number): string {
  const when = `${DAYS[day] ?? '?'} ${pad2(hour)}:00–${pad2((hour + 1) % 24)}:00 UTC`;
  if (cell.probes <= 0) return `${when} · no probe`;
  const p50 = cell.latencyP50Ms === null ? 'no successful probe' : `p50 ${fmtMs(cell.latencyP50Ms)}`;
  return `${when} · ${plural(cell.probes, 'probe')}, ${cell.ok} ok (${fmtAvailability(cell.availability)}) · ${p50}`;
}

const CELL = 14;
const GAP = 2;
const LEFT = 36;
const TOP = 16;

export function heatmap(grid: HourOfWeekCell[][] | undefined, kind: HeatKind, label: string): string {
  const g = normalizeGrid(grid);
  const step = CELL + GAP;
  const width = LEFT + 24 * step;
  const height = TOP + 7 * step;
  const out: string[] = [
    `<svg class="heatmap ${kind}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${txt(label)}">`,
  ];
  for (let h = 0; h < 24; h += 3) out.push(`<text class="axis" x="${LEFT + h * step + CELL / 2}" y="10" text-anchor="middle">${pad2(h)}</text>`);
  g.forEach((row, d) => {
    const y = TOP + d * step;
    out.push(`<text class="axis" x="${LEFT - 6}" y="${y + CELL - 3}" text-anchor="end">${DAYS[d]}</text>`);
    row.forEach((cell, h) => {
      const x = LEFT + h * step;
      out.push(
        `<rect class="hm ${cellClass(cell, kind)}" x="${x}" y="${y}" width="${CELL}" height="${CELL}"><title>${esc(cellTitle(cell, d, h))}</title></rect>`,
      );
    });
  });
  out.push('</svg>');
  return out.join('');
}

/** The colour key under a heat-map. */
export function heatLegend(kind: HeatKind): string {
  const levels = kind === 'availability' ? AVAILABILITY_LEVELS : LATENCY_LEVELS;
  const items = levels.map(([cls, , text]) => `<li><span class="sw ${cls}"></span>${esc(text)}</li>`);
  if (kind === 'latency') items.push('<li><span class="sw fail"></span>no successful probe</li>');
  items.push('<li><span class="sw none"></span>no probe</li>');
  return `<ul class="key" aria-label="colour key">${items.join('')}</ul>`;
}

/** One sentence about the grid: hours covered, the worst hour. */
export function heatSummary(grid: HourOfWeekCell[][] | undefined, kind: HeatKind): string {
  const g = normalizeGrid(grid);
  let probed = 0;
  let worst: { d: number; h: number; v: number } | null = null;
  g.forEach((row, d) =>
    row.forEach((cell, h) => {
      if (cell.probes <= 0) return;
      probed++;
      if (kind === 'availability') {
        const v = cell.availability ?? cell.ok / cell.probes;
        if (worst === null || v < worst.v) worst = { d, h, v };
      } else if (cell.latencyP50Ms !== null) {
        const v = cell.latencyP50Ms;
        if (worst === null || v > worst.v) worst = { d, h, v };
      }
    }),
  );
  if (probed === 0) return 'No help-center probe in this window, so no hour of the week can be judged.';
  const cover = `${probed} of 168 hours of the week probed.`;
  const w = worst as { d: number; h: number; v: number } | null;
  if (w === null) return `${cover} No probe succeeded, so there is no response time.`;
  const when = `${DAYS[w.d]} ${pad2(w.h)}:00 UTC`;
  return kind === 'availability'
    ? `${cover} Least available hour: ${when} (${fmtAvailability(w.v)}).`
    : `${cover} Slowest hour: ${when} (p50 ${fmtMs(w.v)}).`;
}
