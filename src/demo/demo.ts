/**
 * `supportscope demo`: the whole pipeline, offline. Starts the simulated exchanges
 * on loopback, runs the real collectors against them, stores into SQLite, scores.
 */
import { DEFAULT_PROBE_SETTINGS, DEFAULT_WEIGHTS } from '../config/index.js';
import { probe, type ProbeProgress, type ProbeSummary } from '../api/probe.js';
import { report } from '../api/report.js';
import type { Store } from '../store/store.js';
import type { Config } from '../types/config.js';
import type { Report } from '../types/report.js';
import { startFleet, recommendedProbeSettings, type Fleet } from './fleet.js';

export interface DemoOptions {
  store: Store;
  basePort?: number;
  /** Keep the fleet running (the caller closes it). */
  keep?: boolean;
  onProgress?: (p: ProbeProgress) => void;
  onFleet?: (fleet: Fleet) => void;
  signal?: AbortSignal;
}

export interface DemoResult {
  fleet: Fleet;
  config: Config;
  summary: ProbeSummary;
  report: Report;
}

export function demoConfig(fleet: Fleet): Config {
  return {
    source: 'demo: simulated exchanges on loopback',
    exchanges: fleet.exchanges.map((x) => x.config),
    weights: { ...DEFAULT_WEIGHTS },
    probe: { ...DEFAULT_PROBE_SETTINGS, ...recommendedProbeSettings },
  };
}

export async function runDemo(opts: DemoOptions): Promise<DemoResult> {
  const fleet = await startFleet({ basePort: opts.basePort ?? 0 });
  try {
    opts.onFleet?.(fleet);
    const config = demoConfig(fleet);
    const summary = await probe({
      config,
      store: opts.store,
      command: 'demo',
      trustedCa: fleet.ca,
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const rep = await report({
      store: opts.store,
      config,
      since: new Date(Date.now() - 30 * 86_400_000),
      exchanges: fleet.exchanges.map((x) => x.id),
    });
    return { fleet, config, summary, report: rep };
  } finally {
    if (!opts.keep) await fleet.close();
  }
}
