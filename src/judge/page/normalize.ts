/**
 * Text folding for keyword matching across scripts.
 *
 * Why it matters: the same word reaches us in many spellings. Full-width Latin from CJK
 * pages (ＡＰＩ), Persian written with Arabic code points (ي/ك instead of ی/ک), Russian
 * with or without ё, Turkish dotted/dotless i, Persian/Arabic-Indic digits. Folding
 * both the page text and the keyword lists the same way makes one keyword list per
 * language enough, so topic, phone and date matching do not silently miss a page.
 */

const ARABIC_TO_PERSIAN: Record<string, string> = {
  '\u064A': '\u06CC', // ي -> ی
  '\u0649': '\u06CC', // ى -> ی
  '\u0643': '\u06A9', // ك -> ک
  '\u0629': '\u0647', // ة -> ه
  '\u0623': '\u0627', // أ -> ا
  '\u0625': '\u0627', // إ -> ا
  '\u0622': '\u0627', // آ -> ا
};

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * The single-character rewrites of foldForMatch (after NFKC and lower-casing), as one
 * table: no rewrite produces a character another one rewrites, so one pass over the
 * text gives the same result as one pass per rule.
 */
const FOLD_CHAR: Record<string, string> = {
  ...ARABIC_TO_PERSIAN,
  '\u0307': '', // 'İ'.toLowerCase() leaves a combining dot
  'ı': 'i',
  'ё': 'е',
  '\u200C': ' ', // ZWNJ, ZWJ and soft hyphens separate words
  '\u200D': ' ',
  '\u00AD': ' ',
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
};
// Harakat (U+064B-065F, U+0670) and tatweel (U+0640): optional marks in Arabic-script text, dropped.
for (let c = 0x064b; c <= 0x065f; c++) FOLD_CHAR[String.fromCharCode(c)] = '';
FOLD_CHAR['\u0670'] = '';
FOLD_CHAR['\u0640'] = '';
// Persian and Arabic-Indic digits, as asciiDigits maps them.
for (let d = 0; d <= 9; d++) {
  FOLD_CHAR[String.fromCharCode(0x06f0 + d)] = String(d);
  FOLD_CHAR[String.fromCharCode(0x0660 + d)] = String(d);
}
const FOLD_CHARS = new RegExp(`[${Object.keys(FOLD_CHAR).map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** Whitespace runs other than a lone space: what `s.replace(/\s+/g, ' ')` actually changes. */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/** `s` with every whitespace run as one space, like `s.replace(/\s+/g, ' ')`, without rewriting the runs that already are one space. */
export function collapseWhitespace(s: string): string {
  return s.replace(WHITESPACE_TO_COLLAPSE, ' ');
}

/** Link texts, names and keywords repeat across judges and pages: short strings are folded once (a bounded memo). */
const MAX_MEMO_CHARS = 200;
const MAX_MEMO_ENTRIES = 10_000;
const folded = new Map<string, string>();

/**
 * Folds text for matching: NFKC (full-width -> ASCII, compatibility forms), lower case,
 * Arabic letter variants -> Persian, ё -> е, Turkish ı/İ -> i, ZWNJ -> space,
 * Persian/Arabic digits -> ASCII, whitespace collapsed. Length is not preserved.
 */
export function foldForMatch(s: string): string {
  if (s.length > MAX_MEMO_CHARS) return fold(s);
  let f = folded.get(s);
  if (f === undefined) {
    f = fold(s);
    if (folded.size >= MAX_MEMO_ENTRIES) folded.clear();
    folded.set(s, f);
  }
  return f;
}

function fold(s: string): string {
  const t = s.normalize('NFKC').toLowerCase().replace(FOLD_CHARS, (c) => FOLD_CHAR[c] ?? c);
  return collapseWhitespace(t).trim();
}
