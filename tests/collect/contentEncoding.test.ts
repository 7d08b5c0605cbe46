/**
 * Content-Encoding is undone before the body is decoded and capped: gzip, zlib and raw
 * deflate, brotli, and stacked codings; `bytes` counts what came over the wire.
 */
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { Fixtures } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Withdrawals</title></head><body>${'<p>How to withdraw: open Wallet, choose Withdraw, confirm with 2FA. </p>'.repeat(40)}</body></html>`;

describe('Content-Encoding', () => {
  it.each([
    ['gzip', gzipSync(PAGE)],
    ['x-gzip', gzipSync(PAGE)],
    ['deflate', deflateSync(PAGE)],
    ['deflate', deflateRawSync(PAGE)],
    ['br', brotliCompressSync(PAGE)],
    ['gzip, br', brotliCompressSync(gzipSync(PAGE))],
    ['identity', Buffer.from(PAGE)],
  ])('%s', async (coding, wire) => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': coding }).end(wire));
    const res = await fx.client().fetch(server.url('/'));
    expect(res.error).toBeNull();
    expect(res.text).toBe(PAGE);
    expect(res.body?.length).toBe(Buffer.byteLength(PAGE));
    expect(res.bytes).toBe(wire.length);
  });

  it('the cap applies to the decompressed size even when the wire size is small (brotli)', async () => {
    const wire = brotliCompressSync(Buffer.alloc(500_000, 0x20));
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(wire));
    const res = await fx.client({ maxBodyBytes: 50_000 }).fetch(server.url('/'));
    expect(res.error?.code).toBe('body_too_large');
    expect(wire.length).toBeLessThan(50_000);
  });
});
