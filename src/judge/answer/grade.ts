/**
 * The answer grader: one support reply against the question bank's rubric -> a 0–10 grade
 * with the reasons a person can check.
 *
 * Why it matters (knowledge, resolution, multilingual, security, feedback; seed 002's method:
 * "contact support yourself and record answer quality"): the reply is the product. This
 * says whether it answers the question, in the user's language, specifically, and safely.
 *
 * How a reply is graded (pure, deterministic, no network; never throws on any reply text):
 *
 * 1. Text. HTML is stripped to lines; quoted e-mail history and the signature are dropped
 *    (replyText.ts): the customer's quoted question repeats every rubric word. Red flags and
 *    acknowledgements are read on the agent's text with the signature.
 * 2. Language. The reply's language is detected (replyLanguage.ts). Rubric: the asked
 *    language's when the bank has it (zh-TW etc. use the zh terms), else the reply's language's
 *    when the bank has it, else English. The reply's own language's terms and the English terms
 *    are ALSO matched (replies mix in English menu names, and a good answer in the wrong
 *    language still covers the concepts: it loses the language part, not the content); each
 *    concept counts once. A language the bank lacks is still graded: red flags,
 *    acknowledgement, language, and concepts through the English terms AND the terms of its
 *    closest bank language by script and family (replyLanguage.ts closestBankLanguage:
 *    Portuguese, Italian, French… -> Spanish; Ukrainian, Belarusian… -> Russian; Arabic, Urdu…
 *    -> Persian; Azerbaijani… -> Turkish; German, Vietnamese…: English only), the reply also
 *    read respelled where the correspondence is regular (Ukrainian і -> Russian и, Portuguese
 *    -ção -> Spanish -ción). The wrong-language penalty stays. Such a reply with clear content
 *    (a normal or essential concept covered, or steps / a settings path; at least 120
 *    letters) and no red flag, acknowledgement or off-topic cap scores at least
 *    NON_BANK_CONTENT_FLOOR (2): never below an automatic acknowledgement.
 *    Matching rules (word gaps, Korean particles, Chinese insertions, Turkish compounds,
 *    prefixes) are concepts.ts's.
 * 3. Coverage (≈70 %). The weighted share of the question's concepts covered (weights 2 =
 *    essential, 1 = normal, 0.5 = nice to have). A reply covering 85 % of the weight gets the
 *    whole part: rubrics list more than one answer needs. For the complaint question, seed 002's
 *    steps found by judgeComplaint (acknowledgement, case number, timeline, escalation) count as
 *    the matching concepts (or as extra concepts when the bank has none for a step).
 * 4. Specificity (≈20 %). Numbered/bulleted steps 0.5, a settings path 0.6, a link to an official
 *    domain 0.5 (an unverifiable link 0.25 when no official domain is known), figures with units
 *    0.4, the rubric's `specific` words 0.15 each up to 0.45; at most 2. Scaled down when the reply
 *    covers under 30 % of the concepts: precise steps about something else do not help.
 * 5. Language (≈10 %), and a cap: a reply in another language than the one asked (not merely
 *    the other Chinese script) scores at most WRONG_LANGUAGE_CAP (6), the labels' scale for a
 *    good answer the user may not be able to read. 1 when the reply is in the asked language, 0 in another language (the
 *    reasons say so), 0.75 for Chinese in the other script (a match, but noted). When it cannot
 *    be judged (no asked language, or too little text), the other parts are scaled to 10.
 * 6. Caps. Any red flag: ≤ 1 (and listed first). An automatic acknowledgement: ≤ 1, not
 *    substantive, unless it goes on to answer (≥ 40 % of the weight of the concepts other than
 *    acknowledgement and case number, and at least two of them): then it is an answer. (The
 *    detector is not asked about such replies, nor about replies over 4,000 characters: an
 *    acknowledgement is short.) Long replies are checked for red flags in 10,000-character pieces.
 *    Off-topic: ≤ 2. Either the rubric's offTopic words appear while the reply covers at most
 *    one concept and < 20 % of the weight, or it covers another bank question much better than
 *    this one (two of its concepts and ≥ 30 % + 1.5 × this question's share, with < 30 % here).
 *    An empty reply: 0, "empty reply".
 * 7. substantive = not empty, not an acknowledgement, not off-topic, and at least one normal or
 *    essential concept covered (or ≥ 20 % of the weight).
 */
import { UsageError } from '../../errors.js';
import {
  BANK_LANGUAGES,
  QUESTION_IDS,
  type BankLanguage,
  type ComplaintHandling,
  type ConceptDef,
  type Grade,
  type LanguageRubric,
  type QuestionDef,
  type QuestionId,
  type RedFlagHit,
  type RedFlagKind,
} from '../../types/knowledge.js';
import { getQuestion, loadBank, rubricFor } from '../../knowledge/bank.js';
import { cleanText } from '../page/sanitize.js';
import { detectAutoAck } from './autoAck.js';
import { judgeComplaint } from './complaint.js';
import { matchConcepts, matchTerms, type MatchText, type RubricTerms } from './concepts.js';
import { detectRedFlags } from './redFlags.js';
import { closestBankLanguage, cousinSpelling, detectReplyLanguage, languageName, normalizeLanguageTag } from './replyLanguage.js';
import { compactOf, MAX_REPLY_TEXT_CHARS, replyText, type ReplyText } from './replyText.js';
import { judgeSpecificity, normalizeDomains, type SpecificityFacts } from './specificity.js';

/** Bumped whenever a change to the rules can change a stored grade. */
export const GRADER_VERSION = 5;

export interface GradeReplyInput {
  question: QuestionId;
  /** The reply as received: plain text or HTML, possibly with quoted history. */
  reply: string;
  /** The language the question was asked in (BCP 47: en, zh-TW, pt-BR…). */
  lang?: string;
  /** The exchange's own domains: links there are official; links elsewhere may be red flags. */
  officialDomains?: string[];
}

// Score parts (out of 10).
const COVERAGE_POINTS = 7;
const SPECIFICITY_POINTS = 2;
const LANGUAGE_POINTS = 1;
/** Weighted coverage at which the coverage part is full. */
const FULL_COVERAGE = 0.85;
/** Coverage below which specificity counts only partly. */
const RELEVANT_COVERAGE = 0.3;
const RED_FLAG_CAP = 1;
const AUTO_ACK_CAP = 1;
const OFF_TOPIC_CAP = 2;
/** A good answer in a language the user did not ask in: useful, but not to a user who cannot read it (labels' scale: 4–6). */
const WRONG_LANGUAGE_CAP = 6;
/** The least a reply in a language the bank lacks scores when it clearly answers (above AUTO_ACK_CAP). */
const NON_BANK_CONTENT_FLOOR = 2;
/** Letters a reply needs for that floor (a CJK character counts as two). */
const NON_BANK_MIN_LETTERS = 120;
/** An acknowledgement is short: a longer reply is not one (and is not handed to the detector). */
const ACK_MAX_CHARS = 4000;
/** Long replies are checked for red flags in pieces of about this size, split at line ends. */
const RED_FLAG_CHUNK_CHARS = 10_000;
const MAX_RED_FLAGS = 20;

/**
 * A reply covering under OWN_SHARE_FOR_OTHER of this question answers another bank question
 * instead when it covers two of that one's concepts and at least OTHER_QUESTION_SHARE + 1.5 × its
 * share of this one (0.3 when it covers nothing here, 0.6 when it covers 20 %).
 */
const OWN_SHARE_FOR_OTHER = 0.3;
const OTHER_QUESTION_SHARE = 0.3;

const RED_FLAG_WORDS: Record<RedFlagKind, string> = {
  'asks-for-seed-phrase': 'asks for the seed / recovery phrase',
  'asks-for-private-key': 'asks for a private key',
  'asks-for-password': 'asks for the password',
  'asks-for-2fa-code': 'asks for the 2FA / SMS code',
  'asks-to-send-funds': 'asks the user to send funds',
  'non-official-domain': 'points to a non-official domain',
  'personal-messenger': 'sends the user to a personal messenger account',
};

type Step = keyof ComplaintHandling;
const COMPLAINT_STEPS: readonly { step: Step; concept: RegExp; label: string }[] = [
  { step: 'acknowledgement', concept: /acknowledg|apolog|\back\b/i, label: 'acknowledgement' },
  { step: 'caseNumber', concept: /case|ticket|reference|tracking/i, label: 'case number' },
  { step: 'timeline', concept: /timeline|time[- ]?frame|deadline|\beta\b|how long/i, label: 'timeline' },
  { step: 'escalation', concept: /escalat|appeal|ombuds/i, label: 'escalation path' },
];

interface Concept extends ConceptDef {
  /** The complaint step this concept stands for, if any. */
  step?: Step;
}

function isBankLanguage(l: string | null): l is BankLanguage {
  return l !== null && (BANK_LANGUAGES as readonly string[]).includes(l);
}

/** The rubric with terms that `rubricFor` gives for `lang`, or null when the question has none there. */
function rubricTerms(q: QuestionDef, lang: BankLanguage): { lang: BankLanguage; rubric: LanguageRubric } | null {
  let r: { lang: BankLanguage; rubric: LanguageRubric };
  try {
    r = rubricFor(q, lang);
  } catch {
    return null;
  }
  if (!r?.rubric || typeof r.rubric !== 'object' || !r.rubric.terms) return null;
  return r;
}

function isChinese(l: string): boolean {
  return l === 'zh' || l === 'zh-Hant';
}

interface ChosenRubric {
  lang: BankLanguage;
  rubric: LanguageRubric;
  /** Read through the closest bank language of a language the bank lacks (the reply's or the asked one). */
  cousinOf?: string;
}

/**
 * The rubrics matched, the primary one first: the asked language's (or the reply's), the
 * reply's, the closest bank language's for a reply or question in a language the bank lacks,
 * English.
 */
function chooseRubrics(q: QuestionDef, asked: string | null, answerLang: string | null) {
  const askedBank = isBankLanguage(asked) ? rubricTerms(q, asked) : null;
  const answerBank = isBankLanguage(answerLang) ? rubricTerms(q, answerLang) : null;
  const cousins: ChosenRubric[] = [];
  for (const l of [answerLang, asked]) {
    if (l === null || isBankLanguage(l)) continue;
    const c = closestBankLanguage(l);
    const r = isBankLanguage(c) ? rubricTerms(q, c) : null;
    if (r) cousins.push({ ...r, cousinOf: l });
  }
  const english = rubricTerms(q, 'en');
  const primary = askedBank ?? answerBank ?? english;
  const list: ChosenRubric[] = [];
  const candidates: (ChosenRubric | null)[] = [primary, answerBank, ...cousins, english];
  for (const r of candidates) {
    if (!r) continue;
    const i = list.findIndex((x) => x.rubric === r.rubric);
    if (i === -1) list.push({ ...r });
    else if (r.cousinOf && !list[i]!.cousinOf) list[i] = { ...list[i]!, cousinOf: r.cousinOf };
  }
  return { primary, list, askedInBank: askedBank !== null, cousins: cousins.filter((c) => c.rubric !== primary?.rubric) };
}

/** The reply respelled for a cousin rubric (Ukrainian in Russian letters…), or nothing when the spelling does not change. */
function respelled(text: ReplyText, lang: string | undefined): MatchText[] {
  const folded = lang ? cousinSpelling(text.folded, lang) : null;
  if (folded === null) return [];
  return [{ folded, hans: folded, compact: compactOf(folded), compactHans: compactOf(folded) }];
}

function toRubricTerms(list: readonly ChosenRubric[], text?: ReplyText): RubricTerms[] {
  return list.map((r) => ({
    terms: r.rubric.terms,
    chinese: isChinese(r.lang),
    lang: r.lang,
    ...(text && r.cousinOf ? { extraTexts: respelled(text, r.cousinOf) } : {}),
  }));
}

function weightOf(c: ConceptDef): number {
  return Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0;
}

/** Concepts, most important first (bank order within a weight). */
function byImportance(concepts: readonly Concept[]): Concept[] {
  return concepts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => weightOf(b.c) - weightOf(a.c) || a.i - b.i)
    .map((x) => x.c);
}

/** The complaint question's concepts with each of judgeComplaint's steps tied to one (added when the bank has none). */
function complaintConcepts(q: QuestionDef): Concept[] {
  const concepts: Concept[] = q.concepts.map((c) => ({ ...c }));
  for (const s of COMPLAINT_STEPS) {
    const c = concepts.find((x) => x.step === undefined && (s.concept.test(x.id) || s.concept.test(x.label)));
    if (c) c.step = s.step;
    else concepts.push({ id: `complaint-${s.step}`, label: s.label, weight: 1, step: s.step });
  }
  return concepts;
}

function stepValue(h: ComplaintHandling, step: Step): string | null {
  if (step === 'acknowledgement') return h.acknowledgement ? 'acknowledged' : null;
  const v = h[step];
  return typeof v === 'string' && v.trim() ? cleanText(v, 60) : null;
}

interface Coverage {
  share: number;
  covered: Concept[];
  missing: Concept[];
  matches: Map<string, string[]>;
}

function coverageOf(concepts: readonly Concept[], matches: Map<string, string[]>): Coverage {
  let total = 0;
  let got = 0;
  const covered: Concept[] = [];
  const missing: Concept[] = [];
  for (const c of byImportance(concepts)) {
    total += weightOf(c);
    if (matches.has(c.id)) {
      got += weightOf(c);
      covered.push(c);
    } else missing.push(c);
  }
  return { share: total > 0 ? got / total : 0, covered, missing, matches };
}

/** The other bank question this reply answers instead, when it clearly does. */
function looksLikeOther(
  q: QuestionDef,
  others: readonly QuestionDef[],
  asked: string | null,
  answerLang: string | null,
  text: ReplyText,
  ownShare: number,
): { id: string; share: number } | null {
  let best: { id: string; share: number } | null = null;
  for (const o of others) {
    if (o.id === q.id || !Array.isArray(o.concepts)) continue;
    const { list } = chooseRubrics(o, asked, answerLang);
    if (list.length === 0) continue;
    const m = matchConcepts(o.concepts.map((c) => c.id), toRubricTerms(list, text), text);
    const cov = coverageOf(o.concepts, m);
    if (cov.covered.length >= 2 && cov.share >= OTHER_QUESTION_SHARE + 1.5 * ownShare && (!best || cov.share > best.share)) {
      best = { id: o.id, share: cov.share };
    }
  }
  return best;
}

/** At most `max` characters, cut at a word when one is near, with an ellipsis. */
function shorten(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function list(items: readonly string[]): string {
  return items.join(', ');
}

function describeSpecificity(s: SpecificityFacts, terms: string[], domainsKnown: boolean): string[] {
  const parts: string[] = [];
  if (s.steps) parts.push(s.stepCount >= 2 ? `${s.stepCount} steps` : 'steps');
  if (s.settingsPathExample) parts.push(`a settings path (${s.settingsPathExample})`);
  if (s.officialLinks.length > 0) {
    const hosts = [...new Set(s.officialLinks.map((l) => l.replace(/^https?:\/\//i, '').split(/[/?#]/)[0]!.toLowerCase().replace(/^www\./, '')))];
    parts.push(`a link to ${list(hosts.slice(0, 2))}`);
  } else if (!domainsKnown && s.otherLinkHosts.length > 0) {
    parts.push(`a link to ${s.otherLinkHosts[0]} (not checked: no official domain given)`);
  }
  if (s.numbers) parts.push(`figures (${list(s.numberExamples.slice(0, 3))})`);
  if (terms.length > 0) parts.push(`specific words (${list(terms.slice(0, 4))})`);
  return parts;
}

function specificityPoints(s: SpecificityFacts, terms: string[], domainsKnown: boolean): number {
  let p = 0;
  if (s.steps) p += 0.5;
  if (s.settingsPath) p += 0.6;
  if (s.officialLinks.length > 0) p += 0.5;
  else if (!domainsKnown && s.otherLinkHosts.length > 0) p += 0.25;
  if (s.numbers) p += 0.4;
  p += Math.min(0.45, 0.15 * terms.length);
  return Math.min(SPECIFICITY_POINTS, p);
}

/**
 * Grades a reply to a bank question. `bank` defaults to the built-in question bank (tests may
 * pass their own). Never throws for any reply text; an unknown question id is a UsageError.
 */
export function gradeReply(input: GradeReplyInput, bank?: readonly QuestionDef[]): Grade {
  const questions = bank ?? loadBank();
  const q = questions.find((x) => x.id === input.question) ?? getQuestion(input.question);
  if (!q) throw new UsageError(`unknown question "${String(input.question)}": expected one of ${QUESTION_IDS.join(', ')}`, 'E_QUESTION');
  return gradeWith(q, input, questions);
}

/** Grades a reply against one QuestionDef; `others` (the rest of the bank) lets an answer to a different question be recognised as off-topic. */
export function gradeWith(q: QuestionDef, input: Omit<GradeReplyInput, 'question'>, others: readonly QuestionDef[] = []): Grade {
  const reasons: string[] = [];
  const late: string[] = [];
  const text = replyText(typeof input.reply === 'string' ? input.reply : '');
  const domains = normalizeDomains(input.officialDomains);
  const domainsKnown = domains.length > 0;

  // Language.
  const asked = normalizeLanguageTag(input.lang ?? null);
  const answerLang = detectReplyLanguage(text.body, asked);
  let languageMatch: boolean | null = null;
  let languagePart: number | null = null;
  if (input.lang !== undefined && input.lang !== null && asked === null) late.push(`ignored the language "${cleanText(String(input.lang), 40)}" (not a language code)`);
  if (asked !== null && answerLang !== null) {
    const same = asked === answerLang;
    const sameFamily = isChinese(asked) && isChinese(answerLang);
    languageMatch = same || sameFamily;
    languagePart = same ? 1 : sameFamily ? 0.75 : 0;
  }

  // Rubrics and concepts.
  const { primary, list: rubrics, askedInBank, cousins } = chooseRubrics(q, asked, answerLang);
  const concepts: Concept[] = q.complaint ? complaintConcepts(q) : q.concepts.map((c) => ({ ...c }));
  const matches = matchConcepts(concepts.map((c) => c.id), toRubricTerms(rubrics, text), text);
  const failed: string[] = [];
  const complaint = q.complaint
    ? safe(() => judgeComplaint(text.agentText), { acknowledgement: false, caseNumber: null, timeline: null, escalation: null }, 'complaint handling', failed)
    : null;
  if (complaint) {
    for (const c of concepts) {
      if (!c.step) continue;
      const v = stepValue(complaint, c.step);
      if (v === null) continue;
      const words = matches.get(c.id) ?? [];
      // The step as judgeComplaint found it ("CMP-20931", "within 5 business days"); an
      // acknowledgement has no single words, so it is marked only when no term matched.
      if (c.step === 'acknowledgement') {
        if (words.length === 0) words.push('(acknowledges the complaint)');
      } else if (!words.includes(v)) words.unshift(v);
      matches.set(c.id, words.slice(0, 5));
    }
  }
  const cov = coverageOf(concepts, matches);
  // The answer without the acknowledgement steps (is an acknowledgement also an answer?).
  // A template's "within 3 business days" is no answer either: only the other steps show one.
  const answerConcepts = concepts.filter((c) => c.step !== 'acknowledgement' && c.step !== 'caseNumber' && c.step !== 'timeline');
  const answerCov = coverageOf(answerConcepts, matches);

  // Red flags, acknowledgement, off-topic.
  const redFlags: RedFlagHit[] = safe(() => redFlagsIn(text.agentText, domains), [], 'red flags', failed);
  // A reply that answers is not an acknowledgement, whatever its opening: the detector is only asked otherwise.
  const answersAnyway = answerCov.share >= 0.4 && answerCov.covered.length >= 2;
  const noAck = { autoAck: false, caseNumber: null, evidence: null };
  const ack = answersAnyway || text.agentText.length > ACK_MAX_CHARS ? noAck : safe(() => detectAutoAck(text.agentText), noAck, 'acknowledgement', failed);
  const autoAck = ack.autoAck;
  const rubricLists = rubrics.map((r) => ({ terms: r.rubric.offTopic ?? [], chinese: isChinese(r.lang), specific: r.rubric.specific ?? [], lang: r.lang }));
  const offTopicWords: string[] = [];
  const specificWords: string[] = [];
  for (const r of rubricLists) {
    if (r.terms.length) for (const w of matchTerms(r.terms, text, r.chinese, undefined, r.lang)) if (!offTopicWords.includes(w)) offTopicWords.push(w);
    if (r.specific.length) for (const w of matchTerms(r.specific, text, r.chinese, 8, r.lang)) if (!specificWords.includes(w)) specificWords.push(w);
  }
  const lowCoverage = cov.share < 0.2 && cov.covered.length <= 1;
  const empty = !/[\p{L}\p{N}]/u.test(text.body);
  const other = !empty && cov.share < OWN_SHARE_FOR_OTHER ? looksLikeOther(q, others, asked, answerLang, text, cov.share) : null;
  const offTopic = !empty && ((lowCoverage && offTopicWords.length > 0) || other !== null);

  // Specificity.
  const spec = judgeSpecificity(text.body, domains);
  const relevance = Math.min(1, cov.share / RELEVANT_COVERAGE);
  const specPart = specificityPoints(spec, specificWords, domainsKnown) * relevance;
  const coveragePart = COVERAGE_POINTS * Math.min(1, cov.share / FULL_COVERAGE);

  let score =
    languagePart === null
      ? ((coveragePart + specPart) * 10) / (COVERAGE_POINTS + SPECIFICITY_POINTS)
      : coveragePart + specPart + LANGUAGE_POINTS * languagePart;
  // A reply in a language the bank lacks that clearly answers is never below an acknowledgement.
  const nonBankReply = answerLang !== null && !isBankLanguage(answerLang);
  const letters = nonBankReply ? weightedLetters(text.body) : 0;
  const clearContent = cov.covered.some((c) => weightOf(c) >= 1) || spec.steps || spec.settingsPath;
  const floored = nonBankReply && !empty && clearContent && letters >= NON_BANK_MIN_LETTERS && score < NON_BANK_CONTENT_FLOOR;
  if (floored) score = NON_BANK_CONTENT_FLOOR;
  const capped = languageMatch === false && score > WRONG_LANGUAGE_CAP;
  if (languageMatch === false) score = Math.min(score, WRONG_LANGUAGE_CAP);
  if (redFlags.length > 0) score = Math.min(score, RED_FLAG_CAP);
  if (autoAck) score = Math.min(score, AUTO_ACK_CAP);
  if (offTopic) score = Math.min(score, OFF_TOPIC_CAP);
  if (empty) score = 0;
  score = Math.round(Math.max(0, Math.min(10, score)) * 10) / 10;

  const substantive = !empty && !autoAck && !offTopic && (cov.covered.some((c) => weightOf(c) >= 1) || cov.share >= 0.2);

  // Reasons, most important first.
  if (empty) reasons.push(text.quoteRemoved ? 'empty reply (only quoted text)' : 'empty reply');
  for (const f of redFlags) reasons.push(`RED FLAG: ${RED_FLAG_WORDS[f.kind] ?? f.kind}${f.evidence ? ` ('${shorten(f.evidence, 100)}')` : ''}`);
  if (!empty) {
    if (autoAck) {
      const id = ack.caseNumber ? ` (${cleanText(ack.caseNumber, 40)})` : '';
      reasons.push(`an automatic acknowledgement${id}, not an answer`);
    }
    if (offTopic) {
      if (other) reasons.push(`off-topic: reads like an answer to "${other.id}"`);
      else reasons.push(`off-topic: about ${list(offTopicWords.slice(0, 3))}, not the question`);
    }
    const nConcepts = concepts.length;
    if (cov.covered.length > 0) {
      reasons.push(`covers ${cov.covered.length} of ${nConcepts} concepts: ${list(cov.covered.map((c) => c.label))}`);
    } else {
      reasons.push(`covers none of the ${nConcepts} concepts`);
    }
    if (cov.missing.length > 0) reasons.push(`missing: ${list(cov.missing.map((c) => c.label))}`);
    if (complaint) {
      const given = COMPLAINT_STEPS.filter((s) => concepts.some((c) => c.step === s.step && matches.has(c.id)));
      const lacking = COMPLAINT_STEPS.filter((s) => !given.includes(s));
      const shown = given.map((s) => {
        const v = stepValue(complaint, s.step);
        return v && s.step !== 'acknowledgement' ? `${s.label} (${v})` : s.label;
      });
      if (given.length > 0) reasons.push(`complaint handling: ${list(shown)}`);
      if (lacking.length > 0) reasons.push(`complaint steps missing: ${list(lacking.map((s) => s.label))}`);
    }
    const specParts = describeSpecificity(spec, specificWords, domainsKnown);
    if (specParts.length > 0 && cov.share > 0) reasons.push(`specific: ${list(specParts)}${relevance < 1 && cov.share > 0 ? ' (counts little: few concepts covered)' : ''}`);
    else if (substantive) reasons.push('not specific: no steps, settings path, official link or figures');
  }

  // Language reasons.
  if (!empty) {
    if (asked === null) reasons.push('language not judged: the asked language was not given');
    else if (answerLang === null) reasons.push('language not judged: too little text to tell');
    else if (asked === answerLang) late.push(`in ${languageName(answerLang)}, as asked`);
    else if (isChinese(asked) && isChinese(answerLang)) {
      reasons.push(`answered in ${answerLang === 'zh' ? 'Simplified' : 'Traditional'}, asked in ${asked === 'zh' ? 'Simplified' : 'Traditional'} Chinese`);
    } else {
      reasons.push(`answered in ${languageName(answerLang)}, asked in ${languageName(asked)}`);
      if (capped) late.push(`at most ${WRONG_LANGUAGE_CAP}: an answer the user asked for in ${languageName(asked)} came in ${languageName(answerLang)}`);
    }
    if (asked !== null && !askedInBank && primary) {
      late.push(`${languageName(asked)} is not in the question bank: concepts matched with the ${languageName(primary.lang)} terms${primary.lang === 'en' ? '' : ' and the English terms'}`);
    }
    for (const c of cousins) {
      if (c.cousinOf) late.push(`${languageName(c.cousinOf)} is not in the question bank: concepts also matched with the ${languageName(c.lang)} terms`);
    }
    if (floored && !autoAck && !offTopic && redFlags.length === 0) {
      late.push(`kept at ${NON_BANK_CONTENT_FLOOR}: a reply in ${languageName(answerLang ?? '')} (not in the question bank) that answers is never below an acknowledgement`);
    }
  }
  if (failed.length > 0) reasons.unshift(`could not check: ${list(failed)} (internal error)`);
  if (text.truncated) late.push(`only the first ${MAX_REPLY_TEXT_CHARS.toLocaleString('en-US')} characters were read`);
  // The asked and the reply's language can share a cousin (pt asked, pt answered: es): say it once.
  reasons.push(...new Set(late));

  const matchRecord: Record<string, string[]> = {};
  for (const c of cov.covered) matchRecord[c.label] = [...(matches.get(c.id) ?? [])];

  return {
    question: q.id,
    lang: asked ?? answerLang ?? 'en',
    answerLang,
    languageMatch,
    score,
    substantive,
    autoAck,
    redFlags,
    covered: cov.covered.map((c) => c.label),
    missing: cov.missing.map((c) => c.label),
    matches: matchRecord,
    specificity: {
      steps: spec.steps,
      settingsPath: spec.settingsPath,
      officialLinks: spec.officialLinks,
      numbers: spec.numbers,
      terms: specificWords.slice(0, 10),
    },
    offTopic,
    complaint,
    rubricLang: primary?.lang ?? 'en',
    reasons,
    graderVersion: GRADER_VERSION,
  };
}

/** Letters of `text`, a CJK character counting as two. */
function weightedLetters(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\p{L}/gu)) n += /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(m[0]) ? 2 : 1;
  return n;
}

/** Red flags anywhere in the agent's text; a long text is read in line-aligned pieces (bounded work). */
function redFlagsIn(agentText: string, domains: string[]): RedFlagHit[] {
  const pieces: string[] = [];
  let rest = agentText;
  while (rest.length > RED_FLAG_CHUNK_CHARS * 1.2) {
    let cut = rest.lastIndexOf('\n', RED_FLAG_CHUNK_CHARS);
    if (cut < RED_FLAG_CHUNK_CHARS / 2) cut = Math.max(rest.lastIndexOf('. ', RED_FLAG_CHUNK_CHARS), rest.lastIndexOf('。', RED_FLAG_CHUNK_CHARS));
    if (cut < RED_FLAG_CHUNK_CHARS / 2) cut = RED_FLAG_CHUNK_CHARS;
    pieces.push(rest.slice(0, cut + 1));
    rest = rest.slice(cut + 1);
  }
  pieces.push(rest);
  const out: RedFlagHit[] = [];
  for (const piece of pieces) {
    for (const h of detectRedFlags(piece, { officialDomains: domains })) {
      const hit = { kind: h.kind, evidence: cleanText(h.evidence ?? '', 200) };
      if (!out.some((x) => x.kind === hit.kind && x.evidence === hit.evidence)) out.push(hit);
      if (out.length >= MAX_RED_FLAGS) return out;
    }
  }
  return out;
}

/** A detector's answer, or `fallback` when it throws (the grader never throws on reply text); `failed` names it for the reasons. */
function safe<T>(fn: () => T, fallback: T, name?: string, failed?: string[]): T {
  try {
    return fn() ?? fallback;
  } catch {
    if (name && failed) failed.push(name);
    return fallback;
  }
}
