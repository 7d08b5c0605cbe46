/**
 * Rubric term matching: which of a question's concepts a reply covers, and with which words.
 *
 * Why it matters (knowledge, resolution): the rubric says what a good answer contains, as
 * synonyms per language; this decides, the same way for every language, whether the reply
 * says it. Terms and text are folded alike (foldForMatch; Chinese in Simplified script).
 * A Latin, Cyrillic or Persian term matches whole words only ("sms" not inside "smsc"),
 * with an English plural -s/-es and, in Persian, the plural/ezafe endings (‌ها، های، ی);
 * a term ending in `*` matches as a prefix and returns the whole word ("verif*" ->
 * "verification"); words of a multi-word term may be joined by spaces or hyphens. A term
 * with Chinese, Japanese or Korean characters matches as a substring, ignoring spaces
 * (Korean is written with and without them) and quotation marks ('출금' 권한). Compiled matchers are cached per term list.
 */
import { foldForMatch } from '../page/normalize.js';
import { cleanText } from '../page/sanitize.js';
import type { ReplyText } from './replyText.js';
import { compactOf, toSimplifiedChars } from './replyText.js';

/** Matched words kept per concept (reports show them; more add nothing). */
export const MAX_MATCHES_PER_CONCEPT = 5;
/** Characters of one matched word kept. */
const MAX_MATCH_CHARS = 60;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The texts of a reply a matcher reads. */
export type MatchText = Pick<ReplyText, 'folded' | 'hans' | 'compact' | 'compactHans'>;

interface CompiledTermList {
  /** One alternation of the whole-word terms (longest first), or null. */
  words: RegExp | null;
  /** Space-free folded CJK terms, longest first. */
  needles: string[];
  /** Match against the Simplified-Chinese variants of the text. */
  chinese: boolean;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/*
 * Word characters per script, as small explicit ranges: Unicode property classes
 * (\p{Script=Latin}) are exact but make a regular expression with many branches slow to
 * compile (tens of milliseconds each), and the grader compiles a hundred of them.
 * Digits are ASCII (foldForMatch makes Persian/Arabic digits ASCII).
 */
const LATIN_WORD = '[0-9A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u1E00-\\u1EFF]';
const CYRILLIC_WORD = '[0-9\\u0400-\\u052F\\u0300-\\u036F]';
const ARABIC_WORD = '[0-9\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF]';
const ANY_WORD = '[\\p{L}\\p{M}\\p{N}]';

/** The characters that continue a word of the term's script (the boundary a match may not touch). */
function wordClass(term: string): string {
  if (/[\u0400-\u052F]/.test(term)) return CYRILLIC_WORD;
  if (/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(term)) return ARABIC_WORD;
  if (/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(term)) return LATIN_WORD;
  return ANY_WORD;
}

interface Branch {
  /** The word class of its boundaries. */
  cls: string;
  /** The term as a pattern, without boundaries. */
  body: string;
  startBoundary: boolean;
  endBoundary: boolean;
}

/** One whole-word term as a regular-expression branch. */
function wordBranch(term: string): Branch | null {
  const prefix = term.endsWith('*');
  const text = prefix ? term.slice(0, -1).trim() : term;
  const parts = text.split(/[\s\-‐‑–]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const cls = wordClass(text);
  const joined = parts.map(escape).join('[\\s\\-‐‑–]*');
  let tail = '';
  if (prefix) tail = `${cls}*`;
  else if (cls === LATIN_WORD && /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]$/.test(text)) tail = '(?:e?s)?';
  else if (cls === ARABIC_WORD) tail = '(?:\\s?ها(?:ی|یی)?|ی|ای)?';
  return {
    cls,
    body: `${joined}${tail}`,
    startBoundary: /^[\p{L}\p{N}]/u.test(text),
    endBoundary: prefix || /[\p{L}\p{N}]$/u.test(text),
  };
}

/** The branches grouped by boundary, so that each boundary is tested once per position, not once per term. */
function alternation(branches: readonly Branch[]): string {
  const groups = new Map<string, Branch[]>();
  for (const b of branches) {
    const key = `${b.cls}|${b.startBoundary}|${b.endBoundary}`;
    const list = groups.get(key) ?? [];
    list.push(b);
    groups.set(key, list);
  }
  const out: string[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    const bodies = [...new Set(list.map((b) => b.body))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    out.push(`${first.startBoundary ? `(?<!${first.cls})` : ''}(?:${bodies.join('|')})${first.endBoundary ? `(?!${first.cls})` : ''}`);
  }
  return out.join('|');
}

const cache = new Map<string, CompiledTermList>();
const CACHE_LIMIT = 2000;

/** Compiles a term list once (cached by its content). `chinese`: the terms are the zh rubric's. */
export function compileTerms(terms: readonly string[], chinese: boolean): CompiledTermList {
  const key = `${chinese ? 'zh' : '-'}\u0000${terms.join('\u0001')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const branches: Branch[] = [];
  const needles: string[] = [];
  for (const raw of terms) {
    if (typeof raw !== 'string') continue;
    let term = foldForMatch(raw);
    if (chinese) term = toSimplifiedChars(term);
    if (!term || term === '*') continue;
    if (CJK.test(term)) {
      const needle = compactOf(term.replace(/\*$/, ''));
      if (needle) needles.push(needle);
      continue;
    }
    const b = wordBranch(term);
    if (b) branches.push(b);
  }
  needles.sort((a, b) => b.length - a.length);
  let words: RegExp | null = null;
  if (branches.length > 0) {
    try {
      words = new RegExp(alternation(branches), 'gu');
    } catch {
      words = null;
    }
  }
  const compiled = { words, needles: [...new Set(needles)], chinese };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** The distinct words of `text` that match the compiled list (at most `max`), in text order for words. */
export function matchCompiled(compiled: CompiledTermList, text: MatchText, max = MAX_MATCHES_PER_CONCEPT): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const push = (w: string) => {
    const clean = cleanText(w, MAX_MATCH_CHARS);
    if (!clean || seen.has(clean)) return;
    seen.add(clean);
    found.push(clean);
  };
  if (compiled.words) {
    const source = compiled.chinese ? text.hans : text.folded;
    compiled.words.lastIndex = 0;
    for (const m of source.matchAll(compiled.words)) {
      push(m[0]);
      if (found.length >= max) return found;
    }
  }
  const compact = compiled.chinese ? text.compactHans : text.compact;
  for (const n of compiled.needles) {
    if (compact.includes(n) && ![...seen].some((s) => s.replace(/\s+/g, '').includes(n))) {
      push(n);
      if (found.length >= max) break;
    }
  }
  return found;
}

/** Convenience: match a raw term list. */
export function matchTerms(terms: readonly string[], text: MatchText, chinese: boolean, max = MAX_MATCHES_PER_CONCEPT): string[] {
  return matchCompiled(compileTerms(terms, chinese), text, max);
}

/** A rubric to match: its terms per concept, and whether they are Chinese (matched on the Simplified text). */
export interface RubricTerms {
  terms: Record<string, readonly string[]>;
  chinese: boolean;
}

/**
 * Concept id -> matched words, over several rubrics (the asked language's, the reply's,
 * English): a concept counts once, its words are merged. Concepts nothing matched are absent.
 */
export function matchConcepts(conceptIds: readonly string[], rubrics: readonly RubricTerms[], text: MatchText): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const id of conceptIds) {
    const words: string[] = [];
    for (const r of rubrics) {
      const terms = r.terms[id];
      if (!Array.isArray(terms) || terms.length === 0) continue;
      for (const w of matchTerms(terms, text, r.chinese)) {
        if (!words.includes(w) && words.length < MAX_MATCHES_PER_CONCEPT) words.push(w);
      }
    }
    if (words.length > 0) out.set(id, words);
  }
  return out;
}
