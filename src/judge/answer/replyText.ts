/**
 * A support reply turned into text the grader can match: HTML stripped to lines, the
 * quoted e-mail history ("On … wrote:", "> …", "-----Original Message-----", Outlook
 * "From:/Sent:" blocks, in the bank's languages), the customer's lines of a saved chat
 * transcript (transcript.ts) and the signature ("-- ", a closing
 * "Best regards," / "С уважением" / "此致" line followed by a short name block) cut off,
 * then folded with foldForMatch; Traditional Chinese converted to Simplified with OpenCC
 * (character and Taiwan-phrase variants), and space-free variants for Korean and CJK
 * matching.
 *
 * Why it matters (knowledge, resolution): an answer is judged on what the agent wrote,
 * not on the customer's question quoted underneath it (which repeats every keyword of
 * the rubric) nor on a footer of links. Red flags and acknowledgements are still read
 * on the text with the signature (it is the agent's), never on the quoted history.
 * Everything is bounded: a hostile 1 MB reply is cut before parsing and before matching.
 */
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { Converter } from 'opencc-js/t2cn';
import { boundHtml } from '../page/html-bounds.js';
import { foldForMatch } from '../page/normalize.js';
import { agentLinesOfTranscript } from './transcript.js';

/** Characters of raw reply read (HTML included); the rest is ignored. */
export const MAX_REPLY_INPUT_CHARS = 1_000_000;
/** Characters of reply text (after HTML stripping) that are judged. */
export const MAX_REPLY_TEXT_CHARS = 100_000;

export interface ReplyText {
  /** The agent's answer: plain text with its line structure, no quoted history, no signature. */
  body: string;
  /** `body` plus the signature (still without quoted history): what red flags and acknowledgements are read on. */
  agentText: string;
  /** foldForMatch(body). */
  folded: string;
  /** `folded` with Traditional Chinese converted to Simplified (character and phrase variants); `folded` when there is none. */
  hans: string;
  /** `folded` without whitespace and quotation marks (Korean and Japanese terms match with or without spaces). */
  compact: string;
  /** `hans` without any whitespace. */
  compactHans: string;
  /** The input was HTML. */
  html: boolean;
  quoteRemoved: boolean;
  signatureRemoved: boolean;
  /** The reply was longer than what is judged. */
  truncated: boolean;
}

// ---------------------------------------------------------------------------------------------
// Chinese script conversion (lazy: building OpenCC's tries takes tens of milliseconds).

type Convert = (s: string) => string;
let twToCn: Convert | null = null;
let twpToCn: Convert | null = null;

/** Traditional -> Simplified, character by character (OpenCC `tw` -> `cn`). Length-preserving for nearly all text. */
export function toSimplifiedChars(s: string): string {
  if (!HAN.test(s)) return s;
  const convert = (twToCn ??= Converter({ from: 'tw', to: 'cn' }));
  return convert(s);
}

/** Traditional -> Simplified with Taiwan phrases (設定 -> 设置, 軟體 -> 软件): OpenCC `twp` -> `cn`. */
function toSimplifiedPhrases(s: string): string {
  const convert = (twpToCn ??= Converter({ from: 'twp', to: 'cn' }));
  return convert(s);
}

const HAN = /\p{Script=Han}/u;

/**
 * Folded text with Chinese in Simplified script. When the text has Traditional characters,
 * both the character-level and the Taiwan-phrase conversions are kept (one after the other),
 * so a rubric term in either mainland or Taiwan wording matches.
 */
export function hansVariant(folded: string): string {
  if (!HAN.test(folded)) return folded;
  const chars = toSimplifiedChars(folded);
  if (chars === folded) return folded;
  const phrases = toSimplifiedPhrases(folded);
  return phrases === chars ? chars : `${chars}\n${phrases}`;
}

// ---------------------------------------------------------------------------------------------
// HTML to lines.

const LOOKS_LIKE_HTML = /<(?:!doctype|html|head|body|div|p|br|span|table|tr|td|a\s|b|i|u|strong|em|ol|ul|li|blockquote|font|img|h[1-6]|center|section|article)\b[^>]*>/i;

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'head', 'title', 'meta', 'link', 'audio', 'video', 'blockquote']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'body', 'html', 'caption',
]);
/** Class or id of the quoted-history containers of Gmail, Yahoo, Thunderbird, Outlook, Apple Mail, Zendesk and Freshdesk. */
const QUOTE_CONTAINER = /gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|OutlookMessageHeader|appendonsend|mail_quote|zendesk-quoted|freshdesk_quote|quoted-text|reply-quote|history/i;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The HTML's text, one line per block, list items as "- " or "1. ", links followed by their URL. Iterative. */
function htmlToText(html: string): { text: string; quoteRemoved: boolean } {
  const $ = load(boundHtml(html));
  const parts: string[] = [];
  let length = 0;
  let quoteRemoved = false;
  type Frame = AnyNode | { end: string; href?: string; text?: number };
  const stack: Frame[] = [...$.root().contents()].reverse();
  const olCounters: number[] = [];
  while (stack.length > 0 && length < MAX_REPLY_TEXT_CHARS * 2) {
    const node = stack.pop()!;
    if ('end' in node) {
      if (node.end === 'ol') olCounters.pop();
      if (node.end === 'a' && node.href) {
        const shown = parts.slice(node.text ?? parts.length).join('');
        if (!shown.includes(node.href.replace(/^https?:\/\//i, '').replace(/\/$/, ''))) parts.push(` <${node.href}>`);
      }
      if (node.end === 'block') parts.push('\n');
      continue;
    }
    if (node.type === 'text') {
      const t = node.data.replace(/[\t\r\n ]+/g, ' ');
      parts.push(t);
      length += t.length;
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    const cls = `${node.attribs['class'] ?? ''} ${node.attribs['id'] ?? ''}`;
    if (SKIPPED.has(name) || QUOTE_CONTAINER.test(cls)) {
      if (name === 'blockquote' || QUOTE_CONTAINER.test(cls)) quoteRemoved = true;
      continue;
    }
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    if (name === 'img') continue;
    if (name === 'li') {
      const n = olCounters.length > 0 ? ++olCounters[olCounters.length - 1]! : 0;
      parts.push(n > 0 ? `\n${n}. ` : '\n- ');
      stack.push({ end: 'block' });
    } else if (name === 'td' || name === 'th') {
      parts.push(' ');
    } else if (BLOCK.has(name)) {
      parts.push('\n');
      stack.push({ end: 'block' });
    }
    if (name === 'ol') {
      olCounters.push(0);
      stack.push({ end: 'ol' });
    }
    if (name === 'a') {
      const href = (node.attribs['href'] ?? '').trim();
      if (/^https?:\/\//i.test(href) && href.length <= 2048) stack.push({ end: 'a', href, text: parts.length });
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i];
      if (child) stack.push(child);
    }
  }
  return { text: parts.join(''), quoteRemoved };
}

// ---------------------------------------------------------------------------------------------
// Quoted history and signatures in plain text.

/** "On Tue, 4 Nov 2025 at 9:12, Sam <sam@x> wrote:" and its translations (the line that ends it). */
const WROTE_LINE = /(?:\bwrote|\bescribió|\ba écrit|\bschrieb|\bha scritto|\bescreveu|написал\(а\)|написала?|пишет|yazdı|写道|寫道|書きました|のメッセージ|님이 작성|작성:|نوشت|نوشته است)\s*[:：]?\s*$/i;
const WROTE_START = /^(?:(?:on|el|le|am|il|em|в|dne|op|در)\s|[在於于]|20\d\d|\d{1,2}[./-]|\p{L}{2,12},)/iu;
const ORIGINAL_MESSAGE = /^\s*[-_=*]{2,}\s*(?:original message|forwarded message|mensaje original|message d'origine|ursprüngliche nachricht|исходное сообщение|пересылаемое сообщение|原始邮件|原始郵件|转发邮件|轉寄郵件|元のメッセージ|転送メッセージ|원본 메시지|전달된 메시지|orijinal mesaj|iletilen mesaj|پیام اصلی|پیام بازارسال)/i;
const HEADER_FROM = /^\s*\*?(?:from|de|von|от|kimden|发件人|寄件者|寄件人|差出人|보낸 사람|보낸사람|از)\*?\s*[:：]/i;
const HEADER_NEXT = /^\s*\*?(?:sent|date|to|subject|enviado|fecha|para|asunto|gesendet|datum|an|betreff|envoyé|отправлено|дата|кому|тема|gönderildi|tarih|kime|konu|发送时间|发送日期|日期|收件人|主题|寄件日期|傳送時間|收件者|主旨|送信日時|日時|宛先|件名|보낸 날짜|받는 사람|제목|تاریخ|به|موضوع)\*?\s*[:：]/i;
const OUTLOOK_RULE = /^\s*_{8,}\s*$/;

/** Index of the first line of quoted history, or -1. */
function quoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (ORIGINAL_MESSAGE.test(line)) return i;
    const prevLine = i > 0 ? lines[i - 1]!.trim() : '';
    const wrappedFrom = prevLine !== '' && prevLine.length <= 200 && WROTE_START.test(prevLine) && /\d/.test(prevLine);
    if (line.length <= 400 && WROTE_LINE.test(line) && (/[\d@]/.test(line) || WROTE_START.test(line) || wrappedFrom)) {
      // The "On … wrote:" line may have wrapped onto two or three lines: start at its first part.
      let start = i;
      for (let back = 1; back <= 2 && i - back >= 0; back++) {
        const prev = lines[i - back]!.trim();
        if (prev === '' || prev.length > 200) break;
        if (WROTE_START.test(prev) && /\d/.test(prev)) start = i - back;
      }
      return start;
    }
    if (HEADER_FROM.test(line)) {
      let headers = 0;
      for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) if (HEADER_NEXT.test(lines[j]!)) headers++;
      if (headers >= 2) return i > 0 && OUTLOOK_RULE.test(lines[i - 1]!) ? i - 1 : i;
    }
  }
  return -1;
}

/** Removes runs of two or more "> " lines (quoted text); returns whether anything went. */
function dropQuotedLines(lines: string[]): { lines: string[]; removed: boolean } {
  const out: string[] = [];
  let removed = false;
  for (let i = 0; i < lines.length; ) {
    if (/^\s*>/.test(lines[i]!)) {
      let j = i;
      while (j < lines.length && (/^\s*>/.test(lines[j]!) || lines[j]!.trim() === '')) j++;
      const quoted = lines.slice(i, j).filter((l) => /^\s*>/.test(l)).length;
      if (quoted >= 2) {
        removed = true;
        i = j;
        continue;
      }
    }
    out.push(lines[i]!);
    i++;
  }
  return { lines: out, removed };
}

/** A closing line: the signature starts here when only a short name block follows. */
const VALEDICTION = new RegExp(
  '^(?:' +
    [
      'best(?: regards| wishes)?', 'kind regards', 'warm regards', 'regards', 'many thanks', 'thanks(?: again)?', 'thank you',
      'cheers', 'sincerely', 'yours sincerely', 'yours truly', 'respectfully', 'stay safe', 'all the best',
      'с уважением', 'с наилучшими пожеланиями', 'всего доброго', 'спасибо',
      'با احترام', 'با سپاس', 'با تشکر', 'باتشکر', 'ارادتمند', 'موفق باشید',
      '감사합니다', '고맙습니다',
      'saludos(?: cordiales)?', 'un saludo', 'atentamente', 'cordialmente', 'gracias',
      'saygılarımızla', 'saygılarımla', 'teşekkürler', 'teşekkür ederiz', 'iyi günler(?: dileriz)?',
      'よろしくお願いいたします', 'よろしくお願いします', '敬具', '以上',
      '此致', '敬礼', '谢谢', '謝謝', '感谢', '感謝', '祝您交易愉快', '祝您生活愉快',
      'mit freundlichen grüßen', 'viele grüße', 'beste grüße', 'cordialement', 'trân trọng',
    ].join('|') +
    ')[\\s,.!！。、]*$',
  'iu',
);

/** Where the signature starts (a "-- " line, or a closing line followed by a short name block), or -1. */
function signatureStart(lines: string[]): number {
  let delimiter = -1;
  // The usenet/e-mail delimiter.
  for (let i = 1; i < lines.length && delimiter < 0; i++) if (/^(?:--|—|__)$/.test(lines[i]!.trim())) delimiter = i;
  const nonEmpty: number[] = [];
  const end = delimiter >= 0 ? delimiter : lines.length;
  for (let i = 0; i < end; i++) if (lines[i]!.trim() !== '') nonEmpty.push(i);
  // A closing line among the last few lines, followed only by a short block (name, team, a link).
  for (let k = Math.max(1, nonEmpty.length - 8); k < nonEmpty.length; k++) {
    const i = nonEmpty[k]!;
    const line = lines[i]!.trim();
    if (line.length > 60 || !VALEDICTION.test(line)) continue;
    const rest = nonEmpty.slice(k + 1).map((j) => lines[j]!.trim());
    if (rest.length <= 6 && rest.every((l) => l.length <= 100)) return i;
  }
  return delimiter;
}

/**
 * Without whitespace and quotation marks: Korean and Japanese are written with and without
 * spaces, and menu names are often quoted ('출금' 권한, 「出金」権限, “提币”权限).
 */
export function compactOf(folded: string): string {
  return folded.replace(/[\s'"“”‘’「」『』【】〈〉《》«»]+/gu, '');
}

// ---------------------------------------------------------------------------------------------

export function replyText(reply: string): ReplyText {
  const input = typeof reply === 'string' ? reply : String(reply ?? '');
  let truncated = input.length > MAX_REPLY_INPUT_CHARS;
  let raw = input.slice(0, MAX_REPLY_INPUT_CHARS).replace(/\r\n?/g, '\n');
  // C0/C1 controls other than newline and tab are noise (and unsafe to echo back).
  // eslint-disable-next-line no-control-regex
  raw = raw.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g, '');
  const html = LOOKS_LIKE_HTML.test(raw.slice(0, 200_000));
  let quoteRemoved = false;
  let text = raw;
  if (html) {
    const r = htmlToText(raw);
    text = r.text;
    quoteRemoved = r.quoteRemoved;
  }
  if (text.length > MAX_REPLY_TEXT_CHARS) {
    truncated = true;
    text = text.slice(0, MAX_REPLY_TEXT_CHARS);
  }
  let lines = text.split('\n').map((l) => l.replace(/[ \t\u00A0]+/g, ' ').replace(/\s+$/, ''));
  const q = quoteStart(lines);
  if (q >= 0) {
    lines = lines.slice(0, q);
    quoteRemoved = true;
  }
  const dq = dropQuotedLines(lines);
  lines = dq.lines;
  quoteRemoved ||= dq.removed;
  // A saved chat transcript: support's lines only (the customer's are the question).
  const agentLines = agentLinesOfTranscript(lines);
  if (agentLines) {
    lines = agentLines;
    quoteRemoved = true;
  }
  const agentText = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const s = signatureStart(lines);
  const signatureRemoved = s >= 0;
  if (s >= 0) lines = lines.slice(0, s);
  const body = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const folded = foldForMatch(body);
  const hans = hansVariant(folded);
  return {
    body,
    agentText,
    folded,
    hans,
    compact: compactOf(folded),
    compactHans: hans === folded ? compactOf(folded) : compactOf(hans),
    html,
    quoteRemoved,
    signatureRemoved,
    truncated,
  };
}
