import type { QuestionAnswer } from '../../judge/search/searchFindings.js';
import { round } from '../curves.js';
import { type Criterion, notMeasured, plural } from '../criterion.js';

/** "enable-2fa (en, ru)" for a list of question × language pairs. */
export function pairsByQuestion(pairs: readonly QuestionAnswer[]): string {
  const by = new Map<string, string[]>();
  for (const p of pairs) by.set(p.question, [...(by.get(p.question) ?? []), p.lang]);
  return [...by.entries()].map(([q, langs]) => `${q} (${langs.join(', ')})`).join('; ');
}

export const knowledge: Criterion = {
  id: 'knowledge',
  name: 'Knowledge',
  description: 'Accurate, complete, specific answers to the question bank (basics, trading, fees, security, regulation).',
  seeds: ['000', '002', '003', '004'],
  evaluate(e) {
    const s = e.search;
    if (!s) return notMeasured('not measured: the help center has no search the probe could use (none detected or configured)');
    const measured = s.answers.filter((a) => a.results !== null);
    if (measured.length === 0) {
      return notMeasured(`not measured: every one of ${plural(s.searches, 'search', 'searches')} failed or was skipped`);
    }
    // Per question, the best article in any language asked: what the knowledge base knows.
    // Whether it says it in the user's language is the multilingual criterion's business.
    // A question whose searches worked and found nothing anywhere scores 0: that is a measurement.
    const byQuestion = new Map<string, QuestionAnswer[]>();
    for (const a of measured) byQuestion.set(a.question, [...(byQuestion.get(a.question) ?? []), a]);
    const best = [...byQuestion.entries()].map(([question, pairs]) => {
      const top = pairs.filter((p) => p.best).sort((x, y) => y.best!.grade.score - x.best!.grade.score)[0] ?? null;
      return { question, pairs, top };
    });
    const mean = best.reduce((n, q) => n + (q.top?.best!.grade.score ?? 0), 0) / best.length;
    const langs = [...new Set(measured.map((a) => a.lang))].sort();
    const nothing = best.filter((q) => !q.top);
    const answered = best.filter((q) => q.top).sort((x, y) => y.top!.best!.grade.score - x.top!.best!.grade.score);
    const substantive = answered.filter((q) => q.top!.best!.grade.substantive).length;
    const reasons = [
      `the best help-center answers to ${plural(best.length, 'bank question')} average ${round(mean).toFixed(1)}/10 (searched in ${langs.join(', ')})`,
    ];
    if (nothing.length > 0) reasons.push(`no article found in any language for ${nothing.map((q) => q.question).join(', ')}`);
    const strongest = answered[0];
    const weakest = answered[answered.length - 1];
    if (strongest && weakest && answered.length > 1) {
      reasons.push(
        `strongest: ${strongest.question} ${strongest.top!.best!.grade.score.toFixed(1)} (${strongest.top!.lang}); ` +
          `weakest answered: ${weakest.question} ${weakest.top!.best!.grade.score.toFixed(1)} (${weakest.top!.lang})`,
      );
      const why = weakest.top!.best!.grade.reasons.find((r) => r.startsWith('missing')) ?? weakest.top!.best!.grade.reasons[0];
      if (why) reasons.push(`${weakest.question}: ${why}`);
    }
    const gaps = measured.filter((a) => !a.best);
    if (gaps.length > 0 && nothing.length < best.length) reasons.push(`no article in the asked language for ${pairsByQuestion(gaps.filter((g) => !nothing.some((n) => n.question === g.question)))}`);
    return {
      score: round(mean),
      reasons,
      metrics: {
        questions: best.length,
        answered: answered.length,
        substantive,
        meanBestScore: round(mean, 2),
        pairsAsked: measured.length,
        pairsAnswered: measured.length - gaps.length,
        languages: langs.length,
      },
    };
  },
};
