/**
 * HTML escaping for the report page. `esc` makes any string safe in element text AND in a
 * double- or single-quoted attribute value (& < > " ' all become entities); `txt` is for
 * untrusted text (anything an exchange sent, or that came through the report): cleaned to
 * one line without control characters or bidi overrides, capped, then escaped; `bidi` also
 * isolates its direction, so a Persian or Arabic name never reorders the text around it.
 * The page never builds a URL, a tag name, an attribute name or a script from report data.
 */
import { cleanLine } from '../text.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export function txt(s: string, max?: number): string {
  return esc(cleanLine(s, max));
}

/** Untrusted text in its own direction-isolated run (`<bdi>`). */
export function bidi(s: string, max?: number): string {
  return `<bdi>${txt(s, max)}</bdi>`;
}

/** A fragment id made only of [a-z0-9-], from a prefix, a position and untrusted text. */
export function anchorId(prefix: string, index: number, s: string): string {
  const slug = cleanLine(s, 200)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return slug ? `${prefix}-${index}-${slug}` : `${prefix}-${index}`;
}
