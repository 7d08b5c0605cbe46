/**
 * The page's primary language.
 *
 * Why it matters (multilingual criterion): a help center that claims Persian or
 * Korean support should actually serve pages in it. The declared language
 * (<html lang>, then Content-Language) is preferred; when neither is usable the
 * language is detected from the visible text with tinyld. Only the ISO 639-1
 * primary subtag is kept ('zh' for zh-CN and zh-TW): regions belong in `locales`.
 */
import { tinyld } from '../languageDetection.js';
import type { LoadedPage } from './document.js';
import { ISO_639_1, KEPT_THREE_LETTER, LANGUAGE_ALIASES } from './language-codes.js';

export interface LanguageVerdict {
  lang: string | null;
  langSource: 'html-lang' | 'content-language' | 'detected' | null;
}

/** Characters of text sampled for detection (the start of the page is enough and keeps it fast). */
const DETECT_SAMPLE_CHARS = 6000;
/** Below this many letters detection is a guess; report null instead. */
const MIN_LETTERS_FOR_DETECTION = 12;

/** 'zh-Hant-TW' -> 'zh', 'EN_us' -> 'en', 'iw' -> 'he', 'x-default'/'und'/junk -> null. */
export function primaryLanguageTag(tag: string | undefined | null): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_\s]/)[0] ?? '';
  if (LANGUAGE_ALIASES[primary]) return LANGUAGE_ALIASES[primary] ?? null;
  if (primary.length === 2 && ISO_639_1.has(primary)) return primary;
  if (KEPT_THREE_LETTER.has(primary)) return primary;
  return null;
}

/** Detects the language of `text` with tinyld; null when the text is too short or tinyld is unsure. */
export function detectTextLanguage(text: string): string | null {
  const sample = text.slice(0, DETECT_SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_FOR_DETECTION) return null;
  return primaryLanguageTag(tinyld().detect(sample));
}

export function judgeLanguage(page: LoadedPage): LanguageVerdict {
  const { $ } = page;
  const html = page.elementsNamed('html')[0];
  const htmlLang = primaryLanguageTag(html?.attribs['lang'] ?? html?.attribs['xml:lang']);
  if (htmlLang) return { lang: htmlLang, langSource: 'html-lang' };
  const header = page.headers['content-language'];
  if (header) {
    for (const part of header.split(',')) {
      const lang = primaryLanguageTag(part);
      if (lang) return { lang, langSource: 'content-language' };
    }
  }
  const titleEl = page.elementsNamed('title')[0];
  const title = titleEl ? $(titleEl).text() : '';
  const detected = detectTextLanguage(`${title} ${page.visibleText()}`.trim());
  return detected ? { lang: detected, langSource: 'detected' } : { lang: null, langSource: null };
}
