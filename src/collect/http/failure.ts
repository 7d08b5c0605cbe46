/**
 * Mapping whatever went wrong during one HTTP attempt (Node socket/DNS/TLS errors,
 * undici errors, our own limits) onto the stable `ErrorCode`s stored with observations.
 */
import type { ErrorCode } from '../../types/observation.js';

/** Where an attempt was when it failed; used in messages ("timed out waiting for response headers"). */
export type AttemptPhase = 'queued' | 'dns' | 'connect' | 'tls' | 'headers' | 'body' | 'decode';

/** A failure we detected ourselves (a limit, a timeout): it already carries its code. */
export class HttpFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpFailure';
  }
}

export interface ClassifiedFailure {
  code: ErrorCode;
  message: string;
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL', 'ENODATA', 'ESERVFAIL']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH', 'UND_ERR_CLOSED']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
/** OpenSSL certificate-verification codes as Node reports them. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE',
  'UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY',
  'CERT_SIGNATURE_FAILURE',
  'CERT_NOT_YET_VALID',
  'CERT_HAS_EXPIRED',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'HOSTNAME_MISMATCH',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The code of an error (Node's `code`, undici's `code`), walking `cause` once. */
function errorCode(err: unknown): string | null {
  if (typeof err !== 'object' || err === null) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const cause = (err as { cause?: unknown }).cause;
  if (typeof cause === 'object' && cause !== null && typeof (cause as { code?: unknown }).code === 'string') {
    return (cause as { code: string }).code;
  }
  return null;
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Classify a failure raised during an attempt that had reached `phase`. Never throws. */
export function classifyFailure(err: unknown, phase: AttemptPhase): ClassifiedFailure {
  if (err instanceof HttpFailure) return { code: err.code, message: err.message };
  const code = errorCode(err);
  const detail = code ? `${code}: ${errorMessage(err)}` : errorMessage(err);
  if (code !== null) {
    if (DNS_CODES.has(code)) return { code: 'dns_error', message: detail };
    if (code === 'ECONNREFUSED') return { code: 'connection_refused', message: detail };
    if (TIMEOUT_CODES.has(code)) return { code: 'timeout', message: `${detail} (while ${phaseWords(phase)})` };
    if (TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_')) {
      return { code: 'tls_error', message: detail };
    }
    if (code === 'EPROTO' && phase === 'tls') return { code: 'tls_error', message: detail };
    if (RESET_CODES.has(code)) return { code: 'connection_reset', message: `${detail} (while ${phaseWords(phase)})` };
  }
  if (phase === 'tls') return { code: 'tls_error', message: detail };
  return { code: 'network_error', message: detail };
}

export function phaseWords(phase: AttemptPhase): string {
  switch (phase) {
    case 'queued':
      return 'waiting for a connection slot';
    case 'dns':
      return 'resolving the host name';
    case 'connect':
      return 'connecting';
    case 'tls':
      return 'in the TLS handshake';
    case 'headers':
      return 'waiting for response headers';
    case 'body':
      return 'reading the response body';
    case 'decode':
      return 'decoding the response body';
  }
}
