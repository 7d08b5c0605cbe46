/**
 * Rubric term matching: which of a question's concepts a reply covers, and with which words.
 *
 * Why it matters (knowledge, resolution): the rubric says what a good answer contains, as
 * synonyms per language; this decides, the same way for every language, whether the reply
 * says it. Terms and text are folded alike (foldForMatch; Chinese in Simplified script).
 *
 * The matching rule, per script of the term:
 *
 * - Latin, Cyrillic, Persian/Arabic: whole words only ("sms" not inside "smsc"), with an
 *   English plural -s/-es and, in Persian, the plural/ezafe endings (‌ها، های، ی). A word
 *   ending in `*` matches as a prefix and returns the whole word ("verif*" -> "verification";
 *   in a multi-word term any word may end in `*`: "провер* личност*" matches "проверку
 *   личности"). Words of a multi-word term may be joined by spaces, a hyphen or nothing, and,
 *   in order, with a bounded gap of other words between two of them ("reset your 2FA",
 *   "never ask you for", "şifrenizi asla … istemeyiz"): up to GAP_WORDS words (1 by default,
 *   3 for Turkish, 4 for Persian and Arabic script, whose verb comes last with its object
 *   before it). A gap is plain words and spaces only, so it never crosses a sentence or clause
 *   (no punctuation, no list bullet), never holds a negation ("not", "не", "نمی", "değil"…:
 *   "can recover" must not match "can not recover") unless the concept's own terms use it
 *   (a list with "cannot be recovered" counts "can not be recovered"), and is not allowed next to a number
 *   ("24 hours" must be said as such). Turkish compounds match with or without a space inside
 *   ("olağandışı" = "olağan dışı"), at least three letters from either end.
 * - Korean (Hangul): spaces are ignored, as Korean is written with and without them. A
 *   one-part term matches as a substring of the space-free text. The parts of a multi-part
 *   term match in order with up to KOREAN_GAP syllables between them (a particle or an
 *   auxiliary: "복구가 가능" for "복구 가능"), none of them a negation (않, 없, 못); a part
 *   before the last that ends in a 하다 form (보장할, 요청하지) matches its stem followed by any
 *   하다 form or 드리다, so polite endings match too ("보장해 드릴 수는 없" for "보장할 수
 *   없", "요청드리지 않" for "요청하지 않") while the stem alone does not ("복구 수수료" is not
 *   "복구할 수").
 * - Chinese and Japanese: substrings of the space- and quote-free text; a term of four or more
 *   characters also matches with up to CJK_GAP Han or kana characters inserted at one point
 *   between two of its characters, two or more from either end ("可以协助找回" for "可以找回"),
 *   when the inserted characters hold no negation (不 没 无 未 非 别 勿 莫 否).
 *
 * Compiled matchers are cached per term list (and language).
 */
import { foldForMatch } from '../page/normalize.js';
import { cleanText } from '../page/sanitize.js';
import type { ReplyText } from './replyText.js';
import { compactOf, toSimplifiedChars } from './replyText.js';

/** Matched words kept per concept (reports show them; more add nothing). */
export const MAX_MATCHES_PER_CONCEPT = 5;
/** Characters of one matched word kept. */
const MAX_MATCH_CHARS = 60;

/** Words allowed between two words of a multi-word term, by rubric language (else by script). */
const GAP_WORDS_DEFAULT = 1;
const GAP_WORDS_BY_LANG: Record<string, number> = { tr: 3, fa: 4 };
const GAP_WORDS_ARABIC_SCRIPT = 4;
/** Hangul syllables allowed between two parts of a Korean term. */
const KOREAN_GAP = 4;
/** Han or kana characters allowed inside a Chinese or Japanese term (at one point). */
const CJK_GAP = 2;
/** A Chinese or Japanese term needs this many characters before a gap may be inserted in it. */
const CJK_GAP_MIN_CHARS = 4;
/** Letters of a Turkish word kept whole at either end when a space is allowed inside it. */
const TR_COMPOUND_EDGE = 3;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const CJK_CHAR = /^[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]$/u;

/** Negations a gap may not hold (folded: lower case, Persian letter forms, ı -> i). */
const NEGATIONS = [
  'not', 'no', 'never', 'cannot', 'nor', 'none', 'nothing', 'nunca', 'ni', 'nada', 'jamás', 'jamas', 'tampoco', 'não', 'nao',
  'ne', 'pas', 'non', 'nicht', 'kein', 'keine', 'не', 'ни', 'нет', 'никогда', 'нельзя', 'ні', 'نه', 'نمی', 'هرگز', 'هیچ',
  'degil', 'değil', 'asla', 'hiç', 'hic', 'hiçbir', 'yok',
];
const CJK_NEGATION = '不没無无未非别別勿莫否';
const KOREAN_NEGATION = '않없못';

/** The texts of a reply a matcher reads. */
export type MatchText = Pick<ReplyText, 'folded' | 'hans' | 'compact' | 'compactHans'>;

interface CompiledTermList {
  /** One alternation of the whole-word terms (longest first), or null. */
  words: RegExp | null;
  /** Multi-part Korean terms, read on the folded text, or null. */
  korean: RegExp | null;
  /** Space-free folded CJK terms, longest first. */
  needles: string[];
  /** Chinese/Japanese terms with a gap inside, read on the space-free text, or null. */
  gapped: RegExp | null;
  /** Match against the Simplified-Chinese variants of the text. */
  chinese: boolean;
  /** The negations the terms themselves use: the only ones a gap in a word match may hold. */
  negationsUsed: Set<string>;
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
/** Between two words of a term with no gap: nothing, one hyphen, or spaces (not a list bullet " - "). */
const JOIN = '(?:[\\-‐‑–]|\\s+)?';
const QUOTES = `'"“”‘’「」『』【】〈〉《》«»`;

/** The characters that continue a word of the term's script (the boundary a match may not touch). */
function wordClass(term: string): string {
  if (/[\u0400-\u052F]/.test(term)) return CYRILLIC_WORD;
  if (/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/.test(term)) return ARABIC_WORD;
  if (/[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/.test(term)) return LATIN_WORD;
  return ANY_WORD;
}

function gapWordsFor(cls: string, lang: string | undefined): number {
  if (lang !== undefined && GAP_WORDS_BY_LANG[lang] !== undefined) return GAP_WORDS_BY_LANG[lang]!;
  if (cls === ARABIC_WORD) return GAP_WORDS_ARABIC_SCRIPT;
  return GAP_WORDS_DEFAULT;
}

/** Folded negations (built once). */
let negationSet: Set<string> | null = null;
function negations(): Set<string> {
  negationSet ??= new Set(NEGATIONS.map((w) => foldForMatch(w)));
  return negationSet;
}

/** Words of a folded term or match, for the negation check. */
function wordsOf(s: string): string[] {
  return s.split(/[\s\-‐‑–]+/).filter(Boolean);
}

interface Branch {
  /** The word class of its boundaries. */
  cls: string;
  /** The term as a pattern, without boundaries. */
  body: string;
  startBoundary: boolean;
  endBoundary: boolean;
}

/** A Turkish word with an optional space allowed inside it (compounds are written both ways). */
function turkishCompound(word: string): string {
  const chars = Array.from(word);
  if (chars.length < TR_COMPOUND_EDGE * 2 || !/^[\p{L}]+$/u.test(word)) return escape(word);
  let out = '';
  chars.forEach((c, i) => {
    if (i >= TR_COMPOUND_EDGE && i <= chars.length - TR_COMPOUND_EDGE) out += ' ?';
    out += escape(c);
  });
  return out;
}

/** One whole-word term as a regular-expression branch. */
function wordBranch(term: string, lang: string | undefined): Branch | null {
  const prefix = term.endsWith('*');
  const text = prefix ? term.slice(0, -1).trim() : term;
  const parts = text.split(/[\s\-‐‑–]+/).filter(Boolean);
  if (parts.length === 0) return null;
  const cls = wordClass(text);
  const gap = gapWordsFor(cls, lang);
  // The gap's words are checked for negations after matching (a lookahead here doubles the matching time).
  const gapWord = `${cls}+`;
  const numeric = (p: string) => /^[0-9.,]+$/.test(p);
  let joined = '';
  parts.forEach((raw, i) => {
    const star = raw.endsWith('*') && i < parts.length - 1;
    const word = star ? raw.slice(0, -1) : raw;
    if (word === '') return;
    if (i > 0) {
      const prev = parts[i - 1]!;
      const gapped = gap > 0 && !numeric(prev.replace(/\*$/, '')) && !numeric(word);
      joined += gapped ? `(?:${JOIN}|\\s+(?:${gapWord}\\s+){1,${gap}})` : JOIN;
    }
    joined += lang === 'tr' ? turkishCompound(word) : escape(word);
    if (star) joined += `${cls}*`;
  });
  if (joined === '') return null;
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

/** 하다 forms a Korean part before the last may end in: it then matches its stem (보장할 -> 보장). */
const KOREAN_HADA_ENDING = /(?:하지|하는|하여|하게|할|한|해|하|했|합|함)$/;
/** The syllables a 하다 stem continues with: 하다's own forms and the honorific 드리다 (해 드리다, 요청드리다). */
const KOREAN_HADA_NEXT = '하할한해했합함하드';

/** A multi-part Korean term as a pattern on the folded text (spaces inside a part optional). */
function koreanPattern(term: string): string | null {
  const parts = term.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return null;
  const quote = `[\\s${escape(QUOTES)}]*`;
  const gap = `${quote}(?:(?![${KOREAN_NEGATION}])[\\uAC00-\\uD7AF]${quote}){0,${KOREAN_GAP}}`;
  let out = '';
  parts.forEach((raw, i) => {
    let part = raw.replace(/\*$/, '');
    let stemmed = false;
    if (i < parts.length - 1 && HANGUL.test(part)) {
      const stem = part.replace(KOREAN_HADA_ENDING, '');
      if (stem !== part && Array.from(stem).length >= 2) {
        part = stem;
        stemmed = true;
      }
    }
    const chars = Array.from(part);
    const body = chars.map((c, j) => (j > 0 && HANGUL.test(c) && HANGUL.test(chars[j - 1]!) ? `\\s?${escape(c)}` : escape(c))).join('');
    if (i > 0) out += gap;
    out += i === 0 && /^[0-9a-z]/.test(part) ? `(?<![0-9a-z])${body}` : body;
    // A 하다 stem goes on as a verb (보장해, 보장할, 요청드리…), not as a noun ("복구 수수료" is not "복구할 수").
    if (stemmed) out += `[${KOREAN_HADA_NEXT}]`;
  });
  return out;
}

/** A Chinese/Japanese term with a short insertion allowed at one point, or null when too short. */
function gappedPattern(needle: string): string | null {
  const chars = Array.from(needle);
  if (chars.length < CJK_GAP_MIN_CHARS) return null;
  const insert = `(?:(?![${CJK_NEGATION}])[\\u3040-\\u30FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF]){1,${CJK_GAP}}`;
  const alts: string[] = [];
  for (let s = 2; s <= chars.length - 2; s++) {
    if (!CJK_CHAR.test(chars[s - 1]!) || !CJK_CHAR.test(chars[s]!)) continue;
    alts.push(`${escape(chars.slice(0, s).join(''))}${insert}${escape(chars.slice(s).join(''))}`);
  }
  return alts.length > 0 ? alts.join('|') : null;
}

function compile(source: string, flags: string): RegExp | null {
  if (!source) return null;
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

const cache = new Map<string, CompiledTermList>();
const CACHE_LIMIT = 2000;

/**
 * Compiles a term list once (cached by its content). `chinese`: the terms are the zh rubric's.
 * `lang`: the rubric's language, when known (it sets the gap allowed inside multi-word terms).
 */
export function compileTerms(terms: readonly string[], chinese: boolean, lang?: string): CompiledTermList {
  const key = `${chinese ? 'zh' : '-'}\u0000${lang ?? ''}\u0000${terms.join('\u0001')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const branches: Branch[] = [];
  const needles: string[] = [];
  const korean: string[] = [];
  const gapped: string[] = [];
  const negationsUsed = new Set<string>();
  for (const raw of terms) {
    if (typeof raw !== 'string') continue;
    let term = foldForMatch(raw);
    if (chinese) term = toSimplifiedChars(term);
    if (!term || term === '*') continue;
    if (CJK.test(term)) {
      const plain = term.replace(/\*$/, '').trim();
      if (HANGUL.test(plain) && /\s/.test(plain)) {
        const p = koreanPattern(plain);
        if (p) {
          korean.push(p);
          continue;
        }
      }
      const needle = compactOf(plain);
      if (!needle) continue;
      needles.push(needle);
      if (!HANGUL.test(needle)) {
        const g = gappedPattern(needle);
        if (g) gapped.push(g);
      }
      continue;
    }
    const b = wordBranch(term, lang);
    if (b) branches.push(b);
    for (const w of wordsOf(term.replace(/\*/g, ''))) if (negations().has(w)) negationsUsed.add(w);
  }
  needles.sort((a, b) => b.length - a.length);
  const byLength = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);
  const compiled: CompiledTermList = {
    words: branches.length > 0 ? compile(alternation(branches), 'gu') : null,
    korean: korean.length > 0 ? compile(byLength(korean).join('|'), 'gu') : null,
    needles: [...new Set(needles)],
    gapped: gapped.length > 0 ? compile(byLength(gapped).join('|'), 'gu') : null,
    chinese,
    negationsUsed,
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Which scripts a text has that only some matchers read (remembered per text object). */
const scriptMemo = new WeakMap<MatchText, { hangul: boolean; hanKana: boolean }>();
function scriptsOf(text: MatchText): { hangul: boolean; hanKana: boolean } {
  let s = scriptMemo.get(text);
  if (!s) {
    s = { hangul: HANGUL.test(text.compact), hanKana: /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/.test(text.compact) };
    scriptMemo.set(text, s);
  }
  return s;
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
  const covered = (n: string) => [...seen].some((s) => compactOf(s).includes(n));
  const source = compiled.chinese ? text.hans : text.folded;
  const scripts = scriptsOf(text);
  for (const re of [compiled.words, scripts.hangul ? compiled.korean : null]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of source.matchAll(re)) {
      if (re === compiled.words && /\s/.test(m[0]) && wordsOf(m[0]).some((w) => negations().has(w) && !compiled.negationsUsed.has(w))) continue;
      push(m[0]);
      if (found.length >= max) return found;
    }
  }
  const compact = compiled.chinese ? text.compactHans : text.compact;
  for (const n of compiled.needles) {
    if (compact.includes(n) && !covered(n)) {
      push(n);
      if (found.length >= max) return found;
    }
  }
  if (compiled.gapped && found.length === 0 && scripts.hanKana) {
    compiled.gapped.lastIndex = 0;
    for (const m of compact.matchAll(compiled.gapped)) {
      if (!covered(m[0])) push(m[0]);
      if (found.length >= max) break;
    }
  }
  return found;
}

/** Convenience: match a raw term list. `lang`: the rubric's language, when known. */
export function matchTerms(terms: readonly string[], text: MatchText, chinese: boolean, max = MAX_MATCHES_PER_CONCEPT, lang?: string): string[] {
  return matchCompiled(compileTerms(terms, chinese, lang), text, max);
}

/**
 * A rubric to match: its terms per concept, whether they are Chinese (matched on the
 * Simplified text), its language (for the gap rules) and, optionally, other spellings of
 * the reply to read as well (a Ukrainian reply in Russian letters for the Russian rubric).
 */
export interface RubricTerms {
  terms: Record<string, readonly string[]>;
  chinese: boolean;
  lang?: string;
  extraTexts?: readonly MatchText[];
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
      for (const t of [text, ...(r.extraTexts ?? [])]) {
        for (const w of matchTerms(terms, t, r.chinese, MAX_MATCHES_PER_CONCEPT, r.lang)) {
          if (!words.includes(w) && words.length < MAX_MATCHES_PER_CONCEPT) words.push(w);
        }
      }
    }
    if (words.length > 0) out.set(id, words);
  }
  return out;
}
