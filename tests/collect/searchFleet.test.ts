/**
 * The search probe against the simulated fleet over HTTPS (demo CA): Aurora's Zendesk
 * Help Center search API in en-us and zh-cn, Tortoise's Freshdesk portal search, and
 * Longmen's GBK search page through its search URL template, with the questions each
 * site answers (fixtures/exchanges/README.md) and ones it does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../../src/collect/http/client.js';
import { chooseSearchAdapter, type SearchAdapter } from '../../src/collect/search/adapters.js';
import { probeSearch } from '../../src/collect/search/probe.js';
import type { SearchQuery } from '../../src/collect/search/queries.js';
import { recommendedProbeSettings, startFleet, type Fleet, type FleetExchange } from '../../src/demo/fleet.js';
import type { ObservationInput } from '../../src/types/observation.js';

let fleet: Fleet;
let client: HttpClient;

beforeAll(async () => {
  fleet = await startFleet({ exchanges: ['aurora', 'tortoise', 'longmen'] });
  client = new HttpClient({ ...recommendedProbeSettings, userAgent: recommendedProbeSettings.userAgent ?? '', ca: fleet.ca });
});
afterAll(async () => {
  await client?.close();
  await fleet?.close();
});

function exchange(id: string): FleetExchange {
  const x = fleet.exchanges.find((e) => e.id === id);
  if (!x) throw new Error(`no ${id} in the fleet`);
  return x;
}

interface Seen {
  obs: ObservationInput;
  text: string | null;
}

async function probe(x: FleetExchange, adapter: SearchAdapter, queries: SearchQuery[]) {
  const seen: Seen[] = [];
  const summary = await probeSearch({
    client,
    exchangeId: x.id,
    adapter,
    queries,
    onObservation: async (obs, text) => {
      seen.push({ obs, text });
    },
  });
  const search = (query: string) => seen.find((s) => s.obs.kind === 'search' && s.obs.meta?.['query'] === query)!;
  const answersTo = (query: string) => seen.filter((s) => s.obs.kind === 'answer' && s.obs.meta?.['fromSearch'] === search(query).obs.url);
  return { summary, seen, search, answersTo };
}

const pathOf = (url: unknown) => decodeURIComponent(new URL(String(url)).pathname);
const hostOfUrl = (url: string) => new URL(url).host;

describe('Aurora: the Zendesk Help Center search API', () => {
  it('answers en-us and zh-cn questions with the right articles, and finds nothing for a question zh-cn does not cover', async () => {
    const x = exchange('aurora');
    const adapter = chooseSearchAdapter({ platform: x.config.channels.helpCenter!.platform ?? null, startUrl: x.config.channels.helpCenter!.url });
    expect(adapter?.id).toBe('zendesk-api');
    const queries: SearchQuery[] = [
      { question: 'enable-2fa', lang: 'en', locale: 'en-us', query: 'enable 2FA' },
      { question: 'withdrawal-fee', lang: 'en', locale: 'en-us', query: 'withdrawal fee' },
      { question: 'enable-2fa', lang: 'zh', locale: 'zh-cn', query: '双重验证' },
      { question: 'licensing-jurisdiction', lang: 'zh', locale: 'zh-cn', query: '牌照 德国' },
    ];
    const { summary, seen, search, answersTo } = await probe(x, adapter!, queries);

    const en = search('enable 2FA');
    expect(en.obs).toMatchObject({ outcome: 'ok', status: 200, channel: 'search', kind: 'search' });
    expect(pathOf((en.obs.meta?.['top'] as string[])[0])).toBe('/hc/en-us/articles/4410358201127-How-to-enable-two-factor-authentication-2FA');
    expect(en.obs.meta?.['topTitles']).toContain('How to enable two-factor authentication (2FA)');
    const enAnswers = answersTo('enable 2FA');
    expect(enAnswers.map((a) => a.obs.meta?.['rank'])).toEqual([1, 2, 3]);
    expect(enAnswers[0]!.text).toContain('two-factor');

    const fee = search('withdrawal fee');
    expect(pathOf((fee.obs.meta?.['top'] as string[])[0])).toBe('/hc/en-us/articles/4410350169925-Withdrawal-fees-and-minimum-withdrawal-amounts');

    const zh = search('双重验证');
    expect(zh.obs.url).toContain('locale=zh-cn');
    const zhTop = (zh.obs.meta?.['top'] as string[]).map(pathOf);
    expect(zhTop[0]).toBe('/hc/zh-cn/articles/4410358201127-如何开启双重验证-2FA');
    expect(zhTop.every((p) => p.startsWith('/hc/zh-cn/'))).toBe(true);
    expect(answersTo('双重验证')[0]!.text).toContain('双重验证');

    const licence = search('牌照 德国');
    expect(licence.obs).toMatchObject({ outcome: 'ok', meta: { results: 0, total: 0, top: [] } });
    expect(answersTo('牌照 德国')).toHaveLength(0);

    // Only Aurora's own host was asked, and every article was fetched at most once.
    expect(seen.every((s) => hostOfUrl(s.obs.url) === hostOfUrl(x.baseUrl))).toBe(true);
    const answered = seen.filter((s) => s.obs.kind === 'answer');
    expect(summary.articleFetches).toBe(new Set(answered.map((a) => a.obs.url)).size);
    expect(answered.filter((a) => a.obs.meta?.['shared'] === true)).toHaveLength(answered.length - summary.articleFetches);
    expect(summary).toMatchObject({ adapter: 'zendesk-api', searches: 4, ok: 4, failed: 0, withResults: 3, answersFailed: 0, offHost: 0 });
  });
});

describe('Aurora: its HTML search page through a template with {locale}', () => {
  it('reads the Copenhagen results list (not the breadcrumbs, footer or language menu) in the asked locale', async () => {
    const x = exchange('aurora');
    const adapter = chooseSearchAdapter({ platform: 'zendesk', searchUrl: `${x.baseUrl}/hc/{locale}/search?query={query}`, startUrl: x.config.channels.helpCenter!.url });
    expect(adapter?.id).toBe('url-template');
    const { search, answersTo } = await probe(x, adapter!, [
      { question: 'phishing-check', lang: 'en', locale: 'en-us', query: 'phishing' },
      { question: 'withdrawal-fee', lang: 'ru', locale: 'ru', query: 'комиссии за вывод' },
      { question: 'licensing-jurisdiction', lang: 'ko', locale: 'ko', query: '라이선스 독일' },
    ]);
    const en = search('phishing');
    expect(en.obs.url).toBe(`${x.baseUrl}/hc/en-us/search?query=phishing`);
    const enTop = (en.obs.meta?.['top'] as string[]).map(pathOf);
    expect(enTop[0]).toBe('/hc/en-us/articles/4410361077212-How-to-verify-official-Aurora-channels-and-avoid-phishing');
    expect(enTop.every((p) => /^\/hc\/en-us\/articles\/\d+-/.test(p))).toBe(true);
    const ru = search('комиссии за вывод');
    expect((ru.obs.meta?.['top'] as string[]).map(pathOf)[0]).toBe('/hc/ru/articles/4410350169925-Комиссии-за-вывод-и-минимальные-суммы');
    expect(answersTo('комиссии за вывод')[0]!.text).toContain('Комиссии за вывод');
    // Its "no results" page links to categories and carries the footer's article link: none is a result.
    expect(search('라이선스 독일').obs.meta).toMatchObject({ results: 0, top: [] });
  });
});

describe('Tortoise: the Freshdesk portal search page', () => {
  it('finds its 2FA article, finds nothing on phishing, and the configured template reads the same page alike', async () => {
    const x = exchange('tortoise');
    const hc = x.config.channels.helpCenter!;
    const freshdesk = chooseSearchAdapter({ platform: hc.platform ?? null, startUrl: hc.url, locales: ['en'] });
    expect(freshdesk?.id).toBe('freshdesk-portal');
    const { summary, search, answersTo } = await probe(x, freshdesk!, [
      { question: 'enable-2fa', lang: 'en', locale: 'en', query: '2FA' },
      { question: 'phishing-check', lang: 'en', locale: 'en', query: 'phishing' },
    ]);
    const twoFa = search('2FA');
    expect(twoFa.obs.url).toBe(`${x.baseUrl}/support/search/solutions?term=2FA`);
    expect(twoFa.obs.meta).toMatchObject({ adapter: 'freshdesk-portal', results: 1, top: [`${x.baseUrl}/support/solutions/articles/48000134002-setting-up-google-authenticator-2fa`] });
    expect(answersTo('2FA')[0]!.text).toMatch(/Google Authenticator/i);
    expect(search('phishing').obs.meta).toMatchObject({ results: 0, top: [] });
    expect(summary).toMatchObject({ searches: 2, ok: 2, withResults: 1, answers: 1 });

    const template = chooseSearchAdapter({ platform: hc.platform ?? null, searchUrl: hc.searchUrl ?? null, startUrl: hc.url });
    expect(template?.id).toBe('url-template');
    const viaTemplate = await probe(x, template!, [{ question: 'enable-2fa', lang: 'en', locale: null, query: '2FA' }]);
    expect(viaTemplate.search('2FA').obs.meta?.['top']).toEqual(twoFa.obs.meta?.['top']);
  });
});

describe('Longmen: a GBK search page through the configured template', () => {
  it('finds its Chinese articles with UTF-8 and with GBK-encoded queries, and decodes the GBK answers', async () => {
    const x = exchange('longmen');
    const hc = x.config.channels.helpCenter!;
    const queries: SearchQuery[] = [
      { question: 'enable-2fa', lang: 'zh', locale: 'zh-cn', query: '双重验证' },
      { question: 'withdrawal-fee', lang: 'zh', locale: 'zh-cn', query: '提币 手续费' },
    ];
    for (const pageCharset of [null, 'gbk']) {
      const adapter = chooseSearchAdapter({ platform: null, searchUrl: hc.searchUrl ?? null, startUrl: hc.url, pageCharset });
      expect(adapter?.id).toBe('url-template');
      const { summary, seen, search, answersTo } = await probe(x, adapter!, queries);
      const twoFa = search('双重验证');
      expect(twoFa.obs.url).toContain(pageCharset === 'gbk' ? 'keyword=%CB%AB%D6%D8%D1%E9%D6%A4' : 'keyword=%E5%8F%8C%E9%87%8D%E9%AA%8C%E8%AF%81');
      expect(twoFa.obs.charset).toBe('gbk');
      expect((twoFa.obs.meta?.['top'] as string[]).map(pathOf)).toEqual(['/help/articles/1001', '/help/articles/1002']);
      expect(twoFa.obs.meta?.['topTitles']).toEqual(['如何开启谷歌双重验证（2FA）', '谷歌验证丢失如何重置（英文）']);
      const answer = answersTo('双重验证')[0]!;
      expect(answer.obs.charset).toBe('gbk');
      expect(answer.text).toContain('如何开启谷歌双重验证');
      const fee = search('提币 手续费');
      expect(pathOf((fee.obs.meta?.['top'] as string[])[0])).toBe('/help/articles/1006');
      expect(answersTo('提币 手续费')).toHaveLength(3);
      expect(seen.every((s) => hostOfUrl(s.obs.url) === hostOfUrl(x.baseUrl))).toBe(true);
      expect(summary).toMatchObject({ searches: 2, ok: 2, withResults: 2, answersFailed: 0 });
    }
  });
});
