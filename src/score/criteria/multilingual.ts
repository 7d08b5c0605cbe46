import { piecewise } from '../curves.js';
import { type Criterion, combine, notMeasured, pct } from '../criterion.js';

/** The question bank's required languages (CRITERIA.md). */
export const BANK_LANGUAGES = ['en', 'zh', 'ru', 'fa', 'ko'] as const;

/** Distinct languages offered -> 0–1: one language 0.1, two 0.4, three 0.55, five 0.75, eight 0.9, twelve 1. */
export const LANGUAGE_BREADTH_CURVE: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [1, 0.1],
  [2, 0.4],
  [3, 0.55],
  [5, 0.75],
  [8, 0.9],
  [12, 1],
];

export const multilingual: Criterion = {
  id: 'multilingual',
  name: 'Multilingual',
  description: 'Users are served in their own language: locales the help center offers and the languages its pages are written in.',
  seeds: ['000', '001', '003', '004'],
  evaluate(e) {
    const f = e.helpCenter?.findings;
    if (!f) return notMeasured('not measured: no help-center page was fetched successfully');
    const offered = [...new Set([...f.localeLanguages, ...f.pageLanguages])].sort();
    if (offered.length === 0) return notMeasured('not measured: no page language or locale could be determined');
    const bankCovered = BANK_LANGUAGES.filter((l) => offered.includes(l));
    const bankMissing = BANK_LANGUAGES.filter((l) => !offered.includes(l));
    const claimed = e.claimedLanguages.map((l) => l.toLowerCase().split('-')[0]!).filter(Boolean);
    const claimedMissing = [...new Set(claimed)].filter((l) => !offered.includes(l));
    const claimedShare = claimed.length > 0 ? 1 - claimedMissing.length / new Set(claimed).size : null;
    // Answers from the help center's search in the asked language (non-English questions only).
    const asked = (e.search?.answers ?? []).filter((a) => a.lang !== 'en' && a.results !== null);
    const inLanguage = asked.filter((a) => a.best?.grade.languageMatch === true);
    const answerShare = asked.length > 0 ? inLanguage.length / asked.length : null;
    const score = combine([
      { weight: 0.45, value: piecewise(LANGUAGE_BREADTH_CURVE, offered.length) },
      { weight: 0.2, value: bankCovered.length / BANK_LANGUAGES.length },
      { weight: 0.1, value: claimedShare },
      { weight: 0.25, value: answerShare },
    ]);
    const reasons = [
      `help center offers ${offered.length} language${offered.length === 1 ? '' : 's'} (${offered.join(', ')})` +
        (f.locales.length > 0 ? ` in ${f.locales.length} locale${f.locales.length === 1 ? '' : 's'}` : ''),
      `${bankCovered.length} of ${BANK_LANGUAGES.length} question-bank languages` +
        (bankMissing.length > 0 ? `; missing ${bankMissing.join(', ')}` : ''),
    ];
    if (answerShare !== null) {
      const wrong = asked.filter((a) => !inLanguage.includes(a));
      const langs = [...new Set(wrong.map((a) => a.lang))].sort();
      reasons.push(
        `search answered ${inLanguage.length} of ${asked.length} non-English questions with an article in the asked language` +
          (langs.length > 0 ? ` (not in: ${langs.join(', ')})` : ''),
      );
    }
    if (claimedMissing.length > 0) reasons.push(`claims ${claimedMissing.join(', ')} but no such locale was found`);
    else if (claimedShare !== null) reasons.push(`every claimed language found (${pct(1)})`);
    return {
      score,
      reasons,
      metrics: {
        languages: offered.length,
        locales: f.locales.length,
        bankLanguagesCovered: bankCovered.length,
        claimedLanguagesMissing: claimed.length > 0 ? claimedMissing.length : null,
        answersInAskedLanguage: answerShare === null ? null : Math.round(answerShare * 1000) / 1000,
      },
    };
  },
};
