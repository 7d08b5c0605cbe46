/**
 * One HTTP GET attempt on a leased connection: timed, bounded, never throwing.
 *
 * - ttfb: from the start of the attempt (before any DNS/connect/TLS it has to do, as curl's
 *   time_starttransfer) to the response headers; total: to the last body byte.
 * - One deadline (`timeoutMs`) bounds the whole attempt: connect, headers and body. When it
 *   fires, the message says which phase it was in.
 * - The body is capped at `maxBodyBytes` as received (a larger Content-Length is refused at
 *   once) and again after Content-Encoding is undone.
 */
import { performance } from 'node:perf_hooks';
import type { Dispatcher } from 'undici';
import type { ErrorCode, Timings } from '../../types/observation.js';
import type { ConnectHooks, ConnectionTimings } from './connector.js';
import type { ConnectionPool } from './connectionPool.js';
import { decodeContentEncoding } from './decompress.js';
import { classifyFailure, HttpFailure, phaseWords, type AttemptPhase } from './failure.js';

export interface AttemptRequest {
  url: URL;
  headers: Record<string, string>;
  timeoutMs: number;
  maxBodyBytes: number;
  /** Keep the first `maxBodyBytes` of a longer body instead of failing (robots.txt: RFC 9309 §2.5). */
  truncateBody?: boolean;
  /** Use a new connection, closed afterwards, so that DNS/connect/TLS are measured. */
  freshConnection?: boolean;
  signal?: AbortSignal;
}

export interface AttemptResult {
  status: number | null;
  headers: Record<string, string>;
  /** Decoded (Content-Encoding undone) body; null unless the body was read completely. */
  body: Buffer | null;
  /** Bytes received on the wire for the body. */
  bytes: number;
  timings: Timings;
  error: { code: ErrorCode; message: string } | null;
}

const round = (ms: number | null): number | null => (ms === null ? null : Math.round(ms * 100) / 100);

export function runAttempt(pool: ConnectionPool, req: AttemptRequest): Promise<AttemptResult> {
  return new Promise<AttemptResult>((resolve) => {
    const started = performance.now();
    const connection: Partial<Record<keyof ConnectionTimings, number | null>> = {};
    let phase: AttemptPhase = 'connect';
    let status: number | null = null;
    let headers: Record<string, string> = {};
    let ttfbMs: number | null = null;
    let totalMs: number | null = null;
    let bytes = 0;
    const chunks: Buffer[] = [];
    let controller: Dispatcher.DispatchController | null = null;
    let settled = false;

    const connectAbort = new AbortController();
    const hooks: ConnectHooks = {
      signal: connectAbort.signal,
      onPhase: (p) => {
        phase = p;
      },
      onTiming: (step, ms) => {
        connection[step] = ms;
      },
    };

    let lease: ReturnType<ConnectionPool['acquire']>;
    try {
      lease = pool.acquire(req.url.origin, req.freshConnection === true);
    } catch (err) {
      resolve(result(classifyFailure(err, 'queued'), null));
      return;
    }
    lease.setHooks(hooks);

    function timings(): Timings {
      return {
        dnsMs: round(connection.dnsMs ?? null),
        connectMs: round(connection.connectMs ?? null),
        tlsMs: round(connection.tlsMs ?? null),
        ttfbMs: round(ttfbMs),
        totalMs: round(totalMs),
      };
    }

    function result(error: { code: ErrorCode; message: string } | null, body: Buffer | null): AttemptResult {
      return { status, headers, body, bytes, timings: timings(), error };
    }

    function cleanup(): void {
      clearTimeout(timer);
      req.signal?.removeEventListener('abort', onCallerAbort);
    }

    /** Stop the attempt with `err`; the connection is not reused. */
    function fail(err: unknown): void {
      if (settled) return;
      settled = true;
      cleanup();
      const failure = classifyFailure(err, phase);
      const reason = err instanceof Error ? err : new HttpFailure(failure.code, failure.message);
      connectAbort.abort(reason);
      if (controller && !controller.aborted) controller.abort(reason);
      lease.release(false);
      resolve(result(failure, null));
    }

    /** The response was read to the end (or truncated on purpose): undo Content-Encoding and finish. */
    function complete(raw: Buffer, reusable: boolean): void {
      if (settled) return;
      settled = true;
      cleanup();
      lease.release(reusable);
      phase = 'decode';
      decodeContentEncoding(raw, headers['content-encoding'], req.maxBodyBytes).then(
        (body) => resolve(result(httpError(status), body)),
        (err: unknown) => resolve(result(classifyFailure(err, 'decode'), null)),
      );
    }

    const timer = setTimeout(() => {
      fail(new HttpFailure('timeout', `no complete response within ${req.timeoutMs} ms (timed out while ${phaseWords(phase)})`));
    }, req.timeoutMs);
    const onCallerAbort = (): void => fail(new HttpFailure('network_error', `aborted by the caller while ${phaseWords(phase)}`));
    if (req.signal?.aborted) {
      onCallerAbort();
      return;
    }
    req.signal?.addEventListener('abort', onCallerAbort, { once: true });

    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(ctrl) {
        controller = ctrl;
        if (settled) {
          ctrl.abort(new HttpFailure('network_error', 'attempt already finished'));
          return;
        }
        phase = 'headers';
      },
      onResponseStart(ctrl, statusCode, responseHeaders) {
        if (settled || statusCode < 200) return;
        ttfbMs = performance.now() - started;
        status = statusCode;
        headers = flattenHeaders(responseHeaders);
        phase = 'body';
        const declared = Number(headers['content-length']);
        if (!req.truncateBody && Number.isFinite(declared) && declared > req.maxBodyBytes) {
          fail(new HttpFailure('body_too_large', `Content-Length ${declared} exceeds the cap of ${req.maxBodyBytes} bytes`));
        }
      },
      onResponseData(ctrl, chunk) {
        if (settled) return;
        bytes += chunk.length;
        if (bytes <= req.maxBodyBytes) {
          chunks.push(chunk);
          return;
        }
        if (!req.truncateBody) {
          fail(new HttpFailure('body_too_large', `the body exceeds the cap of ${req.maxBodyBytes} bytes`));
          return;
        }
        const room = req.maxBodyBytes - (bytes - chunk.length);
        if (room > 0) chunks.push(chunk.subarray(0, room));
        totalMs = performance.now() - started;
        // complete() first: aborting calls onResponseError synchronously, which must find the attempt settled.
        complete(Buffer.concat(chunks), false);
        ctrl.abort(new HttpFailure('network_error', 'body truncated at the cap'));
      },
      onResponseEnd() {
        if (settled) return;
        totalMs = performance.now() - started;
        complete(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks), true);
      },
      onResponseError(_ctrl, err) {
        fail(err);
      },
    };

    try {
      lease.client.dispatch(
        {
          path: req.url.pathname + req.url.search,
          method: 'GET',
          headers: req.headers,
          // A fresh connection is used once: ask the server to close it too.
          ...(req.freshConnection ? { reset: true } : {}),
        },
        handler,
      );
    } catch (err) {
      fail(err);
    }
  });
}

function httpError(status: number | null): { code: ErrorCode; message: string } | null {
  if (status === null) return null;
  if (status >= 500) return { code: 'http_5xx', message: `the server answered HTTP ${status}` };
  if (status >= 400) return { code: 'http_4xx', message: `the server answered HTTP ${status}` };
  return null;
}

/** undici's parsed headers (lower-case names; repeated headers as arrays) as one string per name. */
function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
