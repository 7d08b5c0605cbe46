/** Hand-built observations and facts for store and scoring tests. */
import type { ObservationInput } from '../../src/types/observation.js';
import type { PageFacts } from '../../src/types/facts.js';

export function obs(over: Partial<ObservationInput> = {}): ObservationInput {
  return {
    exchangeId: 'acme',
    channel: 'helpCenter',
    kind: 'page',
    role: 'start',
    url: 'https://help.acme.example/hc/en-us',
    finalUrl: 'https://help.acme.example/hc/en-us',
    startedAt: new Date('2026-11-20T10:00:00Z').toISOString(),
    status: 200,
    outcome: 'ok',
    errorCode: null,
    errorMessage: null,
    timings: { dnsMs: 1, connectMs: 2, tlsMs: 3, ttfbMs: 100, totalMs: 150 },
    bytes: 1000,
    contentType: 'text/html; charset=utf-8',
    charset: 'utf-8',
    body: Buffer.from('<html><body>hello</body></html>'),
    ...over,
  };
}

export function facts(over: Partial<PageFacts> = {}): PageFacts {
  return {
    judgeVersion: 1,
    url: 'https://help.acme.example/hc/en-us',
    title: 'Acme Help',
    platform: 'zendesk',
    platformEvidence: ['/hc/ path'],
    lang: 'en',
    langSource: 'html-lang',
    locales: ['en-us'],
    chatProviders: [],
    contacts: { emails: [], phones: [], social: {}, ticketForm: false },
    hasSearch: false,
    topics: [],
    articleDates: [],
    links: [],
    articleLinkCount: 0,
    statusPageLinks: [],
    announcementLinks: [],
    wordCount: 100,
    ...over,
  };
}
