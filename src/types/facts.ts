/**
 * Facts a judge extracts from one help-center page. Pure data, JSON-serialisable,
 * computed from (body text, final URL) only, so they can be recomputed at any time
 * from stored evidence (`supportscope rejudge`).
 */

export type HelpPlatform = 'zendesk' | 'freshdesk' | 'intercom' | 'salesforce' | 'helpscout' | 'zohodesk' | 'other';

/** Chat providers whose widget the page actually loads (a script/iframe), not merely mentions. */
export type ChatProvider =
  | 'zendesk'
  | 'intercom'
  | 'freshchat'
  | 'livechat'
  | 'tawkto'
  | 'crisp'
  | 'channeltalk'
  | 'salesforce'
  | 'hubspot'
  | 'drift'
  | 'zohosalesiq'
  | 'liveperson'
  | 'meiqia'
  | 'jivochat'
  | 'goftino'
  | 'tidio'
  | 'chatwoot'
  | 'smartsupp'
  | 'olark';

/** Social networks recognised in links. */
export type SocialNetwork =
  | 'telegram'
  | 'x'
  | 'discord'
  | 'facebook'
  | 'instagram'
  | 'youtube'
  | 'linkedin'
  | 'reddit'
  | 'tiktok'
  | 'medium'
  | 'vk'
  | 'weibo'
  | 'wechat'
  | 'line'
  | 'kakao'
  | 'naver';

/** Topic ids covered by the help center (CRITERIA.md, self_service). */
export const TOPIC_IDS = [
  'account',
  'security',
  'deposit',
  'withdrawal',
  'fees',
  'kyc',
  'trading',
  'api',
  'anti-phishing',
  'tutorial',
  'risk-warning',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface Contacts {
  emails: string[];
  phones: string[];
  /** network -> distinct URLs (or handles) found. */
  social: Partial<Record<SocialNetwork, string[]>>;
  /** A link to, or an embedded, ticket / "submit a request" form. */
  ticketForm: boolean;
}

export interface PageLink {
  url: string;
  text: string;
  /** What the judge thinks the link leads to, for the bounded crawl. */
  role: 'category' | 'section' | 'article' | 'other';
}

export interface PageFacts {
  /** Bumped whenever a judge's output changes, so `rejudge` knows what is stale. */
  judgeVersion: number;
  url: string;
  title: string | null;
  platform: HelpPlatform;
  /** Evidence for the platform verdict, e.g. "HelpCenter.internal JSON", "/hc/ path". */
  platformEvidence: string[];
  /** BCP-47-ish primary language of the page ('en', 'zh', 'ru', 'fa', 'ko', …) or null. */
  lang: string | null;
  langSource: 'html-lang' | 'content-language' | 'detected' | null;
  /** Locales the site offers, lower-case ('en-us', 'zh-cn', 'ru'), sorted, deduplicated. */
  locales: string[];
  chatProviders: ChatProvider[];
  contacts: Contacts;
  hasSearch: boolean;
  topics: TopicId[];
  /** Article dates found on the page (ISO 8601), newest first; capped. */
  articleDates: string[];
  /** Links useful to the crawler and to judges (category/section/article pages, same site). */
  links: PageLink[];
  /** Number of article links on this page (a proxy for knowledge-base size). */
  articleLinkCount: number;
  /** The page links to a status page (URL) — transparency evidence. */
  statusPageLinks: string[];
  /** The page has or links to an announcements / news section. */
  announcementLinks: string[];
  /** Words of the visible text, for sizing; not the text itself. */
  wordCount: number;
}
