/**
 * Timings from the timed connector and the attempt: ttfb tracks the server's delay,
 * total >= ttfb, a fresh connection measures connect (and TLS), a reused one reports null.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { delay, Fixtures, TEST_TLS } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

describe('timings', () => {
  it('ttfb follows a 200 ms wait before the headers; total includes a slow body', async () => {
    const server = await fx.serve(async (_req, res) => {
      await delay(200);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>first part</p>');
      await delay(100);
      res.end('<p>second part</p>');
    });
    const res = await fx.client().fetch(server.url('/'));
    expect(res.error).toBeNull();
    const { ttfbMs, totalMs } = res.timings;
    expect(ttfbMs).toBeGreaterThanOrEqual(195);
    expect(ttfbMs).toBeLessThanOrEqual(400 + 600); // generous for a loaded 2-core CI box
    expect(totalMs).toBeGreaterThanOrEqual((ttfbMs as number) + 90);
    expect(res.text).toBe('<p>first part</p><p>second part</p>');
  });

  it('ttfb is between 195 and 400 ms for a 200 ms server delay (fresh connection)', async () => {
    const server = await fx.serve(async (_req, res) => {
      await delay(200);
      res.end('ok');
    });
    const res = await fx.client().fetch(server.url('/'), { freshConnection: true });
    expect(res.timings.ttfbMs).toBeGreaterThanOrEqual(195);
    expect(res.timings.ttfbMs).toBeLessThanOrEqual(400);
    expect(res.timings.totalMs).toBeGreaterThanOrEqual(res.timings.ttfbMs as number);
  });

  it('a new connection reports connectMs; a reused keep-alive connection reports null', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const client = fx.client();
    const first = await client.fetch(server.url('/one'));
    const second = await client.fetch(server.url('/two'));
    expect(typeof first.timings.connectMs).toBe('number');
    expect(first.timings.connectMs).toBeGreaterThanOrEqual(0);
    expect(second.timings.connectMs).toBeNull();
    expect(second.timings.dnsMs).toBeNull();
    expect(second.timings.tlsMs).toBeNull();
    expect(typeof second.timings.ttfbMs).toBe('number');
    // The server saw both on one connection.
    expect(server.connections).toBe(1);
    expect(server.requests.map((r) => r.onConnection)).toEqual([1, 2]);
  });

  it('a pooled connection the server has since closed is replaced, and the new connect is measured', async () => {
    let closed: Promise<void> = Promise.resolve();
    const server = await fx.serve((req, res) => {
      if (req.url === '/first') {
        closed = new Promise<void>((resolve) => req.socket.once('close', () => resolve()));
        res.once('finish', () => setImmediate(() => req.socket.destroy()));
      }
      res.end('ok');
    });
    const client = fx.client();
    expect((await client.fetch(server.url('/first'))).error).toBeNull();
    await closed;
    const second = await client.fetch(server.url('/second'));
    expect(second.error).toBeNull();
    expect(typeof second.timings.connectMs).toBe('number');
    expect(server.connections).toBe(2);
  });

  it('freshConnection opens (and measures) a new connection even when one is idle', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const client = fx.client();
    await client.fetch(server.url('/warm'));
    const fresh = await client.fetch(server.url('/fresh'), { freshConnection: true });
    expect(typeof fresh.timings.connectMs).toBe('number');
    expect(server.connections).toBe(2);
    const seen = server.requests.find((r) => r.path === '/fresh');
    expect(seen?.onConnection).toBe(1);
    expect(seen?.headers.connection).toBe('close');
    // The fresh connection is not kept: the next pooled fetch reuses the warm one.
    const again = await client.fetch(server.url('/again'));
    expect(again.timings.connectMs).toBeNull();
    expect(server.connections).toBe(2);
  });

  it('over TLS: fresh gives tlsMs, reuse gives null', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'), { tls: true });
    const client = fx.client({ ca: TEST_TLS.ca });
    const first = await client.fetch(server.url('/'), { freshConnection: true });
    expect(first.error).toBeNull();
    expect(first.timings.tlsMs).toBeGreaterThan(0);
    expect(first.timings.connectMs).not.toBeNull();
    await client.fetch(server.url('/pool')); // opens a pooled connection
    const reused = await client.fetch(server.url('/pool2'));
    expect(reused.timings.tlsMs).toBeNull();
    expect(reused.timings.connectMs).toBeNull();
  });

  it('a host name is resolved and timed (localhost), an IP literal is not', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const client = fx.client();
    const byName = await client.fetch(`http://localhost:${server.port}/`, { freshConnection: true });
    expect(byName.error).toBeNull();
    expect(typeof byName.timings.dnsMs).toBe('number');
    const byIp = await client.fetch(server.url('/'), { freshConnection: true });
    expect(byIp.timings.dnsMs).toBeNull();
  });

  it('a failed fetch still reports how far it got', async () => {
    const server = await fx.serve(async (_req, res) => {
      await delay(50);
      res.writeHead(500).end('err');
    });
    const res = await fx.client().fetch(server.url('/'), { freshConnection: true });
    expect(res.error?.code).toBe('http_5xx');
    expect(res.timings.ttfbMs).toBeGreaterThanOrEqual(45);
    expect(typeof res.timings.connectMs).toBe('number');
    expect(res.timings.totalMs).toBeGreaterThanOrEqual(res.timings.ttfbMs as number);
  });
});
