/**
 * Turning a response body into text, the way a browser would pick the charset:
 *   1. a byte-order mark;
 *   2. the `charset` parameter of the Content-Type header;
 *   3. a prescan of the first 4 KB for `<meta charset>`, `<meta http-equiv="content-type">`
 *      or an XML declaration's `encoding`;
 *   4. detection (chardet, over the page's non-ASCII words) when nothing declares it: valid
 *      UTF-8 always wins, then the first of chardet's candidates that decodes cleanly;
 *   5. UTF-8.
 * Labels are mapped per the WHATWG Encoding Standard (encodingLabels.ts); decoding is
 * done by iconv-lite. A declared charset that names a real encoding we cannot decode
 * (iso-2022-jp, the `replacement` family, x-user-defined) is an error, as is a result
 * that is mostly U+FFFD: the body is then reported as undecodable rather than stored as
 * mojibake. An unknown label is ignored, as browsers do.
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { encodingForLabel, iconvCodecFor } from './encodingLabels.js';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'detected' | 'default';

export type DecodeResult = { text: string; charset: string; source: CharsetSource } | { error: string };

/** How many leading bytes the `<meta>` prescan looks at (the HTML standard says 1024; real pages are sloppier). */
const PRESCAN_BYTES = 4096;
/** How many bytes chardet looks at (of the non-ASCII words: see detectionSample); beyond that detection gets slower, not better. */
const DETECT_BYTES = 64 * 1024;
/** chardet candidates below this confidence (0–100) are not tried. */
const MIN_DETECT_CONFIDENCE = 10;

const REPLACEMENT_CHAR = '\ufffd';

export function decodeBody(body: Buffer, contentType: string | null): DecodeResult {
  if (body.length === 0) return { text: '', charset: 'utf-8', source: 'default' };

  const bom = sniffBom(body);
  if (bom) {
    const decoded = decodeWith(body.subarray(bom.length), bom.encoding);
    if (decoded !== null && !isMostlyReplacement(decoded)) return { text: decoded, charset: bom.encoding, source: 'bom' };
    return { error: `the body starts with a ${bom.encoding} byte-order mark but does not decode as ${bom.encoding}` };
  }

  const declarations: Array<{ label: string; source: 'header' | 'meta' }> = [];
  const headerLabel = charsetParam(contentType);
  if (headerLabel !== null) declarations.push({ label: headerLabel, source: 'header' });
  const metaLabel = prescanCharset(body);
  if (metaLabel !== null) declarations.push({ label: metaLabel, source: 'meta' });

  for (const { label, source } of declarations) {
    let encoding = encodingForLabel(label);
    if (encoding === null) continue; // unknown label: ignored, as browsers do
    // An in-document declaration of UTF-16 cannot be true (the prescan read it as ASCII).
    if (source === 'meta' && (encoding === 'utf-16le' || encoding === 'utf-16be')) encoding = 'utf-8';
    if (source === 'meta' && encoding === 'x-user-defined') encoding = 'windows-1252';
    const decoded = decodeWith(body, encoding);
    if (decoded === null) {
      return { error: `the ${source === 'header' ? 'Content-Type header' : 'page'} declares charset "${label}" (${encoding}), which cannot be decoded` };
    }
    if (!isMostlyReplacement(decoded)) return { text: decoded, charset: encoding, source };
    // Declared but plainly wrong (mostly invalid sequences): fall through to detection.
  }

  const detected = detectAndDecode(body);
  if (detected) return { ...detected, source: 'detected' };

  const fallback = body.toString('utf8');
  if (isMostlyReplacement(fallback)) {
    return {
      error:
        declarations.length > 0
          ? `the body does not decode as the declared charset "${declarations[0]?.label}" nor as any detected one`
          : 'the body does not decode as UTF-8 and no charset could be detected',
    };
  }
  return { text: fallback, charset: 'utf-8', source: 'default' };
}

/**
 * Whether a Content-Type names text worth decoding: text/*, HTML, XML, JSON (and `+xml`/`+json`
 * types), JavaScript. `null` (no Content-Type) is not decided here: see `looksLikeText`.
 */
export function isTextualContentType(contentType: string): boolean {
  const mime = mimeType(contentType);
  if (mime.startsWith('text/')) return true;
  const subtype = mime.slice(mime.indexOf('/') + 1);
  return (
    subtype === 'html' ||
    subtype === 'xhtml+xml' ||
    subtype === 'xml' ||
    subtype.endsWith('+xml') ||
    subtype === 'json' ||
    subtype.endsWith('+json') ||
    subtype === 'javascript' ||
    subtype === 'ecmascript'
  );
}

/** For a body without a Content-Type: no NUL byte in its first 1 KB (binary formats nearly always have one). */
export function looksLikeText(body: Buffer): boolean {
  const head = body.subarray(0, 1024);
  if (sniffBom(head)) return true;
  return !head.includes(0);
}

/** The media type without parameters, lower case (`text/html`). */
export function mimeType(contentType: string): string {
  return (contentType.split(';', 1)[0] ?? '').trim().toLowerCase();
}

/** The `charset` parameter of a Content-Type value, unquoted, or null. */
export function charsetParam(contentType: string | null): string | null {
  if (!contentType) return null;
  for (const part of contentType.split(';').slice(1)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = part.slice(eq + 1).trim().replace(/^["']|["']$/g, '').trim();
    return value === '' ? null : value;
  }
  return null;
}

function sniffBom(body: Buffer): { encoding: string; length: number } | null {
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body.length >= 2 && body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (body.length >= 2 && body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

const META_TAG = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const XML_DECLARATION = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i;

/** The charset label declared in the first bytes of the document, or null. */
export function prescanCharset(body: Buffer): string | null {
  const head = body.subarray(0, PRESCAN_BYTES).toString('latin1');
  const xml = XML_DECLARATION.exec(head);
  if (xml?.[1]) return xml[1];
  const withoutComments = head.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const tag of withoutComments.matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const attr of (tag[1] ?? '').matchAll(ATTRIBUTE)) {
      const name = (attr[1] ?? '').toLowerCase();
      if (!attributes.has(name)) attributes.set(name, attr[2] ?? attr[3] ?? attr[4] ?? '');
    }
    const charset = attributes.get('charset');
    if (charset !== undefined && charset.trim() !== '') return charset.trim();
    if ((attributes.get('http-equiv') ?? '').trim().toLowerCase() === 'content-type') {
      const fromContent = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attributes.get('content') ?? '');
      if (fromContent?.[1]) return fromContent[1];
    }
  }
  return null;
}

function detectAndDecode(body: Buffer): { text: string; charset: string } | null {
  if (isUtf8(body)) return { text: body.toString('utf8'), charset: 'utf-8' };
  const sample = detectionSample(body);
  let best: { text: string; charset: string; ratio: number } | null = null;
  for (const match of chardet.analyse(sample)) {
    if (match.confidence < MIN_DETECT_CONFIDENCE) break;
    let encoding = encodingForLabel(match.name);
    if (encoding === null || encoding === 'utf-8') continue;
    // chardet says GB18030 for any GB text; most pages are plain GBK (no four-byte sequences).
    if (encoding === 'gb18030' && !hasGb18030FourByteSequence(body)) encoding = 'gbk';
    const text = decodeWith(body, encoding);
    if (text === null) continue;
    const ratio = replacementRatio(text);
    if (ratio === 0) return { text, charset: encoding };
    if (best === null || ratio < best.ratio) best = { text, charset: encoding, ratio };
  }
  if (best !== null && !isMostlyReplacement(best.text)) return { text: best.text, charset: best.charset };
  return null;
}

/**
 * What chardet looks at: only the runs of bytes between whitespace and tag brackets that
 * hold a non-ASCII byte (up to DETECT_BYTES), so that a page whose markup and navigation
 * are ASCII and whose one paragraph is Russian or Greek is judged by that paragraph, not
 * taken for Latin-1 because of the markup. No multi-byte encoding chardet knows uses a
 * byte <= 0x20 or `<` `>` inside a character, so no character is split.
 */
function detectionSample(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(Math.min(body.length, DETECT_BYTES));
  let length = 0;
  let start = 0;
  let highByte = false;
  for (let i = 0; i <= body.length && length < out.length; i++) {
    const b = i < body.length ? (body[i] as number) : 0x20;
    if (b > 0x20 && b !== 0x3c && b !== 0x3e) {
      if (b >= 0x80) highByte = true;
      continue;
    }
    if (highByte) {
      if (length > 0 && length < out.length) out[length++] = 0x20;
      length += body.copy(out, length, start, Math.min(i, start + out.length - length));
    }
    start = i + 1;
    highByte = false;
  }
  return length > 0 ? out.subarray(0, length) : body.subarray(0, DETECT_BYTES);
}

/** GB18030's four-byte form: lead 0x81–0xFE, then a digit 0x30–0x39. GBK has no such pair. */
function hasGb18030FourByteSequence(body: Buffer): boolean {
  for (let i = 0; i < body.length - 1; i++) {
    const b = body[i] as number;
    if (b < 0x81) continue;
    const next = body[i + 1] as number;
    if (b !== 0xff && next >= 0x30 && next <= 0x39) return true;
    i++; // skip the trail byte of a two-byte character
  }
  return false;
}

function decodeWith(bytes: Buffer, encoding: string): string | null {
  if (encoding === 'utf-8') return bytes.toString('utf8');
  const codec = iconvCodecFor(encoding);
  if (codec === null || !iconv.encodingExists(codec)) return null;
  // stripBOM: false – a BOM was already handled; anything else is content.
  return iconv.decode(bytes, codec, { stripBOM: false });
}

/** Share of the non-ASCII characters that are U+FFFD (0 when there is none). */
function replacementRatio(text: string): number {
  let replacements = 0;
  for (let i = text.indexOf(REPLACEMENT_CHAR); i !== -1; i = text.indexOf(REPLACEMENT_CHAR, i + 1)) replacements++;
  if (replacements === 0) return 0;
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) nonAscii++;
  return replacements / nonAscii;
}

/** "Mostly U+FFFD": more than half of the non-ASCII characters are replacement characters. */
function isMostlyReplacement(text: string): boolean {
  return replacementRatio(text) > 0.5;
}
