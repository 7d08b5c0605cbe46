/**
 * The limiter in front of every request: at most perHostConcurrency in flight per host,
 * at most `concurrency` overall, and request starts on one host politenessDelayMs apart.
 * Measured on the servers' side.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { delay, Fixtures, Gauge, gaps } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

const slowly = (ms: number) => async (_req: unknown, res: { end(body: string): void }) => {
  await delay(ms);
  res.end('ok');
};

describe('per-host concurrency', () => {
  it.each([1, 2, 3])('never more than %i in flight to one host', async (limit) => {
    const server = await fx.serve(slowly(80));
    const client = fx.client({ perHostConcurrency: limit, concurrency: 16 });
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => client.fetch(server.url(`/p${i}`))));
    expect(results.every((r) => r.error === null)).toBe(true);
    expect(server.requests).toHaveLength(7);
    expect(server.gauge.max).toBe(limit);
  });

  it('two ports on 127.0.0.1 are two hosts', async () => {
    const shared = new Gauge();
    const a = await fx.serve(slowly(100), { gauge: shared });
    const b = await fx.serve(slowly(100), { gauge: shared });
    const client = fx.client({ perHostConcurrency: 1, concurrency: 16 });
    await Promise.all([a.url('/1'), a.url('/2'), b.url('/1'), b.url('/2')].map((u) => client.fetch(u)));
    expect(a.gauge.max).toBe(1);
    expect(b.gauge.max).toBe(1);
    expect(shared.max).toBe(2);
  });
});

describe('global concurrency', () => {
  it('caps requests in flight across 127.0.0.1 and ::1', async () => {
    const shared = new Gauge();
    const v4 = await fx.serve(slowly(80), { gauge: shared });
    const v6 = await fx.serve(slowly(80), { gauge: shared, host: '::1' });
    const client = fx.client({ perHostConcurrency: 3, concurrency: 3 });
    const urls = Array.from({ length: 6 }, (_, i) => [v4.url(`/a${i}`), v6.url(`/b${i}`)]).flat();
    const results = await Promise.all(urls.map((u) => client.fetch(u)));
    expect(results.every((r) => r.error === null)).toBe(true);
    expect(shared.max).toBe(3);
    expect(v4.gauge.max).toBeLessThanOrEqual(3);
    expect(v6.gauge.max).toBeLessThanOrEqual(3);
    expect(v4.requests.length + v6.requests.length).toBe(12);
  });

  it('a host at its limit does not hold back another host', async () => {
    const busy = await fx.serve(slowly(300));
    const idle = await fx.serve((_req, res) => res.end('quick'));
    const client = fx.client({ perHostConcurrency: 1, concurrency: 4 });
    const busyFetches = [client.fetch(busy.url('/1')), client.fetch(busy.url('/2'))];
    await busy.waitForRequests(1);
    const started = performance.now();
    const quick = await client.fetch(idle.url('/'));
    expect(quick.error).toBeNull();
    expect(performance.now() - started).toBeLessThan(250);
    await Promise.all(busyFetches);
  });
});

describe('politeness delay', () => {
  it('request starts on one host are at least politenessDelayMs apart', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const client = fx.client({ perHostConcurrency: 4, politenessDelayMs: 150 });
    await Promise.all(Array.from({ length: 4 }, (_, i) => client.fetch(server.url(`/p${i}`))));
    const spacing = gaps(server.requests);
    expect(spacing).toHaveLength(3);
    for (const gap of spacing) {
      expect(gap).toBeGreaterThanOrEqual(140);
      expect(gap).toBeLessThan(1_500);
    }
  });

  it('applies per host: another host is not delayed', async () => {
    const a = await fx.serve((_req, res) => res.end('a'));
    const b = await fx.serve((_req, res) => res.end('b'));
    const client = fx.client({ politenessDelayMs: 300 });
    await client.fetch(a.url('/1'));
    const started = performance.now();
    await client.fetch(b.url('/1'));
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('retries wait for the politeness delay too', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(503).end());
    const client = fx.client({ politenessDelayMs: 200, retries: 2, backoffBaseMs: 1 });
    await client.fetch(server.url('/'));
    for (const gap of gaps(server.requests)) expect(gap).toBeGreaterThanOrEqual(190);
  });
});

describe('closing', () => {
  it('fetches waiting for a slot end with network_error when the client is closed', async () => {
    const server = await fx.serve(slowly(300));
    const client = fx.client({ perHostConcurrency: 1 });
    const first = client.fetch(server.url('/1'));
    const waiting = client.fetch(server.url('/2'));
    await server.waitForRequests(1);
    await client.close();
    const [a, b] = await Promise.all([first, waiting]);
    expect(b.error?.code).toBe('network_error');
    expect(b.error?.message).toMatch(/closed/);
    expect(a.error).not.toBeNull();
    expect(server.hits('/2')).toBe(0);
  });
});
