/**
 * Table-driven: each fixture page under fixtures/pages/ (see its README) and the facts
 * judgePage must find on it. Arrays are compared exactly unless the row says "includes".
 */
import { describe, expect, it } from 'vitest';
import type { PageFacts, PageLink, SocialNetwork, TopicId } from '../../src/types/facts.js';
import { fixture, judge, links } from './page-helpers.js';

interface Row {
  file: string;
  url: string;
  expect: Partial<Pick<PageFacts, 'platform' | 'lang' | 'locales' | 'chatProviders' | 'hasSearch' | 'articleDates' | 'articleLinkCount' | 'statusPageLinks' | 'announcementLinks' | 'title'>> & {
    emails: string[];
    phones: string[];
    ticketForm: boolean;
    topics: TopicId[];
    social?: Partial<Record<SocialNetwork, string[]>>;
  };
  /** [url, role] pairs the crawl list must contain. */
  crawls: [string, PageLink['role']][];
  /** URL substrings the crawl list must not contain. */
  neverCrawls: string[];
}

const ROWS: Row[] = [
  {
    file: 'zendesk-copenhagen-en.html',
    url: 'https://support.northwindx.example/hc/en-us',
    expect: {
      title: 'Northwind Exchange Help Center',
      platform: 'zendesk',
      lang: 'en',
      locales: ['en-us', 'fa', 'ko', 'ru', 'zh-cn'],
      chatProviders: [],
      emails: ['support@northwindx.example'],
      phones: [],
      social: { telegram: ['https://t.me/northwindx'], x: ['https://x.com/northwindx'], discord: ['https://discord.gg/nwx8Fqk'] },
      ticketForm: true,
      hasSearch: true,
      topics: ['account', 'security', 'deposit', 'withdrawal', 'fees', 'kyc', 'trading', 'api', 'anti-phishing', 'tutorial'],
      articleDates: ['2025-10-16T08:30:00.000Z', '2025-09-30T14:05:12.000Z'],
      articleLinkCount: 6,
      statusPageLinks: ['https://status.northwindx.example/'],
      announcementLinks: ['https://support.northwindx.example/hc/en-us/sections/360000202020-Announcements', 'https://www.northwindx.example/en/blog'],
    },
    crawls: [
      ['https://support.northwindx.example/hc/en-us/categories/360000101010-Getting-Started', 'category'],
      ['https://support.northwindx.example/hc/en-us/sections/360000202020-Announcements', 'section'],
      ['https://support.northwindx.example/hc/en-us/articles/360045678902-How-to-withdraw-USDT', 'article'],
    ],
    neverCrawls: ['/requests/new', '/signin', 'change_language', 'articles.atom', '.pdf', '/hc/zh-cn/', 'othercompany.zendesk.com', 'twitter.com', 't.me'],
  },
  {
    file: 'zendesk-zh-tw.html',
    url: 'https://help.xinggang.example/hc/zh-tw/articles/4410000000123-%E5%A6%82%E4%BD%95%E6%8F%90%E9%A0%98-USDT',
    expect: {
      platform: 'zendesk',
      lang: 'zh',
      locales: ['en-us', 'zh-cn', 'zh-tw'],
      chatProviders: ['zendesk'],
      emails: ['service@xinggang.example'],
      phones: ['+886223456789'],
      social: { telegram: ['https://t.me/xinggangtw'], facebook: ['https://facebook.com/xinggang.exchange'] },
      ticketForm: true,
      hasSearch: true,
      topics: ['deposit', 'withdrawal', 'fees', 'kyc', 'anti-phishing'],
      articleDates: ['2025-10-18T03:12:45.000Z', '2025-10-17T00:00:00.000Z', '2025-10-01T00:00:00.000Z'],
      articleLinkCount: 5,
      statusPageLinks: [],
      announcementLinks: [],
    },
    crawls: [
      ['https://help.xinggang.example/hc/zh-tw/sections/4410000000010-%E6%8F%90%E5%B9%A3', 'section'],
      ['https://help.xinggang.example/hc/zh-tw/articles/4410000000125', 'article'],
    ],
    neverCrawls: ['/comments', '/hc/zh-cn/', '/requests/new', 'sharer', 'articles/4410000000123-'],
  },
  {
    file: 'zendesk-zh-cn-section.html',
    url: 'https://support.northwindx.example/hc/zh-cn/sections/360000303030-%E5%85%85%E5%80%BC%E4%B8%8E%E6%8F%90%E7%8E%B0',
    expect: {
      platform: 'zendesk',
      lang: 'zh',
      locales: ['en-us', 'zh-cn'],
      chatProviders: [],
      emails: [],
      phones: ['4008886666'],
      ticketForm: true,
      hasSearch: true,
      topics: ['deposit', 'withdrawal', 'fees', 'kyc', 'tutorial', 'risk-warning'],
      articleDates: ['2025-10-18T00:00:00.000Z'],
      articleLinkCount: 5,
      statusPageLinks: ['https://status.northwindx.example/'],
      announcementLinks: ['https://support.northwindx.example/hc/zh-cn/sections/360000202020-%E6%9C%80%E6%96%B0%E5%85%AC%E5%91%8A'],
    },
    crawls: [
      ['https://support.northwindx.example/hc/zh-cn/articles/360045679005', 'article'],
      ['https://support.northwindx.example/hc/zh-cn/sections/360000303030-%E5%85%85%E5%80%BC%E4%B8%8E%E6%8F%90%E7%8E%B0?page=2', 'section'],
    ],
    neverCrawls: ['/subscription', '/signin', '/requests/new', 'weibo.com'],
  },
  {
    file: 'freshdesk-portal-ru.html',
    url: 'https://support.severx.example/ru/support/solutions/articles/44001234567-%D0%BA%D0%B0%D0%BA-%D0%B2%D1%8B%D0%B2%D0%B5%D1%81%D1%82%D0%B8-%D1%81%D1%80%D0%B5%D0%B4%D1%81%D1%82%D0%B2%D0%B0',
    expect: {
      platform: 'freshdesk',
      lang: 'ru',
      locales: ['en', 'ru'],
      chatProviders: ['freshchat'],
      emails: ['support@severx.example'],
      phones: ['+74951234567'],
      social: { telegram: ['https://t.me/severx_ru'], vk: ['https://vk.com/severx'] },
      ticketForm: true,
      hasSearch: true,
      topics: ['account', 'security', 'deposit', 'withdrawal', 'fees', 'kyc', 'trading', 'api', 'tutorial', 'risk-warning'],
      articleDates: ['2025-10-18T00:00:00.000Z', '2025-09-05T00:00:00.000Z'],
      articleLinkCount: 7,
      statusPageLinks: ['https://severx.statuspage.io/'],
      announcementLinks: ['https://severx.example/ru/news'],
    },
    crawls: [
      ['https://support.severx.example/ru/support/solutions/44000123456-%D0%B2%D0%B2%D0%BE%D0%B4-%D0%B8-%D0%B2%D1%8B%D0%B2%D0%BE%D0%B4', 'category'],
      ['https://support.severx.example/ru/support/solutions/folders/44000234567', 'section'],
      ['https://support.severx.example/ru/support/solutions/articles/44001234569', 'article'],
    ],
    neverCrawls: ['/tickets/new', '/login', '/signup', '/en/support/', '/vote/', '.rss', 'statuspage.io', 'freshworks.com'],
  },
  {
    file: 'intercom-ja.html',
    url: 'https://help.hoshix.example/ja/articles/8123456-%E3%83%93%E3%83%83%E3%83%88%E3%82%B3%E3%82%A4%E3%83%B3%E3%81%AE%E5%87%BA%E9%87%91%E6%96%B9%E6%B3%95',
    expect: {
      platform: 'intercom',
      lang: 'ja',
      locales: ['en', 'ja'],
      chatProviders: ['intercom'],
      emails: ['support@hoshix.example'],
      phones: ['0312345678'],
      social: { x: ['https://x.com/hoshix_jp'] },
      ticketForm: true,
      hasSearch: true,
      topics: ['security', 'deposit', 'withdrawal', 'fees', 'kyc', 'anti-phishing', 'tutorial'],
      articleDates: ['2025-10-17T06:40:21.000Z', '2025-10-01T00:00:00.000Z', '2024-12-02T01:00:00.000Z'],
      articleLinkCount: 6,
      statusPageLinks: [],
      announcementLinks: [],
    },
    crawls: [
      ['https://help.hoshix.example/ja/collections/1234567-%E5%85%A5%E9%87%91%E3%81%A8%E5%87%BA%E9%87%91', 'category'],
      ['https://help.hoshix.example/ja/articles/8123461', 'article'],
    ],
    neverCrawls: ['/en/articles/', 'intercom.com', 'x.com'],
  },
  {
    file: 'salesforce-es.html',
    url: 'https://ayuda.cambiosol.example/s/article/Como-retirar-fondos?language=es',
    expect: {
      title: 'Cómo retirar fondos',
      platform: 'salesforce',
      lang: 'es',
      locales: ['en-us', 'es'],
      chatProviders: ['salesforce'],
      emails: ['soporte@cambiosol.example'],
      phones: ['+34910123456'],
      ticketForm: true,
      hasSearch: true,
      topics: ['account', 'security', 'deposit', 'withdrawal', 'fees', 'kyc', 'trading', 'tutorial', 'risk-warning'],
      articleDates: ['2025-10-18T00:00:00.000Z', '2025-10-02T00:00:00.000Z'],
      articleLinkCount: 6,
      statusPageLinks: ['https://estado.cambiosol.example/'],
      announcementLinks: ['https://ayuda.cambiosol.example/s/topic/0TO5e000000XyZwGAK/anuncios?language=es'],
    },
    crawls: [
      ['https://ayuda.cambiosol.example/s/topiccatalog?language=es', 'category'],
      ['https://ayuda.cambiosol.example/s/topic/0TO5e000000AbCdGAK/depositos-y-retiros?language=es', 'section'],
      ['https://ayuda.cambiosol.example/s/article/Comisiones-de-retiro?language=es', 'article'],
    ],
    neverCrawls: ['contactsupport', '/s/login', 'language=en_US', 'my.site.com', 'newsletter'],
  },
  {
    file: 'generic-fa.html',
    url: 'https://www.arzban.example/faq',
    expect: {
      platform: 'other',
      lang: 'fa',
      locales: [],
      chatProviders: ['crisp'],
      emails: ['support@arzban.example', 'listing@arzban.example'],
      phones: ['02191001234'],
      social: { telegram: ['https://t.me/arzban_support'], instagram: ['https://instagram.com/arzban'] },
      ticketForm: true,
      hasSearch: true,
      topics: ['account', 'security', 'deposit', 'withdrawal', 'fees', 'kyc', 'anti-phishing', 'tutorial', 'risk-warning'],
      articleDates: ['2025-10-18T00:00:00.000Z', '2025-10-12T00:00:00.000Z'],
      articleLinkCount: 0,
      statusPageLinks: ['https://status.arzban.example/'],
      announcementLinks: ['https://www.arzban.example/blog/announcements'],
    },
    crawls: [['https://www.arzban.example/blog/announcements', 'section']],
    neverCrawls: ['/ticket/new', '/login', '/register', 'cdn-cgi', 'newsletter'],
  },
  {
    file: 'helpscout-ko.html',
    url: 'https://docs.hanbitx.example/category/12-%EC%9E%85%EC%B6%9C%EA%B8%88',
    expect: {
      platform: 'helpscout',
      lang: 'ko',
      locales: [],
      chatProviders: ['channeltalk'],
      emails: ['cs@hanbitx.example'],
      phones: ['16615566', '0212345678'],
      social: { kakao: ['https://pf.kakao.com/_xhanbit'], naver: ['https://blog.naver.com/hanbitx'] },
      ticketForm: true,
      hasSearch: true,
      topics: ['security', 'deposit', 'withdrawal', 'fees', 'kyc', 'trading', 'api', 'anti-phishing', 'tutorial', 'risk-warning'],
      articleDates: ['2025-10-18T00:00:00.000Z', '2025-10-01T00:00:00.000Z'],
      articleLinkCount: 10,
      statusPageLinks: [],
      announcementLinks: ['https://docs.hanbitx.example/category/3-%EA%B3%B5%EC%A7%80%EC%82%AC%ED%95%AD'],
    },
    crawls: [
      ['https://docs.hanbitx.example/category/13-%EB%B3%B4%EC%95%88', 'section'],
      ['https://docs.hanbitx.example/article/53-api', 'article'],
    ],
    neverCrawls: ['/ko/login', 'helpscout.com', 'category/12-'],
  },
  {
    file: 'zohodesk-tr.html',
    url: 'https://destek.lalex.example/portal/tr/kb/articles/kripto-para-cekme-islemi',
    expect: {
      platform: 'zohodesk',
      lang: 'tr',
      locales: ['en', 'tr'],
      chatProviders: ['zohosalesiq'],
      emails: ['destek@lalex.example'],
      phones: ['08501234567', '+902125550123'],
      ticketForm: true,
      hasSearch: true,
      topics: ['account', 'security', 'deposit', 'withdrawal', 'fees', 'kyc', 'trading', 'api', 'anti-phishing', 'tutorial', 'risk-warning'],
      articleDates: ['2025-10-18T00:00:00.000Z', '2025-09-03T04:15:00.000Z'],
      articleLinkCount: 9,
      statusPageLinks: ['https://lalex.instatus.com/'],
      announcementLinks: ['https://destek.lalex.example/portal/tr/kb/lale-borsa/duyurular'],
    },
    crawls: [
      ['https://destek.lalex.example/portal/tr/kb/lale-borsa/para-yatirma-ve-cekme', 'category'],
      ['https://destek.lalex.example/portal/tr/kb/articles/risk-uyarisi', 'article'],
    ],
    neverCrawls: ['/newticket', '/signin', '/portal/en/', 'instatus.com', 'zoho.com'],
  },
];

describe.each(ROWS)('$file', (row) => {
  const html = fixture(row.file);
  const facts = judge(html, row.url);
  const { emails, phones, ticketForm, topics, social, ...plain } = row.expect;

  it('has the expected page-level facts', () => {
    for (const [key, value] of Object.entries(plain)) expect(facts[key as keyof PageFacts], key).toEqual(value);
  });
  it('finds exactly the contacts on the page', () => {
    expect(facts.contacts.emails).toEqual(emails);
    expect(facts.contacts.phones).toEqual(phones);
    expect(facts.contacts.ticketForm).toBe(ticketForm);
    for (const [net, urls] of Object.entries(social ?? {})) expect(facts.contacts.social[net as SocialNetwork], net).toEqual(urls);
  });
  it('finds exactly the topics its structure covers', () => {
    expect(facts.topics).toEqual(topics);
  });
  it('crawls its help content and nothing else', () => {
    const crawl = links(html, row.url);
    expect(crawl).toEqual(facts.links);
    for (const [url, role] of row.crawls) expect(crawl.find((l) => l.url === url)?.role, url).toBe(role);
    for (const bad of row.neverCrawls) expect(crawl.filter((l) => l.url.includes(bad)).map((l) => l.url), bad).toEqual([]);
    expect(new Set(crawl.map((l) => l.url)).size).toBe(crawl.length);
    expect(crawl.every((l) => !l.url.includes('#'))).toBe(true);
  });
  it('has a plausible word count and is JSON-safe', () => {
    expect(facts.wordCount).toBeGreaterThan(30);
    expect(facts.wordCount).toBeLessThan(400);
    expect(JSON.parse(JSON.stringify(facts))).toEqual(facts);
  });
});
