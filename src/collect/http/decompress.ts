/**
 * Undoing Content-Encoding (gzip, deflate, br), with the decompressed size capped too:
 * a small compressed body must not be able to expand into gigabytes.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { HttpFailure } from './failure.js';

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotliDecompress = promisify(zlib.brotliDecompress);

/** The value to send as Accept-Encoding: exactly what `decodeContentEncoding` can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/**
 * Undo the codings named in a Content-Encoding header (applied in order, so undone in reverse).
 * Throws HttpFailure: body_too_large past `maxBytes`, undecodable for corrupt data or an unknown coding.
 */
export async function decodeContentEncoding(body: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  if (!contentEncoding || body.length === 0) return body;
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  let data = body;
  for (const coding of codings.reverse()) {
    data = await undo(coding, data, maxBytes);
  }
  return data;
}

async function undo(coding: string, data: Buffer, maxBytes: number): Promise<Buffer> {
  const options = { maxOutputLength: Math.max(1, maxBytes) };
  try {
    switch (coding) {
      case 'gzip':
      case 'x-gzip':
        return await gunzip(data, options);
      case 'deflate':
        // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw deflate.
        return looksLikeZlibHeader(data) ? await inflate(data, options) : await inflateRaw(data, options);
      case 'br':
        return await brotliDecompress(data, options);
      default:
        throw new HttpFailure('undecodable', `unsupported Content-Encoding "${coding.slice(0, 40)}"`);
    }
  } catch (err) {
    if (err instanceof HttpFailure) throw err;
    const code = (err as { code?: unknown }).code;
    if (err instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HttpFailure('body_too_large', `the ${coding}-decoded body exceeds the cap of ${maxBytes} bytes`);
    }
    throw new HttpFailure('undecodable', `the ${coding} body could not be decompressed: ${(err as Error).message}`);
  }
}

/** RFC 1950: CMF byte with method 8, and (CMF*256 + FLG) divisible by 31. */
function looksLikeZlibHeader(data: Buffer): boolean {
  if (data.length < 2) return false;
  const cmf = data[0] as number;
  const flg = data[1] as number;
  return (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
}
