/**
 * `probe`: one run per call. Collectors fetch, judges read what was fetched,
 * the store keeps both, one observation per transaction. A failing probe is an
 * observation with an error code; the run goes on.
 */
import { UsageError } from '../errors.js';
import { HttpClient } from '../collect/http/client.js';
import { crawlHelpCenter } from '../collect/helpCenter/crawl.js';
import { chooseSearchAdapter } from '../collect/search/adapters.js';
import { probeSearch } from '../collect/search/probe.js';
import { searchQueriesFor } from '../collect/search/queries.js';
import { GRADER_VERSION, gradeReply } from '../judge/answer/grade.js';
import { summariseHelpCenter } from '../judge/helpCenter.js';
import { judgePage, PAGE_JUDGE_VERSION } from '../judge/page/index.js';
import { siteOf } from '../judge/page/site.js';
import { articleText } from '../judge/search/articleText.js';
import { loadBank } from '../knowledge/bank.js';
import type { PageFacts, PageLink } from '../types/facts.js';
import type { QuestionId } from '../types/knowledge.js';
import type { Store, FactsInput, GradeInput } from '../store/store.js';
import type { Config, ExchangeConfig } from '../types/config.js';
import type { ChannelId, ObservationInput } from '../types/observation.js';
import { toolVersion } from '../version.js';
import { keepHeapSmall } from './heap.js';

/**
 * Channels `probe` can collect today. Others are accepted by the config and skipped here.
 * `search` asks the help center's own search the question bank (after crawling it, since
 * the platform and locales come from the crawl).
 */
export const PROBE_CHANNELS: readonly ChannelId[] = ['helpCenter', 'search'];

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
  /** Lower V8's heap growth for the crawl (see heap.ts; default true). Process-wide. */
  keepHeapSmall?: boolean;
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

/** The domains an exchange's own links may point to: configured, else its channels' sites. */
export function officialDomains(ex: ExchangeConfig): string[] {
  if (ex.domains && ex.domains.length > 0) return ex.domains;
  const urls = [ex.channels.helpCenter?.url, ex.channels.status?.url, ex.channels.ticket?.url, ex.channels.chat?.url];
  const out = new Set<string>();
  for (const u of urls) {
    if (!u) continue;
    try {
      out.add(siteOf(new URL(u).hostname));
    } catch {
      /* validated by the config already */
    }
  }
  return [...out];
}

/** Grades a fetched help-center article against the question it was found for; null when it is not text. */
export function gradeFetchedAnswer(obs: ObservationInput, text: string | null, domains: string[]): GradeInput | null {
  const meta = obs.meta ?? {};
  if (obs.kind !== 'answer' || obs.outcome !== 'ok' || text === null) return null;
  if (typeof meta.question !== 'string' || typeof meta.lang !== 'string') return null;
  const article = /^\s*</.test(text) || (obs.contentType ?? '').includes('html') ? articleText(text) : { title: null, text };
  const reply = article.title ? `${article.title}\n${article.text}` : article.text;
  const grade = gradeReply({ question: meta.question as QuestionId, reply, lang: meta.lang, officialDomains: domains });
  return { url: obs.finalUrl ?? obs.url, question: meta.question, lang: meta.lang, graderVersion: GRADER_VERSION, grade };
}

export async function probe(opts: ProbeOptions): Promise<ProbeSummary> {
  const { config, store } = opts;
  if (opts.keepHeapSmall !== false) keepHeapSmall();
  const exchanges = selectExchanges(config, opts.exchanges);
  const channels = selectChannels(opts.channels);
  const settings = {
    ...config.probe,
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
  };
  // One task per exchange with a help center: its crawl, then its search (which needs the crawl).
  const tasks = exchanges.filter((ex) => ex.channels.helpCenter);

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

  /** Stores one observation with its facts or grade, in order, in its own transaction. */
  const record = async (ex: ExchangeConfig, ch: ChannelId, obs: ObservationInput, facts: FactsInput | null, grade: GradeInput | null): Promise<void> => {
    const write = writeChain.then(async () => {
      await store.recordObservation(runId, { id: ex.id, name: ex.name }, obs, facts, grade);
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
  };

  /** Crawls one exchange's help center (only its start page when just `search` was asked), then searches it. */
  const probeExchange = async (ex: ExchangeConfig): Promise<void> => {
    const hc = ex.channels.helpCenter!;
    const pages: PageFacts[] = [];
    let start: { url: string; charset: string | null } | null = null;
    await crawlHelpCenter({
      client,
      exchangeId: ex.id,
      startUrl: hc.url,
      maxPages: channels.includes('helpCenter') ? (hc.maxPages ?? settings.maxPages) : 0,
      // As many fetches in flight as the host allows; the client enforces the limit.
      lanes: settings.perHostConcurrency,
      onPage: async (obs, text) => {
        // Judged here, so the crawl gets the links without parsing the page twice.
        const facts = judgeFetchedPage(obs, text);
        if (facts) pages.push(facts.facts);
        if (obs.role === 'start' && obs.outcome === 'ok') start = { url: obs.finalUrl ?? obs.url, charset: obs.charset };
        await record(ex, 'helpCenter', obs, facts, null);
        return facts?.facts.links ?? [];
      },
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    if (!channels.includes('search') || opts.signal?.aborted) return;
    const found = pages.length > 0 ? summariseHelpCenter(pages) : null;
    const startPage = start as { url: string; charset: string | null } | null;
    const adapter = chooseSearchAdapter({
      platform: found?.platform ?? hc.platform ?? null,
      searchUrl: hc.searchUrl ?? null,
      startUrl: startPage?.url ?? hc.url,
      locales: found?.locales ?? [],
      pageCharset: startPage?.charset ?? null,
    });
    if (!adapter) return; // no search this probe can use: `knowledge` stays unmeasured, and says why
    const locales = found && found.locales.length > 0 ? found.locales : found?.pageLanguages ?? [];
    const queries = searchQueriesFor({ questions: loadBank(), locales });
    const domains = officialDomains(ex);
    await probeSearch({
      client,
      exchangeId: ex.id,
      adapter,
      queries,
      ownUrls: [hc.url, ...(startPage ? [startPage.url] : [])],
      lanes: settings.perHostConcurrency,
      onObservation: (obs, text) => record(ex, 'search', obs, null, gradeFetchedAnswer(obs, text, domains)),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  };

  let status: ProbeSummary['status'] = 'finished';
  try {
    // Exchanges run side by side; the client's global and per-host limits keep it polite.
    const lanes = Math.max(1, Math.min(settings.concurrency, tasks.length));
    let next = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < tasks.length && !opts.signal?.aborted) {
          await probeExchange(tasks[next++]!);
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
