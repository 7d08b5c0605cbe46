/**
 * Untrusted text (exchange names, ids, reasons, evidence) made fit for any renderer before
 * its own escaping: control characters and bidi overrides removed (terminalText), line
 * breaks folded to spaces, and capped so one hostile field cannot bloat a report.
 */
import { terminalText } from './terminalText.js';

/** Longest a single untrusted field may get in a report, in UTF-16 units. */
export const MAX_FIELD = 500;

export function cleanLine(s: string, max = MAX_FIELD): string {
  const t = terminalText(String(s)).replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  // Never cut a surrogate pair in half.
  let cut = max - 1;
  const code = t.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${t.slice(0, cut)}…`;
}
