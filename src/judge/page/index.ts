/**
 * The page judge: one help-center page (HTML + final URL) in, its PageFacts out.
 *
 * Why it matters: every help-center criterion (channels, self_service,
 * multilingual, transparency, security) reads these facts, and `rejudge` recomputes
 * them from stored bodies whenever PAGE_JUDGE_VERSION changes. Both functions are
 * pure and deterministic, parse the page once, do bounded work on hostile pages,
 * and never throw on page content: a judge that fails on a page yields its "nothing
 * found" value for that fact rather than losing the whole page. They throw only when
 * `url` is not an absolute URL, which is a caller's bug.
 */
import type { PageFacts, PageLink } from '../../types/facts.js';
import { detectChatProviders } from './chat.js';
import { judgeContacts } from './contacts.js';
import { judgeDates } from './dates.js';
import type { LoadedPage } from './document.js';
import { attributeIs, hasAncestor, loadPage } from './document.js';
import { judgeLanguage, type LanguageVerdict } from './language.js';
import { classifyLinks, countArticleLinks, crawlLinks, findAnnouncementLinks, findStatusPageLinks, type ClassifiedLink } from './links.js';
import { judgeLocales } from './locales.js';
import { detectPlatform, type PlatformVerdict } from './platform.js';
import { cleanText } from './sanitize.js';
import { hasSearch } from './search.js';
import { judgeTopics } from './topics.js';
import { extractVisibleText } from './visible-text.js';
import { countWords } from './word-count.js';

/** Bumped whenever any page judge's output changes for the same input. */
export const PAGE_JUDGE_VERSION: number = 3;

export interface PageInput {
  html: string;
  /** The page's final (post-redirect) absolute URL. */
  url: string;
  headers?: Record<string, string>;
}

/** Runs one judge; a judge that throws on strange content yields its empty value. */
function attempt<T>(judge: () => T, fallback: T): T {
  try {
    return judge();
  } catch {
    return fallback;
  }
}

function load(input: PageInput): LoadedPage {
  const html = typeof input.html === 'string' ? input.html : '';
  return loadPage(html, input.url, input.headers);
}

const NOT_TITLE_CONTAINERS = new Set(['svg', 'math', 'template', 'noscript']);

/** <title>, else og:title, else the first <h1>; cleaned and capped. */
function pageTitle(page: LoadedPage): string | null {
  const { $ } = page;
  const titleEl = page.elementsNamed('title').find((el) => !hasAncestor(el, NOT_TITLE_CONTAINERS));
  const h1 = page.elementsNamed('h1')[0];
  const candidates = [
    titleEl ? $(titleEl).text() : '',
    page.elementsNamed('meta').find((el) => attributeIs(el, 'property', 'og:title'))?.attribs['content'] ?? '',
    h1 ? extractVisibleText($, h1) : '',
  ];
  for (const c of candidates) {
    const t = cleanText(c);
    if (t !== '') return t;
  }
  return null;
}

export function judgePage(input: PageInput): PageFacts {
  const page = load(input);
  const language = attempt<LanguageVerdict>(() => judgeLanguage(page), { lang: null, langSource: null });
  const platform = attempt<PlatformVerdict>(() => detectPlatform(page), { platform: 'other', evidence: [] });
  const links = attempt<ClassifiedLink[]>(() => classifyLinks(page), []);
  const title = attempt(() => pageTitle(page), null);
  return {
    judgeVersion: PAGE_JUDGE_VERSION,
    url: page.url.href,
    title,
    platform: platform.platform,
    platformEvidence: platform.evidence,
    lang: language.lang,
    langSource: language.langSource,
    locales: attempt(() => judgeLocales(page), []),
    chatProviders: attempt(() => detectChatProviders(page), []),
    contacts: attempt(() => judgeContacts(page), { emails: [], phones: [], social: {}, ticketForm: false }),
    hasSearch: attempt(() => hasSearch(page), false),
    topics: attempt(() => judgeTopics(page, links, title), []),
    articleDates: attempt(() => judgeDates(page, language.lang), []),
    links: attempt(() => crawlLinks(page, links), []),
    articleLinkCount: attempt(() => countArticleLinks(links), 0),
    statusPageLinks: attempt(() => findStatusPageLinks(page, links), []),
    announcementLinks: attempt(() => findAnnouncementLinks(page, links), []),
    wordCount: attempt(() => countWords(page.visibleText()), 0),
  };
}

/** Same-site help-center pages to crawl next, with their roles (category, section, article, other). */
export function discoverLinks(input: PageInput): PageLink[] {
  const page = load(input);
  return attempt(() => crawlLinks(page, classifyLinks(page)), []);
}
