/**
 * `inspect <url>`: one help-center page as the tool sees it. Nothing is stored.
 */
import { HttpClient } from '../collect/http/client.js';
import { judgePage } from '../judge/page/index.js';
import type { ProbeSettings } from '../types/config.js';
import type { Contacts, PageFacts } from '../types/facts.js';
import type { ErrorCode, Timings } from '../types/observation.js';

export interface InspectResult {
  url: string;
  finalUrl: string;
  status: number | null;
  timings: Timings;
  lang: string | null;
  locales: string[];
  platform: PageFacts['platform'] | null;
  chatProviders: PageFacts['chatProviders'];
  contacts: Contacts;
  topics: PageFacts['topics'];
  articleDates: { newest: string | null; oldest: string | null; count: number };
  title: string | null;
  charset: string | null;
  charsetSource: string | null;
  bytes: number;
  redirects: string[];
  hasSearch: boolean;
  articleLinks: number;
  statusPageLinks: string[];
  platformEvidence: string[];
  error: { code: ErrorCode; message: string } | null;
}

export async function inspect(url: string, settings: ProbeSettings): Promise<InspectResult> {
  const client = new HttpClient({
    userAgent: settings.userAgent ?? '',
    timeoutMs: settings.timeoutMs,
    retries: 0,
    maxRedirects: settings.maxRedirects,
    maxBodyBytes: settings.maxBodyBytes,
    perHostConcurrency: 1,
    politenessDelayMs: 0,
    // One page a person asked for is not a crawl; robots.txt governs crawling.
    respectRobots: false,
    concurrency: 1,
  });
  try {
    const res = await client.fetch(url, { freshConnection: true });
    const facts = res.text !== null && !res.error ? judgePage({ html: res.text, url: res.finalUrl }) : null;
    const dates = facts?.articleDates ?? [];
    return {
      url: res.url,
      finalUrl: res.finalUrl,
      status: res.status,
      timings: res.timings,
      lang: facts?.lang ?? null,
      locales: facts?.locales ?? [],
      platform: facts?.platform ?? null,
      chatProviders: facts?.chatProviders ?? [],
      contacts: facts?.contacts ?? { emails: [], phones: [], social: {}, ticketForm: false },
      topics: facts?.topics ?? [],
      articleDates: { newest: dates[0] ?? null, oldest: dates[dates.length - 1] ?? null, count: dates.length },
      title: facts?.title ?? null,
      charset: res.charset,
      charsetSource: res.charsetSource,
      bytes: res.bytes,
      redirects: res.redirects,
      hasSearch: facts?.hasSearch ?? false,
      articleLinks: facts?.articleLinkCount ?? 0,
      statusPageLinks: facts?.statusPageLinks ?? [],
      platformEvidence: facts?.platformEvidence ?? [],
      error: res.error,
    };
  } finally {
    await client.close();
  }
}
