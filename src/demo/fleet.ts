/**
 * The fleet: every simulated exchange under fixtures/exchanges/ running on its
 * own loopback port, plus the ExchangeConfig entries that point the probes at
 * them. Used by the demo command and by integration tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { ExchangeConfig, ProbeSettings } from '../types/config.js';
import { UsageError } from '../errors.js';
import { listExchangeIds, loadExchange, type ExchangeSpec, type LoadedExchange } from './exchangeSpec.js';
import { startExchangeServer, type ExchangeServer } from './server.js';

export interface FleetOptions {
  /** 0 (default) = ephemeral ports; N = ports N, N+1, … in exchange order. */
  basePort?: number;
  /** Loopback address to listen on (default 127.0.0.1; `::1` works too). */
  host?: string;
  /** Exchange ids to start (default: all, sorted by id). */
  exchanges?: string[];
  /** Default: fixtures/exchanges of this package. */
  fixturesDir?: string;
  /** Seed of the flaky exchanges' fault plan and of latency jitter (default 1). */
  faultSeed?: number;
  /** Serve-time clock for the `{{date:…}}` placeholders (default: the real clock). */
  now?: () => Date;
}

export interface FleetExchange {
  id: string;
  name: string;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  config: ExchangeConfig;
  /** The exchange.json it runs (what it imitates and which quality differences it shows). */
  spec: ExchangeSpec;
}

export interface Fleet {
  exchanges: FleetExchange[];
  /** The demo CA (PEM) that the HTTPS exchanges' certificate chains to: trust it to probe them. */
  ca: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * fixtures/exchanges of this package, found from this module's own location:
 * src/demo/fleet.ts and dist/demo/fleet.js both sit two levels below the root.
 */
export function defaultFixturesDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'exchanges');
}

/** fixtures/tls of this package: the demo CA and the loopback server certificate it signed. */
export function demoTlsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'tls');
}

function readDemoTls(): { ca: string; cert: string; key: string } {
  const dir = demoTlsDir();
  try {
    return {
      ca: readFileSync(path.join(dir, 'demo-ca.cert.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'demo-server.cert.pem'), 'utf8'),
      key: readFileSync(path.join(dir, 'demo-server.key.pem'), 'utf8'),
    };
  } catch (err) {
    throw new UsageError(`${dir}: cannot read the demo certificates (${(err as Error).message})`, 'E_FIXTURES');
  }
}

/** The probe settings the demo should use against the fleet (see probeBudget.ts for the arithmetic). */
export const recommendedProbeSettings: ProbeSettings = {
  concurrency: 16,
  perHostConcurrency: 2,
  politenessDelayMs: 50,
  timeoutMs: 2500,
  retries: 1,
  maxRedirects: 5,
  maxBodyBytes: 2_000_000,
  maxPages: 10,
  userAgent: 'supportscope-demo/0.1 (simulated exchanges on loopback)',
  respectRobots: true,
};

function configFor(loaded: LoadedExchange, baseUrl: string): ExchangeConfig {
  const { spec } = loaded;
  const helpCenter: NonNullable<ExchangeConfig['channels']['helpCenter']> = { url: `${baseUrl}${spec.startPath}` };
  if (spec.platform !== 'other') helpCenter.platform = spec.platform;
  if (spec.search && spec.platform !== 'zendesk') {
    helpCenter.searchUrl = `${baseUrl}${spec.search.htmlPath}?${spec.search.param}={query}`;
  }
  const config: ExchangeConfig = { id: spec.id, name: spec.name, languages: [...spec.languages], channels: { helpCenter } };
  if (spec.statusPath) config.channels.status = { url: `${baseUrl}${spec.statusPath}` };
  return config;
}

export async function startFleet(opts: FleetOptions = {}): Promise<Fleet> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new UsageError(`the simulated exchanges listen on loopback only (127.0.0.1 or ::1), not "${host}"`, 'E_DEMO_HOST');
  const basePort = opts.basePort ?? 0;
  if (!Number.isInteger(basePort) || basePort < 0 || basePort > 65535) {
    throw new UsageError(`--port: expected 0 (ephemeral) or a port number, got ${basePort}`, 'E_DEMO_PORT');
  }
  const fixturesDir = opts.fixturesDir ?? defaultFixturesDir();
  const available = await listExchangeIds(fixturesDir);
  const ids = opts.exchanges ?? available;
  const unknown = ids.filter((id) => !available.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(`unknown simulated exchange${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (known: ${available.join(', ')})`, 'E_DEMO_EXCHANGE');
  }
  const loaded = await Promise.all(ids.map((id) => loadExchange(fixturesDir, id)));
  const tls = readDemoTls();

  const servers: ExchangeServer[] = [];
  const close = async (): Promise<void> => {
    await Promise.all(servers.map((s) => s.close()));
  };
  try {
    for (const [i, exchange] of loaded.entries()) {
      const port = basePort === 0 ? 0 : basePort + i;
      if (port > 65535) throw new UsageError(`--port ${basePort}: not enough ports above it for ${loaded.length} exchanges`, 'E_DEMO_PORT');
      try {
        servers.push(
          await startExchangeServer(exchange, {
            host,
            port,
            faultSeed: opts.faultSeed ?? 1,
            tls: { cert: tls.cert, key: tls.key },
            now: opts.now ?? (() => new Date()),
          }),
        );
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EACCES') {
          throw new UsageError(`cannot listen on ${host}:${port} for ${exchange.spec.id} (${code})`, 'E_DEMO_PORT');
        }
        throw err;
      }
    }
  } catch (err) {
    await close();
    throw err;
  }

  return {
    exchanges: loaded.map((l, i) => ({
      id: l.spec.id,
      name: l.spec.name,
      baseUrl: servers[i]!.baseUrl,
      config: configFor(l, servers[i]!.baseUrl),
      spec: l.spec,
    })),
    ca: tls.ca,
    close,
  };
}

/** The ExchangeConfig entries for a running fleet (for a Config's `exchanges`). */
export function fleetConfigExchanges(fleet: Fleet): ExchangeConfig[] {
  return fleet.exchanges.map((e) => e.config);
}
