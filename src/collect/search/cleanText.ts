/**
 * Cleaning of the strings a search response hands us (titles, snippets, API error
 * descriptions) before they go into an observation's meta: everything an exchange
 * sends is untrusted. Control characters (C0, DEL, C1) and the bidirectional
 * overrides and isolates that can disguise text in a terminal are removed,
 * whitespace is collapsed, and the result is capped in code points (never splitting
 * a surrogate pair). Zero-width (non-)joiners stay: Persian and Indic text needs them.
 */

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const SPACE = /[\s\u00a0\u2028\u2029]+/g;

/** `s` without control characters, whitespace collapsed, at most `max` code points (with … when cut). */
export function cleanText(s: string, max: number): string {
  // Bound the work before the regexes: a hostile 2 MB title is read only as far as needed.
  const head = s.length > max * 4 + 64 ? s.slice(0, max * 4 + 64) : s;
  const cleaned = head.replace(CONTROL, ' ').replace(SPACE, ' ').trim();
  const points = Array.from(cleaned);
  if (points.length <= max && head.length === s.length) return cleaned;
  return `${points.slice(0, Math.max(0, max - 1)).join('').trimEnd()}…`;
}

/** Longest URL kept as a result (longer ones are dropped, not cut). */
export const MAX_RESULT_URL_CHARS = 2048;
export const MAX_TITLE_CHARS = 300;
export const MAX_SNIPPET_CHARS = 400;
