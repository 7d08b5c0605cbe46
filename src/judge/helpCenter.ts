/**
 * Rolls the facts of one crawl's pages up into what the help center offers as a whole.
 * Pure: PageFacts[] in, HelpCenterFindings out.
 */
import type { ChatProvider, HelpPlatform, PageFacts, SocialNetwork, TopicId } from '../types/facts.js';

export interface HelpCenterFindings {
  pages: number;
  platform: HelpPlatform | null;
  /** Primary languages of the pages crawled. */
  pageLanguages: string[];
  /** Locales offered anywhere on the site. */
  locales: string[];
  /** Distinct primary languages behind `locales` (zh-cn, zh-tw -> zh; en-us, en-gb -> en). */
  localeLanguages: string[];
  chatProviders: ChatProvider[];
  emails: string[];
  phones: string[];
  social: Partial<Record<SocialNetwork, string[]>>;
  ticketForm: boolean;
  hasSearch: boolean;
  topics: TopicId[];
  /** Distinct article URLs seen as links across the crawl. */
  articleLinks: number;
  /** All article dates found, newest first (ISO). */
  articleDates: string[];
  statusPageLinks: string[];
  announcementLinks: string[];
  /** The page URLs where each topic was found (first found), for evidence in reports. */
  topicEvidence: Partial<Record<TopicId, string>>;
}

const sortedUnique = <T extends string>(xs: Iterable<T>): T[] => [...new Set(xs)].sort();

export function primaryLanguage(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? locale.toLowerCase();
}

export function summariseHelpCenter(pages: PageFacts[]): HelpCenterFindings {
  const platforms = new Map<HelpPlatform, number>();
  const social: Partial<Record<SocialNetwork, Set<string>>> = {};
  const topicEvidence: Partial<Record<TopicId, string>> = {};
  const articleLinks = new Set<string>();
  const dates = new Set<string>();
  for (const p of pages) {
    platforms.set(p.platform, (platforms.get(p.platform) ?? 0) + 1);
    for (const [net, urls] of Object.entries(p.contacts.social) as [SocialNetwork, string[]][]) {
      const set = (social[net] ??= new Set());
      for (const u of urls) set.add(u);
    }
    for (const t of p.topics) topicEvidence[t] ??= p.url;
    for (const l of p.links) if (l.role === 'article') articleLinks.add(l.url);
    for (const d of p.articleDates) dates.add(d);
  }
  // The platform most pages agree on, preferring a named platform over 'other'.
  const platform =
    [...platforms.entries()].sort((a, b) => Number(b[0] !== 'other') - Number(a[0] !== 'other') || b[1] - a[1])[0]?.[0] ??
    null;
  const locales = sortedUnique(pages.flatMap((p) => p.locales));
  return {
    pages: pages.length,
    platform,
    pageLanguages: sortedUnique(pages.flatMap((p) => (p.lang ? [primaryLanguage(p.lang)] : []))),
    locales,
    localeLanguages: sortedUnique(locales.map(primaryLanguage)),
    chatProviders: sortedUnique(pages.flatMap((p) => p.chatProviders)),
    emails: sortedUnique(pages.flatMap((p) => p.contacts.emails)),
    phones: sortedUnique(pages.flatMap((p) => p.contacts.phones)),
    social: Object.fromEntries(Object.entries(social).map(([k, v]) => [k, [...v].sort()])),
    ticketForm: pages.some((p) => p.contacts.ticketForm),
    hasSearch: pages.some((p) => p.hasSearch),
    topics: sortedUnique(pages.flatMap((p) => p.topics)),
    articleLinks: Math.max(articleLinks.size, ...pages.map((p) => p.articleLinkCount), 0),
    articleDates: [...dates].sort().reverse(),
    statusPageLinks: sortedUnique(pages.flatMap((p) => p.statusPageLinks)),
    announcementLinks: sortedUnique(pages.flatMap((p) => p.announcementLinks)),
    topicEvidence,
  };
}
