/**
 * How many words the page's visible text holds.
 *
 * Why it matters (self_service): the size of an article tells a real answer from a
 * stub ("Contact support."), and the knowledge base's size is summed from it.
 * Space-separated scripts (Latin, Cyrillic, Arabic, Hangul) count runs of letters,
 * digits and marks, where one apostrophe or hyphen between two runs joins them
 * ("don't", "e-mail"); Chinese and Japanese, written without spaces, count two
 * characters as one word (the average length of a Chinese word).
 *
 * The rule, as regular expressions: every Han, Hiragana and Katakana character is
 * counted and replaced by a space, then the words are the matches of
 * /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*\/gu. The count is computed in one
 * pass over the characters instead, with each character's class looked up once per
 * process (the regular expressions cost ten times more on a long page).
 */

const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const JOINERS = new Set(["'", '’', '-']);

// Character classes.
const UNKNOWN = 0;
/** A letter, digit or mark: part of a word. */
const WORD = 1;
/** An apostrophe or hyphen: joins the words on either side when both are there. */
const JOINER = 2;
/** Han, Hiragana, Katakana: counted on their own, and a word break. */
const CJK = 3;
/** Anything else: a word break. */
const OTHER = 4;

function classify(ch: string): number {
  if (CJK_CHAR.test(ch)) return CJK;
  if (WORD_CHAR.test(ch)) return WORD;
  return JOINERS.has(ch) ? JOINER : OTHER;
}

/** The class of each UTF-16 code unit met so far (a lone surrogate is OTHER, as in the regular expressions). */
const unitClass = new Uint8Array(0x10000);
/** The classes of the characters beyond the BMP (surrogate pairs) met so far. */
const astralClass = new Map<number, number>();

function bmpClass(unit: number): number {
  let c = unitClass[unit] ?? UNKNOWN;
  if (c === UNKNOWN) {
    c = classify(String.fromCharCode(unit));
    unitClass[unit] = c;
  }
  return c;
}

function astralClassOf(codePoint: number): number {
  let c = astralClass.get(codePoint);
  if (c === undefined) {
    c = classify(String.fromCodePoint(codePoint));
    astralClass.set(codePoint, c);
  }
  return c;
}

/** Words in `text` (see the file comment for the rule). */
export function countWords(text: string): number {
  let words = 0;
  let cjk = 0;
  // The classes of the two characters before the current one (a CJK character reads as a break).
  let previous = OTHER;
  let beforePrevious = OTHER;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const low = unit >= 0xd800 && unit <= 0xdbff ? text.charCodeAt(i + 1) : NaN;
    let c: number;
    if (low >= 0xdc00 && low <= 0xdfff) {
      c = astralClassOf((unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000);
      i++;
    } else c = bmpClass(unit);
    if (c === CJK) {
      cjk++;
      c = OTHER;
    }
    // A word starts at a word character that neither continues a run nor follows a joiner after a run.
    if (c === WORD && previous !== WORD && !(previous === JOINER && beforePrevious === WORD)) words++;
    beforePrevious = previous;
    previous = c;
  }
  return words + Math.ceil(cjk / 2);
}
