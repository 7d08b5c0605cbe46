/**
 * A reply's words prepared for phrase matching in every bank language, with a way
 * back to the words as written.
 *
 * Why it matters (security, feedback, responsiveness): the red-flag, acknowledgement
 * and complaint judges match one set of patterns against replies in nine languages
 * and two Chinese scripts. The text is converted to Simplified Chinese (OpenCC tw -> cn,
 * built on the first line with a character it would change; lines with kana are
 * Japanese and are left alone) and folded
 * (foldForMatch: case, NFKC, Arabic/Persian letter forms, digits, ё, Turkish i) code
 * point by code point, keeping for every folded character the place it came from, so
 * that evidence is always quoted from the reply itself. Sentences and clauses are
 * found on the folded text (the scope of a negation is its clause), and never inside
 * a URL. Everything here is linear in the length of the reply: the judges that use it
 * read replies and help-center articles of up to 100,000 characters.
 */
import { Converter, Locale } from 'opencc-js/t2cn';
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
  /** For each folded index (UTF-16 code unit), the start of the original code point it came from. */
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

type Convert = (s: string) => string;
/** OpenCC `tw` -> `cn`, built on the first line of Traditional Chinese (building its tries takes tens of milliseconds). */
let twToCn: Convert | null = null;
/** Characters that make OpenCC `tw` -> `cn` change a line (see traditionalChars). */
let traditional: Set<string> | null = null;

function toSimplifiedWhole(s: string): string {
  const convert = (twToCn ??= Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

/**
 * The characters OpenCC `tw` -> `cn` converts, and for every phrase it converts that has
 * none of them, one of the phrase's characters (the one shared by most such phrases:
 * 梁, 沈, 藉, 覆…). A line with none of these characters matches no entry of the
 * converter's dictionaries that changes anything, so the converter would return it as
 * it is: Simplified Chinese never builds the converter. Read from the dictionaries the
 * converter is built from; a few milliseconds, once.
 */
function traditionalChars(): Set<string> {
  if (traditional) return traditional;
  const singles = new Set<string>();
  const phrases: string[][] = [];
  for (const group of [...(Locale.from['tw'] ?? []), ...(Locale.to['cn'] ?? [])]) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
      for (const [key, value] of entries) {
        if (!key || key === value) continue;
        const chars = [...key];
        if (chars.length === 1) singles.add(key);
        else phrases.push(chars);
      }
    }
  }
  const out = new Set(singles);
  let rest = phrases.filter((p) => !p.some((c) => out.has(c)));
  while (rest.length > 0) {
    const counts = new Map<string, number>();
    for (const p of rest) for (const c of new Set(p)) counts.set(c, (counts.get(c) ?? 0) + 1);
    let best = '';
    let most = 0;
    for (const [c, n] of counts) {
      if (n > most) {
        best = c;
        most = n;
      }
    }
    out.add(best);
    rest = rest.filter((p) => !p.includes(best));
  }
  traditional = out;
  return out;
}

function hasTraditional(s: string): boolean {
  const chars = traditionalChars();
  for (const ch of s) if (chars.has(ch)) return true;
  return false;
}

const HAN = /[\u3400-\u9FFF\uF900-\uFAFF]/;

const KANA = /[\u3040-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/;

/** One line, Traditional -> Simplified, without changing its length (char by char when phrases would). */
function lineToSimplified(s: string): string {
  // Japanese kanji are not Traditional Chinese: a line with kana is left as written.
  if (!HAN.test(s) || KANA.test(s) || !hasTraditional(s)) return s;
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

/** Folded forms of BMP characters by code unit (the Map above is for the rest). */
const FOLD_BMP: (string | undefined)[] = [];

function foldUnit(code: number, ch: string): string {
  const cached = FOLD_BMP[code];
  if (cached !== undefined) return cached;
  const f = foldChar(ch);
  FOLD_BMP[code] = f;
  return f;
}

/** A string from UTF-16 code units, in chunks (lone surrogates kept as they are). */
function fromUnits(units: Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]));
  }
  return parts.join('');
}

/** Folds `body` and finds its sentences and clauses. */
export function toMatchText(body: string): MatchText {
  const original = body.normalize('NFC');
  const simplified = toSimplified(original);
  const n = simplified.length;
  let units: Uint16Array = new Uint16Array(n + 16);
  let starts: Int32Array = new Int32Array(n + 16);
  let ends: Int32Array = new Int32Array(n + 16);
  let len = 0;
  let last = 10; // '\n': leading whitespace is dropped
  for (let i = 0; i < n; ) {
    const c = simplified.charCodeAt(i);
    let next = i + 1;
    let f: string;
    if (c >= 0xd800 && c <= 0xdbff && next < n) {
      const d = simplified.charCodeAt(next);
      if (d >= 0xdc00 && d <= 0xdfff) next++;
      f = next - i === 2 ? foldChar(simplified.slice(i, next)) : foldUnit(c, simplified.charAt(i));
    } else {
      f = foldUnit(c, simplified.charAt(i));
    }
    for (let k = 0; k < f.length; k++) {
      const fc = f.charCodeAt(k);
      if (fc === 32 || fc === 10) {
        if (last === 10) continue;
        if (last === 32) {
          if (fc === 10) {
            units[len - 1] = 10;
            last = 10;
          }
          continue;
        }
      }
      if (len >= units.length) {
        const grow = (a: Int32Array): Int32Array => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        const u = new Uint16Array(units.length * 2);
        u.set(units);
        units = u;
        starts = grow(starts);
        ends = grow(ends);
      }
      units[len] = fc;
      starts[len] = i;
      ends[len] = next;
      len++;
      last = fc;
    }
    i = next;
  }
  while (len > 0 && (units[len - 1] === 32 || units[len - 1] === 10)) len--;
  const folded = fromUnits(units, len);
  const mt: MatchText = {
    original,
    folded,
    origStart: starts.slice(0, len),
    origEnd: ends.slice(0, len),
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

/** One flag per folded character: inside a URL (a mask, so that segmenting stays linear however many URLs there are). */
function urlMask(length: number, urls: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const u of urls) mask.fill(1, u.start, u.end);
  return mask;
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

const ENDS_CODES = new Set([...ALWAYS_ENDS].map((c) => c.charCodeAt(0)));
const MARK_CODES = new Set([...CLAUSE_MARKS].map((c) => c.charCodeAt(0)));
const HAS_WORD = /[\p{L}\p{N}]/u;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function segment(mt: MatchText): void {
  const t = mt.folded;
  const n = t.length;
  const inUrl = urlMask(n, mt.urls);
  const sentenceEnds: number[] = [];
  for (let i = 0; i < n; i++) {
    if (inUrl[i]) continue;
    const c = t.charCodeAt(i);
    if (ENDS_CODES.has(c)) {
      sentenceEnds.push(i + 1);
    } else if (c === 46) {
      // '.' ends a sentence before a space, a line end, the end or CJK.
      const next = t.charCodeAt(i + 1);
      if (i + 1 >= n || next === 32 || next === 10 || isCjk(t[i + 1])) sentenceEnds.push(i + 1);
    }
  }
  sentenceEnds.push(n);
  let from = 0;
  const marks: number[] = [];
  for (const end of sentenceEnds) {
    if (end <= from) continue;
    // Past MAX_SENTENCES the rest is one sentence: a hostile reply of 100,000 "。" stays cheap.
    if (mt.sentences.length >= MAX_SENTENCES - 1 && end < n) continue;
    const s = trimSpan(t, from, end);
    from = end;
    if (!s) continue;
    const inner = t.slice(s.start, s.end);
    if (!HAS_WORD.test(inner)) continue;
    mt.sentences.push(s);
    marks.length = 0;
    for (let i = s.start; i < s.end; i++) {
      const c = t.charCodeAt(i);
      if (!MARK_CODES.has(c) || inUrl[i]) continue;
      // "1,000" and "10:30" are numbers, not clause breaks.
      if ((c === 44 || c === 58) && isDigitCode(t.charCodeAt(i - 1)) && isDigitCode(t.charCodeAt(i + 1))) continue;
      marks.push(i + 1);
    }
    const words: number[] = [];
    for (const m of execAll(CLAUSE_WORDS, inner)) {
      if (m.index > 0) words.push(s.start + m.index);
    }
    // Both lists are in order: merge them.
    let cf = s.start;
    let a = 0;
    let b = 0;
    while (a < marks.length || b < words.length) {
      const x = marks[a] ?? Infinity;
      const y = words[b] ?? Infinity;
      const cut = x <= y ? x : y;
      if (x <= y) a++;
      else b++;
      if (cut <= cf) continue;
      const c = trimSpan(t, cf, cut);
      cf = cut;
      if (c) mt.clauses.push(c);
    }
    if (s.end > cf) {
      const c = trimSpan(t, cf, s.end);
      if (c) mt.clauses.push(c);
    }
  }
}

/** The index of the span of `spans` (sorted, disjoint) containing `pos`, or -1. */
function indexAt(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function spanAt(spans: readonly Span[], pos: number): Span | null {
  return spans[indexAt(spans, pos)] ?? null;
}

/** The index in `mt.sentences` of the sentence containing folded position `pos`, or -1. */
export function sentenceIndexAt(mt: MatchText, pos: number): number {
  return indexAt(mt.sentences, pos);
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
 * keeps the long alternations fast. The word characters are a short explicit class: the
 * letters, digits and marks of the Latin, Greek, Cyrillic and Arabic/Persian scripts
 * (without ، ؛ ؟ ٪ ۔), which every non-CJK bank language is written in. Not
 * \p{L}\p{N}\p{M}: a lookbehind over \p{L} compiles to hundreds of ranges with
 * surrogate pairs, and a pattern with dozens of them runs ten to fifty times slower on
 * CJK text (V8 also stops optimising a pattern whose source passes 20 KB).
 */
const WORD = String.raw`[0-9A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u052F\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06FF\u1E00-\u1FFF]`;
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

/**
 * Each match of `re` in `text`, like `text.matchAll(re)` but on `re` itself: matchAll
 * clones its regular expression on every call, which costs tens of microseconds for the
 * long alternations here, paid once per sentence.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global && !re.sticky) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) yield m;
    return;
  }
  re.lastIndex = 0;
  try {
    for (;;) {
      const m = re.exec(text);
      if (m === null) return;
      if (m[0].length === 0) {
        // Step over an empty match by one code point, as matchAll does with the u flag.
        const i = re.lastIndex;
        const c = text.charCodeAt(i);
        re.lastIndex = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1);
      }
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** All matches of `re` (global) in `text` from `offset`, as spans shifted by `offset`. */
export function findAll(re: RegExp, text: string, offset = 0): Span[] {
  const out: Span[] = [];
  for (const m of execAll(re, text)) {
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
