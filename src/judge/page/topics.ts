/**
 * Which of the required help-center topics the page covers (account, security,
 * deposit, withdrawal, fees, KYC, trading, API, anti-phishing, tutorial, risk warning).
 *
 * Why it matters (self_service, security): CRITERIA.md scores knowledge-base
 * coverage of these topics, and an anti-phishing / official-channel verification
 * page is security evidence.
 *
 * What is read is the page's structure as a reader sees it, not its running text:
 * the title, headings h1–h4 (and FAQ <summary>/<dt> questions), breadcrumbs, the
 * texts of same-site links, and the readable slugs of help-center URLs
 * (/articles/360-How-to-Withdraw-USDT, /hc/zh-cn/sections/12-充值).
 *
 * The footer rule: site chrome (the page's <header>/<footer> when they are not
 * inside an article/section/main, <nav>, role=banner|navigation|contentinfo, and
 * elements classed footer/header/nav/navbar/menu) repeats on every page and is full of legal
 * and marketing links ("Fees", "Risk Disclosure", "API" pointing at the exchange's
 * main site). There, headings are ignored, and a link counts only when it is a
 * same-site link to help content (a category, section or article URL). Links that
 * are not content at all (sign-in, request forms, search, files) never count, and
 * neither does the site's own name ("Tortoise Trade Support" is not the trading topic).
 */
import type { AnyNode, Element } from 'domhandler';
import type { TopicId } from '../../types/facts.js';
import { TOPIC_IDS } from '../../types/facts.js';
import type { LoadedPage } from './document.js';
import { hasAncestor } from './document.js';
import type { ClassifiedLink } from './links.js';
import { linkRole, slugName } from './links.js';
import { foldForMatch } from './normalize.js';
import { cleanText } from './sanitize.js';
import { NEUTRAL_KEYWORDS, TOPIC_KEYWORDS } from './topic-keywords.js';
import { extractVisibleText, isElement } from './visible-text.js';

/** Characters of structural text matched per page. */
const MAX_STRUCTURE_CHARS = 300_000;
const MAX_HEADINGS = 2000;
const MAX_PIECE_CHARS = 300;
/** Separates pieces so no keyword spans two of them. */
const SEP = ' ¶ ';
const INERT = new Set(['template', 'noscript']);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f]/;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folds text for topic matching: foldForMatch, then hyphens, underscores, slashes and apostrophes as spaces. */
export function normalizeForTopics(s: string): string {
  return foldForMatch(s).replace(/[-_/\\|'"]+/g, ' ').replace(/\s+/g, ' ').trim();
}

interface Matchers {
  word: RegExp;
  cjk: RegExp;
  /** keyword -> the topics it names ([] for a neutral phrase). */
  lookup: Map<string, TopicId[]>;
}

function compile(): Matchers {
  const lookup = new Map<string, TopicId[]>();
  const note = (key: string, topic: TopicId | null): void => {
    const list = lookup.get(key) ?? [];
    if (topic && !list.includes(topic)) list.push(topic);
    lookup.set(key, list);
  };
  const wordAlts: { key: string; src: string }[] = [];
  const cjkAlts: string[] = [];
  const add = (raw: string, topic: TopicId | null): void => {
    const prefix = raw.endsWith('*');
    const kw = normalizeForTopics(prefix ? raw.slice(0, -1) : raw);
    if (kw === '') return;
    if (CJK.test(kw)) {
      const key = kw.replace(/\s+/g, '');
      note(key, topic);
      cjkAlts.push(key);
      return;
    }
    note(kw, topic);
    const open = prefix || ARABIC_SCRIPT.test(kw);
    wordAlts.push({ key: kw, src: open ? escapeRe(kw) : `${escapeRe(kw)}(?:e?s)?(?![\\p{L}\\p{N}])` });
  };
  for (const w of NEUTRAL_KEYWORDS) add(w, null);
  for (const t of TOPIC_IDS) for (const w of TOPIC_KEYWORDS[t]) add(w, t);
  wordAlts.sort((a, b) => b.key.length - a.key.length);
  const cjkSorted = [...new Set(cjkAlts)].sort((a, b) => b.length - a.length);
  return {
    word: new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlts.map((a) => a.src).join('|')})`, 'gu'),
    cjk: new RegExp(cjkSorted.map(escapeRe).join('|'), 'gu'),
    lookup,
  };
}

const MATCHERS = compile();

function resolve(match: string): TopicId[] | undefined {
  const { lookup } = MATCHERS;
  if (lookup.has(match)) return lookup.get(match);
  if (match.endsWith('es') && lookup.has(match.slice(0, -2))) return lookup.get(match.slice(0, -2));
  if (match.endsWith('s') && lookup.has(match.slice(0, -1))) return lookup.get(match.slice(0, -1));
  return undefined;
}

/** Every keyword (folded) and the topics it names, for tests and reports. */
export function topicKeywordTable(): ReadonlyMap<string, readonly TopicId[]> {
  return MATCHERS.lookup;
}

/**
 * Topics named in `text` (any language of the keyword lists). `siteNames` (the
 * exchange's own name, e.g. "Tortoise Trade Support") are taken out first, so a
 * brand is never a topic.
 */
export function matchTopics(text: string, siteNames: readonly string[] = []): TopicId[] {
  let t = normalizeForTopics(text);
  for (const name of siteNames) {
    const n = normalizeForTopics(name);
    if (n.length >= 3) t = t.split(n).join(' ¶ ');
  }
  const found = new Set<TopicId>();
  for (const m of t.matchAll(MATCHERS.word)) {
    for (const topic of resolve(m[0]) ?? []) found.add(topic);
  }
  const stripped = t.replace(/\s+/g, '');
  for (const m of stripped.matchAll(MATCHERS.cjk)) {
    for (const topic of MATCHERS.lookup.get(m[0]) ?? []) found.add(topic);
  }
  return TOPIC_IDS.filter((id) => found.has(id));
}

// --- the site's own name ------------------------------------------------------

/** Words that make a title segment the help center's name ("… – Acme Help Center"). */
const HELP_CENTER_WORDS = /(?<!\p{L})(?:help ?cent(?:er|re)|help|support|helpdesk|help desk|knowledge ?base|faq|docs|customer service|centro de ayuda|ayuda|soporte|destek merkezi|destek|yardım merkezi|yardım|hilfe|aide|trợ giúp|hỗ trợ|ajuda|suporte|помощь|поддержка|центр поддержки|مرکز راهنما|مرکز پشتیبانی|پشتیبانی)(?!\p{L})|帮助中心|幫助中心|客服中心|帮助|幫助|고객센터|도움말|ヘルプセンター|ヘルプ|サポート/giu;
const TITLE_SEPARATOR = /\s+[|–—:·•»-]\s+|\s*[|｜]\s*/;

/** The names the site calls itself (og:site_name, application-name, a help-center title suffix), with their cores ("Tortoise Trade"). */
export function siteNames(page: LoadedPage, title: string | null): string[] {
  const { $ } = page;
  const names = new Set<string>();
  for (const sel of ['meta[property="og:site_name" i]', 'meta[name="application-name" i]']) {
    const name = cleanText($(sel).first().attr('content') ?? '', 80);
    if (name) names.add(name);
  }
  const parts = (title ?? '').split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last !== undefined && (names.has(last) || new RegExp(HELP_CENTER_WORDS.source, 'iu').test(last))) names.add(last);
  for (const name of [...names]) {
    const core = name.replace(HELP_CENTER_WORDS, ' ').replace(/\s+/g, ' ').trim();
    if (core !== name && (core.split(' ').length >= 2 || (CJK.test(core) && core.length >= 3))) names.add(core);
  }
  return [...names].filter((n) => n.length >= 3);
}

// --- site chrome --------------------------------------------------------------

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'menubar', 'menu']);
const CHROME_CLASSES = new Set([
  'footer', 'site-footer', 'page-footer', 'global-footer', 'main-footer', 'footer-wrapper', 'footer-container',
  'footer-inner', 'footer-nav', 'footer-links', 'footer-menu', 'header', 'site-header', 'global-header', 'nav', 'navbar', 'nav-bar',
  'main-nav', 'site-nav', 'top-nav', 'topbar', 'top-bar', 'main-menu', 'mega-menu', 'menu', 'nav-menu',
]);
const CHROME_IDS = new Set(['footer', 'header', 'site-footer', 'site-header', 'navbar', 'nav', 'menu', 'main-menu']);
const MAX_ANCESTORS = 600;

/** True when `el` sits in site chrome: repeated header, footer or navigation. */
export function inSiteChrome(el: AnyNode): boolean {
  const ancestors: Element[] = [];
  for (let p = el.parent; p && ancestors.length < MAX_ANCESTORS; p = p.parent) if (isElement(p)) ancestors.push(p);
  let sectioningAbove = false;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (!node) continue;
    const a = node.attribs;
    if (node.name === 'nav' || CHROME_ROLES.has((a['role'] ?? '').toLowerCase())) return true;
    if ((node.name === 'header' || node.name === 'footer') && !sectioningAbove) return true;
    if ((a['class'] ?? '').toLowerCase().split(/\s+/).some((c) => CHROME_CLASSES.has(c))) return true;
    if (CHROME_IDS.has((a['id'] ?? '').toLowerCase())) return true;
    if (SECTIONING.has(node.name)) sectioningAbove = true;
  }
  return false;
}

// --- structure ----------------------------------------------------------------

/** The structural text pieces topics are read from (see the file comment for the rule). */
export function structuralTexts(page: LoadedPage, links: readonly ClassifiedLink[], title: string | null): string[] {
  const { $ } = page;
  const pieces: string[] = [];
  let total = 0;
  const push = (s: string): boolean => {
    if (total >= MAX_STRUCTURE_CHARS) return false;
    const t = cleanText(s, MAX_PIECE_CHARS);
    if (t !== '') {
      pieces.push(t);
      total += t.length;
    }
    return true;
  };
  if (title) push(title);
  if (linkRole(page.url) !== 'other') push(slugName(page.url));

  for (const el of $('[class*="breadcrumb" i], [aria-label*="breadcrumb" i], [itemtype*="BreadcrumbList"]').toArray().slice(0, 10)) {
    if (!hasAncestor(el, INERT)) push(cleanText(extractVisibleText($, el), 600));
  }
  let headings = 0;
  for (const el of $('h1, h2, h3, h4, summary, dt').toArray()) {
    if (++headings > MAX_HEADINGS) break;
    if (hasAncestor(el, INERT) || inSiteChrome(el)) continue;
    if (!push(extractVisibleText($, el))) break;
  }
  for (const l of links) {
    if (!l.sameSite) continue;
    if (l.exclusion !== null && l.exclusion !== 'other-locale') continue;
    const helpContent = l.role !== 'other';
    if (!helpContent && inSiteChrome(l.anchor.el)) continue;
    if (!push(l.anchor.text)) break;
    if (helpContent) push(slugName(l.url));
  }
  return pieces;
}

export function judgeTopics(page: LoadedPage, links: readonly ClassifiedLink[], title: string | null): TopicId[] {
  return matchTopics(structuralTexts(page, links, title).join(SEP), siteNames(page, title));
}
