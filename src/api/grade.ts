/**
 * `grade`: the answer grader as a library (the bank itself: api/questions.ts).
 *
 *   const g = grade({ question: 'enable-2fa', answerText: reply, lang: 'en', officialDomains: ['aurora-exchange.example'] });
 *   console.log(g.score, g.reasons);
 *
 * Input mistakes (an unknown question id, a language that is not a language code, a domain
 * that is not a host name) are a UsageError naming what was expected; any reply text is graded.
 */
import { UsageError } from '../errors.js';
import { gradeReply, GRADER_VERSION } from '../judge/answer/grade.js';
import { normalizeLanguageTag } from '../judge/answer/replyLanguage.js';
import { normalizeDomains } from '../judge/answer/specificity.js';
import { BANK_LANGUAGES, QUESTION_IDS, type Grade, type QuestionId } from '../types/knowledge.js';

export { GRADER_VERSION };

export interface GradeOptions {
  /** A question id of the bank (`supportscope questions`). */
  question: string;
  /** The reply as received: plain text or HTML. */
  answerText: string;
  /** The language the question was asked in (en, zh, zh-TW, ru, fa, ko, es, tr, ja, or any other language code). */
  lang?: string;
  /** The exchange's own domains (links there are official; elsewhere they may be red flags). */
  officialDomains?: string[];
}

function isQuestionId(id: string): id is QuestionId {
  return (QUESTION_IDS as readonly string[]).includes(id);
}

/** The options checked and normalised; throws UsageError naming what was expected. */
export function checkGradeOptions(opts: Omit<GradeOptions, 'answerText'>): { question: QuestionId; lang: string | undefined; officialDomains: string[] } {
  const question = String(opts.question ?? '').trim();
  if (!isQuestionId(question)) {
    throw new UsageError(`unknown question "${question}": expected one of ${QUESTION_IDS.join(', ')}`, 'E_QUESTION');
  }
  let lang: string | undefined;
  if (opts.lang !== undefined && opts.lang !== null && String(opts.lang).trim() !== '') {
    const raw = String(opts.lang).trim();
    if (normalizeLanguageTag(raw) === null) {
      throw new UsageError(
        `language "${raw}": expected a language code such as ${BANK_LANGUAGES.join(', ')} (or zh-TW, pt-BR, de…)`,
        'E_LANG',
      );
    }
    lang = raw;
  }
  const officialDomains: string[] = [];
  for (const d of opts.officialDomains ?? []) {
    const n = normalizeDomains([d]);
    if (n.length === 0) throw new UsageError(`domain "${String(d)}": expected a host name such as example.com`, 'E_DOMAIN');
    for (const h of n) if (!officialDomains.includes(h)) officialDomains.push(h);
  }
  return { question, lang, officialDomains };
}

/** Grades one reply against the bank's rubric. Throws UsageError for bad options, never for the reply text. */
export function grade(opts: GradeOptions): Grade {
  const { question, lang, officialDomains } = checkGradeOptions(opts);
  const answerText = typeof opts.answerText === 'string' ? opts.answerText : '';
  return gradeReply({ question, reply: answerText, ...(lang ? { lang } : {}), officialDomains });
}
