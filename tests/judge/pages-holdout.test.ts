/**
 * The page judges over fixtures/pages-holdout: fourteen pages written blind (before the judges
 * were read), each decoded from its bytes as the collector would (no charset in Content-Type)
 * and compared field by field with its <name>.expect.json. `optional` values may be reported
 * or left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/collect/http/charset.js';
import { judgePage } from '../../src/judge/page/index.js';
import type { PageFacts } from '../../src/types/facts.js';
import { REPO_ROOT } from './page-helpers.js';

const DIR = `${REPO_ROOT}fixtures/pages-holdout/`;

interface Expect {
  url: string;
  platform: string;
  lang: string;
  locales: string[];
  chatProviders: string[];
  contacts: { emails: string[]; phones: string[]; social: Record<string, string[]>; ticketForm: boolean };
  hasSearch: boolean;
  topics: string[];
  articleDates: string[];
  optional?: Record<string, string[]>;
}

const canonicalSocial = (u: string): string => u.toLowerCase().replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/+$/, '');

/** `got` equals `want` as sets, ignoring the values listed as optional. */
function sameSet(got: readonly string[], want: readonly string[], optional: readonly string[] = []): { missing: string[]; extra: string[] } {
  const opt = new Set(optional);
  return {
    missing: want.filter((w) => !got.includes(w) && !opt.has(w)),
    extra: got.filter((g) => !want.includes(g) && !opt.has(g)),
  };
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.expect.json'))
  .map((f) => f.replace(/\.expect\.json$/, ''))
  .sort();

describe('hold-out help-center pages', () => {
  it('has the fourteen pages', () => {
    expect(names.length).toBe(14);
  });

  describe.each(names)('%s', (name) => {
    const want = JSON.parse(readFileSync(`${DIR}${name}.expect.json`, 'utf8')) as Expect;
    const decoded = decodeBody(readFileSync(`${DIR}${name}.html`), 'text/html');
    if ('error' in decoded) throw new Error(`${name}: ${decoded.error}`);
    const facts: PageFacts = judgePage({ html: decoded.text, url: want.url });
    const opt = want.optional ?? {};

    it('platform, language and search', () => {
      expect(facts.platform).toBe(want.platform);
      expect(facts.lang).toBe(want.lang);
      expect(facts.hasSearch).toBe(want.hasSearch);
    });

    it('locales and chat providers', () => {
      expect(sameSet(facts.locales, want.locales, opt['locales'])).toEqual({ missing: [], extra: [] });
      expect(sameSet(facts.chatProviders, want.chatProviders, opt['chatProviders'])).toEqual({ missing: [], extra: [] });
    });

    it('contacts', () => {
      expect(sameSet(facts.contacts.emails, want.contacts.emails, opt['emails'])).toEqual({ missing: [], extra: [] });
      expect(sameSet(facts.contacts.phones, want.contacts.phones, opt['phones'])).toEqual({ missing: [], extra: [] });
      expect(facts.contacts.ticketForm).toBe(want.contacts.ticketForm);
      const networks = new Set([...Object.keys(want.contacts.social), ...Object.keys(facts.contacts.social)]);
      for (const n of networks) {
        const got = ((facts.contacts.social as Record<string, string[]>)[n] ?? []).map(canonicalSocial);
        const exp = (want.contacts.social[n] ?? []).map(canonicalSocial);
        expect({ network: n, ...sameSet(got, exp, (opt['social'] ?? []).map(canonicalSocial)) }).toEqual({ network: n, missing: [], extra: [] });
      }
    });

    it('topics and article dates', () => {
      expect(sameSet(facts.topics, want.topics, opt['topics'])).toEqual({ missing: [], extra: [] });
      expect(sameSet(facts.articleDates, want.articleDates, opt['articleDates'])).toEqual({ missing: [], extra: [] });
    });
  });
});
