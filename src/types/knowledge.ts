/**
 * The question bank and the answer grader's output (CRITERIA.md "The question bank";
 * CONTRACT.md `grade --json`). Shared by the bank data (src/knowledge/bank/*.json), the
 * grader (src/judge/answer/), the search probe (src/collect/search/) and scoring.
 */

/** The ten question ids of CRITERIA.md. Stable: they appear in reports and in `grade --question`. */
export const QUESTION_IDS = [
  'enable-2fa',
  'lost-2fa-device',
  'withdrawal-pending',
  'withdrawal-fee',
  'wrong-network-deposit',
  'kyc-documents',
  'phishing-check',
  'api-key-permissions',
  'account-frozen-complaint',
  'licensing-jurisdiction',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/**
 * Languages every question is written in. `zh` is Simplified Chinese; `zh-Hant` is
 * Traditional Chinese: it has its own question text, and replies in either script are
 * matched against the `zh` rubric after conversion to Simplified.
 */
export const BANK_LANGUAGES = ['en', 'zh', 'zh-Hant', 'ru', 'fa', 'ko', 'es', 'tr', 'ja'] as const;
export type BankLanguage = (typeof BANK_LANGUAGES)[number];

/** One thing a good answer contains (the same concepts in every language of a question). */
export interface ConceptDef {
  /** Stable id, kebab-case ("backup-codes"). */
  id: string;
  /** English label shown in reports ("backup codes"). */
  label: string;
  /** Relative importance (1 = normal, 2 = essential, 0.5 = nice to have). */
  weight: number;
}

/**
 * A question's rubric in one language. Terms are matched after folding (src/judge/page/normalize.ts:
 * case, NFKC, Arabic/Persian letter forms, ё/е, Turkish i) and, for Chinese, conversion to
 * Simplified; Korean is matched with and without spaces. A term ending in `*` matches as a
 * prefix ("verif*"); other Latin/Cyrillic terms match whole words (plural -s/-es allowed); CJK
 * terms match as substrings.
 */
export interface LanguageRubric {
  /** The question as a user would write it to support. */
  question: string;
  /** A short keyword query for a help center's search box. */
  query: string;
  /** concept id -> synonyms and phrasings that show the concept is covered. */
  terms: Record<string, string[]>;
  /** Words that show an answer is specific and actionable for this question (menu names, settings, units). */
  specific?: string[];
  /** Words that show an answer is about something else. */
  offTopic?: string[];
}

export interface QuestionDef {
  id: QuestionId;
  /** The question in English (for lists and reports). */
  title: string;
  /** The help-center topic it belongs to (src/types/facts.ts TOPIC_IDS). */
  topic: string;
  /** The criteria its grades feed. */
  criteria: string[];
  /** The complaint scenario: replies are also judged for acknowledgement, case number, timeline and escalation. */
  complaint?: boolean;
  concepts: ConceptDef[];
  /** Every BankLanguage except `zh-Hant`, which may give only `question` and `query` (its terms come from `zh`). */
  languages: Record<BankLanguage, LanguageRubric | Pick<LanguageRubric, 'question' | 'query'>>;
}

/** Red flags (CRITERIA.md): an automatic fail of `security`, and a loud line in every report. */
export const RED_FLAG_KINDS = [
  'asks-for-seed-phrase',
  'asks-for-private-key',
  'asks-for-password',
  'asks-for-2fa-code',
  'asks-to-send-funds',
  'non-official-domain',
  'personal-messenger',
] as const;
export type RedFlagKind = (typeof RED_FLAG_KINDS)[number];

export interface RedFlagHit {
  kind: RedFlagKind;
  /** The words that raised it, quoted from the reply (cleaned, ≤ 200 characters). */
  evidence: string;
}

/** Seed 002's complaint-handling steps, judged on replies to the complaint question. */
export interface ComplaintHandling {
  acknowledgement: boolean;
  /** A case / ticket / reference number given to the user, as written. */
  caseNumber: string | null;
  /** A promised time frame ("within 3 business days"), as written. */
  timeline: string | null;
  /** A way to escalate (a complaints team, an ombudsman, a regulator), as written. */
  escalation: string | null;
}

export interface Specificity {
  /** Numbered or bulleted steps. */
  steps: boolean;
  /** A settings / menu path ("Profile → Security"). */
  settingsPath: boolean;
  /** Links to the exchange's own domains. */
  officialLinks: string[];
  /** Numbers with units, amounts or durations ("1 USDT", "24 hours"). */
  numbers: boolean;
  /** Rubric `specific` terms found. */
  terms: string[];
}

/** The grader's verdict on one reply (CONTRACT.md `grade --json`, extended). */
export interface Grade {
  question: QuestionId;
  /** The language the question was asked in. */
  lang: string;
  /** The reply's detected language (ISO 639-1, `zh-Hant` for Traditional Chinese), or null when unsure. */
  answerLang: string | null;
  languageMatch: boolean | null;
  /** 0–10. */
  score: number;
  /** Answers the question (not an acknowledgement, not off-topic, not empty). */
  substantive: boolean;
  /** An acknowledgement or ticket-number reply: a first reply, not an answer. */
  autoAck: boolean;
  redFlags: RedFlagHit[];
  /** Labels of the concepts covered, most important first. */
  covered: string[];
  missing: string[];
  /** concept label -> the words of the reply that matched it. */
  matches: Record<string, string[]>;
  specificity: Specificity;
  offTopic: boolean;
  /** Only for complaint questions. */
  complaint: ComplaintHandling | null;
  /** Which language's rubric was applied (the asked one, else the reply's, else English). */
  rubricLang: string;
  reasons: string[];
  graderVersion: number;
}
