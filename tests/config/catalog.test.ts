/**
 * The built-in catalog of real exchanges: the ones the tool measures out of the box. It must
 * pass the config schema as written (already canonical), hold only confirmed https URLs on the
 * exchange's own domains (or its status-page host), and never hint a platform.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, CATALOG_SOURCE, DEFAULT_PROBE_SETTINGS, catalogConfig, parseConfig } from '../../src/config/index.js';
import type { ExchangeConfig } from '../../src/types/config.js';
import { ROOT } from './fixture-table.js';

const REQUIRED = [
  'lbank',
  'bithumb',
  'binance',
  'coinbase',
  'kraken',
  'okx',
  'bybit',
  'kucoin',
  'gemini',
  'bitstamp',
  'bitfinex',
  'gate',
  'htx',
  'mexc',
  'bitget',
  'upbit',
];

/** Every string in `value` with its path. */
function* strings(value: unknown, at = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [at, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${at}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, at ? `${at}.${k}` : k);
}

/** Every key in `value`, with its path. */
function* keys(value: unknown, at = ''): Generator<[string, string]> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* keys(v, `${at}[${i}]`);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      yield [`${at}.${k}`, k];
      yield* keys(v, `${at}.${k}`);
    }
  }
}

const onDomain = (host: string, domains: readonly string[]) => domains.some((d) => host === d || host.endsWith(`.${d}`));
const byId = (id: string) => CATALOG.find((x) => x.id === id);

describe('the built-in catalog', () => {
  it('has at least 15 exchanges, including every required one', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(15);
    expect(CATALOG.map((x) => x.id)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('has unique ids and names', () => {
    expect(new Set(CATALOG.map((x) => x.id)).size).toBe(CATALOG.length);
    expect(new Set(CATALOG.map((x) => x.name.toLowerCase())).size).toBe(CATALOG.length);
  });

  it('passes the config schema, and is already in canonical form', () => {
    const config = parseConfig({ exchanges: structuredClone(CATALOG) }, 'catalog');
    expect(config.exchanges).toEqual(CATALOG);
  });

  it('catalogConfig() is that config, with defaults and a fresh copy each call', () => {
    const a = catalogConfig();
    expect(a.source).toBe(CATALOG_SOURCE);
    expect(a.source).toBe('built-in catalog');
    expect(a.probe).toEqual({ ...DEFAULT_PROBE_SETTINGS });
    expect(a.exchanges).toEqual(CATALOG);
    a.exchanges[0]!.channels.helpCenter = { url: 'https://changed.invalid/' };
    a.exchanges.pop();
    const b = catalogConfig();
    expect(b.exchanges).toEqual(CATALOG);
    expect(b.exchanges[0]).not.toBe(CATALOG[0]);
  });

  it('never sets a platform (it is detected from the page at probe time)', () => {
    const found = [...keys(CATALOG)].filter(([, k]) => k === 'platform').map(([p]) => p);
    expect(found).toEqual([]);
  });

  it('uses https for every URL', () => {
    const urls = [...strings(CATALOG)].filter(([, s]) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^\+/.test(s));
    expect(urls.length).toBeGreaterThan(40);
    for (const [path, url] of urls) {
      expect(url, path).toMatch(/^https:\/\//);
      const u = new URL(url);
      expect(u.username + u.password, path).toBe('');
      expect(u.port, path).toBe('');
    }
  });

  it('has no empty, placeholder or made-up values', () => {
    for (const [path, s] of strings(CATALOG)) {
      expect(s.trim(), path).toBe(s);
      expect(s.length, path).toBeGreaterThan(0);
      expect(s, path).not.toMatch(/example|…|\.\.\.|\btodo\b|\btbd\b|xxx|\{|\}|localhost|127\.0\.0\.1|\.invalid\b|\.test\b/i);
    }
    for (const x of CATALOG) {
      expect(Object.keys(x.channels).length, x.id).toBeGreaterThan(0);
      for (const [channel, value] of Object.entries(x.channels)) {
        expect(Object.keys(value as object).length, `${x.id}.${channel}`).toBeGreaterThan(0);
      }
    }
  });

  it('has a help center for every exchange, and a status page for coinbase, kraken and gemini', () => {
    for (const x of CATALOG) expect(x.channels.helpCenter?.url, x.id).toMatch(/^https:\/\//);
    for (const id of ['coinbase', 'kraken', 'gemini']) expect(byId(id)?.channels.status?.url, id).toMatch(/^https:\/\/status\./);
  });

  it("keeps the exchange's own channels on its own domains", () => {
    for (const x of CATALOG) {
      const domains = x.domains ?? [];
      expect(domains.length, x.id).toBeGreaterThan(0);
      const own: [string, string | undefined][] = [
        ['helpCenter', x.channels.helpCenter?.url],
        ['ticket', x.channels.ticket?.url],
        ['chat', x.channels.chat?.url],
      ];
      for (const [channel, url] of own) if (url) expect(onDomain(new URL(url).hostname, domains), `${x.id}.${channel}: ${url}`).toBe(true);
      const email = x.channels.email?.address;
      if (email) expect(onDomain(email.split('@')[1]!, domains), `${x.id}.email: ${email}`).toBe(true);
      const status = x.channels.status?.url;
      if (status) {
        const host = new URL(status).hostname;
        // Its own domain, or a hosted status page named after it.
        expect(onDomain(host, domains) || host === `${x.id}.statuspage.io`, `${x.id}.status: ${status}`).toBe(true);
      }
    }
  });

  it('lists languages and social accounts in the form the schema produces', () => {
    const SOCIAL_HOSTS: Record<string, RegExp> = {
      telegram: /^https:\/\/t\.me\/[A-Za-z][A-Za-z0-9_]{3,31}$/,
      x: /^https:\/\/x\.com\/[A-Za-z0-9_]{1,15}$/,
      discord: /^https:\/\/discord\.gg\/[A-Za-z0-9-]+$/,
      facebook: /^https:\/\/www\.facebook\.com\/[^/?#]+$/,
      instagram: /^https:\/\/www\.instagram\.com\/[^/?#]+$/,
      youtube: /^https:\/\/www\.youtube\.com\/@[^/?#]+$/,
      reddit: /^https:\/\/www\.reddit\.com\/r\/[A-Za-z0-9_]+$/,
      linkedin: /^https:\/\/www\.linkedin\.com\/company\/[^/?#]+$/,
    };
    for (const x of CATALOG) {
      for (const lang of x.languages ?? []) expect(lang, x.id).toMatch(/^[a-z]{2}(-[a-z0-9]+)*$/);
      for (const [network, url] of Object.entries(x.channels.social ?? {})) {
        expect(url, `${x.id}.social.${network}`).toMatch(SOCIAL_HOSTS[network]!);
      }
    }
  });

  it('says where each entry comes from (a comment naming the exchange and its sources)', () => {
    const source = readFileSync(join(ROOT, 'src', 'config', 'catalog.ts'), 'utf8');
    const lines = source.split('\n');
    const check = (x: ExchangeConfig) => {
      const idLine = lines.findIndex((l) => l.includes(`id: '${x.id}',`));
      expect(idLine, x.id).toBeGreaterThan(0);
      expect(lines[idLine - 1]!.trim(), x.id).toBe('{');
      const comment: string[] = [];
      for (let i = idLine - 2; i >= 0 && lines[i]!.trim().startsWith('//'); i--) comment.unshift(lines[i]!.trim());
      const text = comment.join(' ');
      expect(text, `${x.id}: no comment above the entry`).not.toBe('');
      expect(text.toLowerCase(), x.id).toContain(x.name.toLowerCase());
      expect(text, `${x.id}: no source named`).toMatch(/\b(code|pages|awesome-list|well-known)\b/);
    };
    for (const x of CATALOG) check(x);
  });
});
