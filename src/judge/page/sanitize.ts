/**
 * Cleaning of strings taken from an untrusted page before they leave the judge.
 *
 * Why it matters: link texts, titles and addresses end up in terminals, Markdown and
 * HTML reports. Control characters (and bidi overrides, the "Trojan Source" trick)
 * could rewrite what a person sees there, and an unbounded string or list from a
 * hostile page could swell the database. Everything extracted passes through here.
 */

/** C0/C1 controls (keeping nothing: tabs and newlines become spaces first) and bidi embedding/override/isolate marks. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;
const WHITESPACE_RUN = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** Default cap for one extracted text (a title, a link text). */
export const MAX_TEXT_CHARS = 200;
/** URLs longer than this are dropped rather than kept truncated (a cut URL is a wrong URL). */
export const MAX_URL_CHARS = 2048;

/** Removes control and bidi-control characters; other characters are untouched. */
export function stripControlChars(s: string): string {
  return s.replace(CONTROL_CHARS, '');
}

/**
 * A display string: whitespace runs collapsed to one space, control characters removed,
 * trimmed and cut to `max` characters (without splitting a surrogate pair).
 */
export function cleanText(s: string, max = MAX_TEXT_CHARS): string {
  const collapsed = stripControlChars(s.replace(WHITESPACE_RUN, ' ')).trim();
  if (collapsed.length <= max) return collapsed;
  return Array.from(collapsed).slice(0, max).join('').trimEnd();
}

/** Distinct values in first-seen order, at most `max` of them. */
export function uniqueCapped<T>(values: Iterable<T>, max: number): T[] {
  const out: T[] = [];
  const seen = new Set<T>();
  for (const v of values) {
    if (seen.has(v)) continue;
    seen.add(v);
    out.push(v);
    if (out.length >= max) break;
  }
  return out;
}
