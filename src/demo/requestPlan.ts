/**
 * What happens to the n-th request a simulated exchange receives: how long it
 * waits before answering, and whether it fails (5xx) or hangs. Pure and
 * deterministic: the same (seed, exchange, n) always gives the same answer,
 * so a flaky exchange is flaky in exactly the same way on every run.
 *
 * Faults are stratified: in every block of BLOCK consecutive requests exactly
 * round(errorRate * BLOCK) fail and round(hangRate * BLOCK) hang, at positions
 * shuffled by the seed. So the observed share stays in its band over any
 * window of a few dozen requests, instead of drifting like a coin toss.
 */
import { createHash } from 'node:crypto';
import type { FaultSpec } from './exchangeSpec.js';

export const FAULT_BLOCK = 20;

export type Fault = { kind: 'none' } | { kind: 'error'; status: number } | { kind: 'hang'; ms: number };

/** A number in [0, 1) derived from the inputs only. */
export function unitHash(seed: number, exchangeId: string, n: number, salt: string): number {
  const digest = createHash('sha256').update(`${seed}|${exchangeId}|${n}|${salt}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/** Milliseconds to wait before the headers of request n. */
export function latencyFor(range: { min: number; max: number }, seed: number, exchangeId: string, n: number): number {
  const span = range.max - range.min;
  return range.min + Math.floor(unitHash(seed, exchangeId, n, 'latency') * (span + 1));
}

/** The seeded permutation of positions 0..FAULT_BLOCK-1 for one block. */
function blockOrder(seed: number, exchangeId: string, block: number): number[] {
  const order = Array.from({ length: FAULT_BLOCK }, (_, i) => i);
  for (let i = FAULT_BLOCK - 1; i > 0; i--) {
    const j = Math.floor(unitHash(seed, exchangeId, block * FAULT_BLOCK + i, 'shuffle') * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

export function faultCounts(spec: FaultSpec): { errors: number; hangs: number } {
  const errors = Math.min(FAULT_BLOCK, Math.round(spec.errorRate * FAULT_BLOCK));
  const hangs = Math.min(FAULT_BLOCK - errors, Math.round(spec.hangRate * FAULT_BLOCK));
  return { errors, hangs };
}

/** The fault for the n-th counted request (0-based) of an exchange. */
export function faultFor(spec: FaultSpec | undefined, seed: number, exchangeId: string, n: number): Fault {
  if (!spec) return { kind: 'none' };
  const { errors, hangs } = faultCounts(spec);
  if (errors + hangs === 0) return { kind: 'none' };
  const block = Math.floor(n / FAULT_BLOCK);
  const rank = blockOrder(seed, exchangeId, block).indexOf(n % FAULT_BLOCK);
  if (rank < errors) {
    const statuses = spec.errorStatuses;
    const status = statuses[Math.floor(unitHash(seed, exchangeId, n, 'status') * statuses.length)]!;
    return { kind: 'error', status };
  }
  if (rank < errors + hangs) return { kind: 'hang', ms: spec.hangMs };
  return { kind: 'none' };
}

/** Whether requests to this path are neither faulted nor counted. */
export function isFaultExempt(spec: FaultSpec | undefined, pathname: string): boolean {
  return !spec || spec.exemptPaths.includes(pathname);
}
