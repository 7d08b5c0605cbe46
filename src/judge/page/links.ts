/**
 * What the page's links lead to: the help-center pages worth crawling (with their
 * role: category, section, article), how many articles the page lists, and links to
 * a status page or an announcements / news section.
 *
 * Why it matters: the bounded crawl follows only same-site help content in the
 * page's own language (never other customers of a shared host such as other
 * *.zendesk.com help centers, never sign-in pages, request forms, search results,
 * files or feeds), and its article count sizes the knowledge base (self_service).
 * A status page and an announcements section are transparency evidence.
 *
 * Roles come from each platform's URL shapes: Zendesk /hc/<l>/categories|sections|articles/<id>,
 * Freshdesk /support/solutions/<id>|folders/<id>|articles/<id>, Intercom /<l>/collections|articles/<id>-,
 * Salesforce /s/topiccatalog|topic|article, Zoho Desk /portal/<l>/kb/…, Help Scout
 * /collection|category|article/<id>-, and generic /category|section|article|faq/<slug> paths
 * (a bare /faq or /kb is a category listing; /notice(s) and /news lists are sections and
 * their posts articles, so announcements are crawled for their dates).
 */
import type { PageLink } from '../../types/facts.js';
import type { LoadedPage, PageAnchor } from './document.js';
import { localeFromUrl, normalizeLocale } from './locales.js';
import { foldForMatch } from './normalize.js';
import { cleanText } from './sanitize.js';
import { decodedPath, isSameSite, memoByUrl } from './site.js';
import { classifySocialUrl } from './social.js';

export type LinkRole = PageLink['role'];

/** At most this many links are handed to the crawler per page. */
export const MAX_CRAWL_LINKS = 500;
const MAX_STATUS_LINKS = 20;
const MAX_ANNOUNCEMENT_LINKS = 20;

/** Why a link is not a page to crawl. */
export type Exclusion = 'other-site' | 'auth' | 'form' | 'search' | 'language-switch' | 'file' | 'feed' | 'account-area' | 'other-locale';

export interface ClassifiedLink {
  anchor: PageAnchor;
  url: URL;
  role: LinkRole;
  sameSite: boolean;
  /** null when the crawler may follow the link. */
  exclusion: Exclusion | null;
}

/** Lower-cased, percent-decoded path segments (computed once per URL; not to be changed). */
export const pathSegments: (u: URL) => readonly string[] = memoByUrl((u) => decodedPath(u).toLowerCase().split('/').filter(Boolean));

const ZENDESK_KINDS: Record<string, LinkRole> = { categories: 'category', sections: 'section', articles: 'article' };
const FRESHDESK_KINDS: Record<string, LinkRole> = { folders: 'section', articles: 'article' };
const HELPSCOUT_KINDS: Record<string, LinkRole> = { collection: 'category', category: 'section', article: 'article' };
const GENERIC_KINDS: Record<string, LinkRole> = {
  category: 'category', categories: 'category', collection: 'category', collections: 'category',
  section: 'section', sections: 'section', folder: 'section', folders: 'section',
  article: 'article', articles: 'article', faq: 'article', faqs: 'article', kb: 'article',
  'knowledge-base': 'article', knowledgebase: 'article', 'help-article': 'article', guide: 'article', guides: 'article',
  notice: 'article', notices: 'article', announcement: 'article', announcements: 'article', news: 'article',
};
/** A path ending in one of these is a listing: the FAQ / knowledge-base index, or the notices list. */
const LISTING_KINDS: Record<string, LinkRole> = {
  faq: 'category', faqs: 'category', kb: 'category', 'knowledge-base': 'category', knowledgebase: 'category',
  notice: 'section', notices: 'section', announcement: 'section', announcements: 'section', news: 'section',
};

const startsWithId = (s: string | undefined): boolean => s !== undefined && /^\d+(?:-|$)/.test(s);

/** The role of a help-center URL, from its path shape alone. */
export const linkRole: (u: URL) => LinkRole = memoByUrl(roleOf);

function roleOf(u: URL): LinkRole {
  const segs = pathSegments(u);
  // Zendesk: /hc/<locale>/categories/<id>-slug
  const hc = segs.indexOf('hc');
  if (hc !== -1) {
    let k = hc + 1;
    if (segs[k] !== undefined && ZENDESK_KINDS[segs[k] ?? ''] === undefined) k++;
    const role = ZENDESK_KINDS[segs[k] ?? ''];
    if (role && startsWithId(segs[k + 1])) return role;
    return 'other';
  }
  // Freshdesk: /support/solutions/<id> | folders/<id> | articles/<id>
  const sol = segs.indexOf('solutions');
  if (sol > 0 && segs[sol - 1] === 'support') {
    const next = segs[sol + 1];
    if (startsWithId(next)) return 'category';
    const role = FRESHDESK_KINDS[next ?? ''];
    if (role && startsWithId(segs[sol + 2])) return role;
    return 'other';
  }
  // Salesforce Experience Cloud: /s/article/<slug>, /s/topic/<id>, /s/topiccatalog
  const s = segs.indexOf('s');
  if (s !== -1 && s <= 1) {
    const kind = segs[s + 1];
    if (kind === 'article' && segs[s + 2]) return 'article';
    if (kind === 'topic' && segs[s + 2]) return 'section';
    if (kind === 'topiccatalog') return 'category';
  }
  // Zoho Desk: /portal/<locale>/kb/articles/<slug>, /portal/<locale>/kb/<dept>/<category>/<section>
  if (segs[0] === 'portal' && segs[2] === 'kb') {
    if (segs[3] === 'articles' && segs[4]) return 'article';
    const depth = segs.length - 3;
    if (depth >= 3) return 'section';
    if (depth >= 1) return 'category';
    return 'other';
  }
  // Help Scout Docs: /collection/<id>-slug, /category/<id>-slug, /article/<id>-slug
  const hs = HELPSCOUT_KINDS[segs[0] ?? ''];
  if (hs && startsWithId(segs[1])) return hs;
  // Intercom and generic: [/<locale>]/…/articles/<slug>
  for (let i = segs.length - 2; i >= 0; i--) {
    const role = GENERIC_KINDS[segs[i] ?? ''];
    if (role && segs[i + 1]) return role;
  }
  return LISTING_KINDS[segs[segs.length - 1] ?? ''] ?? 'other';
}

const AUTH_SEGMENTS = new Set([
  'signin', 'sign_in', 'sign-in', 'login', 'log-in', 'log_in', 'logout', 'log-out', 'log_out', 'signout', 'sign_out',
  'sign-out', 'signup', 'sign_up', 'sign-up', 'register', 'registration', 'join', 'password', 'forgot-password',
  'forgot_password', 'reset-password', 'reset_password', 'access', 'auth', 'oauth', 'sso', 'saml', 'verify-email',
]);
const SEARCH_SEGMENTS = new Set(['search', 'global-search', 'search_results', 'search-results', 'searchresults']);
const ACCOUNT_AREA_SEGMENTS = new Set([
  'profiles', 'contributions', 'subscriptions', 'subscription', 'following', 'user_segments', 'theming_assets',
  'vote', 'votes', 'my_activities', 'my-activities', 'cdn-cgi', 'wp-admin', 'wp-login.php', 'agent', 'admin',
]);
const SEARCH_PARAMS = ['q', 'query', 'term', 'keyword', 'keywords', 'search', 'searchterm', 'search_term', 's'];
const FILE_EXTENSIONS = /\.(?:pdf|png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|zip|rar|7z|gz|tgz|bz2|xz|tar|docx?|xlsx?|pptx?|odt|ods|csv|txt|mp4|m4v|webm|mov|avi|mkv|mp3|wav|ogg|m4a|dmg|exe|msi|apk|ipa|deb|rpm|pkg|iso|bin|js|mjs|css|map|woff2?|ttf|otf|eot|json|wasm)$/i;
const FEED_EXTENSIONS = /\.(?:rss|atom|xml|rdf)$/i;
const FEED_SEGMENTS = new Set(['feed', 'feeds', 'rss', 'atom']);

/** Why a URL is not a page to crawl (locale and site aside), or null. */
export const pathExclusion: (u: URL) => Exclusion | null = memoByUrl(exclusionOf);

function exclusionOf(u: URL): Exclusion | null {
  const segs = pathSegments(u);
  const last = segs[segs.length - 1] ?? '';
  if (segs.some((s) => AUTH_SEGMENTS.has(s))) return 'auth';
  if (segs.includes('change_language') || segs.includes('change-language')) return 'language-switch';
  if (
    segs.includes('requests') || segs.includes('newticket') || segs.includes('contactsupport') ||
    (segs.includes('tickets') && segs.includes('support')) ||
    (last === 'new' && segs.length > 1) || /^(?:submit[-_]?a?[-_]?(?:request|ticket)|new[-_]?ticket|create[-_]?ticket|inquiry|contact[-_]?form)$/.test(last)
  ) return 'form';
  if (segs.some((s) => SEARCH_SEGMENTS.has(s)) || SEARCH_PARAMS.some((p) => u.searchParams.has(p))) return 'search';
  if (FEED_EXTENSIONS.test(last) || segs.some((s) => FEED_SEGMENTS.has(s)) || /^(?:rss|atom|feed)$/i.test(u.searchParams.get('format') ?? '')) return 'feed';
  if (FILE_EXTENSIONS.test(last)) return 'file';
  if (segs.some((s) => ACCOUNT_AREA_SEGMENTS.has(s)) || (segs[0] === 'api' && /^v\d+$/.test(segs[1] ?? ''))) return 'account-area';
  return null;
}

const primary = (loc: string): string => loc.split('-')[0] ?? loc;

/** Two locales name the same language variant ('en-us' and 'en' match; 'en-us' and 'en-gb' do not). */
function sameLocale(a: string, b: string): boolean {
  if (a === b) return true;
  return (!a.includes('-') || !b.includes('-')) && primary(a) === primary(b);
}

/** The locale the page itself is in: its URL's locale segment, else <html lang>. */
export function pageLocale(page: LoadedPage): string | null {
  return localeFromUrl(page.url, false) ?? normalizeLocale(page.elementsNamed('html')[0]?.attribs['lang']);
}

/** Every http(s) link on the page, classified once. */
export function classifyLinks(page: LoadedPage): ClassifiedLink[] {
  const own = pageLocale(page);
  const out: ClassifiedLink[] = [];
  for (const a of page.anchors()) {
    const url = a.url;
    if (!url) continue;
    const sameSite = isSameSite(url, page.url);
    let exclusion: Exclusion | null = sameSite ? pathExclusion(url) : 'other-site';
    if (exclusion === null && own !== null) {
      const loc = localeFromUrl(url, false);
      if (loc !== null && !sameLocale(loc, own)) exclusion = 'other-locale';
    }
    out.push({ anchor: a, url, role: sameSite ? linkRole(url) : 'other', sameSite, exclusion });
  }
  return out;
}

/** Same-site pages to crawl, deduplicated (first text kept), in page order, capped. */
export function crawlLinks(page: LoadedPage, links: readonly ClassifiedLink[]): PageLink[] {
  const out: PageLink[] = [];
  const seen = new Set<string>([page.url.href]);
  for (const l of links) {
    if (l.exclusion !== null || seen.has(l.url.href)) continue;
    seen.add(l.url.href);
    out.push({ url: l.url.href, text: cleanText(l.anchor.text), role: l.role });
    if (out.length >= MAX_CRAWL_LINKS) break;
  }
  return out;
}

/** One key per article: its numeric id where the platform has one (/articles/360-a and /articles/360 are one article). */
function articleKey(u: URL): string {
  const segs = pathSegments(u);
  for (let i = 0; i < segs.length - 1; i++) {
    if (segs[i] === 'articles' || segs[i] === 'article') {
      const id = /^(\d+)(?:-|$)/.exec(segs[i + 1] ?? '')?.[1];
      if (id) return `${u.host}#${id}`;
    }
  }
  return `${u.host}${u.pathname.toLowerCase().replace(/\/+$/, '')}`;
}

/** Distinct same-site articles in the page's language that the page links to (not capped like the crawl list). */
export function countArticleLinks(links: readonly ClassifiedLink[]): number {
  const keys = new Set<string>();
  for (const l of links) if (l.exclusion === null && l.role === 'article') keys.add(articleKey(l.url));
  return keys.size;
}

// --- status pages -------------------------------------------------------------

/** Hosts of hosted status-page services. */
const STATUS_SERVICE_HOST = /(?:^|\.)(?:statuspage\.io|status\.io|hostedstatus\.com|instatus\.com|betteruptime\.com|betterstack\.com|freshstatus\.io|statuspal\.io|statuspal\.eu|status\.page|uptimerobot\.com|cachethq\.io|sorryapp\.com|status\.site)$/i;
/** Help-desk and hosting vendors whose own status page says nothing about the exchange. */
const VENDOR_SITES = new Set([
  'zendesk.com', 'freshdesk.com', 'freshworks.com', 'intercom.com', 'intercom.io', 'salesforce.com', 'zoho.com',
  'helpscout.net', 'helpscout.com', 'atlassian.com', 'cloudflare.com', 'githubstatus.com', 'github.com', 'google.com',
]);
const STATUS_TEXT = [
  'system status', 'status page', 'service status', 'platform status', 'network status', 'server status', 'api status',
  '系统状态', '服务状态', '系統狀態', '服務狀態', 'статус системы', 'статус сервисов', 'состояние системы', 'статус сервиса',
  'وضعیت سیستم', 'وضعیت سرویس', 'وضعیت شبکه', '시스템 상태', '서비스 상태', 'estado del sistema', 'estado de los servicios',
  'estado del servicio', 'sistem durumu', 'servis durumu', 'システムステータス', 'システム状況', 'サービス状況',
  'systemstatus', 'statut du système', 'état du service', 'état des services', 'trạng thái hệ thống', 'status do sistema',
].map((t) => foldForMatch(t));
const STATUS_PATH = /^(?:status|system-status|system_status|systemstatus|service-status|server-status|platform-status)$/;

/** Hosts of a status service's own app (sign-in, subscriptions), not anyone's status page. */
const STATUS_SERVICE_APP = /^(?:manage|subscriptions|www|app|admin|api|docs|help|support|blog)\./i;

/** The host is a vendor's site or one of its subdomains (status.zendesk.com). */
function onVendorSite(host: string): boolean {
  for (let from = 0; ; ) {
    if (VENDOR_SITES.has(host.slice(from))) return true;
    const dot = host.indexOf('.', from);
    if (dot === -1) return false;
    from = dot + 1;
  }
}

function looksLikeStatusLink(page: LoadedPage, l: ClassifiedLink): boolean {
  const host = l.url.hostname.toLowerCase();
  if (!l.sameSite && onVendorSite(host)) return false;
  const exclusion = pathExclusion(l.url);
  if (exclusion !== null && exclusion !== 'search') return false;
  if (STATUS_SERVICE_HOST.test(host)) return !STATUS_SERVICE_APP.test(host) && host.split('.').length > 2;
  if (/^status\./.test(host)) return true;
  if (l.sameSite && pathSegments(l.url).some((s) => STATUS_PATH.test(s))) return true;
  const text = foldForMatch(l.anchor.text);
  return text.length <= 60 && STATUS_TEXT.some((t) => text.includes(t)) && classifySocialUrl(l.url) === null && l.url.href !== page.url.href;
}

/** Links to the exchange's status page, in page order, capped. */
export function findStatusPageLinks(page: LoadedPage, links: readonly ClassifiedLink[]): string[] {
  const out = new Set<string>();
  for (const l of links) {
    if (out.size >= MAX_STATUS_LINKS) break;
    if (looksLikeStatusLink(page, l)) out.add(l.url.href);
  }
  return [...out];
}

// --- announcements ------------------------------------------------------------

const ANNOUNCEMENT_SEGMENTS = new Set([
  'announcement', 'announcements', 'announcement-center', 'news', 'newsroom', 'blog', 'blogs', 'notice', 'notices',
  'noticeboard', 'bulletin', 'bulletins', 'updates', 'latest-news', 'press', 'changelog', 'whats-new',
]);
/** Section or category names, and link texts, that mean announcements / news (folded). */
const ANNOUNCEMENT_WORDS = [
  'announcement', 'announcements', 'latest news', 'news', 'blog', 'notices', 'platform updates', 'product updates',
  '公告', '最新公告', '公告中心', '新闻', '资讯', '最新动态', '最新動態', '新聞',
  'объявления', 'новости', 'анонсы', 'блог',
  'اطلاعیه', 'اطلاعیه ها', 'اخبار', 'اعلانات', 'بلاگ', 'وبلاگ',
  '공지사항', '공지', '뉴스', '블로그', '새소식',
  'anuncios', 'noticias', 'novedades', 'comunicados',
  'duyurular', 'duyuru', 'haberler', 'blog',
  'お知らせ', 'ニュース', 'ブログ', '新着情報',
  'ankündigungen', 'neuigkeiten', 'annonces', 'actualités', 'nouvelles', 'thông báo', 'tin tức', 'anúncios', 'notícias', 'novidades',
].map((w) => foldForMatch(w));
const LATIN_ANNOUNCEMENT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ANNOUNCEMENT_WORDS.filter((w) => !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(w))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'u',
);
/** The Han, kana and Hangul words, matched without spaces. */
const CJK_ANNOUNCEMENT = ANNOUNCEMENT_WORDS.filter((w) => /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(w)).map((w) => w.replace(/\s+/g, ''));

/** Whether a short name (a link text, a section slug) means announcements / news. */
export function namesAnnouncements(name: string): boolean {
  const folded = foldForMatch(name).replace(/[-_]+/g, ' ');
  if (folded === '' || folded.length > 40) return false;
  if (LATIN_ANNOUNCEMENT.test(folded)) return true;
  const compact = folded.replace(/\s+/g, '');
  return CJK_ANNOUNCEMENT.some((w) => compact.includes(w));
}

/** The readable name in a help-center URL's last segment ("360001-Latest-News" -> "Latest News"). */
export const slugName: (u: URL) => string = memoByUrl((u) => {
  const segs = decodedPath(u).split('/').filter(Boolean);
  const last = segs[segs.length - 1] ?? '';
  return last.replace(/^\d+(?:-|$)/, '').replace(/[-_+]+/g, ' ').trim();
});

function isAnnouncementUrl(u: URL, role: LinkRole): boolean {
  if (role === 'article') return false; // one post, not the section
  if (pathSegments(u).some((s) => ANNOUNCEMENT_SEGMENTS.has(s))) return true;
  return (role === 'category' || role === 'section') && namesAnnouncements(slugName(u));
}

/**
 * Links to an announcements / news / blog section (and the page itself when it is one).
 * Same-site links qualify by path or section name; a link's text qualifies it too, on
 * any site except social networks (those are `social`). A link to one article or post
 * never qualifies, so one article's title mentioning "news" is not an announcements section.
 */
export function findAnnouncementLinks(page: LoadedPage, links: readonly ClassifiedLink[]): string[] {
  const out = new Set<string>();
  if (isAnnouncementUrl(page.url, linkRole(page.url))) out.add(page.url.href);
  for (const l of links) {
    if (out.size >= MAX_ANNOUNCEMENT_LINKS) break;
    if (l.exclusion !== null && l.exclusion !== 'other-site' && l.exclusion !== 'other-locale') continue;
    if (classifySocialUrl(l.url) !== null) continue;
    const byUrl = l.sameSite && isAnnouncementUrl(l.url, l.role);
    const byText = l.role !== 'article' && namesAnnouncements(l.anchor.text);
    if (byUrl || byText) out.add(l.url.href);
  }
  return [...out];
}
