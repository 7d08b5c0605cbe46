/**
 * `report`: stored observations -> evidence -> the Report object. Reads only.
 */
import { summariseHelpCenter } from '../judge/helpCenter.js';
import { summariseProbeStats } from '../judge/probeStats.js';
import { buildReport } from '../score/report.js';
import type { ExchangeEvidence } from '../score/evidence.js';
import type { Store, TimeWindow } from '../store/store.js';
import type { Config } from '../types/config.js';
import type { PageFacts } from '../types/facts.js';
import type { Report } from '../types/report.js';

export interface ReportOptions {
  store: Store;
  config: Config;
  since?: Date | null;
  until?: Date | null;
  /** Restrict to these exchange ids. */
  exchanges?: string[];
  /** Include config exchanges with no data (default: only when the config is a file of the user's). */
  includeUnprobed?: boolean;
  now?: Date;
}

export async function gatherEvidence(
  store: Store,
  config: Config,
  window: TimeWindow,
  options: { exchanges?: string[]; includeUnprobed: boolean },
): Promise<ExchangeEvidence[]> {
  const [stats, pages, known] = await Promise.all([
    store.channelStats('helpCenter', window),
    store.latestPages(window),
    store.listExchanges(),
  ]);
  const names = new Map(known.map((k) => [k.id, k.name]));
  const configured = new Map(config.exchanges.map((e) => [e.id, e]));
  const ids = new Set<string>(stats.map((s) => s.exchangeId));
  if (options.includeUnprobed) for (const e of config.exchanges) ids.add(e.id);
  const wanted = options.exchanges && options.exchanges.length > 0 ? new Set(options.exchanges) : null;
  const statsById = new Map(stats.map((s) => [s.exchangeId, s]));
  const evidence: ExchangeEvidence[] = [];
  for (const id of ids) {
    if (wanted && !wanted.has(id)) continue;
    const cfg = configured.get(id);
    const raw = statsById.get(id);
    const snapshot = pages.get(id) ?? [];
    const facts = snapshot.map((p) => p.facts).filter((f): f is PageFacts => f !== null);
    evidence.push({
      id,
      name: cfg?.name ?? names.get(id) ?? id,
      claimedLanguages: cfg?.languages ?? [],
      helpCenter: raw
        ? {
            stats: summariseProbeStats(raw),
            findings: facts.length > 0 ? summariseHelpCenter(facts) : null,
            crawledAt: snapshot[0] ? new Date(snapshot[0].startedAt).toISOString() : null,
          }
        : null,
    });
  }
  return evidence;
}

export async function report(opts: ReportOptions): Promise<Report> {
  const now = opts.now ?? new Date();
  const window: TimeWindow = {
    since: opts.since ? opts.since.getTime() : null,
    until: opts.until ? opts.until.getTime() : null,
  };
  const includeUnprobed = opts.includeUnprobed ?? opts.config.source !== 'built-in catalog';
  const evidence = await gatherEvidence(opts.store, opts.config, window, {
    includeUnprobed,
    ...(opts.exchanges ? { exchanges: opts.exchanges } : {}),
  });
  const runs = await opts.store.listRuns(window);
  return buildReport({
    evidence,
    weights: opts.config.weights,
    generatedAt: now,
    since: opts.since ?? null,
    until: opts.until ?? null,
    runs: runs.length,
  });
}
