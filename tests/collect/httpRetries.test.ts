/**
 * Retries: transient failures (5xx, 429, resets, timeouts, refusals) are tried again up
 * to `retries` times with exponential backoff and Retry-After; permanent ones never are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { closedPort, Fixtures, gaps } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

describe('transient failures are retried', () => {
  it('503 every time: retries + 1 requests, then the 503 with its body', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('busy'));
    const res = await fx.client({ retries: 2, backoffBaseMs: 20 }).fetch(server.url('/hc'));
    expect(res.error?.code).toBe('http_5xx');
    expect(res.status).toBe(503);
    expect(res.text).toBe('busy');
    expect(res.attempts).toBe(3);
    expect(server.hits('/hc')).toBe(3);
  });

  it('503 then 200: the second attempt wins', async () => {
    const server = await fx.serve((_req, res) => {
      if (server.requests.length === 1) res.writeHead(503).end('busy');
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>fine</p>');
    });
    const res = await fx.client({ retries: 3, backoffBaseMs: 20 }).fetch(server.url('/'));
    expect(res.error).toBeNull();
    expect(res.status).toBe(200);
    expect(res.text).toBe('<p>fine</p>');
    expect(res.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('429 with Retry-After: 1 waits about a second before the retry', async () => {
    const server = await fx.serve((_req, res) => {
      if (server.requests.length === 1) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
      else res.end('ok');
    });
    const res = await fx.client({ retries: 2, backoffBaseMs: 10 }).fetch(server.url('/'));
    expect(res.error).toBeNull();
    expect(res.attempts).toBe(2);
    const [gap] = gaps(server.requests);
    expect(gap).toBeGreaterThanOrEqual(950);
    expect(gap).toBeLessThan(4_000);
  });

  it('429 every time is reported as http_4xx with status 429 after the retries', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(429).end());
    const res = await fx.client({ retries: 1, backoffBaseMs: 10 }).fetch(server.url('/'));
    expect(res.error?.code).toBe('http_4xx');
    expect(res.status).toBe(429);
    expect(server.requests).toHaveLength(2);
  });

  it('a Retry-After longer than maxRetryAfterMs stops retrying at once', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(503, { 'retry-after': '120' }).end());
    const res = await fx.client({ retries: 3, backoffBaseMs: 10, maxRetryAfterMs: 5_000 }).fetch(server.url('/'));
    expect(res.status).toBe(503);
    expect(res.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('a reset connection is retried on a new connection', async () => {
    const raw = await fx.serveRaw((socket) => socket.destroy());
    const res = await fx.client({ retries: 2, backoffBaseMs: 10 }).fetch(raw.url('/'));
    expect(res.error?.code).toBe('connection_reset');
    expect(res.attempts).toBe(3);
    expect(raw.heads).toHaveLength(3);
    expect(raw.connections).toBe(3);
  });

  it('a reset then a good answer: ok on the second attempt', async () => {
    let n = 0;
    const raw = await fx.serveRaw((socket) => {
      if (++n === 1) return socket.destroy();
      socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
    });
    const res = await fx.client({ retries: 2, backoffBaseMs: 10 }).fetch(raw.url('/'));
    expect(res.error).toBeNull();
    expect(res.text).toBe('ok');
    expect(res.attempts).toBe(2);
  });

  it('a timeout is retried', async () => {
    const server = await fx.serve(() => undefined);
    const res = await fx.client({ retries: 2, timeoutMs: 150, backoffBaseMs: 10 }).fetch(server.url('/hang'));
    expect(res.error?.code).toBe('timeout');
    expect(res.attempts).toBe(3);
    expect(server.hits('/hang')).toBe(3);
  });

  it('connection_refused is retried (a restarting server), then reported', async () => {
    const port = await closedPort();
    const res = await fx.client({ retries: 2, backoffBaseMs: 10 }).fetch(`http://127.0.0.1:${port}/`);
    expect(res.error?.code).toBe('connection_refused');
    expect(res.attempts).toBe(3);
  });

  it('backoff grows: retry 1 waits [base/2, base], retry 2 waits [base, 2*base]', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(502).end());
    const res = await fx.client({ retries: 2, backoffBaseMs: 120, backoffMaxMs: 10_000 }).fetch(server.url('/'));
    expect(res.attempts).toBe(3);
    const [first, second] = gaps(server.requests) as [number, number];
    expect(first).toBeGreaterThanOrEqual(55);
    expect(second).toBeGreaterThanOrEqual(115);
    expect(first).toBeLessThan(1_500);
    expect(second).toBeLessThan(2_000);
  });

  it('retries: 0 means one attempt', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(503).end());
    const res = await fx.client({ retries: 0 }).fetch(server.url('/'));
    expect(res.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });
});

describe('permanent failures are not retried', () => {
  it.each([404, 410, 403, 501, 505])('HTTP %i: one request', async (status) => {
    const server = await fx.serve((_req, res) => res.writeHead(status).end());
    const res = await fx.client({ retries: 3, backoffBaseMs: 10 }).fetch(server.url('/'));
    expect(res.status).toBe(status);
    expect(res.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('a TLS error: one connection', async () => {
    const server = await fx.serve((_req, res) => res.end(), { tls: true });
    const res = await fx.client({ retries: 3, backoffBaseMs: 10 }).fetch(server.url('/'));
    expect(res.error?.code).toBe('tls_error');
    expect(res.attempts).toBe(1);
    expect(server.connections).toBe(1);
  });

  it('a DNS error: one attempt', async () => {
    const res = await fx.client({ retries: 3, backoffBaseMs: 10 }).fetch('https://support.nowhere.invalid/');
    expect(res.error?.code).toBe('dns_error');
    expect(res.attempts).toBe(1);
  });

  it('a body too large: one request', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)));
    const res = await fx.client({ retries: 3, maxBodyBytes: 100 }).fetch(server.url('/'));
    expect(res.error?.code).toBe('body_too_large');
    expect(server.requests).toHaveLength(1);
  });
});
