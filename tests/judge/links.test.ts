/** Link roles, the crawl list (discoverLinks), article counts, status-page and announcement links. */
import { describe, expect, it } from 'vitest';
import { linkRole, pathExclusion } from '../../src/judge/page/links.js';
import { judge, links, page } from './page-helpers.js';

describe('linkRole', () => {
  it.each([
    ['https://s.example/hc/en-us/categories/360001-Getting-Started', 'category'],
    ['https://s.example/hc/zh-cn/sections/12-%E5%85%85%E5%80%BC', 'section'],
    ['https://s.example/hc/en-us/articles/360045-How-to-withdraw', 'article'],
    ['https://s.example/hc/articles/360045', 'article'],
    ['https://s.example/hc/en-us', 'other'],
    ['https://s.example/hc/en-us/community/posts/123', 'other'],
    ['https://s.example/support/solutions/4400012-deposits', 'category'],
    ['https://s.example/ru/support/solutions/folders/4400034', 'section'],
    ['https://s.example/support/solutions/articles/4400056-how-to', 'article'],
    ['https://s.example/support/solutions', 'other'],
    ['https://s.example/en/collections/2345-trading', 'category'],
    ['https://s.example/ja/articles/8123456-%E5%87%BA%E9%87%91', 'article'],
    ['https://s.example/s/article/How-to-withdraw', 'article'],
    ['https://s.example/support/s/topic/0TO5e000000AbCd/deposits', 'section'],
    ['https://s.example/s/topiccatalog', 'category'],
    ['https://s.example/portal/tr/kb/articles/para-cekme', 'article'],
    ['https://s.example/portal/en/kb/acme/deposits', 'category'],
    ['https://s.example/portal/en/kb/acme/deposits/crypto', 'section'],
    ['https://s.example/category/12-deposits', 'section'],
    ['https://s.example/collection/3-basics', 'category'],
    ['https://s.example/article/45-withdraw', 'article'],
    ['https://s.example/faq/withdrawal-limits', 'article'],
    ['https://s.example/faq', 'category'],
    ['https://s.example/ko/support/notice', 'section'],
    ['https://s.example/ko/support/notice/9251', 'article'],
    ['https://s.example/help/verify', 'other'],
    ['https://s.example/en/markets', 'other'],
  ])('%s -> %s', (url, role) => {
    expect(linkRole(new URL(url))).toBe(role);
  });
});

describe('pathExclusion', () => {
  it.each([
    ['https://s.example/hc/en-us/signin?return_to=x', 'auth'],
    ['https://s.example/en/register?ref=123', 'auth'],
    ['https://s.example/access/logout', 'auth'],
    ['https://s.example/hc/en-us/requests/new', 'form'],
    ['https://s.example/support/tickets/new', 'form'],
    ['https://s.example/portal/en/newticket', 'form'],
    ['https://s.example/hc/change_language/ru?return_to=%2Fhc%2Fru', 'language-switch'],
    ['https://s.example/hc/en-us/search?query=fees', 'search'],
    ['https://s.example/support/search/solutions?term=2fa', 'search'],
    ['https://s.example/s/xchan?q=%23news', 'search'],
    ['https://s.example/docs/fees.pdf', 'file'],
    ['https://s.example/img/logo.PNG', 'file'],
    ['https://s.example/downloads/app.zip', 'file'],
    ['https://s.example/hc/en-us/articles.atom', 'feed'],
    ['https://s.example/blog/feed', 'feed'],
    ['https://s.example/news?format=rss', 'feed'],
    ['https://s.example/hc/en-us/profiles/123-Agent', 'account-area'],
    ['https://s.example/api/v2/help_center/articles.json', 'file'],
    ['https://s.example/hc/en-us/articles/1-Reset-password', null],
    ['https://s.example/hc/en-us/sections/5-Login-issues', null],
  ])('%s -> %s', (url, why) => {
    expect(pathExclusion(new URL(url))).toBe(why);
  });
});

describe('discoverLinks', () => {
  const url = 'https://acme.zendesk.com/hc/en-us/articles/100-Start#top';
  const html = page(`
    <a href="/hc/en-us/sections/1-Deposits#list">Deposits</a>
    <a href="/hc/en-us/articles/2-Fees">Fees</a>
    <a href="/hc/en-us/articles/2-Fees#step-2">Fees again</a>
    <a href="/hc/en-us/articles/100-Start">this page</a>
    <a href="/hc/zh-cn/articles/2">中文</a>
    <a href="https://acme.zendesk.com/hc/en-us/categories/3-Trading">Trading</a>
    <a href="https://othercorp.zendesk.com/hc/en-us/articles/4-Theirs">someone else's help center</a>
    <a href="https://www.zendesk.com/service/">Zendesk</a>
    <a href="mailto:help@acme.example">mail</a><a href="tel:+18005550100">call</a><a href="javascript:void(0)">js</a>
    <a href="/hc/en-us/signin">Sign in</a><a href="/hc/en-us/requests/new">Submit a request</a>
    <a href="/hc/change_language/ru">Русский</a><a href="/hc/en-us/search?query=2fa">search</a>
    <a href="/access/logout">Sign out</a><a href="/hc/en-us/article_attachments/9/guide.pdf">PDF</a>
    <a href="/hc/en-us/sections/1-Deposits.atom">feed</a>
    <template><a href="/hc/en-us/articles/77-Hidden">hidden</a></template>
    <a href="/hc/en-us/articles/5-Withdrawals">  Withdrawals &#x202e;\u0007 </a>
  `);

  it('keeps same-site help content in page order, fragment-free and deduplicated', () => {
    expect(links(html, url)).toEqual([
      { url: 'https://acme.zendesk.com/hc/en-us/sections/1-Deposits', text: 'Deposits', role: 'section' },
      { url: 'https://acme.zendesk.com/hc/en-us/articles/2-Fees', text: 'Fees', role: 'article' },
      { url: 'https://acme.zendesk.com/hc/en-us/categories/3-Trading', text: 'Trading', role: 'category' },
      { url: 'https://acme.zendesk.com/hc/en-us/articles/5-Withdrawals', text: 'Withdrawals', role: 'article' },
    ]);
  });
  it('counts distinct articles in the page language, including the page itself', () => {
    expect(judge(html, url).articleLinkCount).toBe(3);
  });
  it('keeps other locales out of the crawl but still offers them as locales', () => {
    expect(judge(html, url).locales).toEqual(['en-us', 'ru', 'zh-cn']);
  });
  it('keeps every locale when the page has none', () => {
    const root = page('<a href="/hc/en-us">English</a><a href="/hc/zh-cn">中文</a>', { lang: '' });
    expect(links(root, 'https://help.acme.example/').map((l) => l.url)).toEqual(['https://help.acme.example/hc/en-us', 'https://help.acme.example/hc/zh-cn']);
  });
  it('caps the list at 500', () => {
    const many = page(Array.from({ length: 700 }, (_, i) => `<a href="/hc/en-us/articles/${i + 1}-A">A ${i}</a>`).join(''));
    const found = links(many, url);
    expect(found).toHaveLength(500);
    expect(found[0]?.url).toBe('https://acme.zendesk.com/hc/en-us/articles/1-A');
    expect(judge(many, url).articleLinkCount).toBe(700);
  });
  it('throws only on a URL that is not absolute', () => {
    expect(() => links('<a href="/x">x</a>', '/hc/en-us')).toThrow();
    expect(() => judge('<a href="/x">x</a>', 'not a url')).toThrow();
  });
});

describe('statusPageLinks', () => {
  it.each([
    ['a status.* host', '<a href="https://status.acme.example/">Status</a>', ['https://status.acme.example/']],
    ['a statuspage.io page', '<a href="https://acme.statuspage.io/">x</a>', ['https://acme.statuspage.io/']],
    ['an instatus page', '<a href="https://acme.instatus.com/">x</a>', ['https://acme.instatus.com/']],
    ['a same-site /status path', '<a href="https://www.testx.example/status">x</a>', ['https://www.testx.example/status']],
    ['"System status" in English', '<a href="https://health.acme.example/">System status</a>', ['https://health.acme.example/']],
    ['"系统状态"', '<a href="https://a.acme.example/">系统状态</a>', ['https://a.acme.example/']],
    ['"Статус системы"', '<a href="https://a.acme.example/">Статус системы</a>', ['https://a.acme.example/']],
    ['"وضعیت سیستم"', '<a href="https://a.acme.example/">وضعیت سیستم</a>', ['https://a.acme.example/']],
    ['"시스템 상태"', '<a href="https://a.acme.example/">시스템 상태</a>', ['https://a.acme.example/']],
    ['"Estado del sistema"', '<a href="https://a.acme.example/">Estado del sistema</a>', ['https://a.acme.example/']],
    ['"Sistem durumu"', '<a href="https://a.acme.example/">Sistem durumu</a>', ['https://a.acme.example/']],
    ['"システムステータス"', '<a href="https://a.acme.example/">システムステータス</a>', ['https://a.acme.example/']],
    ['not a help-desk vendor status page', '<a href="https://status.zendesk.com/">Zendesk status</a>', []],
    ['not the status service sign-in', '<a href="https://manage.statuspage.io/login">Log in</a>', []],
    ['not an order-status page', '<a href="https://www.testx.example/order-status">Order status</a>', []],
    ['not a status feed', '<a href="https://status.acme.example/history.atom">Atom</a>', []],
  ])('%s', (_name, body, expected) => {
    expect(judge(page(body)).statusPageLinks).toEqual(expected);
  });
});

describe('announcementLinks', () => {
  const base = 'https://support.testx.example';
  it.each([
    ['an /announcements path', '<a href="/announcements">x</a>', [`${base}/announcements`]],
    ['a /news path on the main site', '<a href="https://www.testx.example/en/news">x</a>', ['https://www.testx.example/en/news']],
    ['a /blog path', '<a href="/blog/">x</a>', [`${base}/blog/`]],
    ['a Zendesk section named 公告', '<a href="/hc/zh-cn/sections/1-%E6%9C%80%E6%96%B0%E5%85%AC%E5%91%8A">x</a>', [`${base}/hc/zh-cn/sections/1-%E6%9C%80%E6%96%B0%E5%85%AC%E5%91%8A`]],
    ['a section named Объявления', '<a href="/hc/ru/sections/2-x">Объявления</a>', [`${base}/hc/ru/sections/2-x`]],
    ['a section named اطلاعیه‌ها', '<a href="/hc/fa/sections/3-x">اطلاعیه‌ها</a>', [`${base}/hc/fa/sections/3-x`]],
    ['a category named 공지사항', '<a href="/hc/ko/categories/4-x">공지사항</a>', [`${base}/hc/ko/categories/4-x`]],
    ['a section named Anuncios', '<a href="/hc/es/sections/5-Anuncios">x</a>', [`${base}/hc/es/sections/5-Anuncios`]],
    ['a section named Duyurular', '<a href="/hc/tr/sections/6-x">Duyurular</a>', [`${base}/hc/tr/sections/6-x`]],
    ['a section named お知らせ', '<a href="/hc/ja/sections/7-x">お知らせ</a>', [`${base}/hc/ja/sections/7-x`]],
    ['not one article whose title says news', '<a href="/hc/en-us/articles/8-News-about-fees">News about fees</a>', []],
    ['not one notice, but its list', '<a href="/support/notice/9251">Maintenance</a><a href="/support/notice">Notices</a>', [`${base}/support/notice`]],
    ['not a Telegram channel called Announcements', '<a href="https://t.me/testx_news">Announcements</a>', []],
    ['not a section about something else', '<a href="/hc/en-us/sections/9-Deposits">Deposits</a>', []],
  ])('%s', (_name, body, expected) => {
    expect(judge(page(body), `${base}/hc/en-us`).announcementLinks).toEqual(expected);
  });
  it('lists the page itself when it is an announcements section', () => {
    expect(judge(page('<h1>Announcements</h1>'), `${base}/hc/en-us/sections/10-Announcements`).announcementLinks).toEqual([`${base}/hc/en-us/sections/10-Announcements`]);
  });
});
