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

/** Harakat and tatweel: optional marks in Arabic-script text. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/**
 * Folds text for matching: NFKC (full-width -> ASCII, compatibility forms), lower case,
 * Arabic letter variants -> Persian, ё -> е, Turkish ı/İ -> i, ZWNJ -> space,
 * Persian/Arabic digits -> ASCII, whitespace collapsed. Length is not preserved.
 */
export function foldForMatch(s: string): string {
  let t = s.normalize('NFKC').toLowerCase();
  t = t.replace(/\u0307/g, ''); // 'İ'.toLowerCase() leaves a combining dot
  t = t.replace(/ı/g, 'i').replace(/ё/g, 'е');
  t = t.replace(/[\u064A\u0649\u0643\u0629\u0623\u0625\u0622]/g, (c) => ARABIC_TO_PERSIAN[c] ?? c);
  t = t.replace(ARABIC_MARKS, '');
  t = asciiDigits(t);
  t = t.replace(/[\u200C\u200D\u00AD]/g, ' ');
  t = t.replace(/[’‘`´]/g, "'");
  return t.replace(/\s+/g, ' ').trim();
}
