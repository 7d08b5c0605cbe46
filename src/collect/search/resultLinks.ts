/**
 * The result links of an HTML search-results page, in page order, for sites whose search
 * has no API (a Freshdesk portal, a search URL template from the config). Deliberately
 * small and generic; it reads no page judge (collect never imports judge).
 *
 * A link is a result when it is
 * 1. in the results area: inside an element marked as search results (class or id such as
 *    `search-results`, `search-list`, `results`), or, when the page marks none, inside the
 *    main content (`<main>`, role=main, `#content`, `#main`, `.main`, `.content`), or,
 *    without either, inside a list (`ol`, `ul`, `dl`, `table`);
 * 2. not inside page furniture: header, nav, footer, aside, forms, hidden elements, ARIA
 *    banner/navigation/contentinfo/complementary/search regions, or elements whose class
 *    or id marks a header, footer, menu, breadcrumbs, pagination, sidebar, a "no results"
 *    message, or related / popular / recent / suggested lists (not answers to this query);
 * 3. on one of the help center's hosts, over http(s), and not the search page itself (any
 *    link to the search path, e.g. pagination or filters), the site root, a listing
 *    (categories, sections, folders, tags), a forum or community page, an asset, or an
 *    account/ticket/contact page;
 * 4. article-shaped: the caller's `articlePath` when given (Freshdesk), otherwise a path
 *    with an article word (`articles`, `solutions`, `kb`, `faq`, `docs`, `posts`, …) followed
 *    by more, a segment of three or more digits, or an `.html` page. Only when no link on the
 *    page is article-shaped are the other links of an explicitly marked results area taken.
 * Links to the same URL (fragment ignored) count once, at the first place with text.
 * The title is the link's text (or its title / aria-label); the snippet is the text of the
 * result item around it (the nearest `li`, `article`, table row, or element marked as a
 * result item) without the title; `updatedAt` a `<time datetime>` in that item.
 *
 * Bounds: the first 3,000,000 characters of HTML, 5,000 links, 256 levels of ancestors
 * per link (deeper links are dropped), 50 results.
 */
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { SearchResult } from './adapters.js';
import { cleanText, MAX_RESULT_URL_CHARS, MAX_SNIPPET_CHARS, MAX_TITLE_CHARS } from './cleanText.js';
import { httpUrl } from './hosts.js';

export interface ResultLinkOptions {
  /** The results page's own (final) URL: links resolve against it (or its <base href>). */
  pageUrl: string;
  /** Hosts (`host:port`) whose links may be results. */
  hosts: ReadonlySet<string>;
  /** Paths (URL pathname) of the search page itself, besides `pageUrl`'s: links there are never results. */
  searchPaths?: readonly string[];
  /** When given, only links whose pathname matches are results (and nothing else is tried). */
  articlePath?: RegExp;
  /** Most results returned (default 50). */
  max?: number;
}

export interface ResultLinks {
  results: SearchResult[];
  /** Links that qualified but pointed off the help center's hosts. */
  offHost: number;
}

const MAX_HTML_CHARS = 3_000_000;
const MAX_ANCHORS = 5_000;
const MAX_DEPTH = 256;
const DEFAULT_MAX = 50;
/** Levels above a link searched for its result item. */
const ITEM_LEVELS = 6;
const MAX_ITEM_TEXT = 4_000;

const FURNITURE_TAGS = new Set(['header', 'nav', 'footer', 'aside', 'form', 'template', 'noscript', 'script', 'style', 'select', 'button', 'dialog', 'menu']);
const FURNITURE_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alertdialog']);
/** Class or id tokens of page furniture and of lists that are not this query's results. */
const FURNITURE_TOKEN = new RegExp(
  [
    '^(?:header|footer|nav|navbar|navigation|menu|menubar|breadcrumbs?|pagination|pager|sidebar|topbar|toolbar|banner|hidden|hide|d-none|skip-?link|skip-navigation)$',
    '^(?:site|global|page|main|top|primary|user|sub|mobile)[-_]?(?:header|footer|nav|navigation|menu)$',
    '^(?:nav|navbar|menu|breadcrumbs?|pagination|pager|footer|sidebar)[-_]',
    '[-_](?:nav|navbar|navigation|menu|sidebar|breadcrumbs?|pagination|pager|footer)$',
    '^(?:no|zero|empty)[-_]?(?:results?|matches|hits|data)$',
    '^(?:empty|not[-_]?found|nothing[-_]?found|search[-_]?empty)$',
    '^(?:related|popular|promoted|recent|trending|recommended|suggested|suggestions?)(?:[-_]|$)',
  ].join('|'),
  'i',
);
/** Class or id tokens of a search-results area. */
const RESULTS_TOKEN = /search[-_]?(?:page[-_]?)?results?|^results?(?:[-_]?(?:list|container|wrapper|area|content))?$|result[-_]?list|search[-_]?list|searchresult|^serp/i;
const MAIN_TOKEN = /^(?:main|content|main[-_]?content|page[-_]?content|primary[-_]?content|site[-_]?content)$/i;
const LIST_TAGS = new Set(['ol', 'ul', 'dl', 'table']);
/** Tags and tokens of one result item. */
const ITEM_TAGS = new Set(['li', 'article', 'tr', 'dd', 'dt']);
const ITEM_TOKEN = /(?:^|[-_])(?:result|item|entry|hit|card)(?:[-_]|$)/i;

/** Path segments of pages that are not articles: listings, search, accounts, tickets, forums. */
const NON_ARTICLE_SEGMENT = new RegExp(
  '^(?:login|log-?in|signin|sign[-_]?in|signup|sign[-_]?up|register|registration|logout|log-?out|signout|sign[-_]?out|' +
    'requests?|tickets?|contact(?:[-_]?us)?|feedback|subscriptions?|subscribe|unsubscribe|search|change_language|' +
    'categories|category|sections?|folders?|collections?|tags?|labels?|authors?|users?|profiles?|members?|' +
    'community|discussions?|forums?)$',
  'i',
);
const ASSET_PATH = /\.(?:css|js|mjs|json|xml|rss|atom|png|jpe?g|gif|webp|svg|ico|woff2?|ttf|eot|mp4|webm|zip)$/i;
/** A word that, followed by more path, means an article. */
const ARTICLE_WORD = /^(?:articles?|solutions|kb|knowledge|knowledge-?base|knowledgebase|faqs?|docs?|documentation|guides?|tutorials?|posts?|questions?|answers?|wiki|learn|academy|entries|entry)$/i;

function tokensOf(el: Element): string[] {
  const a = el.attribs;
  const tokens = (a['class'] ?? '').split(/\s+/);
  if (a['id']) tokens.push(a['id']);
  return tokens.filter((t) => t !== '' && t.length <= 100);
}

function isFurniture(el: Element, tokens: readonly string[]): boolean {
  if (FURNITURE_TAGS.has(el.name)) return true;
  const a = el.attribs;
  const role = (a['role'] ?? '').trim().toLowerCase();
  if (role !== '' && FURNITURE_ROLES.has(role)) return true;
  if (a['hidden'] !== undefined || (a['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return true;
  return tokens.some((t) => FURNITURE_TOKEN.test(t));
}

function isElement(node: AnyNode | null): node is Element {
  return node !== null && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** Visible-ish text of a subtree (scripts, styles and templates skipped), bounded. */
function textOf(root: Element, limit: number): string {
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      out += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    if (node.name === 'script' || node.name === 'style' || node.name === 'template' || node.name === 'noscript') continue;
    if (node.name === 'br' || node.name === 'p' || node.name === 'div' || node.name === 'li') out += ' ';
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out.slice(0, limit);
}

/** Whether a same-host path can be an article at all (not a listing, account page, asset or the root). */
function isContentPath(path: string): boolean {
  if (path === '' || path === '/') return false;
  if (ASSET_PATH.test(path)) return false;
  const segments = path.split('/').filter((s) => s !== '');
  return !segments.some((s) => NON_ARTICLE_SEGMENT.test(safeDecode(s)));
}

function isArticleShaped(path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '');
  for (let i = 0; i < segments.length; i++) {
    const s = safeDecode(segments[i]!);
    if (ARTICLE_WORD.test(s) && i < segments.length - 1) return true;
    if (/(?:^|\D)\d{3,}(?:\D|$)/.test(s)) return true;
  }
  return /\.s?html?$/i.test(path);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function trimSlash(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

interface Candidate {
  url: string;
  title: string;
  item: Element | null;
  area: 'results' | 'main' | 'list' | 'none';
  articleShaped: boolean;
  onHost: boolean;
}

/** The result links of a search-results page, best first as the page ranks them. */
export function extractResultLinks(html: string, opts: ResultLinkOptions): ResultLinks {
  const pageUrl = httpUrl(opts.pageUrl);
  if (!pageUrl) return { results: [], offHost: 0 };
  const $ = load(html.slice(0, MAX_HTML_CHARS), { xml: { xmlMode: false, decodeEntities: true } });
  const baseHref = $('base[href]').first().attr('href');
  const base = (baseHref !== undefined ? httpUrl(baseHref.trim(), pageUrl) : null) ?? pageUrl;
  const searchPaths = new Set([trimSlash(pageUrl.pathname), ...(opts.searchPaths ?? []).map(trimSlash)]);
  const max = Math.max(1, Math.floor(opts.max ?? DEFAULT_MAX));

  const candidates: Candidate[] = [];
  const anchors = $('a[href]').toArray().slice(0, MAX_ANCHORS);
  for (const a of anchors) {
    const href = (a.attribs['href'] ?? '').trim();
    if (href === '' || href.startsWith('#') || href.length > MAX_RESULT_URL_CHARS) continue;
    const url = httpUrl(href, base);
    if (!url) continue;
    url.hash = '';
    if (url.href.length > MAX_RESULT_URL_CHARS) continue;

    let area: Candidate['area'] = 'none';
    let item: Element | null = null;
    let furniture = false;
    let depth = 0;
    let levels = 0;
    for (let node: AnyNode | null = a.parent; node !== null; node = node.parent) {
      if (++depth > MAX_DEPTH) {
        furniture = true;
        break;
      }
      if (!isElement(node)) continue;
      const tokens = tokensOf(node);
      if (isFurniture(node, tokens)) {
        furniture = true;
        break;
      }
      levels++;
      if (item === null && levels <= ITEM_LEVELS && (ITEM_TAGS.has(node.name) || tokens.some((t) => ITEM_TOKEN.test(t)))) item = node;
      if (tokens.some((t) => RESULTS_TOKEN.test(t))) area = 'results';
      else if (area !== 'results' && (node.name === 'main' || (node.attribs['role'] ?? '').toLowerCase() === 'main' || tokens.some((t) => MAIN_TOKEN.test(t)))) area = 'main';
      else if (area === 'none' && LIST_TAGS.has(node.name)) area = 'list';
    }
    if (furniture || area === 'none') continue;

    const onHost = opts.hosts.has(url.host);
    if (onHost && (searchPaths.has(trimSlash(url.pathname)) || !isContentPath(url.pathname))) continue;
    if (opts.articlePath && !opts.articlePath.test(url.pathname)) continue;
    const title = cleanText(textOf(a, MAX_TITLE_CHARS * 4) || a.attribs['title'] || a.attribs['aria-label'] || '', MAX_TITLE_CHARS);
    candidates.push({ url: url.href, title, item, area, articleShaped: opts.articlePath !== undefined || isArticleShaped(url.pathname), onHost });
  }

  // The best area the page has: its marked results, else its main content, else its lists.
  const area = candidates.some((c) => c.area === 'results') ? 'results' : candidates.some((c) => c.area === 'main') ? 'main' : 'list';
  const inArea = candidates.filter((c) => c.area === area);
  const shaped = inArea.filter((c) => c.articleShaped);
  const chosen = shaped.length > 0 || area !== 'results' ? shaped : inArea;

  const results: SearchResult[] = [];
  const seen = new Set<string>();
  const offHostUrls = new Set<string>();
  for (const c of chosen) {
    if (!c.onHost) {
      offHostUrls.add(c.url);
      continue;
    }
    if (seen.has(c.url) || c.title === '' || results.length >= max) continue;
    seen.add(c.url);
    const result: SearchResult = { url: c.url, title: c.title, snippet: c.item ? snippetOf(c.item, c.title) : '' };
    const time = c.item ? $(c.item).find('time[datetime]').first().attr('datetime') : undefined;
    if (time !== undefined && time.length <= 40 && !Number.isNaN(Date.parse(time.trim()))) result.updatedAt = time.trim();
    results.push(result);
  }
  return { results, offHost: offHostUrls.size };
}

/** The item's text without the title (once). */
function snippetOf(item: Element, title: string): string {
  let text = cleanText(textOf(item, MAX_ITEM_TEXT), MAX_ITEM_TEXT);
  const bare = title.replace(/…$/, '');
  const at = bare === '' ? -1 : text.indexOf(bare);
  if (at >= 0) text = text.slice(0, at) + text.slice(at + bare.length);
  return cleanText(text, MAX_SNIPPET_CHARS);
}
