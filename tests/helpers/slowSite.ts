/**
 * A small Zendesk-shaped help center on loopback whose pages answer slowly,
 * for tests that need a probe to be in flight for a while.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowSite {
  url: string;
  requests: number;
  close(): Promise<void>;
}

export async function startSlowSite(opts: { articles: number; delayMs: number }): Promise<SlowSite> {
  const state = { requests: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    const path = req.url ?? '/';
    if (path === '/robots.txt') {
      res.writeHead(404).end();
      return;
    }
    const links = Array.from({ length: opts.articles }, (_, i) => `<li><a href="/hc/en-us/articles/${1000 + i}-How-to-withdraw-${i}">How to withdraw ${i}</a></li>`).join('');
    const body = path.startsWith('/hc/en-us/articles/')
      ? `<!doctype html><html lang="en"><head><title>Article</title></head><body><h1>Withdrawals</h1><time datetime="2026-11-01T00:00:00Z">Nov 1</time><p>Open Wallet, choose Withdraw.</p></body></html>`
      : `<!doctype html><html lang="en"><head><title>Slow Help</title></head><body><ul>${links}</ul></body></html>`;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
    }, opts.delayMs);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hc/en-us`,
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
