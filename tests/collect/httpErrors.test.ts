/**
 * Every way a fetch can fail becomes a FetchResult with a typed error code, against real
 * servers on loopback; the client never throws, and keeps the status (and body) it got.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchResult } from '../../src/types/observation.js';
import { ERROR_CODES } from '../../src/types/observation.js';
import { closedPort, Fixtures, TEST_TLS } from '../helpers/httpFixtures.js';

const fx = new Fixtures();
afterEach(() => fx.closeAll());

function expectError(res: FetchResult, code: keyof typeof ERROR_CODES): void {
  expect(res.error, JSON.stringify(res.error)).not.toBeNull();
  expect(res.error?.code).toBe(code);
  expect(res.error?.message.length).toBeGreaterThan(0);
}

const HTML = 'text/html; charset=utf-8';

describe('network failures', () => {
  it('dns_error for a host under .invalid, without throwing', async () => {
    const client = fx.client();
    const res = await client.fetch('http://help.exchange.invalid/hc/en-us');
    expectError(res, 'dns_error');
    expect(res.status).toBeNull();
    expect(res.body).toBeNull();
    expect(res.text).toBeNull();
    expect(res.attempts).toBe(1);
    expect(res.error?.message).toMatch(/help\.exchange\.invalid/);
  });

  it('connection_refused for a port that was listened on, then closed', async () => {
    const port = await closedPort();
    const res = await fx.client().fetch(`http://127.0.0.1:${port}/`);
    expectError(res, 'connection_refused');
    expect(res.status).toBeNull();
    expect(res.timings.ttfbMs).toBeNull();
  });

  it('connection_refused on ::1 too', async () => {
    const port = await closedPort('::1');
    const res = await fx.client().fetch(`http://[::1]:${port}/`);
    expectError(res, 'connection_refused');
  });

  it('connection_reset when the server drops the socket in the middle of the headers', async () => {
    const raw = await fx.serveRaw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/ht');
      setImmediate(() => socket.destroy());
    });
    const res = await fx.client().fetch(raw.url('/hc'));
    expectError(res, 'connection_reset');
    expect(res.status).toBeNull();
    expect(res.error?.message).toMatch(/response headers/);
  });

  it('connection_reset when the server sends a TCP RST before answering', async () => {
    const raw = await fx.serveRaw((socket) => socket.resetAndDestroy());
    const res = await fx.client().fetch(raw.url('/'));
    expectError(res, 'connection_reset');
  });

  it('connection_reset in the middle of a Content-Length body keeps the status', async () => {
    const raw = await fx.serveRaw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><body>only part of');
      setTimeout(() => socket.destroy(), 20);
    });
    const res = await fx.client().fetch(raw.url('/'));
    expectError(res, 'connection_reset');
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
    expect(res.text).toBeNull();
    expect(res.timings.ttfbMs).not.toBeNull();
    expect(res.error?.message).toMatch(/body/);
  });

  it('connection_reset in the middle of a chunked body', async () => {
    const raw = await fx.serveRaw((socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n<html><body>abcd\r\n');
      setTimeout(() => socket.destroy(), 20);
    });
    const res = await fx.client().fetch(raw.url('/'));
    expectError(res, 'connection_reset');
    expect(res.status).toBe(200);
  });

  it('network_error (not a crash) for a response that is not HTTP', async () => {
    const raw = await fx.serveRaw((socket) => socket.end('SSH-2.0-OpenSSH_9.6\r\n'));
    const res = await fx.client().fetch(raw.url('/'));
    expect(res.error).not.toBeNull();
    expect(['network_error', 'connection_reset']).toContain(res.error?.code);
    expect(res.status).toBeNull();
  });
});

describe('TLS', () => {
  it('tls_error for a certificate signed by an unknown CA', async () => {
    const server = await fx.serve((_req, res) => res.end('secret'), { tls: true });
    const res = await fx.client().fetch(server.url('/'));
    expectError(res, 'tls_error');
    expect(res.status).toBeNull();
    expect(server.requests).toHaveLength(0);
    expect(res.timings.connectMs).not.toBeNull();
  });

  it('succeeds with the CA given, and reports tlsMs', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': HTML }).end('<p>over tls</p>'), { tls: true });
    const res = await fx.client({ ca: TEST_TLS.ca }).fetch(server.url('/'), { freshConnection: true });
    expect(res.error).toBeNull();
    expect(res.status).toBe(200);
    expect(res.text).toBe('<p>over tls</p>');
    expect(typeof res.timings.tlsMs).toBe('number');
    expect(res.timings.tlsMs).toBeGreaterThan(0);
    expect(typeof res.timings.connectMs).toBe('number');
    expect(res.timings.dnsMs).toBeNull(); // an IP literal: nothing to resolve
  });

  it('succeeds over ::1 and for the name localhost with the CA given', async () => {
    const v6 = await fx.serve((_req, res) => res.end('six'), { tls: true, host: '::1' });
    const client = fx.client({ ca: TEST_TLS.ca });
    const res6 = await client.fetch(v6.url('/'));
    expect(res6.error).toBeNull();
    expect(res6.text).toBe('six');

    const v4 = await fx.serve((_req, res) => res.end('four'), { tls: true });
    const byName = await client.fetch(`https://localhost:${v4.port}/`, { freshConnection: true });
    expect(byName.error).toBeNull();
    expect(byName.text).toBe('four');
    expect(typeof byName.timings.dnsMs).toBe('number');
  });

  it('tls_error when https:// meets a plain-HTTP server', async () => {
    const server = await fx.serve((_req, res) => res.end('plain'));
    const res = await fx.client().fetch(server.url('/').replace('http:', 'https:'));
    expectError(res, 'tls_error');
  });
});

describe('timeouts', () => {
  it('timeout when the server never answers; the message names the phase', async () => {
    const server = await fx.serve(() => undefined);
    const started = performance.now();
    const res = await fx.client({ timeoutMs: 300 }).fetch(server.url('/hang'));
    const elapsed = performance.now() - started;
    expectError(res, 'timeout');
    expect(res.error?.message).toMatch(/waiting for response headers/);
    expect(res.status).toBeNull();
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(3_000);
  });

  it('timeout in the TLS handshake when the server accepts TCP but never answers the ClientHello', async () => {
    const raw = await fx.serveRaw(() => undefined);
    const res = await fx.client({ timeoutMs: 300 }).fetch(raw.url('/').replace('http:', 'https:'));
    expectError(res, 'timeout');
    expect(res.error?.message).toMatch(/TLS handshake/);
    expect(typeof res.timings.connectMs).toBe('number');
    expect(res.timings.tlsMs).toBeNull();
  });

  it('timeout when the headers come but the body stalls, with the status kept', async () => {
    const server = await fx.serve((_req, res) => {
      res.writeHead(200, { 'content-type': HTML, 'content-length': '1000' });
      res.write('<html><body>start');
    });
    const res = await fx.client({ timeoutMs: 300 }).fetch(server.url('/stall'));
    expectError(res, 'timeout');
    expect(res.error?.message).toMatch(/reading the response body/);
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
    expect(res.timings.ttfbMs).not.toBeNull();
  });
});

describe('odd but valid responses', () => {
  it('103 Early Hints before the 200 is skipped', async () => {
    const server = await fx.serve((_req, res) => {
      res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' });
      res.writeHead(200, { 'content-type': HTML }).end('<p>after hints</p>');
    });
    const res = await fx.client().fetch(server.url('/'));
    expect(res.error).toBeNull();
    expect(res.status).toBe(200);
    expect(res.text).toBe('<p>after hints</p>');
  });

  it('an empty 200 body is empty text, not an error', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': HTML, 'content-encoding': 'gzip' }).end());
    const res = await fx.client().fetch(server.url('/'));
    expect(res.error).toBeNull();
    expect(res.text).toBe('');
    expect(res.bytes).toBe(0);
  });

  it('oversized response headers are a network_error, not a crash', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'x-padding': 'p'.repeat(70_000) }).end('x'));
    const res = await fx.client().fetch(server.url('/'));
    expectError(res, 'network_error');
  });
});

describe('HTTP errors keep status and body', () => {
  it.each([
    [404, 'http_4xx'],
    [410, 'http_4xx'],
    [500, 'http_5xx'],
    [503, 'http_5xx'],
  ] as const)('%i is %s', async (status, code) => {
    const server = await fx.serve((_req, res) => res.writeHead(status, { 'content-type': HTML }).end(`<h1>Error page ${status}</h1>`));
    const res = await fx.client().fetch(server.url('/x'));
    expectError(res, code);
    expect(res.status).toBe(status);
    expect(res.text).toBe(`<h1>Error page ${status}</h1>`);
    expect(res.body?.toString()).toBe(`<h1>Error page ${status}</h1>`);
    expect(res.attempts).toBe(1);
    expect(res.error?.message).toContain(String(status));
  });

  it('a 503 maintenance page keeps its headers and decoded body', async () => {
    const server = await fx.serve((_req, res) =>
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'retry-after': '3600' }).end('<p>Scheduled maintenance — back soon</p>'),
    );
    const res = await fx.client().fetch(server.url('/hc'));
    expectError(res, 'http_5xx');
    expect(res.headers['retry-after']).toBe('3600');
    expect(res.text).toContain('maintenance — back soon');
    expect(res.charset).toBe('utf-8');
  });
});

describe('redirect failures', () => {
  it('redirect_loop for A -> B -> A', async () => {
    const server = await fx.serve((req, res) => {
      res.writeHead(302, { location: req.url === '/a' ? '/b' : '/a' }).end();
    });
    const res = await fx.client().fetch(server.url('/a'));
    expectError(res, 'redirect_loop');
    expect(res.redirects).toEqual([server.url('/b'), server.url('/a')]);
    expect(res.status).toBe(302);
    expect(server.requests.map((r) => r.path)).toEqual(['/a', '/b']);
  });

  it('too_many_redirects for a chain longer than maxRedirects', async () => {
    const server = await fx.serve((req, res) => {
      const n = Number(req.url?.slice(3));
      res.writeHead(301, { location: `/r/${n + 1}` }).end();
    });
    const res = await fx.client({ maxRedirects: 3 }).fetch(server.url('/r/0'));
    expectError(res, 'too_many_redirects');
    expect(res.error?.message).toMatch(/3/);
    expect(server.requests.map((r) => r.path)).toEqual(['/r/0', '/r/1', '/r/2', '/r/3']);
    expect(res.status).toBe(301);
  });

  it('exactly maxRedirects redirects are fine', async () => {
    const server = await fx.serve((req, res) => {
      const n = Number(req.url?.slice(3));
      if (n < 3) res.writeHead(301, { location: `/r/${n + 1}` }).end();
      else res.end('arrived');
    });
    const res = await fx.client({ maxRedirects: 3 }).fetch(server.url('/r/0'));
    expect(res.error).toBeNull();
    expect(res.text).toBe('arrived');
    expect(res.redirects).toHaveLength(3);
  });

  it('invalid_url for a redirect to another scheme', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(302, { location: 'ftp://files.example/x' }).end());
    const res = await fx.client().fetch(server.url('/'));
    expectError(res, 'invalid_url');
  });
});

describe('body limits', () => {
  it('body_too_large by Content-Length, refused before reading', async () => {
    const server = await fx.serve((_req, res) => {
      res.writeHead(200, { 'content-type': HTML, 'content-length': '50000' });
      res.end('x'.repeat(50_000));
    });
    const res = await fx.client({ maxBodyBytes: 10_000 }).fetch(server.url('/big'));
    expectError(res, 'body_too_large');
    expect(res.error?.message).toMatch(/50000/);
    expect(res.status).toBe(200);
    expect(res.body).toBeNull();
  });

  it('body_too_large while streaming without Content-Length', async () => {
    const server = await fx.serve((_req, res) => {
      res.writeHead(200, { 'content-type': HTML });
      const chunk = 'y'.repeat(4_000);
      let sent = 0;
      const pump = (): void => {
        if (res.destroyed || sent >= 100) {
          res.end();
          return;
        }
        sent++;
        if (res.write(chunk)) setImmediate(pump);
        else res.once('drain', pump);
      };
      pump();
    });
    const res = await fx.client({ maxBodyBytes: 10_000 }).fetch(server.url('/stream'));
    expectError(res, 'body_too_large');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBeUndefined();
  });

  it('body_too_large for a small gzip body that inflates past the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(2_000_000, 0x61));
    expect(bomb.length).toBeLessThan(10_000);
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': HTML, 'content-encoding': 'gzip' }).end(bomb));
    const res = await fx.client({ maxBodyBytes: 100_000 }).fetch(server.url('/bomb'));
    expectError(res, 'body_too_large');
    expect(res.error?.message).toMatch(/gzip/);
    expect(res.body).toBeNull();
  });

  it('a body exactly at the cap is accepted', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('z'.repeat(1_000)));
    const res = await fx.client({ maxBodyBytes: 1_000 }).fetch(server.url('/'));
    expect(res.error).toBeNull();
    expect(res.bytes).toBe(1_000);
  });
});

describe('undecodable bodies', () => {
  it('a declared charset that cannot be decoded here (iso-2022-jp) is undecodable, body kept', async () => {
    const server = await fx.serve((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-2022-jp' }).end(Buffer.from('<p>\x1b$B%5%]!<%H\x1b(B</p>', 'latin1')),
    );
    const res = await fx.client().fetch(server.url('/'));
    expectError(res, 'undecodable');
    expect(res.error?.message).toMatch(/iso-2022-jp/);
    expect(res.status).toBe(200);
    expect(res.body).not.toBeNull();
    expect(res.text).toBeNull();
  });

  it('a charset of the "replacement" family (iso-2022-kr) is undecodable', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=iso-2022-kr' }).end('<p>hi</p>'));
    const res = await fx.client().fetch(server.url('/'));
    expectError(res, 'undecodable');
  });

  it('a corrupt gzip body is undecodable', async () => {
    const server = await fx.serve((_req, res) =>
      res.writeHead(200, { 'content-type': HTML, 'content-encoding': 'gzip' }).end(Buffer.from('definitely not gzip data')),
    );
    const res = await fx.client().fetch(server.url('/'));
    expectError(res, 'undecodable');
    expect(res.error?.message).toMatch(/gzip/);
    expect(res.status).toBe(200);
  });

  it('an unknown Content-Encoding is undecodable', async () => {
    const server = await fx.serve((_req, res) => res.writeHead(200, { 'content-type': HTML, 'content-encoding': 'compress' }).end('LZW?'));
    const res = await fx.client().fetch(server.url('/'));
    expectError(res, 'undecodable');
    expect(res.error?.message).toMatch(/compress/);
  });
});

describe('invalid URLs and robots', () => {
  it.each(['not a url', 'ftp://files.example/x', 'javascript:alert(1)', 'http://', 'mailto:support@exchange.example'])(
    'invalid_url for %j, with no request made',
    async (url) => {
      const res = await fx.client().fetch(url);
      expectError(res, 'invalid_url');
      expect(res.attempts).toBe(0);
      expect(res.status).toBeNull();
    },
  );

  it('robots_disallowed when robots.txt forbids the path; the page is never requested', async () => {
    const server = await fx.serve((req, res) => {
      if (req.url === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n');
      res.end('page');
    });
    const client = fx.client({ respectRobots: true });
    const res = await client.fetch(server.url('/private/page'));
    expectError(res, 'robots_disallowed');
    expect(res.status).toBeNull();
    expect(server.hits('/private/page')).toBe(0);
    const allowed = await client.fetch(server.url('/public'));
    expect(allowed.error).toBeNull();
  });
});

describe('never throws', () => {
  it('after close(), fetch resolves with network_error', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const client = fx.client();
    await client.close();
    const res = await client.fetch(server.url('/'));
    expectError(res, 'network_error');
  });

  it('an already-aborted signal gives network_error without a request', async () => {
    const server = await fx.serve((_req, res) => res.end('ok'));
    const res = await fx.client().fetch(server.url('/'), { signal: AbortSignal.abort() });
    expectError(res, 'network_error');
    expect(server.requests).toHaveLength(0);
  });

  it('aborting mid-request gives network_error promptly', async () => {
    const server = await fx.serve(() => undefined);
    const controller = new AbortController();
    const pending = fx.client({ timeoutMs: 10_000 }).fetch(server.url('/slow'), { signal: controller.signal });
    await server.waitForRequests(1);
    controller.abort();
    const res = await pending;
    expectError(res, 'network_error');
    expect(res.error?.message).toMatch(/abort/);
  });
});
