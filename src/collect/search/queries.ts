/**
 * Which searches to run for one exchange: each bank question, in each bank language the
 * help center serves, in that language's help-center locale.
 *
 * "Serves" is measured, not claimed: a language is asked when the help center offers a
 * locale for it (PageFacts.locales). Simplified Chinese (`zh`) goes to a `zh-cn`/`zh-sg`/
 * `zh-hans`/`zh` locale, Traditional (`zh-Hant`) only to a `zh-tw`/`zh-hk`/`zh-mo`/`zh-hant`
 * one; other languages to the exact code, else the first regional variant the site lists
 * (`en` -> `en-us`). A help center without any measured locale is asked in the
 * languages given (the config's, typically), with no locale, or in English.
 *
 * The questions are passed in (the caller loads the bank); this file reads only the shared
 * types, so collect depends on neither the bank loader nor the grader.
 */
import { BANK_LANGUAGES, type BankLanguage, type QuestionDef } from '../../types/knowledge.js';

export interface SearchQuery {
  /** The bank question id. */
  question: string;
  /** The bank language the query is written in (`en`, `zh`, `zh-Hant`, `ru`, …). */
  lang: string;
  /** The help-center locale searched, as the site writes it (`zh-cn`), or null for the site's default. */
  locale: string | null;
  /** The words typed into the search box (the rubric's `query`). */
  query: string;
}

export interface SearchQueriesInput {
  questions: readonly QuestionDef[];
  /** Locales the help center offers, as measured (`['en-us', 'zh-cn']`); pass the page's `lang` when it lists none. */
  locales: readonly string[];
  /**
   * Only these languages (bank languages or ISO 639-1 codes; `zh` also admits `zh-Hant`
   * when the site has a Traditional locale). Default: every bank language the site serves.
   */
  languages?: readonly string[];
}

const HANT_REGIONS = new Set(['tw', 'hk', 'mo']);

interface ParsedLocale {
  raw: string;
  primary: string;
  script: string | null;
  region: string | null;
}

function parseLocale(raw: string): ParsedLocale | null {
  const parts = raw.trim().toLowerCase().replace(/_/g, '-').split('-');
  const primary = parts[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  let script: string | null = null;
  let region: string | null = null;
  for (const p of parts.slice(1)) {
    if (/^[a-z]{4}$/.test(p)) script ??= p;
    else if (/^(?:[a-z]{2}|\d{3})$/.test(p)) region ??= p;
  }
  return { raw, primary, script, region };
}

function isTraditional(l: ParsedLocale): boolean {
  return l.script === 'hant' || (l.script === null && l.region !== null && HANT_REGIONS.has(l.region));
}

/** The help-center locale that serves bank language `lang`, or null when none does. */
export function localeForLanguage(lang: string, locales: readonly string[]): string | null {
  const parsed = locales.map(parseLocale).filter((l): l is ParsedLocale => l !== null);
  const want = lang.toLowerCase();
  if (want === 'zh' || want === 'zh-hans' || want === 'zh-cn') {
    const zh = parsed.filter((l) => l.primary === 'zh' && !isTraditional(l));
    return (zh.find((l) => l.script === 'hans' || l.region !== null) ?? zh[0])?.raw ?? null;
  }
  if (want === 'zh-hant' || want === 'zh-tw') {
    const zh = parsed.filter((l) => l.primary === 'zh' && isTraditional(l));
    return (zh.find((l) => l.region === 'tw') ?? zh[0])?.raw ?? null;
  }
  const primary = want.split('-')[0] ?? want;
  const exact = parsed.find((l) => l.raw.trim().toLowerCase().replace(/_/g, '-') === want);
  return (exact ?? parsed.find((l) => l.primary === primary))?.raw ?? null;
}

function admitted(lang: BankLanguage, languages: readonly string[] | undefined, exactOnly: boolean): boolean {
  if (languages === undefined) return true;
  const wanted = new Set(languages.map((l) => l.trim().toLowerCase().replace(/_/g, '-')));
  const own = lang.toLowerCase();
  if (wanted.has(own)) return true;
  if (exactOnly) return false;
  return wanted.has(own.split('-')[0] ?? own);
}

/** The searches to run, language by language (bank order), question by question (given order). */
export function searchQueriesFor(input: SearchQueriesInput): SearchQuery[] {
  const measured = input.locales.filter((l) => parseLocale(l) !== null);
  const plan: Array<{ lang: BankLanguage; locale: string | null }> = [];
  if (measured.length > 0) {
    for (const lang of BANK_LANGUAGES) {
      if (!admitted(lang, input.languages, false)) continue;
      const locale = localeForLanguage(lang, measured);
      if (locale !== null) plan.push({ lang, locale });
    }
  } else {
    const fallback = input.languages && input.languages.length > 0 ? input.languages : ['en'];
    for (const lang of BANK_LANGUAGES) if (admitted(lang, fallback, true)) plan.push({ lang, locale: null });
  }
  const out: SearchQuery[] = [];
  for (const { lang, locale } of plan) {
    for (const q of input.questions) {
      const query = (q.languages as Partial<Record<BankLanguage, { query?: unknown }>>)[lang]?.query;
      if (typeof query !== 'string' || query.trim() === '') continue;
      out.push({ question: q.id, lang, locale, query: query.trim() });
    }
  }
  return out;
}

/**
 * The Accept-Language a user of that locale / language sends (`zh-cn` -> `zh-CN,zh;q=0.9`),
 * or undefined when neither is a plain language code.
 */
export function acceptLanguageFor(locale: string | null, lang: string): string | undefined {
  const tag = locale ?? (lang === 'zh-Hant' ? 'zh-TW' : lang === 'zh' ? 'zh-CN' : lang);
  const parsed = parseLocale(tag);
  if (!parsed) return undefined;
  const parts = [parsed.primary, parsed.script ? parsed.script[0]!.toUpperCase() + parsed.script.slice(1) : null, parsed.region?.toUpperCase() ?? null].filter(
    (p): p is string => p !== null,
  );
  const full = parts.join('-');
  return full === parsed.primary ? full : `${full},${parsed.primary};q=0.9`;
}
