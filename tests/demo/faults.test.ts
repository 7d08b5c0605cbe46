/**
 * The flaky exchange really is flaky, within its band, and flaky in exactly the
 * same way on every run with the same seed; robots.txt is never faulted.
 */
import { demoFetch } from '../helpers/demoFetch.js';
import { describe, expect, it } from 'vitest';
import { defaultFixturesDir, startFleet, type Fleet } from '../../src/demo/fleet.js';
import { loadExchange } from '../../src/demo/exchangeSpec.js';

type Outcome = 'ok' | `5xx:${number}` | 'hang';

/** One request; a hang is a request that got no headers within `patienceMs` (the server holds it for 8 s). */
async function outcome(url: string, patienceMs: number): Promise<Outcome> {
  try {
    const res = await demoFetch(url, { signal: AbortSignal.timeout(patienceMs) });
    await res.arrayBuffer();
    if (res.status >= 500) return `5xx:${res.status}`;
    expect(res.status).toBe(200);
    return 'ok';
  } catch (err) {
    expect((err as Error).name).toBe('TimeoutError');
    return 'hang';
  }
}

/** `n` requests sent one after the other, so the n-th request of the fault plan is always the n-th here. */
async function sequence(fleet: Fleet, path: string, n: number): Promise<Outcome[]> {
  const base = fleet.exchanges[0]!.baseUrl;
  const out: Outcome[] = [];
  for (let i = 0; i < n; i++) out.push(await outcome(`${base}${path}`, 2000));
  return out;
}

const faults = (await loadExchange(defaultFixturesDir(), 'flakybit')).spec.server.faults!;

describe('flakybit, the flaky exchange', () => {
  it(
    'fails or hangs on 25–45% of 40 requests, identically across two fleets with the same seed',
    async () => {
      const [a, b, c] = await Promise.all([
        startFleet({ exchanges: ['flakybit'], faultSeed: 7 }),
        startFleet({ exchanges: ['flakybit'], faultSeed: 7 }),
        startFleet({ exchanges: ['flakybit'], faultSeed: 8 }),
      ]);
      try {
        const [sa, sb, sc] = await Promise.all([sequence(a, '/en/', 40), sequence(b, '/en/', 40), sequence(c, '/en/', 40)]);
        expect(sb).toEqual(sa);
        const errors = sa.filter((o) => o.startsWith('5xx:'));
        const hangs = sa.filter((o) => o === 'hang');
        const share = (errors.length + hangs.length) / sa.length;
        expect(share).toBeGreaterThanOrEqual(faults.errorRate + faults.hangRate - 0.1);
        expect(share).toBeLessThanOrEqual(faults.errorRate + faults.hangRate + 0.1);
        // Stratified plan: exactly round(rate * 20) of each kind in every block of 20 requests.
        expect(errors.length).toBe(2 * Math.round(faults.errorRate * 20));
        expect(hangs.length).toBe(2 * Math.round(faults.hangRate * 20));
        for (const e of errors) expect(faults.errorStatuses.map((s) => `5xx:${s}`)).toContain(e);
        // Another seed: the same share, in another order.
        expect(sc.filter((o) => o !== 'ok').length).toBe(errors.length + hangs.length);
        expect(sc).not.toEqual(sa);
      } finally {
        await Promise.all([a.close(), b.close(), c.close()]);
      }
    },
    45_000,
  );

  it('always answers robots.txt, without using up the fault plan', async () => {
    const fleet = await startFleet({ exchanges: ['flakybit'], faultSeed: 7 });
    const fresh = await startFleet({ exchanges: ['flakybit'], faultSeed: 7 });
    try {
      const robots = await sequence(fleet, '/robots.txt', 20);
      expect(robots).toEqual(Array(20).fill('ok'));
      // The pages after 20 robots.txt requests fail exactly like the pages of a fleet that saw none.
      const [after, first] = await Promise.all([sequence(fleet, '/en/', 20), sequence(fresh, '/en/', 20)]);
      expect(after).toEqual(first);
      expect(after.filter((o) => o !== 'ok').length).toBeGreaterThan(0);
    } finally {
      await Promise.all([fleet.close(), fresh.close()]);
    }
  }, 45_000);
});
