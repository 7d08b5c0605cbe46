/**
 * One parsed page, shared by every page judge.
 *
 * Why it matters: the HTML is parsed once per call, and what several judges need
 * (links resolved against the right base, the visible text, the scripts the page
 * actually runs, the page's elements by tag name) is computed once, lazily, the same
 * way for all of them. Nothing from the page is ever executed: scripts are only read
 * as text.
 */
import { load, type CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { boundHtml } from './html-bounds.js';
import { foldForMatch } from './normalize.js';
import { cleanText, MAX_URL_CHARS } from './sanitize.js';
import { resolveHttpUrl } from './site.js';
import { extractVisibleText, isElement } from './visible-text.js';

export interface PageAnchor {
  /** Absolute http(s) URL without fragment; null for mailto:, tel:, javascript: and junk. */
  url: URL | null;
  /** The raw href attribute, trimmed (for mailto:/tel: handling). */
  href: string;
  /** The link's visible text, cleaned; falls back to aria-label, title, or an image's alt. */
  text: string;
  el: Element;
}

export interface PageScript {
  /** Absolute URL of `src`, or null for an inline script. */
  src: URL | null;
  /** Inline code (empty for external scripts). Read as text, never run. */
  code: string;
  /** The script's id attribute, lower-cased ('' when absent). */
  id: string;
  el: Element;
}

export interface LoadedPage {
  $: CheerioAPI;
  /** The page's own (final) URL. */
  url: URL;
  /** What relative links resolve against: <base href> when it is http(s), else `url`. */
  base: URL;
  /** Response headers with lower-case names. */
  headers: Record<string, string>;
  anchors(): PageAnchor[];
  /** Scripts the browser would execute (JS types only; inside <template> excluded). */
  scripts(): PageScript[];
  /**
   * Every element in document order: what `$('*')` selects, walked once per page so
   * that judges looking for a few tags or attributes do not each search the whole tree.
   */
  elements(): readonly Element[];
  /** The elements with this lower-case tag name, in document order (what `$(name)` selects). */
  elementsNamed(name: string): readonly Element[];
  visibleText(): string;
  /** visibleText() folded by foldForMatch, for the judges that match words and numbers in it. */
  foldedText(): string;
}

/** Work bounds against hostile pages. */
const MAX_ANCHORS = 5000;
const MAX_SCRIPTS = 500;
const MAX_INLINE_SCRIPT_CHARS = 1_000_000;

/** Script types a browser runs. Consent-gated scripts (text/plain + a consent-manager marker) run after consent, so they count too. */
const JS_TYPES = /^(?:|module|text\/javascript|application\/javascript|application\/x-javascript|text\/ecmascript|application\/ecmascript|text\/jscript|text\/babel)$/;

function isConsentGated(el: Element): boolean {
  const a = el.attribs;
  return (
    a['data-cookieconsent'] !== undefined ||
    a['data-cookiecategory'] !== undefined ||
    a['data-category'] !== undefined ||
    a['data-consent'] !== undefined ||
    /\boptanon-category-/.test(a['class'] ?? '')
  );
}

/** Selector [name="value" i]: the attribute equals `value` (given in lower case), ignoring case. */
export function attributeIs(el: Element, name: string, value: string): boolean {
  const v = el.attribs[name];
  return v !== undefined && v.length === value.length && v.toLowerCase() === value;
}

/** Selector .name: `name` is one of the element's whitespace-separated classes. */
export function hasClass(el: Element, name: string): boolean {
  const c = el.attribs['class'];
  return c !== undefined && c.split(/\s/).includes(name);
}

/** True when `el` sits inside one of the named elements. */
export function hasAncestor(el: AnyNode, names: ReadonlySet<string>): boolean {
  let p = el.parent;
  for (let depth = 0; p && depth < 10_000; depth++) {
    if (isElement(p) && names.has(p.name)) return true;
    p = p.parent;
  }
  return false;
}

const INERT_CONTAINERS = new Set(['template', 'noscript', 'textarea', 'xmp']);

function lowerKeys(h: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!h) return out;
  for (const [k, v] of Object.entries(h)) if (typeof v === 'string') out[k.toLowerCase()] = v;
  return out;
}

function anchorText($: CheerioAPI, el: Element): string {
  const text = cleanText(extractVisibleText($, el));
  if (text) return text;
  const a = el.attribs;
  const fallback = a['aria-label'] ?? a['title'] ?? $(el).find('img[alt]').first().attr('alt') ?? '';
  return cleanText(fallback);
}

/** The elements among `nodes` and inside them, in document order (pre-order), without recursion. */
function allElements(nodes: readonly AnyNode[]): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push(child);
    }
  }
  return out;
}

/** Parses `html` once. Throws only when `url` itself is not an absolute URL (a caller bug, not page content). */
export function loadPage(html: string, url: string, headers?: Record<string, string>): LoadedPage {
  const pageUrl = new URL(url);
  pageUrl.hash = '';
  // htmlparser2 in HTML mode (cheerio/slim), not parse5: five times faster on a 100 KB page and
  // half the memory, and the judges read links, scripts, attributes and text, which it parses
  // the same way (all page tests agree).
  const $ = load(boundHtml(html), { xml: { xmlMode: false, decodeEntities: true } });

  let elements: Element[] | undefined;
  let byName: Map<string, Element[]> | undefined;
  const all = (): Element[] => (elements ??= allElements($.root().contents().toArray()));
  const named = (name: string): readonly Element[] => {
    if (!byName) {
      byName = new Map();
      for (const el of all()) {
        const list = byName.get(el.name);
        if (list) list.push(el);
        else byName.set(el.name, [el]);
      }
    }
    return byName.get(name) ?? [];
  };

  const baseHref = named('base').find((el) => el.attribs['href'] !== undefined)?.attribs['href'];
  const base = resolveHttpUrl(baseHref, pageUrl) ?? pageUrl;

  let anchors: PageAnchor[] | undefined;
  let scripts: PageScript[] | undefined;
  let visible: string | undefined;
  let folded: string | undefined;
  const visibleText = (): string => (visible ??= extractVisibleText($));

  return {
    $,
    url: pageUrl,
    base,
    headers: lowerKeys(headers),
    anchors() {
      if (anchors) return anchors;
      anchors = [];
      for (const el of all()) {
        if (anchors.length >= MAX_ANCHORS) break;
        if ((el.name !== 'a' && el.name !== 'area') || el.attribs['href'] === undefined) continue;
        if (hasAncestor(el, INERT_CONTAINERS)) continue;
        const href = (el.attribs['href'] ?? '').trim();
        if (href.length > MAX_URL_CHARS) continue;
        anchors.push({ url: resolveHttpUrl(href, base), href, text: anchorText($, el), el });
      }
      return anchors;
    },
    scripts() {
      if (scripts) return scripts;
      scripts = [];
      for (const el of named('script')) {
        if (scripts.length >= MAX_SCRIPTS) break;
        if (hasAncestor(el, INERT_CONTAINERS)) continue;
        const type = (el.attribs['type'] ?? '').trim().toLowerCase().split(';')[0]?.trim() ?? '';
        if (!JS_TYPES.test(type) && !(type === 'text/plain' && isConsentGated(el))) continue;
        const srcAttr = el.attribs['src'];
        const id = (el.attribs['id'] ?? '').toLowerCase();
        if (srcAttr !== undefined) {
          const src = resolveHttpUrl(srcAttr, base);
          if (src) scripts.push({ src, code: '', id, el });
          continue;
        }
        const code = $(el).text();
        scripts.push({ src: null, code: code.length > MAX_INLINE_SCRIPT_CHARS ? code.slice(0, MAX_INLINE_SCRIPT_CHARS) : code, id, el });
      }
      return scripts;
    },
    elements: all,
    elementsNamed: named,
    visibleText,
    foldedText: () => (folded ??= foldForMatch(visibleText())),
  };
}
