/**
 * fetch() for the simulated exchanges: trusts the demo CA (fixtures/tls), which their HTTPS
 * certificate chains to, and nothing less than the system's usual checks otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch, type RequestInit, type Response } from 'undici';
import { demoTlsDir } from '../../src/demo/fleet.js';

const agent = new Agent({ connect: { ca: readFileSync(join(demoTlsDir(), 'demo-ca.cert.pem'), 'utf8') } });

export function demoFetch(url: string, init: RequestInit = {}): Promise<Response> {
  return undiciFetch(url, { ...init, dispatcher: agent });
}
