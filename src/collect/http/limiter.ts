/**
 * Who may send a request now: at most `concurrency` requests in flight overall, at most
 * `perHostConcurrency` per host (key: `host:port`), and successive requests to one host
 * start at least `politenessDelayMs` apart (start to start, as Scrapy's DOWNLOAD_DELAY;
 * a host's robots.txt Crawl-delay can raise that floor for that host).
 * Waiters are served first come, first served, skipping those whose host is busy.
 */
import { performance } from 'node:perf_hooks';

export interface LimiterOptions {
  concurrency: number;
  perHostConcurrency: number;
  politenessDelayMs: number;
}

export type Release = () => void;

interface HostState {
  active: number;
  /** performance.now() of the last request start; -Infinity before the first. */
  lastStart: number;
  /** A per-host minimum spacing (robots Crawl-delay), ms. */
  delayFloorMs: number;
}

interface Waiter {
  host: string;
  grant: (release: Release) => void;
  fail: (reason: unknown) => void;
}

export class RequestLimiter {
  private readonly hosts = new Map<string, HostState>();
  private readonly waiters: Waiter[] = [];
  private active = 0;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Infinity;
  private closedReason: Error | null = null;

  constructor(private readonly opts: LimiterOptions) {
    if (!(opts.concurrency >= 1) || !(opts.perHostConcurrency >= 1)) {
      throw new RangeError('concurrency and perHostConcurrency must be at least 1');
    }
  }

  /** Raise the minimum spacing between requests to `host` (never lowers it below politenessDelayMs). */
  setDelayFloor(host: string, ms: number): void {
    this.state(host).delayFloorMs = Math.max(0, ms);
    this.pump();
  }

  /** Requests in flight (overall, or to one host). */
  inFlight(host?: string): number {
    return host === undefined ? this.active : (this.hosts.get(host)?.active ?? 0);
  }

  /**
   * Wait for a slot for `host`. Resolves with the function that gives it back (idempotent).
   * Rejects with the signal's reason if `signal` aborts first, or if the limiter is closed.
   */
  acquire(host: string, signal?: AbortSignal): Promise<Release> {
    if (this.closedReason) return Promise.reject(this.closedReason);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Release>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        host,
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        fail: (reason) => {
          signal?.removeEventListener('abort', onAbort);
          reject(reason);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
      this.pump();
    });
  }

  /** Reject every waiter and every later `acquire`. */
  close(reason: Error): void {
    this.closedReason = reason;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const waiter of this.waiters.splice(0)) waiter.fail(reason);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { active: 0, lastStart: -Infinity, delayFloorMs: 0 };
      this.hosts.set(host, state);
    }
    return state;
  }

  private pump(): void {
    const now = performance.now();
    let wakeAt = Infinity;
    for (let i = 0; i < this.waiters.length && this.active < this.opts.concurrency; ) {
      const waiter = this.waiters[i] as Waiter;
      const host = this.state(waiter.host);
      if (host.active >= this.opts.perHostConcurrency) {
        i++;
        continue;
      }
      const readyAt = host.lastStart + Math.max(this.opts.politenessDelayMs, host.delayFloorMs);
      if (readyAt > now) {
        wakeAt = Math.min(wakeAt, readyAt);
        i++;
        continue;
      }
      this.waiters.splice(i, 1);
      host.active++;
      host.lastStart = now;
      this.active++;
      let released = false;
      waiter.grant(() => {
        if (released) return;
        released = true;
        host.active--;
        this.active--;
        this.pump();
      });
    }
    this.schedule(wakeAt);
  }

  private schedule(wakeAt: number): void {
    if (wakeAt === this.timerAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = wakeAt;
    if (wakeAt === Infinity || this.closedReason) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Infinity;
        this.pump();
      },
      Math.max(0, Math.ceil(wakeAt - performance.now())),
    );
  }
}
