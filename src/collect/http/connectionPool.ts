/**
 * Connections, one undici Client each, grouped by origin. A Client is leased to exactly
 * one attempt at a time, which is what lets the timed connector attribute DNS/connect/TLS
 * times to the request that opened the connection: if the connector runs during a lease,
 * it runs for that lease's request. An idle Client keeps its socket alive for reuse
 * (undici honours the server's Keep-Alive timeout). `fresh` leases get a new Client that
 * is thrown away afterwards, so the request pays for (and reports) a whole first visit.
 *
 * How many Clients exist per origin is bounded by the RequestLimiter in front of this
 * pool (per-host concurrency), not here.
 */
import { Client } from 'undici';
import { createTimedConnector, trustingExtraCa, type ConnectHooks, type ConnectorOptions } from './connector.js';

export interface Lease {
  readonly client: Client;
  /** Hooks for the connector while this lease holds the Client. */
  setHooks(hooks: ConnectHooks | null): void;
  /** Give the Client back; `reusable: false` destroys it (after a timeout, a reset, an abort…). */
  release(reusable: boolean): void;
}

interface Slot {
  client: Client;
  busy: boolean;
  hooks: ConnectHooks | null;
}

export interface ConnectionPoolOptions {
  /** Extra trusted CA certificate (PEM), e.g. a test or demo server's own. */
  ca?: string | Buffer;
  /** Largest response header block accepted, bytes. */
  maxHeaderSize?: number;
}

/** Undici's own keep-alive default; the server's `Keep-Alive: timeout=` hint wins when shorter. */
const KEEP_ALIVE_MS = 4_000;

export class ConnectionPool {
  private readonly idle = new Map<string, Slot[]>();
  private readonly all = new Set<Slot>();
  private closed = false;

  private readonly connectorOptions: ConnectorOptions;

  constructor(private readonly opts: ConnectionPoolOptions = {}) {
    // One secure context for all connections: building one from ~150 root certificates is not free.
    this.connectorOptions = opts.ca !== undefined ? { secureContext: trustingExtraCa(opts.ca) } : {};
  }

  acquire(origin: string, fresh: boolean): Lease {
    if (this.closed) throw new Error('the connection pool is closed');
    let slot: Slot | undefined;
    if (!fresh) {
      const idle = this.idle.get(origin);
      while (idle && idle.length > 0 && !slot) {
        const candidate = idle.pop() as Slot;
        if (!candidate.client.destroyed && !candidate.client.closed) slot = candidate;
        else this.all.delete(candidate);
      }
    }
    slot ??= this.newSlot(origin);
    slot.busy = true;
    const leased = slot;
    let released = false;
    return {
      client: leased.client,
      setHooks: (hooks) => {
        leased.hooks = hooks;
      },
      release: (reusable) => {
        if (released) return;
        released = true;
        leased.busy = false;
        leased.hooks = null;
        if (!reusable || fresh || this.closed) {
          this.all.delete(leased);
          leased.client.destroy().catch(() => undefined);
          return;
        }
        let idle = this.idle.get(origin);
        if (!idle) {
          idle = [];
          this.idle.set(origin, idle);
        }
        idle.push(leased);
      },
    };
  }

  /** Close every connection (in-flight requests on them fail). */
  async close(): Promise<void> {
    this.closed = true;
    const clients = [...this.all].map((slot) => slot.client);
    this.all.clear();
    this.idle.clear();
    await Promise.all(clients.map((client) => client.destroy().catch(() => undefined)));
  }

  private newSlot(origin: string): Slot {
    const slot: Slot = { client: undefined as unknown as Client, busy: false, hooks: null };
    slot.client = new Client(origin, {
      connect: createTimedConnector(() => slot.hooks, this.connectorOptions),
      pipelining: 1,
      // The attempt's own deadline bounds headers and body; undici's timers would only race it.
      headersTimeout: 0,
      bodyTimeout: 0,
      keepAliveTimeout: KEEP_ALIVE_MS,
      maxHeaderSize: this.opts.maxHeaderSize ?? 64 * 1024,
    });
    this.all.add(slot);
    return slot;
  }
}
