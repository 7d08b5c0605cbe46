/**
 * One simulated exchange: a node:http server on loopback that serves the
 * exchange's site/ folder the way its exchange.json says: latency before the
 * headers, a deterministic plan of 5xx answers and hangs, the site's charset
 * on the wire (with or without `charset=` in Content-Type), gzip, redirects,
 * a Zendesk-style language switch, search, and a realistic 404 page.
 *
 * Pages are stored as UTF-8 with `{{date:…}}` placeholders; each response is
 * expanded (datePlaceholders.ts) and then encoded with iconv-lite.
 */
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { LoadedExchange } from './exchangeSpec.js';
import { expandDatePlaceholders } from './datePlaceholders.js';
import { faultFor, isFaultExempt, latencyFor } from './requestPlan.js';
import { resolveSitePath, decodePath } from './sitePaths.js';
import { buildSearchIndex, renderSearchPage, searchArticles, zendeskSearchJson, type SearchIndex } from './searchIndex.js';

export interface ExchangeServerOptions {
  host: string;
  /** 0 = an ephemeral port. */
  port: number;
  faultSeed: number;
  /** Serve-time clock for date placeholders. */
  now: () => Date;
  /** Certificate and key for exchanges whose spec asks for TLS. */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

export interface ExchangeServer {
  id: string;
  host: string;
  port: number;
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  baseUrl: string;
  /** Requests counted by the fault plan so far. */
  countedRequests(): number;
  /** Stops listening, ends in-flight and hanging requests, destroys sockets. */
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Types encoded in the site's charset; every other text type is UTF-8. */
const SITE_CHARSET_TYPES = new Set(['text/html', 'text/plain']);
const TEXT_TYPES = new Set(['text/html', 'text/plain', 'application/xml', 'application/atom+xml', 'application/json', 'text/css', 'text/javascript', 'image/svg+xml']);

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Not Allowed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
};

/** The bare error page a reverse proxy answers with. */
function proxyErrorPage(status: number, serverName: string): string {
  const title = `${status} ${STATUS_TEXT[status] ?? 'Error'}`;
  return `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>${serverName}</center>\r\n</body>\r\n</html>\r\n`;
}

/**
 * Decodes one query-string value. Browsers submit forms in the page's charset,
 * so a GBK page sends GBK bytes: use UTF-8 when the bytes are valid UTF-8,
 * else the site's charset.
 */
export function decodeQueryValue(raw: string, charset: string): string {
  const bytes: number[] = [];
  const s = raw.replace(/\+/g, ' ');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '%' && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      for (const b of Buffer.from(c, 'utf8')) bytes.push(b);
    }
  }
  const buf = Buffer.from(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.encodingExists(charset) ? iconv.decode(buf, charset) : buf.toString('latin1');
  }
}

function queryParam(query: string, name: string, charset: string): string | null {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key === name) return decodeQueryValue(eq < 0 ? '' : pair.slice(eq + 1), charset);
  }
  return null;
}

interface Reply {
  status: number;
  /** Without charset parameter. */
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

export async function startExchangeServer(loaded: LoadedExchange, opts: ExchangeServerOptions): Promise<ExchangeServer> {
  const { spec, siteDir } = loaded;
  const behaviour = spec.server;
  const serverName = behaviour.serverHeader ?? 'nginx';
  const charset = behaviour.charset.toLowerCase();
  if (!iconv.encodingExists(charset)) throw new Error(`${spec.id}: unknown charset "${behaviour.charset}"`);
  const searchIndex: SearchIndex | null = await buildSearchIndex(loaded);
  const sourceCache = new Map<string, Buffer>();
  const sockets = new Set<Socket>();
  const timers = new Set<{ timer: NodeJS.Timeout; resolve: (done: boolean) => void }>();
  let closing = false;
  let counted = 0;
  let exemptCount = 0;
  let baseUrl = '';

  /** Resolves true after ms, or false at once if the server is closing. */
  function wait(ms: number): Promise<boolean> {
    if (closing) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          timers.delete(entry);
          resolve(true);
        }, ms),
        resolve,
      };
      timers.add(entry);
    });
  }

  async function source(file: string): Promise<Buffer> {
    let buf = sourceCache.get(file);
    if (!buf) {
      buf = await readFile(file);
      sourceCache.set(file, buf);
    }
    return buf;
  }

  function contentLanguage(pathname: string): string | null {
    let best: string | null = null;
    let bestLen = -1;
    for (const [prefix, lang] of Object.entries(behaviour.contentLanguage)) {
      if (pathname.startsWith(prefix) && prefix.length > bestLen) {
        best = lang;
        bestLen = prefix.length;
      }
    }
    return best;
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, reply: Reply): void {
    if (res.destroyed || res.headersSent) return;
    const isText = TEXT_TYPES.has(reply.contentType);
    const inSiteCharset = SITE_CHARSET_TYPES.has(reply.contentType);
    let body: Buffer;
    if (typeof reply.body === 'string') {
      const text = expandDatePlaceholders(reply.body, opts.now());
      body = inSiteCharset ? iconv.encode(text, charset) : Buffer.from(text, 'utf8');
    } else if (isText) {
      const text = expandDatePlaceholders(reply.body.toString('utf8'), opts.now());
      body = inSiteCharset ? iconv.encode(text, charset) : Buffer.from(text, 'utf8');
    } else {
      body = reply.body;
    }
    const headers: Record<string, string> = { Server: serverName, ...behaviour.headers, ...reply.headers };
    let type = reply.contentType;
    if (isText && (!inSiteCharset || behaviour.charsetInHeader)) type += `; charset=${inSiteCharset ? charset : 'utf-8'}`;
    headers['Content-Type'] = type;
    const lang = contentLanguage(pathname);
    if (lang && reply.contentType === 'text/html') headers['Content-Language'] = lang;
    if (behaviour.gzip) {
      headers['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? '')) && body.length > 0) {
        body = gzipSync(body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(reply.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function notFound(): Promise<Reply> {
    // The 404 page may be a hidden template (`_404.html`), which resolveSitePath refuses to serve directly.
    const file = path.resolve(siteDir, spec.notFoundPage);
    try {
      if (!file.startsWith(path.resolve(siteDir) + path.sep)) throw new Error('outside the site');
      return { status: 404, contentType: 'text/html', body: await source(file) };
    } catch {
      return { status: 404, contentType: 'text/html', body: proxyErrorPage(404, serverName) };
    }
  }

  async function route(pathname: string, query: string): Promise<Reply> {
    const redirect = behaviour.redirects[pathname];
    if (redirect) return { status: 302, contentType: 'text/html', body: '', headers: { Location: redirect } };

    const switchPrefix = behaviour.languageSwitchPrefix;
    if (switchPrefix && pathname.startsWith(switchPrefix)) {
      const locale = pathname.slice(switchPrefix.length).replace(/\/$/, '').toLowerCase();
      const returnTo = queryParam(query, 'return_to', 'utf-8');
      let location = spec.startPath;
      if (spec.locales.includes(locale)) {
        location = returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : spec.startPath.replace(/[^/]+$/, locale);
      }
      return { status: 302, contentType: 'text/html', body: '', headers: { Location: location } };
    }

    if (searchIndex) {
      const s = searchIndex.spec;
      const htmlRe = new RegExp(`^${s.htmlPath.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace('\\{locale\\}', '([^/]+)').replace('{locale}', '([^/]+)')}/?$`);
      const htmlMatch = htmlRe.exec(pathname);
      if (htmlMatch) {
        const locale = htmlMatch[1] ?? s.defaultLocale;
        const q = queryParam(query, s.param, charset) ?? '';
        let template: Buffer;
        try {
          template = await source(path.join(siteDir, s.template.replace('{locale}', locale)));
        } catch {
          try {
            template = await source(path.join(siteDir, s.template.replace('{locale}', s.defaultLocale)));
          } catch {
            return notFound();
          }
        }
        const scoped = searchIndex.articles.some((a) => a.locale !== null) ? locale : null;
        return { status: 200, contentType: 'text/html', body: renderSearchPage(template.toString('utf8'), q, searchArticles(searchIndex, q, scoped)) };
      }
      const api = /^\/api\/v2\/help_center\/(?:([a-z]{2}(?:-[a-z]{2,4})?)\/)?articles\/search(?:\.json)?$/i.exec(pathname);
      if (s.zendeskApi && api) {
        const locale = (api[1] ?? queryParam(query, 'locale', 'utf-8') ?? s.defaultLocale).toLowerCase();
        const q = queryParam(query, 'query', 'utf-8') ?? '';
        if (q.trim() === '') {
          return { status: 400, contentType: 'application/json', body: JSON.stringify({ error: 'InvalidSearchParameters', description: 'Missing search parameter: query' }) };
        }
        const hits = searchArticles(searchIndex, q, locale);
        return { status: 200, contentType: 'application/json', body: JSON.stringify(zendeskSearchJson(hits, baseUrl, locale)) };
      }
    }

    const found = await resolveSitePath(siteDir, pathname);
    if (found.kind === 'bad-request') return { status: 400, contentType: 'text/html', body: proxyErrorPage(400, serverName) };
    if (found.kind === 'not-found') return notFound();
    const type = CONTENT_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, contentType: type, body: await source(found.file) };
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const pathname = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const query = q < 0 ? '' : rawUrl.slice(q + 1);

    const exempt = isFaultExempt(behaviour.faults, pathname);
    const n = exempt ? -1 : counted++;
    const latencyKey = exempt ? `${spec.id}/exempt` : spec.id;
    if (!(await wait(latencyFor(behaviour.latencyMs, opts.faultSeed, latencyKey, exempt ? exemptCount++ : n)))) {
      res.destroy();
      return;
    }

    if (!exempt) {
      const fault = faultFor(behaviour.faults, opts.faultSeed, spec.id, n);
      if (fault.kind === 'error') {
        send(req, res, pathname, { status: fault.status, contentType: 'text/html', body: proxyErrorPage(fault.status, serverName) });
        return;
      }
      if (fault.kind === 'hang') {
        if (!(await wait(fault.ms))) {
          res.destroy();
          return;
        }
        send(req, res, pathname, { status: 504, contentType: 'text/html', body: proxyErrorPage(504, serverName) });
        return;
      }
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, pathname, { status: 405, contentType: 'text/html', body: proxyErrorPage(405, serverName), headers: { Allow: 'GET, HEAD' } });
      return;
    }
    if (!pathname.startsWith('/') || decodePath(pathname) === null) {
      send(req, res, pathname, { status: 400, contentType: 'text/html', body: proxyErrorPage(400, serverName) });
      return;
    }
    send(req, res, pathname, await route(pathname, query));
  }

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    handle(req, res).catch(() => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(proxyErrorPage(500, serverName));
      } else {
        res.destroy();
      }
    });
  };
  if (behaviour.tls && !opts.tls) throw new Error(`${spec.id}: the spec asks for TLS but no certificate was given`);
  const server = behaviour.tls ? https.createServer({ cert: opts.tls!.cert, key: opts.tls!.key }, onRequest) : http.createServer(onRequest);
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(opts.port, opts.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`${spec.id}: server has no TCP address`);
  const port = address.port;
  const hostForUrl = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  baseUrl = `${behaviour.tls ? 'https' : 'http'}://${hostForUrl}:${port}`;

  return {
    id: spec.id,
    host: opts.host,
    port,
    baseUrl,
    countedRequests: () => counted,
    close: async () => {
      if (closing) return;
      closing = true;
      for (const entry of timers) {
        clearTimeout(entry.timer);
        entry.resolve(false);
      }
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
