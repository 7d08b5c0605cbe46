/** Defaults filled into every validated config (CONTRACT.md, "Config"). */
import type { ProbeSettings } from '../types/config.js';
import { CRITERION_IDS, type CriterionId } from '../types/report.js';

export const DEFAULT_PROBE_SETTINGS: Readonly<ProbeSettings> = Object.freeze({
  concurrency: 8,
  perHostConcurrency: 2,
  politenessDelayMs: 250,
  timeoutMs: 15_000,
  retries: 2,
  maxRedirects: 5,
  maxBodyBytes: 5 * 1024 * 1024,
  maxPages: 20,
  respectRobots: true,
});

/** Every criterion weighs 1 unless the config says otherwise. */
export const DEFAULT_WEIGHTS: Readonly<Record<CriterionId, number>> = Object.freeze(
  Object.fromEntries(CRITERION_IDS.map((id) => [id, 1])) as Record<CriterionId, number>,
);
