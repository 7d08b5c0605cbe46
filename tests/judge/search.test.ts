/** hasSearch: search boxes across platforms, and forms that only look like one. */
import { describe, expect, it } from 'vitest';
import { judge, page } from './page-helpers.js';

const rows: { name: string; body: string; search: boolean }[] = [
  { name: 'Zendesk role=search form', body: '<form role="search" action="/hc/en-us/search" method="get"><input type="search" name="query"></form>', search: true },
  { name: 'Freshdesk /support/search with term', body: '<form action="/support/search/solutions"><input type="text" name="term"><button type="submit">Search</button></form>', search: true },
  { name: 'a q field and a submit button', body: '<form action="/"><input type="text" name="q"><input type="submit" value="Go"></form>', search: true },
  { name: 'a lone keyword field (Enter submits)', body: '<form action="/kb"><input name="keyword"></form>', search: true },
  { name: 'a placeholder in Persian', body: '<form action="/faq"><input type="text" name="x" placeholder="جستجو"><button>برو</button></form>', search: true },
  { name: 'a placeholder in Korean', body: '<form action="/help"><input type="text" name="x" placeholder="검색어를 입력하세요"><button>확인</button></form>', search: true },
  { name: 'input type=search outside any form', body: '<div class="search-box"><input type="search" aria-label="Search"></div>', search: true },
  { name: 'a bracketed field name', body: '<form action="/kb"><input type="text" name="search[query]"><button type="submit">Go</button></form>', search: true },
  { name: 'a search action with an oddly named field', body: '<form action="/hc/en-us/search"><input type="text" name="zz"></form>', search: true },
  { name: 'a role=search region with a field', body: '<div role="search"><input type="text" name="searchStr" placeholder="Buscar"></div>', search: true },
  // negatives
  { name: 'a newsletter sign-up', body: '<form class="newsletter" action="/subscribe"><input type="email" name="email" placeholder="Your email"><button type="submit">Subscribe</button></form>', search: false },
  { name: 'a newsletter marked only by its button', body: '<form action="/list"><input type="text" name="q"><button type="submit">Подписаться на рассылку</button></form>', search: false },
  { name: 'an e-mail-only form without marks', body: '<form action="/x"><input type="email" name="email"><button>OK</button></form>', search: false },
  { name: 'a login form', body: '<form action="/login"><input type="email" name="user[email]"><input type="password" name="user[password]"><button>Sign in</button></form>', search: false },
  { name: 'a contact form with a textarea', body: '<form action="/contact"><input name="q"><textarea name="body"></textarea><button>Send</button></form>', search: false },
  { name: 'a search box only inside <template>', body: '<template><form role="search"><input type="search" name="query"></form></template>', search: false },
  { name: 'an unrelated text field', body: '<form action="/calc"><input type="text" name="amount"><button>Convert</button></form>', search: false },
];

describe('hasSearch', () => {
  it.each(rows)('$name', ({ body, search }) => {
    expect(judge(page(body)).hasSearch).toBe(search);
  });
});
