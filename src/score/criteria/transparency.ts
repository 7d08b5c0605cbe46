import { piecewise } from '../curves.js';
import { type Criterion, combine, notMeasured } from '../criterion.js';

/** Age of the newest dated article or announcement, days -> 0–1. */
export const ANNOUNCEMENT_FRESHNESS_CURVE: ReadonlyArray<readonly [number, number]> = [
  [7, 1],
  [30, 0.8],
  [90, 0.5],
  [365, 0.1],
  [730, 0],
];

const DAY = 86_400_000;

export const transparency: Criterion = {
  id: 'transparency',
  name: 'Transparency',
  description: 'Tells users what is going on: a status page, announcements, and how fresh they are.',
  seeds: ['000', '004'],
  evaluate(e, ctx) {
    const f = e.helpCenter?.findings;
    if (!f) return notMeasured('not measured: no help-center page was fetched successfully');
    const newest = f.articleDates[0] ? Date.parse(f.articleDates[0]) : null;
    const ageDays = newest !== null && Number.isFinite(newest) ? Math.max(0, (ctx.now.getTime() - newest) / DAY) : null;
    const score = combine([
      { weight: 0.4, value: f.statusPageLinks.length > 0 ? 1 : 0 },
      { weight: 0.3, value: f.announcementLinks.length > 0 ? 1 : 0 },
      { weight: 0.3, value: ageDays === null ? null : piecewise(ANNOUNCEMENT_FRESHNESS_CURVE, ageDays) },
    ]);
    const reasons = [
      f.statusPageLinks.length > 0 ? `links a status page (${f.statusPageLinks[0]})` : 'no status page linked from the help center',
      f.announcementLinks.length > 0 ? 'has an announcements / news section' : 'no announcements section found',
      ageDays === null ? 'no dated posts found' : `newest dated post ${Math.round(ageDays)} days old`,
      'partial: the status page itself and incident history are not probed yet',
    ];
    return {
      score,
      reasons,
      metrics: {
        statusPageLinked: f.statusPageLinks.length > 0,
        announcements: f.announcementLinks.length > 0,
        newestPostAgeDays: ageDays === null ? null : Math.round(ageDays),
        partial: true,
      },
    };
  },
};
