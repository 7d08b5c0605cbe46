/**
 * A reply's words prepared for phrase matching in every bank language, with a way
 * back to the words as written.
 *
 * Why it matters (security, feedback, responsiveness): the red-flag, acknowledgement
 * and complaint judges match one set of patterns against replies in nine languages
 * and two Chinese scripts. The text is converted to Simplified Chinese (lines with kana
 * are Japanese and are left alone) and folded
 * (foldForMatch: case, NFKC, Arabic/Persian letter forms, digits, ё, Turkish i) code
 * point by code point, keeping for every folded character the place it came from, so
 * that evidence is always quoted from the reply itself. Sentences and clauses are
 * found on the folded text (the scope of a negation is its clause), and never inside
 * a URL.
 */
import * as OpenCC from 'opencc-js';
import { foldForMatch } from '../page/normalize.js';
import { cleanText } from '../page/sanitize.js';

export interface Span {
  start: number;
  end: number;
}

export interface MatchText {
  /** The reply body as extracted (NFC), what evidence is quoted from. */
  original: string;
  /** Folded text: Simplified Chinese, foldForMatch per code point, whitespace runs as one ' ' or '\n'. */
  folded: string;
  /** For each folded index, the start of the original code point it came from. */
  origStart: Int32Array;
  /** For each folded index, the end of the original code point it came from. */
  origEnd: Int32Array;
  /** Sentences (folded offsets, trimmed), in order. */
  sentences: Span[];
  /** Clauses (folded offsets, trimmed), in order; every clause lies inside one sentence. */
  clauses: Span[];
  /** URL spans in the folded text (never split into sentences or clauses). */
  urls: Span[];
}

const toSimplifiedWhole = OpenCC.Converter({ from: 'tw', to: 'cn' });
const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;

const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;

/** One line, Traditional -> Simplified, without changing its length (char by char when phrases would). */
function lineToSimplified(s: string): string {
  // Japanese kanji are not Traditional Chinese: a line with kana is left as written.
  if (!HAN.test(s) || KANA.test(s)) return s;
  const whole = toSimplifiedWhole(s);
  if (whole.length === s.length) return whole;
  let out = '';
  for (const ch of s) {
    const c = HAN.test(ch) ? toSimplifiedWhole(ch) : ch;
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

function toSimplified(s: string): string {
  if (!HAN.test(s)) return s;
  return s.split('\n').map(lineToSimplified).join('\n');
}

const FOLD_CACHE = new Map<string, string>();
const SPACE_LIKE = /^[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u200C\u200D]$/u;

function foldChar(ch: string): string {
  const cached = FOLD_CACHE.get(ch);
  if (cached !== undefined) return cached;
  let f: string;
  if (ch === '\n') f = '\n';
  else if (SPACE_LIKE.test(ch)) f = ' ';
  else if (ch === '\u00AD') f = '';
  else f = foldForMatch(ch);
  if (FOLD_CACHE.size < 20_000) FOLD_CACHE.set(ch, f);
  return f;
}

/** Sentences found at most (a real reply has tens, a long one hundreds). */
const MAX_SENTENCES = 2000;

/** Characters after which a sentence ends (after folding: full-width ！？ are ASCII). */
const ALWAYS_ENDS = new Set(['\n', '。', '!', '?', '؟', '…', '｡']);
const CLAUSE_MARKS = new Set([',', ';', ':', '،', '؛', '(', ')', '"', '«', '»', '「', '」', '“', '”']);

/**
 * Conjunctions that open a new clause (a negation before them does not reach past them).
 * Latin/Cyrillic/Persian words need spaces around; CJK ones stand alone.
 */
const CLAUSE_WORDS = new RegExp(
  [
    String.raw`(?<=\s)(?:but|however|otherwise|unless|until|although|though|whereas|so that|so we can|or else|instead|because|then|и тогда|но|однако|иначе|пока|чтобы|иначе|потому что|اما|ولی|وگرنه|مگر|تا|pero|sin embargo|de lo contrario|a menos que|para que|aunque|ama|fakat|ancak|aksi halde|yoksa|çünkü|cunku)(?=\s)`,
    '但是|但|否则|不然|除非|以便|不过|然而|才能|하지만|그러나|그렇지 않으면|しかし|ただし|でないと|さもないと',
  ].join('|'),
  'gu',
);

/** Folds `body` and finds its sentences and clauses. */
export function toMatchText(body: string): MatchText {
  const original = body.normalize('NFC');
  const simplified = toSimplified(original);
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let last = '\n';
  for (let i = 0; i < simplified.length; ) {
    const cp = simplified.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    const f = foldChar(ch);
    for (const fc of f) {
      if (fc === ' ' || fc === '\n') {
        if (last === '\n') continue;
        if (last === ' ') {
          if (fc === '\n') {
            chars[chars.length - 1] = '\n';
            last = '\n';
          }
          continue;
        }
      }
      chars.push(fc);
      starts.push(i);
      ends.push(next);
      last = fc;
    }
    i = next;
  }
  while (chars.length > 0 && (chars[chars.length - 1] === ' ' || chars[chars.length - 1] === '\n')) {
    chars.pop();
    starts.pop();
    ends.pop();
  }
  const folded = chars.join('');
  const mt: MatchText = {
    original,
    folded,
    origStart: Int32Array.from(starts),
    origEnd: Int32Array.from(ends),
    sentences: [],
    clauses: [],
    urls: findUrlSpans(folded),
  };
  segment(mt);
  return mt;
}

const URL_SPAN = /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}，。、！？「」]+/giu;

function findUrlSpans(folded: string): Span[] {
  const out: Span[] = [];
  for (const m of folded.matchAll(URL_SPAN)) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?'")\]]/.test(folded[end - 1] ?? '')) end--;
    out.push({ start: m.index, end });
  }
  return out;
}

function inAny(spans: readonly Span[], pos: number): boolean {
  for (const s of spans) if (pos >= s.start && pos < s.end) return true;
  return false;
}

function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e } : null;
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/.test(ch);
}

function segment(mt: MatchText): void {
  const t = mt.folded;
  const sentenceEnds: number[] = [];
  for (let i = 0; i < t.length; i++) {
    const c = t[i] ?? '';
    if (inAny(mt.urls, i)) continue;
    if (ALWAYS_ENDS.has(c)) {
      sentenceEnds.push(i + 1);
    } else if (c === '.') {
      const n = t[i + 1];
      if (n === undefined || n === ' ' || n === '\n' || isCjk(n)) sentenceEnds.push(i + 1);
    }
  }
  sentenceEnds.push(t.length);
  let from = 0;
  for (const end of sentenceEnds) {
    if (end <= from) continue;
    // Past MAX_SENTENCES the rest is one sentence: a hostile reply of 100,000 "。" stays cheap.
    if (mt.sentences.length >= MAX_SENTENCES - 1 && end < t.length) continue;
    const s = trimSpan(t, from, end);
    from = end;
    if (!s || !/[\p{L}\p{N}]/u.test(t.slice(s.start, s.end))) continue;
    mt.sentences.push(s);
    const cuts = new Set<number>();
    for (let i = s.start; i < s.end; i++) {
      const c = t[i] ?? '';
      if (!CLAUSE_MARKS.has(c) || inAny(mt.urls, i)) continue;
      // "1,000" and "10:30" are numbers, not clause breaks.
      if ((c === ',' || c === ':') && /\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? '')) continue;
      cuts.add(i + 1);
    }
    CLAUSE_WORDS.lastIndex = 0;
    const inner = t.slice(s.start, s.end);
    for (const m of inner.matchAll(CLAUSE_WORDS)) {
      if (m.index > 0) cuts.add(s.start + m.index);
    }
    let cf = s.start;
    for (const cut of [...cuts].sort((a, b) => a - b).concat(s.end)) {
      if (cut <= cf) continue;
      const c = trimSpan(t, cf, cut);
      cf = cut;
      if (c) mt.clauses.push(c);
    }
  }
}

function spanAt(spans: readonly Span[], pos: number): Span | null {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The sentence containing folded position `pos` (or null between sentences). */
export function sentenceAt(mt: MatchText, pos: number): Span | null {
  return spanAt(mt.sentences, pos);
}

/** The clause containing folded position `pos` (or null on a break character). */
export function clauseAt(mt: MatchText, pos: number): Span | null {
  return spanAt(mt.clauses, pos) ?? spanAt(mt.clauses, pos - 1) ?? spanAt(mt.clauses, pos + 1);
}

/** The first folded index whose original character starts at or after `orig` (the folded length past the end). */
export function foldedIndex(mt: MatchText, orig: number): number {
  let lo = 0;
  let hi = mt.origStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mt.origStart[mid] ?? 0) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo < mt.origStart.length ? lo : mt.origStart.length;
}

/** The clauses inside `span` (a sentence), in order. */
export function clausesIn(mt: MatchText, span: Span): Span[] {
  let lo = 0;
  let hi = mt.clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mt.clauses[mid]?.end ?? 0) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < mt.clauses.length; i++) {
    const c = mt.clauses[i];
    if (!c || c.start >= span.end) break;
    out.push(c);
  }
  return out;
}

/** The folded text of a span. */
export function slice(mt: MatchText, span: Span): string {
  return mt.folded.slice(span.start, span.end);
}

/** The original text behind a folded span, uncleaned. */
export function originalOf(mt: MatchText, span: Span): string {
  if (span.end <= span.start) return '';
  const s = mt.origStart[span.start] ?? 0;
  const e = mt.origEnd[span.end - 1] ?? s;
  return mt.original.slice(s, e);
}

/**
 * The words of `hit` as written, with as much of `within` (its sentence or clause)
 * around them as fits in `max` characters, cleaned for display.
 */
export function quoteAround(mt: MatchText, hit: Span, within: Span | null, max: number): string {
  const outer = within ?? hit;
  const whole = cleanText(originalOf(mt, outer), max + 1);
  if (whole.length <= max) return whole;
  const oS = mt.origStart[outer.start] ?? 0;
  const oE = mt.origEnd[outer.end - 1] ?? oS;
  const hS = mt.origStart[hit.start] ?? oS;
  const hE = mt.origEnd[hit.end - 1] ?? hS;
  if (hE - hS >= max) return cleanText(mt.original.slice(hS, hE), max);
  const room = max - (hE - hS);
  let s = Math.max(oS, hS - Math.floor(room / 2));
  const e = Math.min(oE, s + max);
  s = Math.max(oS, Math.min(s, e - max));
  // Do not start or end inside a word when a space is near.
  const text = mt.original.slice(s, e);
  const firstSpace = s > oS ? text.search(/\s/) : -1;
  const cutStart = firstSpace >= 0 && firstSpace < 15 && s + firstSpace < hS ? firstSpace + 1 : 0;
  return cleanText(text.slice(cutStart), max);
}

// --- patterns -------------------------------------------------------------------

/**
 * A Unicode-aware \b (JavaScript's \b knows only ASCII letters). CJK and Hangul count as
 * non-word here, so "的Telegram" and "OTP를" have a boundary between the scripts. A `\b`
 * that opens a word (at the start of the source or after `(`, `|`, `?:`, a space) only
 * looks behind, one that closes a word only looks ahead: one lookaround instead of four
 * keeps the long alternations fast.
 */
const WORD = String.raw`(?:(?![\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF])[\p{L}\p{N}\p{M}_])`;
const WORD_START = `(?<!${WORD})`;
const WORD_END = `(?!${WORD})`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

function boundaryAt(src: string, i: number): string {
  const prev = src[i - 1];
  const next = src[i + 2];
  const opensWord = prev === undefined || prev === '(' || prev === '|' || prev === ':' || prev === ' ' || prev === '^' || prev === '>';
  const closesWord = next === undefined || next === ')' || next === '|' || next === ' ' || next === '$' || next === '(' && src.startsWith('(?!', i + 2);
  if (opensWord && !closesWord) return WORD_START;
  if (closesWord && !opensWord) return WORD_END;
  return BOUNDARY;
}

const SOURCE_FOLD: Record<string, string> = {
  ı: 'i',
  ё: 'е',
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  '\u0643': '\u06A9',
  '\u0629': '\u0647',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u200C': ' ',
};

/**
 * Compiles pattern source written in folded form (lower case, Simplified Chinese):
 * literal letters get the same folding as the text (Turkish ı, ё, Arabic letter forms,
 * ZWNJ), Persian/Arabic digits become ASCII, and `\b` becomes a Unicode word boundary.
 */
export function rx(source: string | readonly string[], flags = 'gu'): RegExp {
  const src = typeof source === 'string' ? source : source.join('|');
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i] ?? '';
    if (c === '\\' && i + 1 < src.length) {
      const n = src[i + 1] ?? '';
      out += n === 'b' ? boundaryAt(src, i) : `\\${n}`;
      i++;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else out += SOURCE_FOLD[c] ?? c;
  }
  return new RegExp(`(?:${src.length ? out : '(?!)'})`, flags.includes('u') ? flags : `${flags}u`);
}

/** All matches of `re` (global) in `text` from `offset`, as spans shifted by `offset`. */
export function findAll(re: RegExp, text: string, offset = 0): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
    if (out.length >= 500) break;
  }
  return out;
}

/** Whether `re` matches somewhere in folded[start, end). */
export function testIn(re: RegExp, mt: MatchText, start: number, end: number): boolean {
  if (end <= start) return false;
  re.lastIndex = 0;
  const ok = re.test(mt.folded.slice(start, end));
  re.lastIndex = 0;
  return ok;
}
