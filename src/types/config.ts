/**
 * The validated configuration (CONTRACT.md, "Config"). The zod schema in
 * src/config/schema.ts validates raw JSON into exactly this shape.
 */
import type { CriterionId } from './report.js';

export interface HelpCenterChannel {
  url: string;
  /** A hint only; the platform is always detected from the page at probe time. */
  platform?: string;
  /** Max category/article pages to crawl beyond the start page (default 20). */
  maxPages?: number;
  /** A search URL template for non-Zendesk help centers: `{query}` and `{locale}` are substituted. */
  searchUrl?: string;
}

export interface ExchangeChannels {
  helpCenter?: HelpCenterChannel;
  status?: { url: string };
  email?: { address: string };
  ticket?: { url: string; platform?: string };
  chat?: { url: string };
  phone?: { number: string };
  social?: {
    telegram?: string;
    x?: string;
    discord?: string;
    facebook?: string;
    instagram?: string;
    youtube?: string;
    reddit?: string;
    linkedin?: string;
  };
}

export interface ExchangeConfig {
  /** Stable id: lower-case letters, digits and dashes. */
  id: string;
  name: string;
  /** Languages the exchange claims to serve (ISO 639-1). Used to choose probe languages. */
  languages?: string[];
  /** Official domains (for red-flag checks of links in replies); defaults to the channel URLs' domains. */
  domains?: string[];
  channels: ExchangeChannels;
}

export interface ProbeSettings {
  /** Max requests in flight overall. */
  concurrency: number;
  /** Max requests in flight per host. */
  perHostConcurrency: number;
  /** Minimum delay between two requests to the same host (politeness), ms. */
  politenessDelayMs: number;
  /** Per-request timeout (headers and body), ms. */
  timeoutMs: number;
  /** Retries on transient errors (timeouts, resets, 5xx, 429), with exponential backoff. */
  retries: number;
  maxRedirects: number;
  /** Body size cap, bytes. */
  maxBodyBytes: number;
  /** Pages crawled beyond the start page when the channel does not say. */
  maxPages: number;
  userAgent?: string;
  respectRobots: boolean;
}

/** How much a missed assertion matters: `error` fails `supportscope assert` (exit 1); `warn` is printed only. */
export type AssertionLevel = 'error' | 'warn';

/** A threshold checked by `supportscope assert`: the score must be at least `min`. */
export interface ScoreAssertion {
  /** An exchange id, or "*" for every exchange (the default). */
  exchange: string;
  /** "overall" (0–100) or a criterion id (0–10). */
  criterion: CriterionId | 'overall';
  min: number;
  /** Default "error". */
  level: AssertionLevel;
}

/** Any red flag in the window (support asked for a secret, for funds…) is a failure at this level. */
export interface RedFlagAssertion {
  redFlags: AssertionLevel;
}

export type AssertionConfig = ScoreAssertion | RedFlagAssertion;

export interface Config {
  /** Where the config came from (a file path, or 'built-in catalog'). */
  source: string;
  exchanges: ExchangeConfig[];
  weights: Partial<Record<CriterionId, number>>;
  probe: ProbeSettings;
  /** Thresholds that `supportscope assert` checks (absent: none in the config). */
  assertions?: AssertionConfig[];
}
