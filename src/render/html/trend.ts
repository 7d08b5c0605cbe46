/**
 * Trend lines over the report's time buckets, as inline SVG with axes. A bucket without
 * data (null) breaks the line and is shaded "no data": it is never drawn as 0. A lone
 * measured bucket between gaps is drawn as a dot, so it does not vanish.
 */
import type { Report } from '../../types/report.js';
import { esc, txt } from './escape.js';

export interface TrendSeriesPoint {
  start: string;
  end: string;
  value: number | null;
}

export interface TrendChartOptions {
  points: TrendSeriesPoint[];
  /** Top of the y axis (10 for criteria, 100 for overall). */
  max: number;
  bucket: Report['buckets']['size'];
  /** Accessible name of the chart. */
  label: string;
  size: 'large' | 'small';
}

const GEOMETRY = {
  large: { w: 640, h: 200, l: 34, r: 14, t: 12, b: 26, ticks: 4 },
  small: { w: 240, h: 112, l: 24, r: 8, t: 8, b: 22, ticks: 2 },
} as const;

const r1 = (n: number): string => String(Math.round(n * 10) / 10);

function when(iso: string, bucket: TrendChartOptions['bucket'], long: boolean): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t).toISOString();
  const day = long ? d.slice(0, 10) : d.slice(5, 10);
  return bucket === 'hour' ? `${day} ${d.slice(11, 13)}:00` : day;
}

function bucketTitle(p: TrendSeriesPoint, bucket: TrendChartOptions['bucket']): string {
  if (bucket === 'week') return `week of ${when(p.start, bucket, true)}`;
  return bucket === 'hour' ? `${when(p.start, bucket, true)} UTC` : when(p.start, bucket, true);
}

export function trendChart(o: TrendChartOptions): string {
  const g = GEOMETRY[o.size];
  const n = o.points.length;
  const plotW = g.w - g.l - g.r;
  const plotH = g.h - g.t - g.b;
  const step = n > 1 ? plotW / (n - 1) : plotW;
  const xAt = (i: number): number => (n > 1 ? g.l + i * step : g.l + plotW / 2);
  const yAt = (v: number): number => g.t + plotH - (Math.min(o.max, Math.max(0, v)) / o.max) * plotH;
  const out: string[] = [`<svg class="trend ${o.size}" viewBox="0 0 ${g.w} ${g.h}" role="img" aria-label="${txt(o.label)}">`];

  // No-data bands first (under the grid), merged over consecutive null buckets.
  for (let i = 0; i < n; ) {
    if (o.points[i]!.value !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && o.points[j + 1]!.value === null) j++;
    const x0 = Math.max(g.l, xAt(i) - (n > 1 ? step / 2 : plotW / 2));
    const x1 = Math.min(g.l + plotW, xAt(j) + (n > 1 ? step / 2 : plotW / 2));
    const span = i === j ? bucketTitle(o.points[i]!, o.bucket) : `${bucketTitle(o.points[i]!, o.bucket)} to ${bucketTitle(o.points[j]!, o.bucket)}`;
    out.push(`<rect class="gap" x="${r1(x0)}" y="${g.t}" width="${r1(Math.max(1, x1 - x0))}" height="${plotH}"><title>${esc(`${span}: no data`)}</title></rect>`);
    i = j + 1;
  }

  // Axes and grid.
  for (let k = 0; k <= g.ticks; k++) {
    const v = (o.max * k) / g.ticks;
    const y = yAt(v);
    out.push(`<line class="${k === 0 ? 'axis-line' : 'grid'}" x1="${g.l}" x2="${g.l + plotW}" y1="${r1(y)}" y2="${r1(y)}"/>`);
    out.push(`<text class="axis" x="${g.l - 5}" y="${r1(y + 3.5)}" text-anchor="end">${r1(v)}</text>`);
  }
  out.push(`<line class="axis-line" x1="${g.l}" x2="${g.l}" y1="${g.t}" y2="${g.t + plotH}"/>`);
  if (n > 0) {
    const labels = n === 1 ? [0] : o.size === 'small' ? [0, n - 1] : [0, Math.floor((n - 1) / 2), n - 1];
    labels.forEach((i, k) => {
      const anchor = n === 1 ? 'middle' : k === 0 ? 'start' : k === labels.length - 1 ? 'end' : 'middle';
      const x = n === 1 ? xAt(0) : k === 0 ? g.l : k === labels.length - 1 ? g.l + plotW : xAt(i);
      out.push(`<text class="axis" x="${r1(x)}" y="${g.h - 6}" text-anchor="${anchor}">${esc(when(o.points[i]!.start, o.bucket, false))}</text>`);
    });
  }

  // The line: one polyline per run of consecutive measured buckets; a lone point is a dot.
  let run: Array<[number, number]> = [];
  const flush = (): void => {
    if (run.length > 1) out.push(`<polyline class="line" points="${run.map(([x, y]) => `${r1(x)},${r1(y)}`).join(' ')}"/>`);
    else if (run.length === 1) out.push(`<circle class="lone" cx="${r1(run[0]![0])}" cy="${r1(run[0]![1])}" r="${o.size === 'large' ? 3.5 : 2.5}"/>`);
    run = [];
  };
  o.points.forEach((p, i) => {
    if (p.value === null) flush();
    else run.push([xAt(i), yAt(p.value)]);
  });
  flush();

  // Hover targets with the exact value, when there are few enough buckets to hover.
  if (n <= 62) {
    o.points.forEach((p, i) => {
      if (p.value === null) return;
      out.push(
        `<circle class="pt" cx="${r1(xAt(i))}" cy="${r1(yAt(p.value))}" r="${o.size === 'large' ? 2.5 : 1.8}"><title>${esc(`${bucketTitle(p, o.bucket)}: ${p.value.toFixed(1)}`)}</title></circle>`,
      );
    });
  }
  if (n === 0) out.push(`<text class="empty" x="${g.l + plotW / 2}" y="${g.t + plotH / 2}" text-anchor="middle">no time buckets</text>`);
  else if (o.points.every((p) => p.value === null))
    out.push(`<text class="empty" x="${g.l + plotW / 2}" y="${g.t + plotH / 2 + 4}" text-anchor="middle">not measured in any bucket</text>`);
  out.push('</svg>');
  return out.join('');
}
