/**
 * The generic result-link extractor for HTML search pages: which links of a results page
 * are results (the results area, article-shaped, on the help center's hosts, not page
 * furniture), in page order and deduplicated, with titles, snippets and dates; and its
 * bounds on hostile pages.
 */
import { describe, expect, it } from 'vitest';
import { extractResultLinks } from '../../src/collect/search/resultLinks.js';

const PAGE = 'https://help.x.example/help/search?keyword=fee';
const HOSTS = new Set(['help.x.example']);
const urls = (html: string, pageUrl = PAGE, hosts = HOSTS) => extractResultLinks(html, { pageUrl, hosts }).results.map((r) => r.url);

describe('extractResultLinks', () => {
  it('takes the marked results area, skipping header, nav, footer, breadcrumbs, sidebars and the no-results note', () => {
    const html = `<html><body>
      <div class="header"><a class="logo" href="/help">Help</a><div class="nav"><a href="/help/articles/900">Pinned in nav</a></div></div>
      <div class="search-bar"><form action="/help/search"><input name="keyword"></form></div>
      <div class="w1200 main">
        <ol class="breadcrumbs"><li><a href="/help">Home</a></li><li><a href="/help/articles/901">Crumb</a></li></ol>
        <h1>Results (2)</h1>
        <ul class="search-list">
          <li><a href="/help/articles/1006">提币手续费及最小提币数量</a><p>USDT-TRC20 <em>手续费</em> 1 USDT</p></li>
          <li><a href="articles/1005">提币一直显示“处理中”怎么办？</a><p>…</p></li>
        </ul>
        <p class="empty">没有找到，<a href="/help/ticket">提交工单</a></p>
        <div class="related-articles"><a href="/help/articles/1011">新手指南</a></div>
        <aside><a href="/help/articles/1012">风险提示</a></aside>
      </div>
      <div class="footer"><a href="/help/articles/1013">Footer</a><a href="https://t.me/x">Telegram</a></div>
    </body></html>`;
    const found = extractResultLinks(html, { pageUrl: PAGE, hosts: HOSTS });
    expect(found.results).toEqual([
      { url: 'https://help.x.example/help/articles/1006', title: '提币手续费及最小提币数量', snippet: 'USDT-TRC20 手续费 1 USDT' },
      { url: 'https://help.x.example/help/articles/1005', title: '提币一直显示“处理中”怎么办？', snippet: '…' },
    ]);
    expect(found.offHost).toBe(0);
  });

  it('a page with no results gives none, even with article links in its furniture and a ticket link in its message', () => {
    const html = `<html><body><header><a href="/hc/en-us/articles/1-Popular">Popular</a></header>
      <main><div class="search-results"><h1>0 results for “licence”</h1>
        <p class="no-results">Nothing found. <a href="/hc/en-us/requests/new">Submit a request</a> or browse <a href="/hc/en-us/categories/5-Account">Account</a>.</p>
      </div>
      <section class="popular-articles"><a href="/hc/en-us/articles/2-Top">Top article</a></section></main>
      <footer><a href="/hc/en-us/articles/3-Footer">Footer</a></footer></body></html>`;
    expect(urls(html, 'https://help.x.example/hc/en-us/search?query=licence')).toEqual([]);
  });

  it('keeps page order, counts a URL once (fragment ignored), takes the first link with text', () => {
    const html = `<main><ul class="results">
      <li class="result"><a href="/kb/12-reset"><img src="i.png"></a><a href="/kb/12-reset#top">Reset 2FA</a><time datetime="2025-06-01T08:00:00Z">June</time></li>
      <li class="result"><a href="/kb/7-enable">Enable 2FA</a></li>
      <li class="result"><a href="/kb/12-reset">Reset 2FA (again)</a></li>
      <li class="pagination"><a href="/help/search?keyword=fee&page=2">Next</a></li>
    </ul></main>`;
    const found = extractResultLinks(html, { pageUrl: PAGE, hosts: HOSTS });
    expect(found.results.map((r) => [r.url, r.title, r.updatedAt ?? null])).toEqual([
      ['https://help.x.example/kb/12-reset', 'Reset 2FA', '2025-06-01T08:00:00Z'],
      ['https://help.x.example/kb/7-enable', 'Enable 2FA', null],
    ]);
  });

  it('never returns links to the search page itself, the root, listings, accounts or assets', () => {
    const html = `<div id="search-results"><ul>
      <li><a href="/help/search?keyword=fee&sort=date">Sort by date</a></li>
      <li><a href="/help/search/">Search again</a></li>
      <li><a href="/">Home</a></li>
      <li><a href="/hc/en-us/sections/360-Security">Security section</a></li>
      <li><a href="/support/solutions/folders/48000000100">Folder</a></li>
      <li><a href="/login">Log in</a></li>
      <li><a href="/community/posts/55-user-tip">A user's post</a></li>
      <li><a href="/kb/files/guide.pdf.png">Picture</a></li>
      <li><a href="mailto:support@x.example">Mail</a></li>
      <li><a href="javascript:void(0)">JS</a></li>
      <li><a href="/faq/withdrawal-limits">Withdrawal limits</a></li>
    </ul></div>`;
    expect(urls(html)).toEqual(['https://help.x.example/faq/withdrawal-limits']);
  });

  it('counts qualifying links to other hosts without returning them', () => {
    const html = `<div class="search-results"><ul>
      <li><a href="https://phish.example/help/articles/1">Looks like ours</a></li>
      <li><a href="https://phish.example/help/articles/1">Twice</a></li>
      <li><a href="//cdn.x.example/help/articles/2">Other subdomain</a></li>
      <li><a href="/help/articles/3">Ours</a></li>
    </ul></div>`;
    const found = extractResultLinks(html, { pageUrl: PAGE, hosts: HOSTS });
    expect(found.results.map((r) => r.url)).toEqual(['https://help.x.example/help/articles/3']);
    expect(found.offHost).toBe(2);
  });

  it('without a marked results area: the main content, then lists; article-shaped links only', () => {
    const inMain = `<body><div id="menu"><ul><li><a href="/articles/99-menu">Menu article</a></li></ul></div>
      <div id="content"><h1>Ergebnisse</h1><p><a href="/articles/10-gebuehren">Gebühren</a></p><p><a href="/about">About us</a></p></div></body>`;
    expect(urls(inMain)).toEqual(['https://help.x.example/articles/10-gebuehren']);
    const inLists = `<body><div class="wrap"><ol><li><a href="/news/2024/05/fees.html">Fees</a></li><li><a href="/pricing">Pricing</a></li></ol></div>
      <p><a href="/articles/11-loose">Loose link</a></p></body>`;
    expect(urls(inLists)).toEqual(['https://help.x.example/news/2024/05/fees.html']);
  });

  it('in a marked results area with no article-shaped links, takes its links (still not furniture or listings)', () => {
    const html = `<section class="search-results"><ul>
      <li><a href="/how-to-withdraw">How to withdraw</a></li>
      <li><a href="/category/wallets">Wallets</a></li>
      <li><a href="/deposit-guide">Deposit guide</a></li>
    </ul><nav class="pagination"><a href="/page-2">2</a></nav></section>`;
    expect(urls(html)).toEqual(['https://help.x.example/how-to-withdraw', 'https://help.x.example/deposit-guide']);
  });

  it('resolves against <base href>, and reads an RTL Persian results page', () => {
    const html = `<html dir="rtl" lang="fa"><head><base href="https://help.x.example/fa/"></head><body>
      <main><div class="search-result-list">
        <article class="search-result"><h3><a href="articles/2001-برداشت">چرا برداشت من هنوز نرسیده است؟</a></h3><p>شناسه تراکنش (TXID) را بررسی کنید</p></article>
      </div></main></body></html>`;
    const found = extractResultLinks(html, { pageUrl: 'https://help.x.example/fa/search?q=برداشت', hosts: HOSTS });
    expect(found.results).toEqual([
      {
        url: 'https://help.x.example/fa/articles/2001-%D8%A8%D8%B1%D8%AF%D8%A7%D8%B4%D8%AA',
        title: 'چرا برداشت من هنوز نرسیده است؟',
        snippet: 'شناسه تراکنش (TXID) را بررسی کنید',
      },
    ]);
  });

  it('ignores hidden templates, scripts and forms inside the results area', () => {
    const html = `<div class="search-results">
      <template><a href="/articles/1-template">T</a></template>
      <div hidden><a href="/articles/2-hidden">H</a></div>
      <div aria-hidden="true"><a href="/articles/3-aria">A</a></div>
      <form><a href="/articles/4-form">F</a></form>
      <script>document.write('<a href="/articles/5-script">S</a>')</script>
      <ul><li><a href="/articles/6-real">Real <script>var x = 1;</script>one</a></li></ul></div>`;
    const found = extractResultLinks(html, { pageUrl: PAGE, hosts: HOSTS });
    expect(found.results.map((r) => [r.url, r.title])).toEqual([['https://help.x.example/articles/6-real', 'Real one']]);
  });

  it('stays bounded on hostile pages: deep nesting, many links, a huge title', () => {
    const deep = `<div class="search-results">${'<div>'.repeat(20_000)}<a href="/articles/1-deep">Deep</a>${'</div>'.repeat(20_000)}<ul><li><a href="/articles/2-ok">${'W'.repeat(100_000)}</a></li></ul></div>`;
    const t0 = Date.now();
    const found = extractResultLinks(deep, { pageUrl: PAGE, hosts: HOSTS });
    expect(found.results.map((r) => r.url)).toEqual(['https://help.x.example/articles/2-ok']);
    expect(Array.from(found.results[0]!.title).length).toBeLessThanOrEqual(300);
    const many = `<div class="search-results"><ul>${Array.from({ length: 20_000 }, (_, i) => `<li><a href="/articles/${i}-a">A ${i}</a></li>`).join('')}</ul></div>`;
    const lots = extractResultLinks(many, { pageUrl: PAGE, hosts: HOSTS });
    expect(lots.results).toHaveLength(50);
    expect(lots.results[49]!.url).toBe('https://help.x.example/articles/49-a');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(extractResultLinks('<div class="search-results"><a href="/a/1-x">x</a></div>', { pageUrl: 'not a url', hosts: HOSTS }).results).toEqual([]);
  });
});
