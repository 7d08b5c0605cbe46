/**
 * Real servers on loopback for the HTTP client and crawler tests: node:http / node:https
 * servers that record every request (when it arrived, on which connection, how many were
 * in flight), raw TCP servers for broken responses, and a registry that closes every
 * server and client a test opened.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { HttpClient, type HttpClientOptions } from '../../src/collect/http/client.js';

/** The test-only CA and the server certificate it signed (tests/fixtures-tls/README.md). */
export const TEST_TLS = {
  ca: readFileSync(new URL('../fixtures-tls/ca.cert.pem', import.meta.url), 'utf8'),
  cert: readFileSync(new URL('../fixtures-tls/server.cert.pem', import.meta.url), 'utf8'),
  key: readFileSync(new URL('../fixtures-tls/server.key.pem', import.meta.url), 'utf8'),
};

/** Client settings for tests: small timeouts and backoff, no retries, robots off unless asked. */
export const TEST_CLIENT_DEFAULTS: HttpClientOptions = {
  userAgent: '',
  timeoutMs: 3_000,
  retries: 0,
  maxRedirects: 5,
  maxBodyBytes: 1_000_000,
  perHostConcurrency: 4,
  politenessDelayMs: 0,
  respectRobots: false,
  backoffBaseMs: 10,
  backoffMaxMs: 100,
};

export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request headers arrived. */
  at: number;
  /** 1-based id of the TCP connection it came on (per server). */
  connection: number;
  /** 1-based position of this request on its connection (1 = the connection's first). */
  onConnection: number;
}

/** Counts requests in flight; share one between servers to see a total across hosts. */
export class Gauge {
  current = 0;
  max = 0;
  enter(): void {
    this.current++;
    this.max = Math.max(this.max, this.current);
  }
  leave(): void {
    this.current--;
  }
}

/** What a handler returns is ignored (so `return res.end()` is fine); a rejection answers 599. */
export type Handler = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest) => unknown;

export interface ServeOptions {
  /** Loopback address to listen on (default 127.0.0.1). */
  host?: '127.0.0.1' | '::1';
  /** HTTPS with the test certificate. */
  tls?: boolean;
  /** An extra in-flight gauge (e.g. shared by two servers). */
  gauge?: Gauge;
}

export interface TestServer {
  readonly origin: string;
  readonly port: number;
  url(path?: string): string;
  readonly requests: SeenRequest[];
  /** Requests whose path (with query) is `path`. */
  hits(path: string): number;
  /** TCP connections accepted. */
  readonly connections: number;
  /** This server's own in-flight gauge. */
  readonly gauge: Gauge;
  /** Resolves once `n` requests have arrived in all. */
  waitForRequests(n: number): Promise<void>;
  close(): Promise<void>;
}

function originOf(protocol: 'http' | 'https', host: string, port: number): string {
  return `${protocol}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

async function listen(server: net.Server, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

/** Tracks sockets so that close() ends them all, including half-open TLS handshakes. */
function trackSockets(server: net.Server, onNew: (socket: net.Socket) => void): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    onNew(socket);
  });
  return sockets;
}

function closeServer(server: net.Server, sockets: Set<net.Socket>): Promise<void> {
  return new Promise<void>((resolve) => {
    for (const socket of sockets) socket.destroy();
    (server as Server).closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** An HTTP(S) server on loopback calling `handler` for every request. */
export async function serve(handler: Handler, opts: ServeOptions = {}): Promise<TestServer> {
  const host = opts.host ?? '127.0.0.1';
  const requests: SeenRequest[] = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const gauge = new Gauge();
  // Keyed by the client's port: the same for the TCP socket and, over HTTPS, the TLS socket on it.
  const perConnection = new Map<string, { id: number; served: number }>();
  const keyOf = (socket: net.Socket): string => `${socket.remoteAddress}|${socket.remotePort}`;
  let connections = 0;

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const info = perConnection.get(keyOf(req.socket)) ?? { id: 0, served: 0 };
    info.served++;
    const seen: SeenRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      at: performance.now(),
      connection: info.id,
      onConnection: info.served,
    };
    requests.push(seen);
    for (const w of waiters.splice(0)) {
      if (requests.length >= w.n) w.resolve();
      else waiters.push(w);
    }
    gauge.enter();
    opts.gauge?.enter();
    res.once('close', () => {
      gauge.leave();
      opts.gauge?.leave();
    });
    res.on('error', () => undefined);
    Promise.resolve()
      .then(() => handler(req, res, seen))
      .catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(599, { 'content-type': 'text/plain' });
        res.end(`test handler failed: ${String(err)}`);
      });
  };

  const server: net.Server = opts.tls
    ? createHttpsServer({ cert: TEST_TLS.cert, key: TEST_TLS.key }, onRequest)
    : createHttpServer(onRequest);
  server.on('tlsClientError', () => undefined);
  const sockets = trackSockets(server, (socket) => {
    connections++;
    perConnection.set(keyOf(socket), { id: connections, served: 0 });
  });
  const port = await listen(server, host);
  const origin = originOf(opts.tls ? 'https' : 'http', host, port);
  return {
    origin,
    port,
    url: (path = '/') => origin + path,
    requests,
    hits: (path) => requests.filter((r) => r.path === path).length,
    get connections() {
      return connections;
    },
    gauge,
    waitForRequests: (n) =>
      new Promise<void>((resolve) => {
        if (requests.length >= n) resolve();
        else waiters.push({ n, resolve });
      }),
    close: () => closeServer(server, sockets),
  };
}

export interface RawServer {
  readonly origin: string;
  url(path?: string): string;
  /** Request heads received (one per connection: the first request only). */
  readonly heads: string[];
  readonly connections: number;
  close(): Promise<void>;
}

/**
 * A TCP server that reads the first request head on each connection and hands the socket
 * to `onRequest`, which writes whatever (broken) bytes it likes.
 */
export async function serveRaw(
  onRequest: (socket: net.Socket, head: string) => void,
  opts: { host?: '127.0.0.1' | '::1' } = {},
): Promise<RawServer> {
  const host = opts.host ?? '127.0.0.1';
  const heads: string[] = [];
  let connections = 0;
  const server = net.createServer((socket) => {
    let buffered = '';
    const onData = (chunk: Buffer): void => {
      buffered += chunk.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      if (end < 0) return;
      socket.off('data', onData);
      const head = buffered.slice(0, end);
      heads.push(head);
      onRequest(socket, head);
    };
    socket.on('data', onData);
  });
  const sockets = trackSockets(server, () => {
    connections++;
  });
  const port = await listen(server, host);
  const origin = originOf('http', host, port);
  return {
    origin,
    url: (path = '/') => origin + path,
    heads,
    get connections() {
      return connections;
    },
    close: () => closeServer(server, sockets),
  };
}

/** A loopback port that was listened on and then closed: connecting to it is refused. */
export async function closedPort(host: '127.0.0.1' | '::1' = '127.0.0.1'): Promise<number> {
  const server = net.createServer();
  const port = await listen(server, host);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Servers and clients opened by a test file; `closeAll()` (in afterEach) closes them. */
export class Fixtures {
  private readonly clients: HttpClient[] = [];
  private readonly servers: Array<{ close(): Promise<void> }> = [];

  async serve(handler: Handler, opts: ServeOptions = {}): Promise<TestServer> {
    const server = await serve(handler, opts);
    this.servers.push(server);
    return server;
  }

  async serveRaw(onRequest: (socket: net.Socket, head: string) => void, opts: { host?: '127.0.0.1' | '::1' } = {}): Promise<RawServer> {
    const server = await serveRaw(onRequest, opts);
    this.servers.push(server);
    return server;
  }

  client(overrides: Partial<HttpClientOptions> = {}): HttpClient {
    const client = new HttpClient({ ...TEST_CLIENT_DEFAULTS, ...overrides });
    this.clients.push(client);
    return client;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.clients.splice(0).map((c) => c.close()));
    await Promise.all(this.servers.splice(0).map((s) => s.close()));
  }
}

/** Milliseconds between successive request arrivals. */
export function gaps(requests: SeenRequest[]): number[] {
  return requests.slice(1).map((r, i) => r.at - (requests[i] as SeenRequest).at);
}
