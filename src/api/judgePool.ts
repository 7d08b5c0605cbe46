/**
 * Page judging off the main thread. Parsing and judging a 100 KB page costs tens of
 * milliseconds of CPU; done on the thread that also drives the network, it caps a crawl
 * at one core and delays every other response. A small pool of worker threads judges
 * pages in parallel while the main thread fetches and stores.
 *
 * The pool is an optimisation only: the judges are pure, so a page judged here equals one
 * judged inline. When workers cannot be used (one core, or running from TypeScript sources
 * where there is no compiled worker file) pages are judged inline. A worker that dies (a
 * hostile page that exhausts its heap) fails only the page it held, and is replaced.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { judgePage } from '../judge/page/index.js';
import type { PageFacts } from '../types/facts.js';

export interface PageJudge {
  /** Judges one page; rejects only when the judge could not run at all (a dead worker). */
  judge(html: string, url: string): Promise<PageFacts>;
  close(): Promise<void>;
  /** Worker threads in use (0 = inline). */
  readonly threads: number;
}

/** A worker's heap limit: generous for any real page, a bound for a hostile one. */
const WORKER_HEAP_MB = 256;
const MAX_THREADS = 4;

interface Job {
  id: number;
  html: string;
  url: string;
  resolve: (facts: PageFacts) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

export function inlineJudge(): PageJudge {
  return {
    threads: 0,
    judge: async (html, url) => judgePage({ html, url }),
    close: async () => undefined,
  };
}

function workerFile(): URL | null {
  const url = new URL('./judgeWorker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** The default pool size: one thread per core, at most 4; none on a single core. */
export function defaultJudgeThreads(): number {
  const cores = availableParallelism();
  return cores <= 1 ? 0 : Math.min(MAX_THREADS, cores);
}

/**
 * A pool of `threads` workers (inline when 0 or when no compiled worker exists).
 * `workerUrl` replaces the worker script (tests).
 */
export function createPageJudge(threads = defaultJudgeThreads(), workerUrl: URL | null = workerFile()): PageJudge {
  const file = workerUrl;
  if (threads <= 0 || file === null) return inlineJudge();

  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on('message', (msg: { id: number; facts?: PageFacts; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      slot.job = null;
      if (msg.facts) job.resolve(msg.facts);
      else job.reject(new Error(msg.error ?? 'the page judge failed'));
      pump();
    });
    const replace = (why: string): void => {
      const job = slot.job;
      slot.job = null;
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      job?.reject(new Error(`the page judge's worker stopped (${why}) while judging ${job.url}`));
      if (!closed) {
        slots.push(spawn());
        pump();
      }
    };
    worker.on('error', (err) => replace(err.message));
    worker.on('exit', (code) => {
      if (!closed) replace(`exit code ${code}`);
    });
    return slot;
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, html: job.html, url: job.url });
    }
    // An idle pool must not keep the process alive.
    for (const slot of slots) if (!slot.job) slot.worker.unref();
  };

  for (let i = 0; i < threads; i++) slots.push(spawn());

  return {
    threads,
    judge(html, url) {
      if (closed) return Promise.reject(new Error('the page judge is closed'));
      return new Promise<PageFacts>((resolve, reject) => {
        queue.push({ id: nextId++, html, url, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the page judge is closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
      slots.length = 0;
    },
  };
}
