/**
 * Small inline-SVG figures for scores: a 0–10 bar, a coverage bar and the overall gauge
 * (a ring, as Lighthouse draws its category scores). Sizes are SVG attributes, never
 * `style=""` (which the page's CSP forbids); colours come from CSS classes by score band.
 */
import { bandOf, fmtPercent, fmtScore } from '../format.js';

const r1 = (n: number): string => String(Math.round(n * 10) / 10);
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** A 0–10 score bar (or nothing for an unmeasured score). */
export function scoreBar(score: number | null): string {
  if (score === null) return '';
  const w = clamp(score, 0, 10) * 10;
  return (
    `<svg class="bar ${bandOf(score)}" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect class="track" width="100" height="8" rx="4"/><rect class="fill" width="${r1(w)}" height="8" rx="4"/></svg>`
  );
}

/** Coverage 0–1 as a thin neutral bar. */
export function coverageBar(share: number): string {
  const w = clamp(share, 0, 1) * 100;
  return (
    `<svg class="bar cov" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">` +
    `<rect class="track" width="100" height="8" rx="4"/><rect class="fill" width="${r1(w)}" height="8" rx="4"/></svg>`
  );
}

/** The overall score 0–100 as a ring with the number inside; `?` when not measured. */
export function gauge(overall: number | null, grade: string | null): string {
  const r = 42;
  const c = 2 * Math.PI * r;
  const band = overall === null ? 'none' : bandOf(overall / 10);
  const arc = overall === null ? 0 : (clamp(overall, 0, 100) / 100) * c;
  const label = overall === null ? 'overall score not measured' : `overall score ${overall.toFixed(1)} of 100, grade ${grade ?? '?'}`;
  return (
    `<svg class="gauge ${band}" viewBox="0 0 100 100" role="img" aria-label="${label}">` +
    `<circle class="track" cx="50" cy="50" r="${r}"/>` +
    (arc > 0
      ? `<circle class="arc" cx="50" cy="50" r="${r}" stroke-dasharray="${r1(arc)} ${r1(c)}" transform="rotate(-90 50 50)"/>`
      : '') +
    `<text class="value" x="50" y="${grade ? 52 : 58}" text-anchor="middle">${overall === null ? '?' : overall.toFixed(overall >= 99.95 ? 0 : 1)}</text>` +
    (grade ? `<text class="grade-in" x="50" y="72" text-anchor="middle">grade ${grade}</text>` : '') +
    `</svg>`
  );
}

/** A score as text with its band class, `?` greyed with a title when unmeasured. */
export function scoreText(score: number | null): string {
  return score === null
    ? `<span class="num none" title="not measured">?</span>`
    : `<span class="num ${bandOf(score)}">${fmtScore(score)}</span>`;
}

export function coverageText(share: number): string {
  return `<span class="num">${fmtPercent(share)}</span>`;
}
