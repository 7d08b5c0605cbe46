/**
 * Real pages captured from public repositories (../shared/real-samples, see its README),
 * run only where that folder exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverLinks, judgePage } from '../../src/judge/page/index.js';
import { REAL_SAMPLES } from './page-helpers.js';

const read = (name: string): string => readFileSync(`${REAL_SAMPLES}${name}`, 'utf8');
const present = existsSync(REAL_SAMPLES);

describe.runIf(present && existsSync(`${REAL_SAMPLES}telegram-tme-s-xcareers-2020-05.html`))('Telegram t.me/s preview page', () => {
  const url = 'https://t.me/s/xCareers';
  const html = present ? read('telegram-tme-s-xcareers-2020-05.html') : '';
  const facts = judgePage({ html, url });
  it('is no help-center platform and loads no chat widget', () => {
    expect(facts.platform).toBe('other');
    expect(facts.chatProviders).toEqual([]);
    expect(facts.title).toBe('xCareers: Digital Jobs – Telegram');
  });
  it('dates come from the posts\' <time datetime>, newest first', () => {
    expect(facts.articleDates).toEqual(['2020-05-04T07:00:02.000Z', '2020-05-03T15:00:03.000Z', '2020-04-30T17:00:04.000Z']);
  });
  it('finds the Telegram channels it links to, not share or login links', () => {
    expect(facts.contacts.social.telegram).toContain('https://t.me/xcareers');
    expect(facts.contacts.social.telegram).toContain('https://t.me/xcareerschat');
    expect(facts.contacts.social.telegram?.every((u) => /^https:\/\/t\.me\/[a-z]/.test(u))).toBe(true);
    expect(facts.contacts.emails).toEqual([]);
    expect(facts.contacts.phones).toEqual([]);
  });
  it('is Russian by its text (no lang attribute)', () => {
    expect(facts.lang).toBe('ru');
    expect(facts.langSource).toBe('detected');
  });
  it('never crawls hashtag searches or telegram.org', () => {
    const links = discoverLinks({ html, url });
    expect(links.filter((l) => l.url.includes('?q=') || l.url.includes('telegram.org'))).toEqual([]);
    expect(links.map((l) => l.url)).toContain('https://t.me/s/xCareers?before=1491');
  });
});

describe.runIf(present && existsSync(`${REAL_SAMPLES}statuspage-html-textexpander-2021-01.html`))('Statuspage HTML pages', () => {
  const pages = present
    ? [
        { name: 'TextExpander', url: 'https://91qwwq7gpdx1.statuspage.io/', html: read('statuspage-html-textexpander-2021-01.html') },
        { name: 'Binary.com', url: 'https://binarycom.statuspage.io/', html: read('statuspage-html-binarycom-2021-02-11.html') },
        { name: 'Birdeye (inactive)', url: 'https://birdeye.statuspage.io/', html: read('statuspage-html-page-inactive-birdeye-2021-01.html') },
      ]
    : [];
  it.each(pages)('$name: English, no platform, no chat, no search, no ticket form', ({ url, html }) => {
    const facts = judgePage({ html, url });
    expect(facts.lang).toBe('en');
    expect(facts.platform).toBe('other');
    expect(facts.chatProviders).toEqual([]);
    expect(facts.hasSearch).toBe(false);
    expect(facts.contacts.ticketForm).toBe(false);
    expect(facts.statusPageLinks.filter((u) => /manage\.statuspage\.io|subscriptions\.statuspage\.io|\.atom$|\.rss$/.test(u))).toEqual([]);
  });
  it('TextExpander: the visible incident-history days are its dates', () => {
    const facts = judgePage(pages[0] ?? { html: '', url: 'https://x.example/' });
    expect(facts.articleDates[0]).toBe('2021-01-22T00:00:00.000Z');
    expect(facts.articleDates.length).toBeGreaterThanOrEqual(7);
    expect(facts.articleDates.every((d) => d.startsWith('2021-01-'))).toBe(true);
    expect(facts.statusPageLinks).toContain('https://91qwwq7gpdx1.statuspage.io/history');
  });
  it('Binary.com: dates end on the render day, the uptime JSON in its script is not read', () => {
    const facts = judgePage(pages[1] ?? { html: '', url: 'https://x.example/' });
    expect(facts.articleDates[0]).toBe('2021-02-11T00:00:00.000Z');
    expect(facts.articleDates.every((d) => d >= '2021-01-01' && d < '2021-02-12')).toBe(true);
    expect(facts.contacts.social.x).toEqual(['https://x.com/binarystatus']);
  });
  it('Birdeye: an inactive page has no dates and no status links', () => {
    const facts = judgePage(pages[2] ?? { html: '', url: 'https://x.example/' });
    expect(facts.title).toBe('Birdeye Status - Page Inactive');
    expect(facts.articleDates).toEqual([]);
    expect(facts.statusPageLinks).toEqual([]);
  });
});
