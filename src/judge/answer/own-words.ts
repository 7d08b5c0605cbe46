/**
 * The support agent's own words in a reply: HTML turned into text, quoted earlier
 * messages, forwarded headers and signatures removed, hard-wrapped lines rejoined.
 *
 * Why it matters (security, responsiveness, feedback): a reply e-mail usually carries
 * the user's own question below it ("On … wrote:", "> …", Outlook's "From:/Sent:"
 * block, a Zendesk thread). A seed phrase the *user* mentioned, or the user's "I want
 * to complain", must not be judged as what support said; nor must the customer's lines of a
 * saved chat transcript (transcript.ts). List items become lines
 * starting with "- " (a list is read with the line that introduces it). Links keep
 * their target (a phishing link's text can show an official address while its href
 * points elsewhere).
 */
import { load } from 'cheerio';
import { agentLinesOfTranscript } from './transcript.js';
import type { AnyNode } from 'domhandler';

/** Replies are cut to this many characters before anything else. */
export const MAX_REPLY_CHARS = 100_000;

const HTML_HINT = /<\/?(?:html|body|div|p|br|span|a|table|td|tr|blockquote|strong|b|i|em|ul|ol|li|h[1-6]|font|img|meta|head|center|section)\b[^>]*>/i;

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'body', 'center', 'caption', 'summary',
]);
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'iframe', 'object', 'meta', 'link']);

/** Containers mail clients put quoted messages in. */
const QUOTE_SELECTORS = [
  'blockquote',
  '.gmail_quote',
  '.gmail_extra',
  '.yahoo_quoted',
  '.moz-cite-prefix + blockquote',
  '[type="cite"]',
  '.zmail_extra',
  '.protonmail_quote',
  '#isForwardContent',
  '.ms-outlook-mobile-reference-message',
].join(',');

/** HTML -> text with line breaks at block boundaries; link targets kept next to their text. */
function htmlToText(html: string): string {
  // htmlparser2 in HTML mode, not parse5: linear on hostile nesting (20,000 unclosed <div>s).
  const $ = load(html, { xml: { xmlMode: false, decodeEntities: true } });
  $(QUOTE_SELECTORS).remove();
  const parts: string[] = [];
  const stack: (AnyNode | string)[] = [...$.root().contents()].reverse();
  let length = 0;
  while (stack.length > 0 && length < MAX_REPLY_CHARS) {
    const node = stack.pop();
    if (node === undefined) break;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.type === 'text') {
      parts.push(node.data.replace(/\s+/g, ' '));
      length += node.data.length;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag') {
      const name = node.name.toLowerCase();
      if (SKIPPED.has(name)) continue;
      const attribs = node.attribs;
      if (attribs['hidden'] !== undefined || /display\s*:\s*none/i.test(attribs['style'] ?? '')) continue;
      if (name === 'br') {
        parts.push('\n');
        continue;
      }
      if (name === 'img') {
        const alt = attribs['alt'];
        if (alt) parts.push(` ${alt} `);
        continue;
      }
      const block = BLOCK.has(name);
      // A list item is a line starting with "- ", as in plain-text mail (its lead-in line is read with it).
      if (name === 'li') parts.push('\n- ');
      else if (block) parts.push('\n');
      if (block) stack.push('\n');
      if (name === 'a') {
        const href = (attribs['href'] ?? '').trim();
        const text = $(node).text();
        const target = /^https?:\/\//i.test(href)
          ? href
          : /^mailto:/i.test(href)
            ? href.slice(7).split('?')[0] ?? ''
            : '';
        if (target && !text.toLowerCase().includes(hostOf(target).toLowerCase() || target.toLowerCase())) {
          stack.push(` (${target.slice(0, 2048)}) `);
        }
      }
      if (name === 'td' || name === 'th') stack.push(' ');
    }
    const children = 'children' in node ? (node.children as AnyNode[]) : [];
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return parts.join('');
}

function hostOf(target: string): string {
  try {
    return new URL(target).hostname;
  } catch {
    return target.includes('@') ? target.split('@')[1] ?? target : target;
  }
}

// --- quoted history ---------------------------------------------------------------

/** "On Mon, 1 Jan 2024 at 10:00, Name <a@b> wrote:" and its equivalents (Gmail, Outlook, Apple Mail, in many languages). */
const WROTE_HEADER = new RegExp(
  [
    String.raw`^\s*(?:on|am|le|el|il|op|em|den)\b.{3,300}\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev)\s*:\s*$`,
    String.raw`^(?=.*[\d@]).{0,300}(?:wrote|написал\(а\)|написала?|пишет|escribió|şunu yazdı|yazdı|نوشت|작성|に書きました|のメッセージ|書きました|写道|寫道|來信|来信)\s*[:：]\s*$`,
    String.raw`^\s*(?:在|於|于)\s*.{3,200}(?:写道|寫道)\s*[:：]?\s*$`,
    String.raw`^.{0,300}<[^<>\s]+@[^<>\s]+>\)?.{0,24}[:：]\s*$`,
  ].join('|'),
  'iu',
);

/** Separators before a quoted or forwarded message. */
const ORIGINAL_MESSAGE = /^\s*[-_=*]{2,}\s*(?:original message|forwarded message|begin forwarded message|ursprüngliche nachricht|message d'origine|mensaje original|mensagem original|messaggio originale|исходное сообщение|пересланное сообщение|原始邮件|原始郵件|原邮件|转发邮件|orijinal mesaj|iletilen mesaj|元のメッセージ|転送メッセージ|원본 메시지|전달된 메시지|پیام اصلی|پیام هدایت ?شده)\s*[-_=*]*\s*$|^\s*(?:begin forwarded message|forwarded message)\s*:?\s*$/iu;

/** First line of a mail header block (Outlook and most clients). */
const HEADER_FROM = /^\s*\**\s*(?:from|von|de|da|van|от|发件人|寄件者|寄件人|kimden|gönderen|보낸 사람|差出人|送信者|از|فرستنده)\s*\**\s*[:：]/iu;
const HEADER_NEXT = /^\s*\**\s*(?:sent|date|to|subject|cc|gesendet|datum|an|betreff|envoyé|objet|enviado|fecha|para|asunto|отправлено|дата|кому|тема|发送时间|发送日期|日期|收件人|主题|時間|日期|收件者|主旨|tarih|gönderildi|kime|konu|보낸 날짜|받는 사람|제목|送信日時|日時|宛先|件名|تاریخ|به|موضوع|ارسال شده)\s*\**\s*[:：]/iu;

/** A helpdesk thread separator line, followed by the entry's author and time. */
const RULE_LINE = /^\s*[-_=─━]{10,}\s*$/u;
const ENTRY_TIME = /\b\d{1,2}:\d{2}\b|\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\d{4}\s*年|\d{4}\s*년/u;

function startsThreadEntry(lines: readonly string[], from: number): boolean {
  let seen = 0;
  for (let j = from; j < lines.length && seen < 4; j++) {
    const l = (lines[j] ?? '').trim();
    if (!l) continue;
    seen++;
    if (l.length <= 80 && ENTRY_TIME.test(l)) return true;
  }
  return false;
}

const SIGNATURE_DELIMITER = /^\s*--\s*$|^\s*—\s*$/;
const SENT_FROM = /^\s*(?:sent from my|sent from mail for|get outlook for|отправлено с|从我的|發自我的|发自我的|iphone'umdan gönderildi|enviado desde mi|내 iphone에서 보냄|iphoneから送信)\b.*$/iu;
const ZENDESK_MARKER = /^\s*##-.{0,80}-##\s*$/u;

function startsQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

function isHeaderStart(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!HEADER_FROM.test(line)) return false;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    if (HEADER_NEXT.test(lines[j] ?? '')) return true;
  }
  return false;
}

/** Removes quoted history and signatures from plain-text lines. */
function stripHistory(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let threadEntries = 0;
  const hasContent = (): boolean => kept.some((l) => l.trim().length > 0);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (ZENDESK_MARKER.test(line) || SENT_FROM.test(line)) continue;
    if (startsQuoted(line)) continue;
    const twoLines = `${line} ${lines[i + 1] ?? ''}`;
    const header = WROTE_HEADER.test(line) ? 1 : WROTE_HEADER.test(twoLines) && line.length < 200 ? 2 : 0;
    if (header > 0) {
      // Bottom-posting: the header is followed by '>' lines, then the reply goes on.
      let j = i + header;
      while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
      if (j < lines.length && startsQuoted(lines[j] ?? '')) {
        i += header - 1;
        continue;
      }
      break;
    }
    if (ORIGINAL_MESSAGE.test(line)) break;
    if (isHeaderStart(lines, i) && hasContent()) break;
    if (/^\s*_{10,}\s*$/.test(line) && isHeaderStart(lines, i + 1)) break;
    if (RULE_LINE.test(line)) {
      if (startsThreadEntry(lines, i + 1)) {
        // Helpdesk notifications list the thread newest first: the first entry is the reply,
        // every later one is an earlier message (often the user's).
        if (threadEntries > 0) break;
        threadEntries++;
      }
      continue;
    }
    if (SIGNATURE_DELIMITER.test(line) && hasContent()) break;
    kept.push(line);
  }
  return kept;
}

const LINE_END_PUNCT = /[.!?。！？:：;；؟…,，、)）\]】"”»]\s*$/u;
const LIST_ITEM = /^\s*(?:[-*•·▪●◦‣–—]|\d{1,2}[.)、]|[a-z][.)]|[①-⑳]|\(\d{1,2}\))\s*/iu;

/** Joins lines that a mail client hard-wrapped; keeps real line breaks. */
function unwrap(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+$/u, '');
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      line.trim() !== '' &&
      prev.trim() !== '' &&
      prev.length >= 50 &&
      // The end of the line only: a joined line can grow to the whole reply.
      !LINE_END_PUNCT.test(prev.slice(-8)) &&
      !LIST_ITEM.test(line)
    ) {
      out[out.length - 1] = `${prev} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join('\n');
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\uFEFF]/g;

/** The support agent's own words in `raw` (plain text, an e-mail body or HTML). */
export function agentOwnWords(raw: string): string {
  let s = String(raw ?? '').slice(0, MAX_REPLY_CHARS);
  s = s.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  if (HTML_HINT.test(s)) s = htmlToText(s);
  s = s.replace(/\u00A0/g, ' ');
  const lines = stripHistory(s.split('\n'));
  return unwrap(agentLinesOfTranscript(lines) ?? lines).trim();
}
