/**
 * Locales the site offers: hreflang alternates, language-switcher menus and
 * selects, and locale segments of the help center's own URLs.
 *
 * Why it matters (multilingual criterion): the number and kind of languages a help
 * center offers is measured, not taken from the exchange's claims. Only real
 * language codes are counted; x-default is not a locale. The page's <html lang>
 * is not added here (it is `lang`); a Zendesk page's own /hc/<locale>/ is.
 */
import type { Element } from 'domhandler';
import type { LoadedPage, PageAnchor } from './document.js';
import { AUTONYMS, ISO_639_1, KEPT_THREE_LETTER } from './language-codes.js';
import { foldForMatch } from './normalize.js';
import { isSameSite, memoByUrl } from './site.js';
import { isElement } from './visible-text.js';

const MAX_LOCALES = 100;

const AUTONYM_LOOKUP = new Map(Object.entries(AUTONYMS).map(([name, code]) => [foldForMatch(name), code]));

/** Class/id/label words that mark a language switcher. */
const SWITCHER_MARK = /lang|locale|i18n|language|translat|语言|語言|язык|زبان|언어|言語|dil seç|idioma|sprache|langue|ngôn ngữ/i;

/** rel="alternate" among a link's space-separated rel values. */
const ALTERNATE_REL = /(?:^|\s)alternate(?:$|\s)/i;

/** Query parameters that carry a locale. */
const LOCALE_PARAMS = ['lang', 'locale', 'hl', 'language', 'lng', 'setlang', 'ln'];

/** Path words that may follow a bare locale segment (/en/articles/…, /id/support/…). */
const HELP_PATH_WORDS = new Set(['articles', 'collections', 'support', 'hc', 'kb', 'faq', 'help', 'helpcenter', 'help-center', 'knowledge']);

/** A normalised locale code ('zh_CN' -> 'zh-cn'), or null when it is not a real one. */
export function normalizeLocale(code: string | undefined | null): string | null {
  if (!code) return null;
  const c = code.trim().toLowerCase().replace(/_/g, '-');
  if (c.length > 20 || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/.test(c)) return null;
  const primary = c.split('-')[0] ?? '';
  if (primary.length === 2 ? !ISO_639_1.has(primary) : !KEPT_THREE_LETTER.has(primary)) return null;
  return c;
}

/** A locale that a URL's structure names, or null. `allowBare` accepts a plain /xx/ first segment. */
export function localeFromUrl(u: URL, allowBare: boolean): string | null {
  return allowBare ? localeOfUrlOrBare(u) : localeOfUrl(u);
}

const localeOfUrl = memoByUrl((u) => urlLocale(u, false));
const localeOfUrlOrBare = memoByUrl((u) => urlLocale(u, true));

function urlLocale(u: URL, allowBare: boolean): string | null {
  const segs = u.pathname.split('/').filter(Boolean);
  const s0 = segs[0]?.toLowerCase();
  const s1 = segs[1]?.toLowerCase();
  const s2 = segs[2]?.toLowerCase();
  if (s0 === 'hc' && s1 === 'change_language') return normalizeLocale(s2);
  if (s0 === 'hc' && s1) {
    const loc = normalizeLocale(s1);
    if (loc) return loc;
  }
  if (s0 === 'portal' && s1) {
    const loc = normalizeLocale(s1);
    if (loc) return loc;
  }
  for (const p of LOCALE_PARAMS) {
    const loc = normalizeLocale(u.searchParams.get(p));
    if (loc) return loc;
  }
  if (s0) {
    const loc = normalizeLocale(s0);
    if (loc && (loc.includes('-') || allowBare || (s1 !== undefined && HELP_PATH_WORDS.has(s1)))) return loc;
  }
  return null;
}

/** The locale a switcher entry's text names ("繁體中文", "English (US)"), or null. */
export function localeFromLanguageName(text: string): string | null {
  const folded = foldForMatch(text);
  if (!folded || folded.length > 40) return null;
  return AUTONYM_LOOKUP.get(folded) ?? AUTONYM_LOOKUP.get(folded.replace(/\s*[(（].*$/, '').trim()) ?? null;
}

/** Whether an element's own class/id/label marks it as a language switcher. */
function marksSwitcher(el: Element): boolean {
  const a = el.attribs;
  if (a['class'] === undefined && a['id'] === undefined && a['aria-label'] === undefined && a['data-test'] === undefined) return false;
  return SWITCHER_MARK.test(`${a['class'] ?? ''} ${a['id'] ?? ''} ${a['aria-label'] ?? ''} ${a['data-test'] ?? ''}`);
}

function inSwitcher(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 6; depth++) {
    if (marksSwitcher(node)) return true;
    const parent: unknown = node.parent;
    node = parent && isElement(parent as Element) ? (parent as Element) : null;
  }
  return false;
}

function anchorLocale(page: LoadedPage, a: PageAnchor): string | null {
  const explicit = normalizeLocale(a.el.attribs['hreflang']);
  if (explicit) return explicit;
  const named = localeFromLanguageName(a.text);
  const switcher = named !== null || inSwitcher(a.el);
  if (a.url) {
    const segs = a.url.pathname.split('/').filter(Boolean);
    if (segs[0] === 'hc' && segs[1] === 'change_language') return normalizeLocale(segs[2]);
    if (isSameSite(a.url, page.url) || switcher) {
      const fromUrl = localeFromUrl(a.url, switcher);
      if (fromUrl) return fromUrl;
    }
  }
  return switcher ? named : null;
}

export function judgeLocales(page: LoadedPage): string[] {
  const { $ } = page;
  const found = new Set<string>();
  const add = (loc: string | null): void => {
    if (loc && loc !== 'x-default' && found.size < MAX_LOCALES) found.add(loc);
  };

  // link[rel~="alternate"][hreflang] (rel is matched case-insensitively, as selectors do in HTML)
  for (const el of page.elementsNamed('link')) {
    if (el.attribs['hreflang'] !== undefined && ALTERNATE_REL.test(el.attribs['rel'] ?? '')) add(normalizeLocale(el.attribs['hreflang']));
  }
  for (const a of page.anchors()) add(anchorLocale(page, a));

  for (const sel of page.elementsNamed('select')) {
    const options = $(sel).find('option').toArray();
    const marks = `${sel.attribs['name'] ?? ''} ${sel.attribs['id'] ?? ''} ${sel.attribs['class'] ?? ''} ${sel.attribs['aria-label'] ?? ''}`;
    const named = options.filter((o) => localeFromLanguageName($(o).text()) !== null).length;
    if (!SWITCHER_MARK.test(marks) && named < 2) continue;
    for (const o of options.slice(0, MAX_LOCALES)) {
      const value = (o.attribs['value'] ?? '').trim();
      let loc = normalizeLocale(value);
      if (!loc && value) {
        try {
          loc = localeFromUrl(new URL(value, page.base), true);
        } catch {
          loc = null;
        }
      }
      add(loc ?? localeFromLanguageName($(o).text()));
    }
  }

  add(localeFromUrl(page.url, false));
  return [...found].sort();
}
