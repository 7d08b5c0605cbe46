/**
 * Which of the required help-center topics the page covers (account, security,
 * deposit, withdrawal, fees, KYC, trading, API, anti-phishing, tutorial, risk warning).
 *
 * Why it matters (self_service, security): CRITERIA.md scores knowledge-base
 * coverage of these topics, and an anti-phishing / official-channel verification
 * page is security evidence.
 *
 * What is read is the page's structure as a reader sees it, not its running text:
 * the title, headings h1–h4 (and FAQ <summary>/<dt> questions, in-page question toggles,
 * table headers), breadcrumbs, the
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
import { attributeIs, hasAncestor } from './document.js';
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

/** Folds text for topic matching: foldForMatch, then hyphens, underscores, slashes and apostrophes as spaces. */
export function normalizeForTopics(s: string): string {
  return foldForMatch(s).replace(/[-_/\\|'"]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/*
 * How keywords are found. The rule is that of one regular expression per kind of
 * keyword, the alternation of every keyword, longest first:
 *   word keywords: (?<![\p{L}\p{N}])(?:kw(?:e?s)?(?![\p{L}\p{N}])|open-kw|…), scanned left to right;
 *   Han, kana and Hangul keywords: (?:kw|…), over the text with its spaces removed;
 * each match taking its text, so a longer keyword hides the shorter ones inside it.
 * With some 600 keywords such an alternation is tried at every position of the text,
 * so the same search is done with a character tree (trie) of the keywords instead: from
 * each place a keyword can start, the tree is walked along the text, and the longest
 * keyword that matches there (with its plural and word-end rule) wins, exactly as the
 * alternation would choose.
 */

/** One keyword as the alternation tries it. */
interface Alternative {
  /** Matches as a prefix (a trailing '*', or Persian/Arabic): no word end, no plural. */
  open: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The keywords that end here, in the order the alternation tries them. */
  ends: Alternative[];
}

const newNode = (): TrieNode => ({ next: new Map(), ends: [] });

function insert(root: TrieNode, key: string, alt: Alternative): void {
  let node = root;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    let child = node.next.get(code);
    if (!child) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.ends.push(alt);
}

interface Matchers {
  word: TrieNode;
  cjk: TrieNode;
  /** First characters of the Han/kana/Hangul keywords, to find where one can start. */
  cjkStart: RegExp;
  /** keyword -> the topics it names ([] for a neutral phrase). */
  lookup: Map<string, TopicId[]>;
}

const LETTER_OR_DIGIT_START = /^[\p{L}\p{N}]/u;

function compile(): Matchers {
  const lookup = new Map<string, TopicId[]>();
  const note = (key: string, topic: TopicId | null): void => {
    const list = lookup.get(key) ?? [];
    if (topic && !list.includes(topic)) list.push(topic);
    lookup.set(key, list);
  };
  const wordAlts: { key: string; open: boolean }[] = [];
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
    // Word keywords are only looked for where a letter or digit follows a non-letter (see matchTopics).
    if (!LETTER_OR_DIGIT_START.test(kw)) throw new Error(`topic keyword must start with a letter or digit: ${raw}`);
    note(kw, topic);
    wordAlts.push({ key: kw, open: prefix || ARABIC_SCRIPT.test(kw) });
  };
  for (const w of NEUTRAL_KEYWORDS) add(w, null);
  for (const t of TOPIC_IDS) for (const w of TOPIC_KEYWORDS[t]) add(w, t);
  // Longest first; a stable sort keeps the list order among keywords of one length.
  wordAlts.sort((a, b) => b.key.length - a.key.length);
  const word = newNode();
  for (const a of wordAlts) insert(word, a.key, { open: a.open });
  const cjk = newNode();
  const starts = new Set<string>();
  for (const key of new Set(cjkAlts)) {
    insert(cjk, key, { open: true });
    starts.add(key[0] ?? '');
  }
  const escapeClass = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return { word, cjk, cjkStart: new RegExp(`[${[...starts].map(escapeClass).join('')}]`, 'g'), lookup };
}

const MATCHERS = compile();

const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const LETTER_OR_DIGIT_BEFORE = /(?<=[\p{L}\p{N}])/uy;
/** Runs of letters and digits: word keywords can start only where one starts. */
const RUN = /[\p{L}\p{N}]+/gu;

/** No letter or digit at index `i`: (?![\p{L}\p{N}]). */
function wordEndsAt(t: string, i: number): boolean {
  LETTER_OR_DIGIT_AT.lastIndex = i;
  return !LETTER_OR_DIGIT_AT.test(t);
}

/** Where a whole-word keyword that spans t[start, end) ends its match, with a plural -es/-s, or -1: kw(?:e?s)?(?![\p{L}\p{N}]). */
function wholeWordEnd(t: string, end: number): number {
  if (t.startsWith('es', end) && wordEndsAt(t, end + 2)) return end + 2;
  if (t.startsWith('s', end) && wordEndsAt(t, end + 1)) return end + 1;
  return wordEndsAt(t, end) ? end : -1;
}

/**
 * Where the keyword the alternation would pick at `start` ends, or -1. The tree is walked
 * along the text; the deepest keyword (the longest) is tried first, as in the alternation,
 * and word keywords must also pass their word-end rule.
 */
function matchAt(root: TrieNode, t: string, start: number, words: boolean): number {
  const ends: [TrieNode, number][] = [];
  let node: TrieNode | undefined = root;
  for (let i = start; i < t.length; i++) {
    node = node.next.get(t.charCodeAt(i));
    if (!node) break;
    if (node.ends.length > 0) ends.push([node, i + 1]);
  }
  for (let k = ends.length - 1; k >= 0; k--) {
    const entry = ends[k];
    if (!entry) continue;
    const [found, end] = entry;
    for (const alt of found.ends) {
      const matchEnd = !words || alt.open ? end : wholeWordEnd(t, end);
      if (matchEnd !== -1) return matchEnd;
    }
  }
  return -1;
}

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
  // Word keywords: tried where a run of letters and digits starts (no letter or digit before).
  RUN.lastIndex = 0;
  for (let run = RUN.exec(t); run !== null; run = RUN.exec(t)) {
    const start = run.index;
    LETTER_OR_DIGIT_BEFORE.lastIndex = start;
    if (LETTER_OR_DIGIT_BEFORE.test(t)) continue; // the rest of a word a match ended inside
    const end = matchAt(MATCHERS.word, t, start, true);
    if (end === -1) continue;
    for (const topic of resolve(t.slice(start, end)) ?? []) found.add(topic);
    if (end > RUN.lastIndex) RUN.lastIndex = end;
  }
  // Han, kana and Hangul keywords: substrings of the text without spaces.
  const stripped = t.replace(/\s+/g, '');
  const { cjkStart } = MATCHERS;
  cjkStart.lastIndex = 0;
  for (let c = cjkStart.exec(stripped); c !== null; c = cjkStart.exec(stripped)) {
    const end = matchAt(MATCHERS.cjk, stripped, c.index, false);
    if (end === -1) continue;
    for (const topic of MATCHERS.lookup.get(stripped.slice(c.index, end)) ?? []) found.add(topic);
    cjkStart.lastIndex = end;
  }
  return TOPIC_IDS.filter((id) => found.has(id));
}

// --- the site's own name ------------------------------------------------------

/** Words that make a title segment the help center's name ("… – Acme Help Center"). */
const HELP_CENTER_WORDS = /(?<!\p{L})(?:help ?cent(?:er|re)|help|support|helpdesk|help desk|knowledge ?base|faq|docs|customer service|centro de ayuda|ayuda|soporte|destek merkezi|destek|yardım merkezi|yardım|hilfe|aide|trợ giúp|hỗ trợ|ajuda|suporte|помощь|поддержка|центр поддержки|مرکز راهنما|مرکز پشتیبانی|پشتیبانی)(?!\p{L})|帮助中心|幫助中心|客服中心|帮助|幫助|고객센터|도움말|ヘルプセンター|ヘルプ|サポート/giu;
const TITLE_SEPARATOR = /\s+[|–—:·•»-]\s+|\s*[|｜]\s*/;

/** The names the site calls itself (og:site_name, application-name, a help-center title suffix), with their cores ("Tortoise Trade"). */
export function siteNames(page: LoadedPage, title: string | null): string[] {
  const names = new Set<string>();
  const metas = page.elementsNamed('meta');
  // meta[property="og:site_name" i], then meta[name="application-name" i]
  for (const [attribute, value] of [['property', 'og:site_name'], ['name', 'application-name']] as const) {
    const name = cleanText(metas.find((el) => attributeIs(el, attribute, value))?.attribs['content'] ?? '', 80);
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

/** Selector [class*="breadcrumb" i], [aria-label*="breadcrumb" i], [itemtype*="BreadcrumbList"]. */
function isBreadcrumb(el: Element): boolean {
  const a = el.attribs;
  return /breadcrumb/i.test(a['class'] ?? '') || /breadcrumb/i.test(a['aria-label'] ?? '') || (a['itemtype'] ?? '').includes('BreadcrumbList');
}

/** Headings and FAQ questions: h1, h2, h3, h4, summary, dt, and table headers and captions. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'summary', 'dt', 'th', 'caption']);

/**
 * An in-page FAQ toggle: a question that opens its answer on the page rather than a
 * link to another one (<a href="#faq3">, <a href="javascript:…">, a button with
 * aria-expanded / aria-controls). Custom FAQ pages are often built only of these.
 */
function isFaqToggle(el: Element): boolean {
  const a = el.attribs;
  if (el.name === 'a') {
    const href = (a['href'] ?? '').trim();
    return href.startsWith('#') || /^javascript:/i.test(href) || (href === '' && (a['aria-expanded'] !== undefined || a['aria-controls'] !== undefined));
  }
  return el.name === 'button' && (a['aria-expanded'] !== undefined || a['aria-controls'] !== undefined);
}

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

  for (const el of page.elements().filter(isBreadcrumb).slice(0, 10)) {
    if (!hasAncestor(el, INERT)) push(cleanText(extractVisibleText($, el), 600));
  }
  let headings = 0;
  for (const el of page.elements()) {
    if (!HEADINGS.has(el.name) && !isFaqToggle(el)) continue;
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
