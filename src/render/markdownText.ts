/**
 * Untrusted text made inert in GitHub-flavoured Markdown, for one line of a table cell,
 * list item or paragraph: nothing an exchange writes can open a link, an image, raw HTML,
 * a heading, a table column, code, maths, an @-mention or an autolink.
 *
 * - control characters and bidi overrides removed, line breaks folded (cleanLine);
 * - `\ ` * _ [ ] | ~ $` backslash-escaped (GFM escapes any ASCII punctuation; `\|` is
 *   how a pipe stays inside a table cell);
 * - `& < >` as entities (no raw HTML, no `<https://…>` autolink);
 * - a leading `#` or `=`, and a leading `+ `, `- ` or `1. ` escaped (no heading, list item or
 *   setext underline);
 * - `://` and `www.` broken with an entity (no bare-URL autolink: a phishing link in a
 *   red flag's evidence must not become clickable in a pull request);
 * - `@` followed by a word joiner (U+2060, invisible) so `@someone` pings nobody and
 *   `name@host` does not become a mailto: link.
 */
import { cleanLine } from './text.js';

export function mdText(s: string, max?: number): string {
  let t = cleanLine(s, max);
  t = t.replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`);
  t = t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  t = t.replace(/:\/\//g, '&#58;//').replace(/\b(www)\./gi, '$1&#46;');
  t = t.replace(/@/g, '@\u2060');
  t = t.replace(/^([#=])/, '\\$1').replace(/^([+-])(?=\s|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return t;
}

/** Untrusted text inside raw HTML within Markdown (a `<summary>`): HTML-escaped, one line, no autolinks. */
export function mdHtmlText(s: string, max?: number): string {
  return cleanLine(s, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/:\/\//g, '&#58;//')
    .replace(/\b(www)\./gi, '$1&#46;')
    .replace(/@/g, '@\u2060');
}
