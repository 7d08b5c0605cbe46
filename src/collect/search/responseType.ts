/**
 * What kind of body a search answered with, from its Content-Type (and, without a useful
 * one, its first character): an API that answers an HTML page instead of JSON is a
 * failed search, not an empty one.
 */
import type { FetchResult } from '../../types/observation.js';
import { cleanText } from './cleanText.js';

const JSON_TYPE = /\b(?:application|text)\/(?:[\w.+-]+\+)?json\b/i;
const HTML_TYPE = /\b(?:text\/html|application\/xhtml\+xml)\b/i;

export function isJsonResponse(res: FetchResult): boolean {
  return res.contentType !== null && JSON_TYPE.test(res.contentType);
}

/** HTML by its Content-Type, or (without one, or as text/plain) by its first character. */
export function isHtmlResponse(res: FetchResult): boolean {
  if (res.text === null) return false;
  if (res.contentType !== null && HTML_TYPE.test(res.contentType)) return true;
  const typeless = res.contentType === null || /^\s*text\/plain\b/i.test(res.contentType);
  return typeless && /^\s*</.test(res.text.slice(0, 1024));
}

/** The <title> of an HTML error page ("503 Service Temporarily Unavailable"), cleaned, or null. */
export function htmlErrorTitle(res: FetchResult): string | null {
  if (res.text === null || !isHtmlResponse(res)) return null;
  const m = /<title\b[^>]*>([^<]{1,600})<\/title>/i.exec(res.text.slice(0, 20_000));
  if (!m) return null;
  const title = cleanText(decodeBasicEntities(m[1]!), 200);
  return title === '' ? null : title;
}

function decodeBasicEntities(s: string): string {
  return s.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' })[e] ?? e);
}
