/**
 * `supportscope inspect <url> [--json]` (CONTRACT.md) on a Zendesk Guide page served on loopback:
 * one page as the tool sees it, nothing stored.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

let server: Server;
let base: string;
let dir: string;
let seenUserAgent = '';
const page = readFileSync(join(ROOT, 'fixtures', 'pages', 'zendesk-copenhagen-en.html'));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-inspect-'));
  server = createServer((req, res) => {
    seenUserAgent = String(req.headers['user-agent'] ?? '');
    if (req.url === '/hc/en-us') {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page), 50);
    } else if (req.url === '/hc') {
      res.writeHead(302, { location: '/hc/en-us' }).end();
    } else res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Temporarily Unavailable</h1>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('inspect', () => {
  it('--json reports the fields of the contract for a Zendesk page, after a redirect', async () => {
    const r = await runCli(['inspect', `${base}/hc`, '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const x = JSON.parse(r.stdout);
    expect(x).toMatchObject({ url: `${base}/hc`, finalUrl: `${base}/hc/en-us`, status: 200, lang: 'en', platform: 'zendesk', error: null });
    for (const k of ['dnsMs', 'connectMs', 'tlsMs', 'ttfbMs', 'totalMs']) expect(x.timings).toHaveProperty(k);
    expect(x.timings.ttfbMs).toBeGreaterThanOrEqual(50);
    expect(x.timings.totalMs).toBeGreaterThanOrEqual(x.timings.ttfbMs);
    expect(x.locales).toEqual(expect.arrayContaining(['en-us', 'ru', 'zh-cn']));
    expect(x.chatProviders).toEqual([]); // the widget URL sits only in HelpCenter.internal JSON
    expect(x.contacts.emails).toContain('support@northwindx.example');
    expect(x.contacts.ticketForm).toBe(true);
    expect(x.contacts.social.telegram).toEqual(['https://t.me/northwindx']);
    expect(x.topics.length).toBeGreaterThan(3);
    expect(x.articleDates.count).toBeGreaterThan(0);
    expect(x.articleDates.newest).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(x.redirects).toEqual([`${base}/hc/en-us`]);
    expect(seenUserAgent).toMatch(/^supportscope\/\d+\.\d+\.\d+ \(/);
    expect(readdirSync(dir)).toEqual([]); // nothing stored
  });

  it('the text form lists the same facts, one per line', async () => {
    const r = await runCli(['inspect', `${base}/hc/en-us`], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^platform\s+zendesk/m);
    expect(r.stdout).toMatch(/^locales\s+.*zh-cn/m);
    expect(r.stdout).toMatch(/^live chat\s+none loaded/m);
    expect(r.stdout).toMatch(/^ticket form\s+yes/m);
  });

  it('a failing page exits 3 with its typed error code and status', async () => {
    const r = await runCli(['inspect', `${base}/down`, '--json'], { cwd: dir });
    expect(r.code).toBe(3);
    const x = JSON.parse(r.stdout);
    expect(x.status).toBe(503);
    expect(x.error.code).toBe('http_5xx');
    expect(x.platform).toBeNull();
  });
});
