/**
 * The question bank: the ten genuine user questions of CRITERIA.md, each in every
 * BankLanguage, with the rubric a reply is graded against (src/knowledge/bank/<id>.json).
 *
 * Why it matters (knowledge, resolution, multilingual, security, feedback, self_service):
 * every grade of a support reply or help-center article traces back to a concept
 * listed here, so the data is validated at load: a missing language, a concept with no
 * words in one language, or an unknown concept id would silently lower grades in that
 * language instead of failing loudly. A broken file throws a BankError naming the file
 * and the field.
 *
 * The JSON files are imported as modules, so `tsc` copies them into dist/knowledge/bank/
 * and the package needs no file-system access to find them.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EXIT, SupportscopeError } from '../errors.js';
import { TOPIC_IDS } from '../types/facts.js';
import {
  BANK_LANGUAGES,
  QUESTION_IDS,
  type BankLanguage,
  type LanguageRubric,
  type QuestionDef,
  type QuestionId,
} from '../types/knowledge.js';
import { CRITERION_IDS } from '../types/report.js';
import accountFrozenComplaint from './bank/account-frozen-complaint.json' with { type: 'json' };
import apiKeyPermissions from './bank/api-key-permissions.json' with { type: 'json' };
import enable2fa from './bank/enable-2fa.json' with { type: 'json' };
import kycDocuments from './bank/kyc-documents.json' with { type: 'json' };
import licensingJurisdiction from './bank/licensing-jurisdiction.json' with { type: 'json' };
import lost2faDevice from './bank/lost-2fa-device.json' with { type: 'json' };
import phishingCheck from './bank/phishing-check.json' with { type: 'json' };
import withdrawalFee from './bank/withdrawal-fee.json' with { type: 'json' };
import withdrawalPending from './bank/withdrawal-pending.json' with { type: 'json' };
import wrongNetworkDeposit from './bank/wrong-network-deposit.json' with { type: 'json' };

/** The raw file of each question (Record<QuestionId, …> makes a forgotten import a type error). */
const RAW_FILES: Record<QuestionId, unknown> = {
  'enable-2fa': enable2fa,
  'lost-2fa-device': lost2faDevice,
  'withdrawal-pending': withdrawalPending,
  'withdrawal-fee': withdrawalFee,
  'wrong-network-deposit': wrongNetworkDeposit,
  'kyc-documents': kycDocuments,
  'phishing-check': phishingCheck,
  'api-key-permissions': apiKeyPermissions,
  'account-frozen-complaint': accountFrozenComplaint,
  'licensing-jurisdiction': licensingJurisdiction,
};

/** The language whose rubric (terms, specific, offTopic) a Traditional Chinese question uses. */
const HANT: BankLanguage = 'zh-Hant';
const HANT_TERMS_FROM: BankLanguage = 'zh';

const MAX_TERM_CHARS = 80;
/** A prefix term ("verif*") needs a stem at least this long, or it matches half the language. */
const MIN_PREFIX_STEM_CHARS = 2;

// ---------------------------------------------------------------------------------------------
// Errors

export interface BankIssue {
  /** JSON path inside the file, e.g. `languages.ru.terms.backup-key[2]`. */
  path: string;
  message: string;
}

/** A question file that does not match the bank's format. A packaging bug, so exit 70. */
export class BankError extends SupportscopeError {
  constructor(
    readonly file: string,
    readonly issues: BankIssue[],
  ) {
    super(
      `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the question bank\n` +
        issues.map((i) => `  ${file}: ${i.path || '(root)'}: ${i.message}`).join('\n'),
      'E_BANK',
      EXIT.internal,
    );
    this.name = 'BankError';
  }
}

// ---------------------------------------------------------------------------------------------
// Schema

const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F]/;

const termSchema = z
  .string()
  .min(1, 'a term must not be empty')
  .max(MAX_TERM_CHARS, `a term is at most ${MAX_TERM_CHARS} characters`)
  .refine((t) => t.trim() !== '', 'a term must not be blank')
  .refine((t) => t === t.trim(), 'a term must not start or end with a space')
  .refine((t) => !CONTROL_CHARS.test(t), 'a term must not contain control characters')
  .refine((t) => !/\*(?!\s|$)/.test(t), 'a `*` is allowed only at the end of a word (prefix match: "verif*", "провер* личност*")')
  .refine(
    (t) => t.split(/\s+/).every((w) => !w.endsWith('*') || w.slice(0, -1).length >= MIN_PREFIX_STEM_CHARS),
    `a prefix word needs a stem of at least ${MIN_PREFIX_STEM_CHARS} characters before the \`*\``,
  );

const termListSchema = z.array(termSchema).min(1, 'the list must have at least one term');

const textSchema = z
  .string()
  .refine((t) => t.trim() !== '', 'must not be empty')
  .refine((t) => !CONTROL_CHARS.test(t), 'must not contain control characters');

const rubricSchema = z
  .object({
    question: textSchema,
    query: textSchema,
    terms: z.record(z.string(), termListSchema),
    specific: termListSchema.optional(),
    offTopic: termListSchema.optional(),
  })
  .strict();

/** zh-Hant gives only the question and the query: its rubric is zh's (replies are converted to Simplified). */
const hantSchema = z.object({ question: textSchema, query: textSchema }).strict();

const conceptSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a concept id is kebab-case (lower-case letters, digits, hyphens)'),
    label: textSchema,
    weight: z.number().positive('a weight is positive (2 essential, 1 normal, 0.5 nice to have)').max(5, 'a weight is at most 5'),
  })
  .strict();

const languagesSchema = z
  .object(
    Object.fromEntries(BANK_LANGUAGES.map((lang) => [lang, lang === HANT ? hantSchema : rubricSchema])) as Record<
      BankLanguage,
      typeof rubricSchema | typeof hantSchema
    >,
  )
  .strict();

const questionSchema = z
  .object({
    id: z.enum(QUESTION_IDS),
    title: textSchema,
    topic: z.enum(TOPIC_IDS),
    criteria: z.array(z.enum(CRITERION_IDS)).min(1, 'a question feeds at least one criterion'),
    complaint: z.boolean().optional(),
    concepts: z.array(conceptSchema).min(1, 'a question has at least one concept'),
    languages: languagesSchema,
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Validation

/** The key two terms collide on: folded like the matcher folds (case, NFKC, hyphens), spaces removed. */
function collisionKey(term: string): string {
  return term
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u200C\u200D\u00AD]/g, ' ')
    .replace(/[-_]/g, ' ')
    .replace(/\s+/g, '');
}

function zodPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** The question id a file name promises: `…/enable-2fa.json` -> `enable-2fa`. */
function idFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.replace(/\.json$/i, '');
}

/**
 * Validates one question file's parsed JSON. `source` is the file's path or name; its
 * base name (without `.json`) must be the question's id. Returns the question, or throws
 * a BankError listing every problem, each with the field's path.
 */
export function validateBank(raw: unknown, source: string): QuestionDef {
  const parsed = questionSchema.safeParse(raw);
  if (!parsed.success) {
    throw new BankError(
      source,
      parsed.error.issues.map((i) => ({ path: zodPath(i.path), message: i.message })),
    );
  }
  const q = parsed.data;
  const issues: BankIssue[] = [];

  const expectedId = idFromSource(source);
  if (q.id !== expectedId) {
    issues.push({ path: 'id', message: `is "${q.id}" but the file is named for "${expectedId}"` });
  }

  const conceptIds = new Set<string>();
  q.concepts.forEach((c, i) => {
    if (conceptIds.has(c.id)) issues.push({ path: `concepts[${i}].id`, message: `duplicate concept id "${c.id}"` });
    conceptIds.add(c.id);
  });

  for (const lang of BANK_LANGUAGES) {
    if (lang === HANT) continue;
    const rubric = q.languages[lang] as z.infer<typeof rubricSchema>;
    const base = `languages.${lang}.terms`;
    for (const id of conceptIds) {
      if (!Object.hasOwn(rubric.terms, id)) issues.push({ path: `${base}.${id}`, message: `missing: concept "${id}" has no terms in ${lang}` });
    }
    const owner = new Map<string, string>();
    for (const [id, terms] of Object.entries(rubric.terms)) {
      if (!conceptIds.has(id)) {
        issues.push({ path: `${base}.${id}`, message: `unknown concept id "${id}" (concepts: ${[...conceptIds].join(', ')})` });
        continue;
      }
      terms.forEach((term, i) => {
        const key = collisionKey(term);
        const other = owner.get(key);
        if (other !== undefined && other !== id) {
          issues.push({ path: `${base}.${id}[${i}]`, message: `"${term}" is also a term of concept "${other}": a term must name one concept` });
        } else {
          owner.set(key, id);
        }
      });
    }
  }

  if (issues.length > 0) throw new BankError(source, issues);
  return q as QuestionDef;
}

// ---------------------------------------------------------------------------------------------
// Loading

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function sourceOf(id: QuestionId): string {
  return fileURLToPath(new URL(`./bank/${id}.json`, import.meta.url));
}

let cache: QuestionDef[] | null = null;
let byId: Map<string, QuestionDef> | null = null;

/** Every question, validated, in QUESTION_IDS order. Loaded once; the objects are frozen. */
export function loadBank(): QuestionDef[] {
  if (cache) return cache;
  const questions = QUESTION_IDS.map((id) => deepFreeze(validateBank(structuredClone(RAW_FILES[id]), sourceOf(id))));
  cache = questions;
  byId = new Map(questions.map((q) => [q.id, q]));
  return questions;
}

export function getQuestion(id: string): QuestionDef | undefined {
  loadBank();
  return byId?.get(id);
}

export function bankLanguages(): readonly BankLanguage[] {
  return BANK_LANGUAGES;
}

/** Chinese subtags that mean Traditional script when no script subtag says otherwise. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The bank language for a BCP 47-ish tag: an exact bank language first ('zh-Hant', 'en');
 * Chinese by script, then region ('zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant-*' -> zh-Hant;
 * 'zh', 'zh-CN', 'zh-Hans-*' -> zh); otherwise the primary subtag ('fa-IR' -> fa), and
 * English for anything not in the bank ('pt-BR', 'xx', '').
 */
export function bankLanguageFor(lang: string): BankLanguage {
  const subtags = lang.trim().toLowerCase().replace(/_/g, '-').split('-').filter(Boolean);
  const primary = subtags[0];
  if (primary === undefined) return 'en';
  if (primary === 'zh' || primary === 'cmn' || primary === 'yue') {
    const rest = subtags.slice(1);
    if (rest.includes('hans')) return 'zh';
    if (rest.includes('hant')) return 'zh-Hant';
    if (rest.some((s) => TRADITIONAL_REGIONS.has(s))) return 'zh-Hant';
    return primary === 'yue' ? 'zh-Hant' : 'zh';
  }
  const exact = BANK_LANGUAGES.find((l) => l.toLowerCase() === primary);
  return exact ?? 'en';
}

/**
 * The rubric to grade a reply to `q` asked in `lang`. zh-Hant gets its own question and
 * query with the zh terms, specific and offTopic words (replies are matched after
 * conversion to Simplified).
 */
export function rubricFor(q: QuestionDef, lang: string): { lang: BankLanguage; rubric: LanguageRubric } {
  const bankLang = bankLanguageFor(lang);
  if (bankLang === HANT) {
    const zh = q.languages[HANT_TERMS_FROM] as LanguageRubric;
    const hant = q.languages[HANT];
    return { lang: HANT, rubric: { ...zh, question: hant.question, query: hant.query } };
  }
  return { lang: bankLang, rubric: q.languages[bankLang] as LanguageRubric };
}
