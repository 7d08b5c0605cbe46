/**
 * How specific and actionable a reply is, whatever its language: numbered or bulleted
 * steps, a settings / menu path ("Profile → Security", "Settings > API Management",
 * "【个人中心】>【安全设置】", "「アカウント」→「API管理」"), links to the exchange's own
 * domains, and figures with a unit (amounts "1 USDT", "$5", durations "24-48 hours",
 * "3 个工作日", "2営業日", "۲۴ ساعت", counts "3 confirmations", "6-digit").
 *
 * Why it matters (knowledge, resolution; seed 002: answer quality): "you can do it in your
 * account" and "go to Profile → Security → 2FA, scan the QR code, save the 16-character key"
 * cover the same concept, but only the second solves the problem at first contact. Links
 * count only when they point to an official domain: a link elsewhere is at best unverified
 * (and, for the red-flag detector, a possible phishing pointer).
 */
import { asciiDigits } from '../page/normalize.js';
import { cleanText } from '../page/sanitize.js';

export interface SpecificityFacts {
  steps: boolean;
  /** How many step lines (numbered or bulleted) were found. */
  stepCount: number;
  settingsPath: boolean;
  /** The first settings path found, as written (cleaned, ≤ 80 characters). */
  settingsPathExample: string | null;
  /** Links (URLs or bare hosts) on an official domain, as written (≤ 10). */
  officialLinks: string[];
  /** Hosts of http(s) links that are not on an official domain (≤ 10). */
  otherLinkHosts: string[];
  numbers: boolean;
  /** Figures with units found (≤ 5), e.g. "1 usdt", "24-48 hours". */
  numberExamples: string[];
}

const MAX_LINES = 4000;

// --- steps ----------------------------------------------------------------------------------

const NUMBERED_LINE = /^\s*(?:\(?\d{1,2}\s*[.)、．:：]|\(\d{1,2}\)|[①-⑳❶-❿]|[一二三四五六七八九十]{1,2}\s*[、.．]|(?:step|paso|шаг|adım|etapa|schritt|étape|bước|مرحله|گام)\s*\d{1,2}|第\s*[一二三四五六七八九十\d]{1,2}\s*步|\d{1,2}\s*(?:단계|단계:|ステップ|단))\s*\S/iu;
const BULLET_LINE = /^\s*[-•*·▪●◦‣–—・]\s*\S/u;
const INLINE_STEPS = /(?:^|[\s:：])(?:\(?1[).、]|①)\s*\S.{2,}?(?:\s|[，,;；。])(?:\(?2[).、]|②)\s*\S/u;

function countSteps(lines: string[]): number {
  let numbered = 0;
  let bullets = 0;
  for (const raw of lines) {
    const line = asciiDigits(raw);
    if (NUMBERED_LINE.test(line)) numbered++;
    else if (BULLET_LINE.test(line) && /[\p{L}\p{N}]{2}/u.test(line)) bullets++;
  }
  if (numbered >= 2) return numbered;
  if (bullets >= 2) return bullets + numbered;
  for (const raw of lines) if (INLINE_STEPS.test(asciiDigits(raw))) return 2;
  return 0;
}

// --- settings paths -------------------------------------------------------------------------

/** Arrows and ">" between menu items; » and › only between spaces (elsewhere they close a «quotation»). */
const SEP = '(?:\\s*(?:→|⇒|➜|➔|➝|►|▶|〉|>|->|=>|⟶|←|<-)\\s*|\\s[»›]\\s)';
/** One menu item: a bracketed/quoted label, or 1–4 short words (CJK: a run of up to 12 characters). */
const ITEM =
  '(?:[「【『“"«\\[(][^」】』”"»\\])\\n]{1,30}[」】』”"»\\])]|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}&\'’._-]{0,24}(?: [\\p{L}\\p{N}&][\\p{L}\\p{M}\\p{N}&\'’._-]{0,24}){0,3})';
const PATH = new RegExp(`${ITEM}(?:${SEP}${ITEM})+`, 'gu');
/** Bracketed labels joined by a dash or slash: 【资产】-【提币记录】. */
const BRACKET_PATH = /[「【『][^」】』\n]{1,30}[」】』]\s*(?:[-—–/、]|->)\s*[「【『][^」】』\n]{1,30}[」】』]/u;

function isMenuItem(item: string): boolean {
  const t = item.replace(/^[「【『“"«[(]|[」】』”"»\])]$/gu, '').trim();
  if (!/\p{L}/u.test(t)) return false; // "5 > 3"
  if (t.length > 40) return false;
  if (/^(?:https?|www)\b/i.test(t)) return false;
  return true;
}

const SEP_CHAR = /[→⇒➜➔➝►▶»›〉>←⟶]/gu;
const HAS_SEP = /[→⇒➜➔➝►▶»›〉>←⟶]/u;

/** Short windows of a line around its separators (a long line is never scanned whole). */
function pathWindows(line: string): string[] {
  if (line.length <= 300) return HAS_SEP.test(line) ? [line] : [];
  const out: string[] = [];
  let last = -1;
  for (const m of line.matchAll(SEP_CHAR)) {
    const i = m.index ?? 0;
    if (i < last) continue;
    out.push(line.slice(Math.max(0, i - 150), i + 150));
    last = i + 150;
    if (out.length >= 50) break;
  }
  return out;
}

/** The menu label at the start of the last item: "Security and click" -> "Security"; "API 관리에서 새 API" -> "API 관리에서". */
function menuHead(item: string): string {
  const words = item.trim().replace(/[.,;:!?。，、]+$/u, '').split(/\s+/);
  const out = [words[0] ?? ''];
  for (const w of words.slice(1)) {
    if (out.length >= 3 || !/^[\p{Lu}\p{N}&]/u.test(w)) break;
    out.push(w);
  }
  return out.join(' ').replace(/[.,;:!?。，、]+$/u, '');
}

function findSettingsPath(lines: string[]): string | null {
  for (const raw of lines) {
    const line = raw.normalize('NFKC');
    if (/^\s*>/.test(line) && !/[→»›]/.test(line)) continue; // a quoted line, not a path
    const bracket = BRACKET_PATH.exec(line.length > 4000 ? line.slice(0, 4000) : line);
    if (bracket) return cleanText(bracket[0], 80);
    for (const win of pathWindows(line)) {
      for (const m of win.matchAll(PATH)) {
        const items = m[0].split(new RegExp(SEP, 'u'));
        if (items.length < 2 || !items.every(isMenuItem)) continue;
        // The words touching each arrow must be words ("5 > 3 then" is a comparison).
        const lastWord = (x: string) => x.trim().split(/\s+/).pop() ?? '';
        const firstWord = (x: string) => x.trim().split(/\s+/)[0] ?? '';
        if (![lastWord(items[0]!), ...items.slice(1).map(firstWord)].every((w) => /\p{L}/u.test(w))) continue;
        // Keep the menu words around the arrows: "and go to Profile → Security and click" -> "Profile → Security".
        const words = items[0]!.trim().split(/\s+/);
        let k = words.length - 1;
        while (k > 0 && /^[\p{Lu}\p{Lo}「【『“"«]/u.test(words[k - 1]!) && words.length - k < 3) k--;
        const tail = items.slice(1).map((x, i, all) => (i === all.length - 1 ? menuHead(x) : x.trim()));
        const shown = [words.slice(k).join(' '), ...tail].join(' → ');
        return cleanText(shown, 80);
      }
    }
  }
  return null;
}

// --- links ----------------------------------------------------------------------------------

const URL_RE = /\bhttps?:\/\/[^\s<>"'`)\]）」】，。、]+/giu;
const BARE_HOST = /(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?:\/[^\s<>"'`)\]）」】，。、]*)?/giu;

/** Lower-case hostnames from a list that may hold URLs or "www." names; junk dropped. */
export function normalizeDomains(domains: readonly string[] | undefined): string[] {
  const out: string[] = [];
  for (const d of domains ?? []) {
    if (typeof d !== 'string') continue;
    let host = d.trim().toLowerCase();
    host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
    if (/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(host) && !out.includes(host)) out.push(host);
  }
  return out;
}

export function isOfficialHost(host: string, official: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return official.some((d) => h === d || h.endsWith(`.${d}`));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function findLinks(text: string, official: readonly string[]): { official: string[]; other: string[] } {
  const off: string[] = [];
  const other: string[] = [];
  const trim = (u: string) => u.replace(/[.,;:!?]+$/, '');
  for (const m of text.matchAll(URL_RE)) {
    const url = trim(m[0]);
    const host = hostOf(url);
    if (!host) continue;
    if (isOfficialHost(host, official)) {
      if (off.length < 10 && !off.includes(url)) off.push(cleanText(url, 200));
    } else if (other.length < 10 && !other.includes(host)) other.push(host);
  }
  if (official.length > 0) {
    const withoutUrls = text.replace(URL_RE, ' ');
    for (const m of withoutUrls.matchAll(BARE_HOST)) {
      const bare = trim(m[0]);
      const host = bare.split('/')[0]!.toLowerCase();
      if (isOfficialHost(host, official) && off.length < 10 && !off.includes(bare)) off.push(cleanText(bare, 200));
    }
  }
  return { official: off, other };
}

// --- numbers with units ---------------------------------------------------------------------

const UNITS_LATIN = [
  'usdt', 'usdc', 'busd', 'dai', 'btc', 'eth', 'bnb', 'trx', 'sol', 'xrp', 'ltc', 'usd', 'eur', 'gbp', 'try', 'rub', 'krw', 'jpy',
  'cny', 'irr', 'irt', 'tl', 'lira', 'toman', 'sats?', 'gwei',
  'seconds?', 'secs?', 'minutes?', 'mins?', 'hours?', 'hrs?', 'h', 'days?', 'business days?', 'working days?', 'weeks?',
  'months?', 'years?', 'confirmations?', 'blocks?', 'digits?', 'characters?', 'words?', 'percent',
  'segundos?', 'minutos?', 'horas?', 'días?', 'dias?', 'días hábiles', 'semanas?', 'meses', 'mes', 'confirmaciones', 'dígitos',
  'saniye', 'dakika', 'saat', 'gün', 'iş günü', 'hafta', 'ay', 'onay', 'hane(?:li)?',
  'stunden?', 'tagen?', 'werktagen?', 'wochen?', 'giờ', 'phút', 'ngày', 'tuần',
].join('|');
const UNITS_CYRILLIC = 'сек\\p{L}*|мин\\p{L}*|час\\p{L}*|ч|дн\\p{L}*|день|сут\\p{L}*|недел\\p{L}*|месяц\\p{L}*|рабочих дн\\p{L}*|подтвержд\\p{L}*|руб\\p{L}*|цифр\\p{L}*|знач\\p{L}*|-значн\\p{L}*';
const UNITS_PERSIAN = 'ثانیه|دقیقه|ساعت|روز(?: کاری)?|هفته|ماه|تایید|تأیید|تتر|دلار|تومان|ریال|درصد|رقمی|رقم';
const UNITS_CJK =
  '小时|小時|分钟|分鐘|秒|天|个工作日|個工作日|个工作天|個工作天|工作日|工作天|周|週|个月|個月|个确认|個確認|确认|確認|位|元|美元|个区块|個區塊|' +
  '時間|分|営業日|日|週間|か月|ヶ月|ヵ月|承認|桁|円|' +
  '시간|분|초|영업일|일|주|개월|컨펌|자리|원|회';
const NUMBER = '\\d+(?:[.,]\\d+)*';
const RANGE = `${NUMBER}(?:\\s*(?:-|–|~|〜|～|to|至|到|a|ila|до|تا)\\s*${NUMBER})?`;
const FIGURE = new RegExp(
  `(?:[$€£¥₩₺₽]\\s?${NUMBER}|${RANGE}\\s?-?(?:%|％|(?:${UNITS_LATIN})(?![\\p{Script=Latin}])|(?:${UNITS_CYRILLIC})(?![\\p{Script=Cyrillic}])|(?:${UNITS_PERSIAN})|(?:${UNITS_CJK})))`,
  'giu',
);

function findFigures(text: string): string[] {
  const out: string[] = [];
  // Strip ticket/case ids and URLs first: "#48213" and ".../articles/360001234" are not figures.
  const t = asciiDigits(text.normalize('NFKC'))
    .replace(URL_RE, ' ')
    .replace(/[#№]\s?[\w-]+/g, ' ');
  for (const m of t.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const before = t[start - 1] ?? ' ';
    if (/[\p{L}\d.,]/u.test(before) && !/[$€£¥₩₺₽]/u.test(m[0][0]!) && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}]/u.test(before)) continue;
    const v = cleanText(m[0].toLowerCase(), 40);
    if (!out.includes(v)) out.push(v);
    if (out.length >= 5) break;
  }
  return out;
}

// --------------------------------------------------------------------------------------------

/** Specificity facts of a reply body (plain text with lines), against the exchange's official domains. */
export function judgeSpecificity(body: string, officialDomains: readonly string[]): SpecificityFacts {
  const lines = body.split('\n').slice(0, MAX_LINES);
  const stepCount = countSteps(lines);
  const path = findSettingsPath(lines);
  const links = findLinks(body, normalizeDomains(officialDomains));
  const figures = findFigures(body);
  return {
    steps: stepCount >= 2,
    stepCount,
    settingsPath: path !== null,
    settingsPathExample: path,
    officialLinks: links.official,
    otherLinkHosts: links.other,
    numbers: figures.length > 0,
    numberExamples: figures,
  };
}
