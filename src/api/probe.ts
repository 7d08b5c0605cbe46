/**
 * `probe`: one run per call. Collectors fetch, judges read what was fetched,
 * the store keeps both, one observation per transaction. A failing probe is an
 * observation with an error code; the run goes on.
 */
import { UsageError } from '../errors.js';
import { HttpClient } from '../collect/http/client.js';
import { crawlHelpCenter } from '../collect/helpCenter/crawl.js';
import { judgePage, PAGE_JUDGE_VERSION } from '../judge/page/index.js';
import type { PageLink } from '../types/facts.js';
import type { Store, FactsInput } from '../store/store.js';
import type { Config, ExchangeConfig } from '../types/config.js';
import type { ChannelId, ObservationInput } from '../types/observation.js';
import { toolVersion } from '../version.js';

/** Channels `probe` can collect today. Others are accepted by the config and skipped here. */
export const PROBE_CHANNELS: readonly ChannelId[] = ['helpCenter'];

export interface ProbeProgress {
  exchangeId: string;
  channel: ChannelId;
  url: string;
  outcome: ObservationInput['outcome'];
  errorCode: string | null;
  /** Observations stored so far in this run. */
  done: number;
  failures: number;
  /** Exchange × channel tasks finished / total. */
  tasksDone: number;
  tasksTotal: number;
}

export interface ProbeOptions {
  config: Config;
  store: Store;
  /** Exchange ids to probe; default all in the config. */
  exchanges?: string[];
  channels?: ChannelId[];
  /** Overrides of the config's probe settings. */
  concurrency?: number;
  timeoutMs?: number;
  onProgress?: (p: ProbeProgress) => void;
  signal?: AbortSignal;
  command?: string;
  /**
   * An extra CA certificate (PEM) to trust besides the system's, for servers with a private CA
   * (the demo's loopback exchanges). Library-only: a config file cannot lower TLS checks.
   */
  trustedCa?: string;
}

export interface ProbeSummary {
  runId: number;
  status: 'finished' | 'interrupted';
  observations: number;
  failures: number;
  exchanges: Array<{ id: string; observations: number; failures: number; errors: Record<string, number> }>;
}

/** Checks ids and channels before anything is written (exit 2 on a mistake). */
export function selectExchanges(config: Config, ids: string[] | undefined): ExchangeConfig[] {
  if (!ids || ids.length === 0) return config.exchanges;
  const known = new Map(config.exchanges.map((e) => [e.id, e]));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown exchange id${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')} (in ${config.source}); known: ${[...known.keys()].join(', ')}`,
      'E_UNKNOWN_EXCHANGE',
    );
  }
  return ids.map((id) => known.get(id)!);
}

export function selectChannels(channels: string[] | undefined): ChannelId[] {
  if (!channels || channels.length === 0) return [...PROBE_CHANNELS];
  const bad = channels.filter((c) => !PROBE_CHANNELS.includes(c as ChannelId));
  if (bad.length > 0) {
    throw new UsageError(
      `--channel: ${bad.map((b) => `"${b}"`).join(', ')} cannot be probed; expected one of: ${PROBE_CHANNELS.join(', ')}`,
      'E_UNKNOWN_CHANNEL',
    );
  }
  return [...new Set(channels)] as ChannelId[];
}

const HTML_TYPES = /\b(?:text\/html|application\/xhtml\+xml)\b/i;

/**
 * Judges a fetched page when it is HTML; null otherwise. Inline on purpose: a 100 KB page
 * costs ~6 ms, less than handing it to a worker thread would save on a crawl that is bound
 * by the network and by politeness, and a worker's own copy of the judges costs ~80 MB.
 */
export function judgeFetchedPage(obs: ObservationInput, text: string | null): FactsInput | null {
  if (obs.outcome !== 'ok' || text === null) return null;
  if (obs.contentType && !HTML_TYPES.test(obs.contentType) && !/^\s*</.test(text)) return null;
  const url = obs.finalUrl ?? obs.url;
  return { url, judgeVersion: PAGE_JUDGE_VERSION, facts: judgePage({ html: text, url }) };
}

export async function probe(opts: ProbeOptions): Promise<ProbeSummary> {
  const { config, store } = opts;
  const exchanges = selectExchanges(config, opts.exchanges);
  const channels = selectChannels(opts.channels);
  const settings = {
    ...config.probe,
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
  };
  const tasks = exchanges.flatMap((ex) =>
    channels.filter((ch) => ch === 'helpCenter' && ex.channels.helpCenter).map((ch) => ({ ex, ch })),
  );

  const runId = await store.beginRun({
    command: opts.command ?? 'probe',
    toolVersion: toolVersion(),
    configSource: config.source,
  });
  const client = new HttpClient({
    userAgent: settings.userAgent ?? '',
    timeoutMs: settings.timeoutMs,
    retries: settings.retries,
    maxRedirects: settings.maxRedirects,
    maxBodyBytes: settings.maxBodyBytes,
    perHostConcurrency: settings.perHostConcurrency,
    politenessDelayMs: settings.politenessDelayMs,
    respectRobots: settings.respectRobots,
    concurrency: settings.concurrency,
    ...(opts.trustedCa ? { ca: opts.trustedCa } : {}),
  });

  const perExchange = new Map<string, { id: string; observations: number; failures: number; errors: Record<string, number> }>();
  let done = 0;
  let failures = 0;
  let tasksDone = 0;
  // Writes are serialised: one observation per transaction, in completion order.
  let writeChain: Promise<unknown> = Promise.resolve();

  /** Judges and stores one page; returns its links for the crawl (so each page is parsed once). */
  const record = async (ex: ExchangeConfig, ch: ChannelId, obs: ObservationInput, text: string | null): Promise<PageLink[]> => {
    const facts = judgeFetchedPage(obs, text);
    const write = writeChain.then(async () => {
      await store.recordObservation(runId, { id: ex.id, name: ex.name }, obs, facts);
      const s = perExchange.get(ex.id) ?? { id: ex.id, observations: 0, failures: 0, errors: {} };
      s.observations++;
      done++;
      if (obs.outcome === 'error') {
        s.failures++;
        failures++;
        if (obs.errorCode) s.errors[obs.errorCode] = (s.errors[obs.errorCode] ?? 0) + 1;
      }
      perExchange.set(ex.id, s);
      opts.onProgress?.({
        exchangeId: ex.id,
        channel: ch,
        url: obs.url,
        outcome: obs.outcome,
        errorCode: obs.errorCode,
        done,
        failures,
        tasksDone,
        tasksTotal: tasks.length,
      });
    });
    writeChain = write.catch(() => undefined);
    await write;
    return facts?.facts.links ?? [];
  };

  let status: ProbeSummary['status'] = 'finished';
  try {
    // Exchanges run side by side; the client's global and per-host limits keep it polite.
    const lanes = Math.max(1, Math.min(settings.concurrency, tasks.length));
    let next = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < tasks.length && !opts.signal?.aborted) {
          const { ex, ch } = tasks[next++]!;
          const hc = ex.channels.helpCenter!;
          await crawlHelpCenter({
            client,
            exchangeId: ex.id,
            startUrl: hc.url,
            maxPages: hc.maxPages ?? settings.maxPages,
            // As many fetches in flight as the host allows; the client enforces the limit.
            lanes: settings.perHostConcurrency,
            onPage: (obs, text) => record(ex, ch, obs, text),
            ...(opts.signal ? { signal: opts.signal } : {}),
          });
          tasksDone++;
        }
      }),
    );
    await writeChain;
    if (opts.signal?.aborted) status = 'interrupted';
  } catch (err) {
    await writeChain;
    await store.finishRun(runId, opts.signal?.aborted ? 'interrupted' : 'failed');
    await client.close();
    throw err;
  }
  await store.finishRun(runId, status);
  await client.close();
  return { runId, status, observations: done, failures, exchanges: [...perExchange.values()] };
}
