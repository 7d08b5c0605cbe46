import { logNormalScore, round } from '../curves.js';
import { type Criterion, combine, ms, notMeasured, plural } from '../criterion.js';

/** Help-center time to first byte, ms: p50 scores 0.9 at 400 ms and 0.5 at 1.5 s. */
export const TTFB_P50_CURVE = { p10: 400, median: 1500 };
/** Help-center TTFB tail, ms: p95 scores 0.9 at 1 s and 0.5 at 4 s. */
export const TTFB_P95_CURVE = { p10: 1000, median: 4000 };

export const responsiveness: Criterion = {
  id: 'responsiveness',
  name: 'Responsiveness',
  description: 'A fast first response: how long support surfaces take to answer (help-center TTFB now; chat and email reply times as those channels land).',
  seeds: ['000', '002', '004'],
  evaluate(e) {
    const s = e.helpCenter?.stats;
    if (!s || s.ttfbP50Ms === null) return notMeasured('not measured: no successful help-center probe with a timing');
    const p50 = s.ttfbP50Ms;
    const p95 = s.ttfbP95Ms ?? p50;
    const score = combine([
      { weight: 0.7, value: logNormalScore(TTFB_P50_CURVE, p50) },
      { weight: 0.3, value: logNormalScore(TTFB_P95_CURVE, p95) },
    ]);
    const reasons = [`help center p50 TTFB ${ms(p50)}, p95 ${ms(p95)} across ${plural(s.ok, 'successful probe')}`];
    if (s.totalP50Ms !== null) reasons.push(`full page p50 ${ms(s.totalP50Ms)}${s.totalP95Ms !== null ? `, p95 ${ms(s.totalP95Ms)}` : ''}`);
    reasons.push('chat, email and ticket reply times not measured yet');
    return {
      score,
      reasons,
      metrics: {
        ttfbP50Ms: round(p50),
        ttfbP95Ms: round(p95),
        totalP50Ms: s.totalP50Ms === null ? null : round(s.totalP50Ms),
        totalP95Ms: s.totalP95Ms === null ? null : round(s.totalP95Ms),
        samples: s.ok,
      },
    };
  },
};
