import type { TopicId } from '../../types/facts.js';
import { piecewise } from '../curves.js';
import { type Criterion, combine, notMeasured } from '../criterion.js';

/** Topics a help center must cover (CRITERIA.md, self_service; seed 004's categories). */
export const CORE_TOPICS: readonly TopicId[] = ['account', 'security', 'deposit', 'withdrawal', 'fees', 'kyc', 'trading', 'api'];
/** User education (seed 004): beginner tutorials and risk warnings. */
export const EDUCATION_TOPICS: readonly TopicId[] = ['tutorial', 'risk-warning'];

/** Distinct article links -> 0–1. */
export const ARTICLE_COUNT_CURVE: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [5, 0.3],
  [20, 0.6],
  [50, 0.85],
  [100, 1],
];
/** Age of the newest article in days -> 0–1: ≤ 30 d fresh, a year 0.4, three years 0. */
export const FRESHNESS_CURVE: ReadonlyArray<readonly [number, number]> = [
  [30, 1],
  [90, 0.8],
  [365, 0.4],
  [730, 0.1],
  [1095, 0],
];

const DAY = 86_400_000;

export const self_service: Criterion = {
  id: 'self_service',
  name: 'Self-service',
  description: 'A knowledge base users can solve things with: required topics covered, searchable, enough articles, kept up to date.',
  seeds: ['000', '001', '004'],
  evaluate(e, ctx) {
    const f = e.helpCenter?.findings;
    if (!f) return notMeasured('not measured: no help-center page was fetched successfully');
    const core = CORE_TOPICS.filter((t) => f.topics.includes(t));
    const coreMissing = CORE_TOPICS.filter((t) => !f.topics.includes(t));
    const edu = EDUCATION_TOPICS.filter((t) => f.topics.includes(t));
    const newest = f.articleDates[0] ? Date.parse(f.articleDates[0]) : null;
    const ageDays = newest !== null && Number.isFinite(newest) ? Math.max(0, (ctx.now.getTime() - newest) / DAY) : null;
    const dated = f.articleDates.length;
    const medianAge =
      dated > 0 ? Math.max(0, (ctx.now.getTime() - Date.parse(f.articleDates[Math.floor(dated / 2)]!)) / DAY) : null;
    // Does the search find articles for the bank's questions? (Searches that failed are not counted.)
    const s = e.search;
    const answered = s ? s.searches - s.failed - s.skipped : 0;
    const searchShare = s && answered > 0 ? s.withResults / answered : null;
    const score = combine([
      { weight: 0.35, value: core.length / CORE_TOPICS.length },
      { weight: 0.1, value: edu.length / EDUCATION_TOPICS.length },
      { weight: 0.15, value: piecewise(ARTICLE_COUNT_CURVE, f.articleLinks) },
      { weight: 0.05, value: f.hasSearch || (s?.withResults ?? 0) > 0 ? 1 : 0 },
      { weight: 0.15, value: searchShare },
      { weight: 0.2, value: ageDays === null ? null : piecewise(FRESHNESS_CURVE, ageDays) },
    ]);
    const reasons = [
      `covers ${core.length} of ${CORE_TOPICS.length} core topics` + (coreMissing.length > 0 ? ` (missing: ${coreMissing.join(', ')})` : ''),
    ];
    reasons.push(
      ageDays === null
        ? 'no article dates found, so freshness is unknown'
        : `newest article ${Math.round(ageDays)} days old` +
            (medianAge !== null && dated > 1 ? ` (median ${Math.round(medianAge)} days over ${dated} dated)` : ''),
    );
    reasons.push(`${f.articleLinks} article links found over ${f.pages} pages crawled`);
    if (searchShare !== null) reasons.push(`its search found articles for ${s!.withResults} of ${answered} bank questions asked`);
    else reasons.push(f.hasSearch ? 'search form present' : 'no search form found');
    reasons.push(
      edu.length === EDUCATION_TOPICS.length
        ? 'has beginner tutorials and risk warnings'
        : `user education: ${edu.length > 0 ? `only ${edu.join(', ')}` : 'no beginner tutorials or risk warnings found'}`,
    );
    return {
      score,
      reasons,
      metrics: {
        coreTopics: core.length,
        educationTopics: edu.length,
        articleLinks: f.articleLinks,
        hasSearch: f.hasSearch,
        searchHitShare: searchShare === null ? null : Math.round(searchShare * 1000) / 1000,
        newestArticleAgeDays: ageDays === null ? null : Math.round(ageDays),
        datedArticles: dated,
      },
    };
  },
};
