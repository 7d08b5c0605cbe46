/**
 * What counts as "the same site" and how a link found on a page is made absolute.
 *
 * Why it matters: the crawler must stay on the exchange's own help center, and
 * links to a shared hosting domain (every Zendesk customer lives under zendesk.com)
 * must not pull in other companies' help centers. A link is resolved the way a
 * browser would (against <base href> when it is http(s)), without its #fragment.
 */
import { MAX_URL_CHARS } from './sanitize.js';

/**
 * Suffixes under which each label belongs to a different owner: common two-level
 * country suffixes, and hosting domains of help-center and status platforms.
 */
const SHARED_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp', 'ne.jp', 'or.jp',
  'co.kr', 'or.kr', 'ne.kr', 'com.cn', 'net.cn', 'org.cn', 'com.hk', 'com.tw', 'org.tw', 'com.sg', 'com.my',
  'com.tr', 'net.tr', 'org.tr', 'com.br', 'com.mx', 'com.ar', 'co.in', 'co.id', 'co.th', 'com.vn', 'com.ph',
  'co.za', 'com.ua', 'com.ru', 'co.il', 'ac.ir', 'co.ir', 'com.pk', 'com.ng', 'com.eg', 'com.sa',
  // platform hosting: each customer gets its own subdomain
  'zendesk.com', 'freshdesk.com', 'intercom.help', 'helpscoutdocs.com', 'zohodesk.com', 'zohodesk.eu',
  'zohodesk.in', 'zohodesk.com.au', 'my.site.com', 'force.com', 'my.salesforce-sites.com', 'statuspage.io',
  'github.io', 'gitbook.io', 'notion.site', 'webflow.io', 'wixsite.com', 'herokuapp.com', 'vercel.app',
  'netlify.app', 'pages.dev', 'blogspot.com', 'wordpress.com', 'medium.com', 'document360.io', 'readme.io',
]);

/** URLs remembered per memo (a page rarely links more distinct ones); a full memo starts over. */
const MAX_URL_MEMO = 4096;

/**
 * A memo of `derive`, which must depend on nothing but the URL. Several judges ask the
 * same questions of the same links (the decoded path, the role, the locale…), and pages
 * repeat links: each distinct URL's answer is computed once. Keyed by href, so a URL
 * object changed after it was asked about is simply a new question.
 */
export function memoByUrl<T>(derive: (u: URL) => T): (u: URL) => T {
  const memo = new Map<string, T>();
  return (u) => {
    const href = u.href;
    const known = memo.get(href);
    if (known !== undefined || memo.has(href)) return known as T;
    const value = derive(u);
    if (memo.size >= MAX_URL_MEMO) memo.clear();
    memo.set(href, value);
    return value;
  };
}

/** Host names recently resolved to their site (every link asks); bounded. */
const siteMemo = new Map<string, string>();
const MAX_SITE_MEMO = 4096;

/** The registrable part of a host name ("support.kraken.com" -> "kraken.com"), approximated without a full public-suffix list. */
export function siteOf(hostname: string): string {
  let site = siteMemo.get(hostname);
  if (site === undefined) {
    site = registrablePart(hostname);
    if (siteMemo.size >= MAX_SITE_MEMO) siteMemo.clear();
    siteMemo.set(hostname, site);
  }
  return site;
}

function registrablePart(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  for (let i = 1; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    if (SHARED_SUFFIXES.has(suffix)) return labels.slice(i - 1).join('.');
  }
  return labels.slice(-2).join('.');
}

export function isSameSite(a: URL, b: URL): boolean {
  return siteOf(a.hostname) === siteOf(b.hostname);
}

/**
 * Resolves an href against a base, keeping only http(s) URLs of sane length,
 * fragment removed. Returns null for anything else (javascript:, mailto:, junk).
 */
export function resolveHttpUrl(href: string | undefined, base: URL): URL | null {
  if (href === undefined) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.length > MAX_URL_CHARS) return null;
  let u: URL;
  try {
    u = new URL(trimmed, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null;
  u.hash = '';
  if (u.href.length > MAX_URL_CHARS) return null;
  return u;
}

/** The URL's path, percent-decoded where possible (so /hc/zh-cn/sections/1-%E5%85%AC%E5%91%8A reads as 公告). */
export const decodedPath: (u: URL) => string = memoByUrl((u) => {
  try {
    return decodeURIComponent(u.pathname);
  } catch {
    return u.pathname;
  }
});
