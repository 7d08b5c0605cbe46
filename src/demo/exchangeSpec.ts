/**
 * What a simulated exchange is: its `exchange.json` (validated here) and where
 * its pages live. The server (server.ts) behaves as the spec says; the fleet
 * (fleet.ts) turns specs into running servers and ExchangeConfig entries.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';

const faultSchema = z.strictObject({
  /** Share of (non-exempt) requests answered with a 5xx status. */
  errorRate: z.number().min(0).max(1),
  errorStatuses: z.array(z.number().int().min(500).max(599)).min(1),
  /** Share of (non-exempt) requests that get no answer for `hangMs`. */
  hangRate: z.number().min(0).max(1),
  hangMs: z.number().int().min(1).max(120_000),
  /** Paths never faulted (and not counted), e.g. robots.txt: a 5xx there means "disallow all" (RFC 9309). */
  exemptPaths: z.array(z.string().startsWith('/')).default([]),
});

const serverSchema = z.strictObject({
  /** Delay before the response headers, uniformly spread over [min, max] (deterministic per request number). */
  latencyMs: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) }),
  /** The charset HTML and plain-text bodies are encoded in on the wire (JSON is always UTF-8). */
  charset: z.string().min(1),
  /** Whether `Content-Type` carries `; charset=…` for HTML and text. */
  charsetInHeader: z.boolean(),
  /** Answer `Accept-Encoding: gzip` with a gzipped body. */
  gzip: z.boolean(),
  serverHeader: z.string().min(1).optional(),
  /** Serve HTTPS with the demo CA's certificate (fixtures/tls); false = plain http. */
  tls: z.boolean().default(false),
  /** Extra headers on every response. */
  headers: z.record(z.string(), z.string()).default({}),
  /** Path prefix -> Content-Language header value (longest prefix wins). */
  contentLanguage: z.record(z.string(), z.string()).default({}),
  /** Exact path -> redirect target (302). */
  redirects: z.record(z.string(), z.string()).default({}),
  /** Zendesk-style `/hc/change_language/<locale>?return_to=…` prefix, answered with a 302. */
  languageSwitchPrefix: z.string().startsWith('/').optional(),
  faults: faultSchema.optional(),
});

const searchSchema = z.strictObject({
  /** Path of the HTML search page; `{locale}` stands for one path segment. */
  htmlPath: z.string().startsWith('/'),
  /** Query-string parameter holding the query. */
  param: z.string().min(1),
  /** Template file under site/ (may contain `{locale}`), see searchIndex.ts. */
  template: z.string().min(1),
  /** Regex over article paths; a named group `locale` scopes results to the searched locale. */
  articlePattern: z.string().min(1),
  defaultLocale: z.string().min(1),
  /** Also answer the Zendesk Help Center search API (`/api/v2/help_center/articles/search.json`). */
  zendeskApi: z.boolean().default(false),
});

const specSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  /** What the site imitates (platform, theme, regional habits). */
  modelledOn: z.string().min(1),
  /** The support-quality differences this exchange is meant to show. */
  shows: z.array(z.string().min(1)).min(1),
  /** ISO 639-1 languages the exchange claims to serve. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
  /** Locales its help center offers (as in its URLs). */
  locales: z.array(z.string().min(2)).min(1),
  platform: z.enum(['zendesk', 'freshdesk', 'intercom', 'other']),
  /** Help-center start page. */
  startPath: z.string().startsWith('/'),
  /** Prefix of a Statuspage-style status site served by the same server, if it has one. */
  statusPath: z.string().startsWith('/').optional(),
  search: searchSchema.optional(),
  server: serverSchema,
  /** 404 page (file under site/). */
  notFoundPage: z.string().min(1),
  /** Every page URL path the site serves with 200 (the test suite fetches each). */
  pages: z.array(z.string().startsWith('/')).min(1),
});

export type FaultSpec = z.infer<typeof faultSchema>;
export type ServerSpec = z.infer<typeof serverSchema>;
export type SearchSpec = z.infer<typeof searchSchema>;
export type ExchangeSpec = z.infer<typeof specSchema>;

/** A spec together with where its files are. */
export interface LoadedExchange {
  spec: ExchangeSpec;
  /** Absolute path of the exchange folder. */
  dir: string;
  /** Absolute path of its `site/` folder. */
  siteDir: string;
}

/** Ids of the exchange folders (those holding an exchange.json) in a fixtures dir, sorted. */
export async function listExchangeIds(fixturesDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(fixturesDir);
  } catch (err) {
    throw new UsageError(`${fixturesDir}: cannot read the simulated exchanges folder (${(err as Error).message})`, 'E_FIXTURES');
  }
  const ids: string[] = [];
  for (const name of entries.sort()) {
    try {
      if ((await stat(path.join(fixturesDir, name, 'exchange.json'))).isFile()) ids.push(name);
    } catch {
      // not an exchange folder (README.md, …)
    }
  }
  return ids;
}

/** Reads and validates `<fixturesDir>/<id>/exchange.json`. Throws UsageError naming the file and field. */
export async function loadExchange(fixturesDir: string, id: string): Promise<LoadedExchange> {
  const dir = path.resolve(fixturesDir, id);
  const file = path.join(dir, 'exchange.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: cannot read the exchange spec (${(err as Error).message})`, 'E_FIXTURES');
  }
  const parsed = specSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new UsageError(`${file}: invalid exchange spec\n${problems.join('\n')}`, 'E_FIXTURES');
  }
  const spec = parsed.data;
  if (spec.id !== id) throw new UsageError(`${file}: id: "${spec.id}" does not match its folder name "${id}"`, 'E_FIXTURES');
  if (spec.server.latencyMs.max < spec.server.latencyMs.min) {
    throw new UsageError(`${file}: server.latencyMs: max is below min`, 'E_FIXTURES');
  }
  return { spec, dir, siteDir: path.join(dir, 'site') };
}
