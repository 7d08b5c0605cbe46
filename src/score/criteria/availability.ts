import { piecewise } from '../curves.js';
import { type Criterion, notMeasured, pct, plural } from '../criterion.js';

/** Success share -> score (0–1): 100 % -> 1, 99 % -> 0.9, 95 % -> 0.7, 90 % -> 0.5, 80 % -> 0.3, ≤ 50 % -> 0. */
export const AVAILABILITY_CURVE: ReadonlyArray<readonly [number, number]> = [
  [0.5, 0],
  [0.8, 0.3],
  [0.9, 0.5],
  [0.95, 0.7],
  [0.99, 0.9],
  [1, 1],
];

export const availability: Criterion = {
  id: 'availability',
  name: 'Availability',
  description: 'Support you cannot reach is no support: the share of probes of each support surface that worked.',
  seeds: ['000', '001', '004'],
  evaluate(e) {
    const s = e.helpCenter?.stats;
    const attempts = s ? s.ok + s.failed : 0;
    if (!s || attempts === 0) return notMeasured('not measured: no help-center probe was made in the window');
    const share = s.ok / attempts;
    const reasons = [`${s.ok} of ${plural(attempts, 'help-center probe')} succeeded (${pct(share)})`];
    const codes = Object.entries(s.errorsByCode)
      .filter(([code]) => code !== 'robots_disallowed' && code !== 'invalid_url')
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
    if (codes.length > 0) reasons.push(`failures: ${codes.map(([c, n]) => `${n} × ${c}`).join(', ')}`);
    if (s.skipped > 0) reasons.push(`${plural(s.skipped, 'page')} not fetched (robots.txt or invalid links; not counted)`);
    if (s.firstAt && s.lastAt && s.firstAt !== s.lastAt) reasons.push(`observed from ${s.firstAt} to ${s.lastAt}`);
    return {
      score: Math.round(piecewise(AVAILABILITY_CURVE, share) * 100) / 10,
      reasons,
      metrics: { probes: attempts, ok: s.ok, failed: s.failed, skipped: s.skipped, successShare: Math.round(share * 1000) / 1000 },
    };
  },
};
