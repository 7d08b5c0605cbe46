/**
 * Dates the page's articles carry (published, updated), as ISO 8601 UTC strings.
 *
 * Why it matters (self_service, transparency): a knowledge base nobody has updated
 * in years, or an announcements page with no news, is a finding; freshness is
 * computed from these dates. Sources: <time datetime>, article:published_time /
 * article:modified_time / og:updated_time and itemprop dates, JSON-LD datePublished /
 * dateModified, and dates written in the visible text ("Updated October 18, 2025",
 * Freshdesk's "Modified on: Fri, 5 Sep, 2025 at 8:55 AM") in the bank languages:
 * 2025-10-18, 2025/10/18, 2025.10.18, 18.10.2025 (day first), 2025年10月18日,
 * 2025년 10월 18일, 18 октября 2025 г., 18 Ekim 2025, 18 de octubre de 2025, and
 * Persian Solar Hijri dates (۲۶ مهر ۱۴۰۴, 1404/07/26), converted to Gregorian.
 *
 * Rules: only years 1995–2100 are plausible; scripts are never read except JSON-LD;
 * a relative "3 months ago" has no base date in a pure judge and is skipped; a
 * slash date with both parts ≤ 12 is month-first on English pages, day-first
 * elsewhere; a date written without a time is midnight UTC, and is dropped when the
 * same day is also known with its time.
 */
import type { Element } from 'domhandler';
import type { LoadedPage } from './document.js';
import { attributeIs, hasAncestor } from './document.js';
import { foldForMatch } from './normalize.js';

export const MAX_DATES = 200;
const MIN_YEAR = 1995;
const MAX_YEAR = 2100;
const MAX_MATCHES_PER_PATTERN = 5000;
const MAX_JSON_LD_CHARS = 500_000;
const MAX_JSON_NODES = 20_000;
const INERT = new Set(['template', 'noscript']);
const DAY_MS = 86_400_000;

interface Found {
  ms: number;
  dateOnly: boolean;
}

// --- calendars ----------------------------------------------------------------

/** Epoch ms of a valid Gregorian date (UTC midnight plus the given time), else null. */
function gregorian(y: number, m: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number | null {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const t = Date.UTC(y, m - 1, d, h, mi, Math.min(s, 59), ms);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return t;
}

/** Break years of the Jalali 2820-year-free arithmetic (Borkowski / Pournader); valid for years -61…3177. */
const JALALI_BREAKS = [-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178];

const div = (a: number, b: number): number => Math.trunc(a / b);
const mod = (a: number, b: number): number => a - Math.trunc(a / b) * b;

/** For Jalali year `jy`: the Gregorian year it starts in, the March day of 1 Farvardin, and whether it is leap. */
function jalaliYear(jy: number): { gy: number; march: number; leap: boolean } | null {
  const last = JALALI_BREAKS[JALALI_BREAKS.length - 1] ?? 0;
  let jp = JALALI_BREAKS[0] ?? 0;
  if (jy < jp || jy >= last) return null;
  const gy = jy + 621;
  let leapJ = -14;
  let jump = 0;
  for (let i = 1; i < JALALI_BREAKS.length; i++) {
    const jm = JALALI_BREAKS[i] ?? 0;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  if (jump - n < 6) n = n - jump + div(jump + 4, 33) * 33;
  let leap = mod(mod(n + 1, 33) - 1, 4);
  if (leap === -1) leap = 4;
  return { gy, march, leap: leap === 0 };
}

/** Converts a Solar Hijri (Jalali) date to Gregorian; null when the date does not exist. */
export function jalaliToGregorian(jy: number, jm: number, jd: number): { year: number; month: number; day: number } | null {
  if (jm < 1 || jm > 12 || jd < 1) return null;
  const y = jalaliYear(jy);
  if (!y) return null;
  const monthLength = jm <= 6 ? 31 : jm <= 11 ? 30 : y.leap ? 30 : 29;
  if (jd > monthLength) return null;
  const dayOfYear = (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
  const t = Date.UTC(y.gy, 2, y.march) + dayOfYear * DAY_MS;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Plausible Jalali years: those that fall in 1995–2100. */
const isJalaliYear = (y: number): boolean => y >= MIN_YEAR - 621 && y <= MAX_YEAR - 621;

/** Epoch ms for a calendar date, Gregorian or Jalali (decided by the year, or forced). */
function dateMs(y: number, m: number, d: number, calendar: 'g' | 'j' | 'auto' = 'auto'): number | null {
  const jalali = calendar === 'j' || (calendar === 'auto' && isJalaliYear(y));
  if (jalali) {
    if (!isJalaliYear(y)) return null;
    const g = jalaliToGregorian(y, m, d);
    return g ? gregorian(g.year, g.month, g.day) : null;
  }
  return gregorian(y, m, d);
}

const plausible = (ms: number): boolean => {
  const y = new Date(ms).getUTCFullYear();
  return y >= MIN_YEAR && y <= MAX_YEAR;
};

// --- machine-readable dates ---------------------------------------------------

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*$/;

/** Parses an ISO 8601 date or date-time (offset applied; no offset = UTC). */
export function parseIsoDate(s: string): Found | null {
  const m = ISO.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, frac, tz] = m;
  if (h === undefined) {
    const t = gregorian(Number(y), Number(mo), Number(d));
    return t !== null && plausible(t) ? { ms: t, dateOnly: true } : null;
  }
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  let t = gregorian(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec ?? 0), ms);
  if (t === null) return null;
  if (tz && /^[+-]/.test(tz)) {
    const sign = tz.startsWith('-') ? -1 : 1;
    const digits = tz.slice(1).replace(':', '');
    const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0');
    if (offsetMin > 14 * 60) return null;
    t -= sign * offsetMin * 60_000;
  }
  return plausible(t) ? { ms: t, dateOnly: false } : null;
}

/** A machine-readable attribute value: ISO 8601, Unix seconds, or a written date. */
function parseMachineDate(value: string, lang: string | null): Found | null {
  const v = value.trim();
  if (v === '' || v.length > 100) return null;
  const iso = parseIsoDate(v);
  if (iso) return iso;
  if (/^\d{10}$/.test(v)) {
    const t = Number(v) * 1000;
    return plausible(t) ? { ms: t, dateOnly: false } : null;
  }
  const written = datesInText(v, lang);
  return written[0] !== undefined ? { ms: written[0], dateOnly: true } : null;
}

const JSON_LD_KEYS = new Set(['datePublished', 'dateModified', 'dateCreated', 'uploadDate']);

function jsonLdDates(json: unknown, lang: string | null, out: Found[]): void {
  const stack: unknown[] = [json];
  let nodes = 0;
  while (stack.length > 0 && nodes++ < MAX_JSON_NODES) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const v of node) stack.push(v);
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (JSON_LD_KEYS.has(k) && typeof v === 'string') {
        const f = parseMachineDate(v, lang);
        if (f) out.push(f);
      } else if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
}

// --- written dates ------------------------------------------------------------

type Calendar = 'g' | 'j';

/** Month names (folded) in en, ru, es, pt, de, fr, tr, fa (Solar Hijri and Gregorian) and ar. */
const MONTH_NAMES: readonly [Calendar, readonly string[][]][] = [
  ['g', [
    ['january', 'jan', 'января', 'янв', 'enero', 'ene', 'janeiro', 'januar', 'jänner', 'janvier', 'janv', 'ocak', 'ژانویه', 'يناير'],
    ['february', 'feb', 'февраля', 'фев', 'febrero', 'fevereiro', 'fev', 'februar', 'février', 'févr', 'fév', 'şubat', 'فوریه', 'فبراير'],
    ['march', 'mar', 'марта', 'мар', 'marzo', 'março', 'märz', 'mär', 'mrz', 'mars', 'mart', 'مارس'],
    ['april', 'apr', 'апреля', 'апр', 'abril', 'abr', 'avril', 'avr', 'nisan', 'آوریل', 'أبريل', 'ابريل'],
    ['may', 'мая', 'mayo', 'maio', 'mai', 'mayıs', 'مه', 'می', 'مايو'],
    ['june', 'jun', 'июня', 'июн', 'junio', 'junho', 'juni', 'juin', 'haziran', 'ژوئن', 'يونيو'],
    ['july', 'jul', 'июля', 'июл', 'julio', 'julho', 'juli', 'juillet', 'juil', 'temmuz', 'ژوئیه', 'جولای', 'يوليو'],
    ['august', 'aug', 'августа', 'авг', 'agosto', 'ago', 'août', 'ağustos', 'اوت', 'آگوست', 'أغسطس'],
    ['september', 'sep', 'sept', 'сентября', 'сен', 'сент', 'septiembre', 'setiembre', 'setembro', 'set', 'septembre', 'eylül', 'سپتامبر', 'سبتمبر'],
    ['october', 'oct', 'октября', 'окт', 'octubre', 'outubro', 'out', 'oktober', 'okt', 'octobre', 'ekim', 'اکتبر', 'أكتوبر'],
    ['november', 'nov', 'ноября', 'ноя', 'нояб', 'noviembre', 'novembro', 'novembre', 'kasım', 'نوامبر', 'نوفمبر'],
    ['december', 'dec', 'декабря', 'дек', 'diciembre', 'dic', 'dezembro', 'dez', 'dezember', 'décembre', 'déc', 'aralık', 'دسامبر', 'ديسمبر'],
  ]],
  ['j', [
    ['فروردین'], ['اردیبهشت'], ['خرداد'], ['تیر'], ['مرداد'], ['شهریور'], ['مهر'], ['آبان'], ['آذر'], ['دی'], ['بهمن'], ['اسفند'],
  ]],
];

const MONTHS = new Map<string, { month: number; calendar: Calendar }>();
for (const [calendar, months] of MONTH_NAMES) {
  months.forEach((names, i) => {
    for (const n of names) {
      const key = foldForMatch(n);
      if (!MONTHS.has(key)) MONTHS.set(key, { month: i + 1, calendar });
    }
  });
}
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

/** Day, month name, year: "18 Oct 2025", "Fri, 5 Sep, 2025", "18 de octubre de 2025", "18. Oktober 2025", "26 مهر 1404". */
const DAY_MONTH_YEAR = new RegExp(`(?<!\\p{N})(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s?(?:de\\s)?(${MONTH_ALT})(?!\\p{L})\\.?[,،]?\\s?(?:de\\s|del\\s)?(\\d{4})(?!\\p{N})`, 'gu');
/** Month name, day, year: "October 18, 2025", "Sep 5 2025". */
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})(${MONTH_ALT})(?!\\p{L})\\.?\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})(?!\\p{N})`, 'gu');
/** 2025-10-18, 2025/10/18, 2025.10.18, 2025. 10. 18., 1404/07/26. */
const YEAR_FIRST = /(?<![\p{N}.\/-])(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|\.\s(\d{1,2})\.\s(\d{1,2})\.?)(?![\p{N}]|[.\/-]\d)/gu;
/** 18.10.2025, 18/10/2025, 10/18/2025, 18-10-2025. */
const YEAR_LAST = /(?<![\p{N}.\/-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\p{N}]|[.\/-]\d)/gu;
/** 2025年10月18日 (zh, ja) and 2025년 10월 18일 (ko). */
const CJK_DATE = /(\d{4})\s?(?:年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]|년\s?(\d{1,2})\s?월\s?(\d{1,2})\s?일)/gu;
/** Vietnamese: "ngày 18 tháng 10 năm 2025", "18 tháng 10, 2025". */
const VI_DATE = /(?<!\p{N})(\d{1,2})\stháng\s(\d{1,2}),?\s(?:năm\s)?(\d{4})(?!\p{N})/gu;

/**
 * Every pattern above holds a four-digit year and reads no further than this from it
 * (at most 27 characters before the year, for "18th de septiembre, del 2025" with its
 * look-behind, and 12 after, for "2025 年 10 月 18 日"): text further than this from
 * every run of four digits holds no date.
 */
const YEAR_REACH = 64;
const FOUR_DIGITS = /\d{4,}/g;

/**
 * The stretches of `t` within YEAR_REACH of a run of four or more digits, merged where
 * they overlap, in text order. Each pattern finds the same dates in them as in the whole
 * text (a match lies inside one stretch, far from its cut ends), and a long page with a
 * few dates is not searched end to end six times.
 */
function yearNeighbourhoods(t: string): string[] {
  const out: string[] = [];
  let start = 0;
  let end = -1;
  for (const m of t.matchAll(FOUR_DIGITS)) {
    const from = Math.max(0, m.index - YEAR_REACH);
    const to = Math.min(t.length, m.index + m[0].length + YEAR_REACH);
    if (from > end) {
      if (end >= 0) out.push(t.slice(start, end));
      start = from;
    }
    end = to;
  }
  if (end >= 0) out.push(t.slice(start, end));
  return out;
}

/** Matches of `re` in the stretches, in order, at most MAX_MATCHES_PER_PATTERN of them. */
function* capped(stretches: readonly string[], re: RegExp): Generator<RegExpMatchArray> {
  let n = 0;
  for (const stretch of stretches) {
    for (const m of stretch.matchAll(re)) {
      if (++n > MAX_MATCHES_PER_PATTERN) return;
      yield m;
    }
  }
}

/** Dates written in `text` (any bank language), as UTC-midnight epoch ms, in order found per pattern. */
export function datesInText(text: string, lang: string | null): number[] {
  return datesInFoldedText(foldForMatch(text), lang);
}

/** datesInText for text already folded by foldForMatch. */
function datesInFoldedText(folded: string, lang: string | null): number[] {
  const t = yearNeighbourhoods(folded);
  const out: number[] = [];
  const push = (ms: number | null): void => {
    if (ms !== null && plausible(ms)) out.push(ms);
  };
  for (const m of capped(t, DAY_MONTH_YEAR)) {
    const month = MONTHS.get(m[2] ?? '');
    if (month) push(dateMs(Number(m[3]), month.month, Number(m[1]), month.calendar));
  }
  for (const m of capped(t, MONTH_DAY_YEAR)) {
    const month = MONTHS.get(m[1] ?? '');
    if (month) push(dateMs(Number(m[3]), month.month, Number(m[2]), month.calendar));
  }
  for (const m of capped(t, YEAR_FIRST)) push(dateMs(Number(m[1]), Number(m[3] ?? m[5]), Number(m[4] ?? m[6])));
  const monthFirst = lang === 'en';
  for (const m of capped(t, YEAR_LAST)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const dayFirst = m[2] === '.' || a > 12 || (b <= 12 && !monthFirst);
    push(dayFirst ? dateMs(y, b, a) : dateMs(y, a, b));
  }
  for (const m of capped(t, CJK_DATE)) push(dateMs(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]), 'g'));
  for (const m of capped(t, VI_DATE)) push(dateMs(Number(m[3]), Number(m[2]), Number(m[1]), 'g'));
  return out;
}

// --- the judge ----------------------------------------------------------------

/** <meta> dates: [attribute, value] pairs, values in lower case, matched ignoring case. */
const META_DATES: readonly (readonly [string, string])[] = [
  ['property', 'article:published_time'],
  ['property', 'article:modified_time'],
  ['property', 'og:updated_time'],
  ['name', 'article:published_time'],
  ['name', 'article:modified_time'],
  ['itemprop', 'datepublished'],
  ['itemprop', 'datemodified'],
  ['name', 'last-modified'],
  ['name', 'dcterms.modified'],
  ['name', 'dcterms.created'],
];

/** Article dates on the page, ISO 8601 UTC, newest first, deduplicated, capped. */
export function judgeDates(page: LoadedPage, lang: string | null): string[] {
  const { $ } = page;
  const found: Found[] = [];
  const add = (f: Found | null): void => {
    if (f) found.push(f);
  };

  for (const el of page.elementsNamed('time').filter((e) => e.attribs['datetime'] !== undefined).slice(0, 5000)) {
    if (!hasAncestor(el, INERT)) add(parseMachineDate(el.attribs['datetime'] ?? '', lang));
  }
  for (const el of page.elementsNamed('meta').filter((e) => META_DATES.some(([name, value]) => attributeIs(e, name, value))).slice(0, 100)) {
    add(parseMachineDate(el.attribs['content'] ?? '', lang));
  }
  const itemDate = (e: Element): boolean => e.name !== 'meta' && (attributeIs(e, 'itemprop', 'datepublished') || attributeIs(e, 'itemprop', 'datemodified'));
  for (const el of page.elements().filter(itemDate).slice(0, 200)) {
    const v = el.attribs['content'] ?? el.attribs['datetime'];
    if (v !== undefined) add(parseMachineDate(v, lang));
  }
  for (const el of page.elementsNamed('script').filter((e) => attributeIs(e, 'type', 'application/ld+json')).slice(0, 50)) {
    if (hasAncestor(el, INERT)) continue;
    const code = $(el).text();
    if (code.length > MAX_JSON_LD_CHARS) continue;
    try {
      jsonLdDates(JSON.parse(code) as unknown, lang, found);
    } catch {
      // malformed JSON-LD carries no dates we can trust
    }
  }
  for (const ms of datesInFoldedText(page.foldedText(), lang)) found.push({ ms, dateOnly: true });

  const timedDays = new Set(found.filter((f) => !f.dateOnly).map((f) => Math.floor(f.ms / DAY_MS)));
  const iso = new Set<string>();
  for (const f of found) {
    if (f.dateOnly && timedDays.has(Math.floor(f.ms / DAY_MS))) continue;
    iso.add(new Date(f.ms).toISOString());
  }
  return [...iso].sort().reverse().slice(0, MAX_DATES);
}
