/**
 * A connect function for undici that does each step itself so that it can time it:
 * DNS lookup (dns.promises.lookup), TCP connect, then the TLS handshake for https.
 * The timings are handed to whoever asked for the connection (the attempt that is
 * about to use it), through `ConnectHooks`; a connection that is later reused
 * reports no DNS/connect/TLS time (null), because none was spent.
 *
 * Names under `.invalid` never resolve (RFC 6761 §6.4 asks resolver libraries to
 * answer "no such name" at once), so no query leaves the machine for them.
 */
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import tls from 'node:tls';
import type { buildConnector } from 'undici';
import { HttpFailure, phaseWords, type AttemptPhase } from './failure.js';

export interface ConnectionTimings {
  /** null when the host was an IP literal (nothing to resolve). */
  dnsMs: number | null;
  connectMs: number;
  /** null for plain http. */
  tlsMs: number | null;
}

export interface ConnectHooks {
  /** Aborted (with the reason to report) when the attempt gives up: the connection attempt stops. */
  signal: AbortSignal;
  onPhase(phase: Extract<AttemptPhase, 'dns' | 'connect' | 'tls'>): void;
  /** Each step's duration as soon as it is known, so a failed connection still reports how far it got. */
  onTiming(step: keyof ConnectionTimings, ms: number | null): void;
}

export interface ConnectorOptions {
  /** TLS settings for https (see `trustingExtraCa`); Node's defaults when absent. */
  secureContext?: tls.SecureContext;
}

/** A secure context trusting Node's root certificates plus `ca` (PEM), e.g. a test or demo server's own. */
export function trustingExtraCa(ca: string | Buffer): tls.SecureContext {
  return tls.createSecureContext({ ca: [...tls.rootCertificates, typeof ca === 'string' ? ca : ca.toString('utf8')] });
}

/** Errors after which the next resolved address is worth trying. */
const TRY_NEXT_ADDRESS = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'EAFNOSUPPORT']);

export function isInvalidTld(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'invalid' || name.endsWith('.invalid');
}

/**
 * Build a connector. `hooksFor()` is asked, when a connection is needed, for the hooks of
 * the attempt that needs it (each undici Client here serves one attempt at a time).
 */
export function createTimedConnector(hooksFor: () => ConnectHooks | null, options: ConnectorOptions = {}): buildConnector.connector {
  const { secureContext } = options;
  return (connectOptions, callback) => {
    const hooks = hooksFor();
    let settled = false;
    const finish = (err: Error | null, socket: net.Socket | null): void => {
      if (settled) {
        socket?.destroy();
        return;
      }
      settled = true;
      if (err || !socket) callback(err ?? new Error('connection failed'), null);
      else callback(null, socket);
    };
    connectTimed(connectOptions, hooks, secureContext).then(
      (socket) => finish(null, socket),
      (err: unknown) => finish(err instanceof Error ? err : new Error(String(err)), null),
    );
  };
}

async function connectTimed(
  { hostname, protocol, port, servername }: buildConnector.Options,
  hooks: ConnectHooks | null,
  secureContext: tls.SecureContext | undefined,
): Promise<net.Socket> {
  const signal = hooks?.signal;
  const secure = protocol === 'https:';
  const portNumber = Number(port) || (secure ? 443 : 80);
  throwIfAborted(signal);

  // 1. DNS
  let addresses: LookupAddress[];
  let dnsMs: number | null = null;
  if (net.isIP(hostname)) {
    addresses = [{ address: hostname, family: net.isIP(hostname) }];
  } else {
    hooks?.onPhase('dns');
    const started = performance.now();
    if (isInvalidTld(hostname)) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (the .invalid TLD never resolves, RFC 6761)`), {
        code: 'ENOTFOUND',
      });
    }
    addresses = await raceAbort(lookup(hostname, { all: true }), signal);
    dnsMs = performance.now() - started;
    hooks?.onTiming('dnsMs', dnsMs);
    if (addresses.length === 0) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
  }

  // 2. TCP, trying each address in turn when one is unreachable/refused.
  hooks?.onPhase('connect');
  const connectStarted = performance.now();
  let socket: net.Socket | null = null;
  let lastError: unknown = null;
  for (const { address, family } of addresses) {
    try {
      socket = await tcpConnect(address, family, portNumber, signal);
      break;
    } catch (err) {
      lastError = err;
      const code = (err as { code?: string }).code;
      if (!code || !TRY_NEXT_ADDRESS.has(code)) throw err;
    }
  }
  if (!socket) throw lastError ?? new Error('connection failed');
  hooks?.onTiming('connectMs', performance.now() - connectStarted);
  socket.setNoDelay(true);
  socket.setKeepAlive(true, 60_000);
  if (!secure) return socket;

  // 3. TLS
  hooks?.onPhase('tls');
  const tlsStarted = performance.now();
  const name = servername ?? (net.isIP(hostname) ? undefined : hostname);
  const tlsSocket = await tlsHandshake(socket, name, secureContext, signal);
  hooks?.onTiming('tlsMs', performance.now() - tlsStarted);
  return tlsSocket;
}

function tcpConnect(address: string, family: number, port: number, signal: AbortSignal | undefined): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address, port, family });
    const cleanup = (): void => {
      socket.off('connect', onConnect);
      socket.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onConnect = (): void => {
      cleanup();
      resolve(socket);
    };
    const onError = (err: Error): void => {
      cleanup();
      socket.destroy();
      reject(err);
    };
    const onAbort = (): void => {
      cleanup();
      socket.destroy();
      reject(abortReason(signal, 'connect'));
    };
    socket.once('connect', onConnect);
    socket.once('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function tlsHandshake(
  socket: net.Socket,
  servername: string | undefined,
  secureContext: tls.SecureContext | undefined,
  signal: AbortSignal | undefined,
): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const tlsSocket = tls.connect({
      socket,
      servername,
      ALPNProtocols: ['http/1.1'],
      rejectUnauthorized: true,
      ...(secureContext !== undefined ? { secureContext } : {}),
    });
    const cleanup = (): void => {
      tlsSocket.off('secureConnect', onSecure);
      tlsSocket.off('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onSecure = (): void => {
      cleanup();
      resolve(tlsSocket);
    };
    const onError = (err: Error): void => {
      cleanup();
      tlsSocket.destroy();
      socket.destroy();
      reject(err);
    };
    const onAbort = (): void => {
      cleanup();
      tlsSocket.destroy();
      socket.destroy();
      reject(abortReason(signal, 'tls'));
    };
    tlsSocket.once('secureConnect', onSecure);
    tlsSocket.once('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortReason(signal: AbortSignal | undefined, phase: AttemptPhase): Error {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error) return reason;
  return new HttpFailure('network_error', `aborted while ${phaseWords(phase)}`);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortReason(signal, 'queued');
}

/** Resolve with `promise`, or reject as soon as `signal` aborts (the promise itself runs on). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal, 'dns'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}
