/**
 * Ways to reach a person that the page offers: e-mail addresses, phone numbers,
 * social channels, and a ticket ("submit a request") form.
 *
 * Why it matters (channels): how many working ways to reach support exist is
 * measured from what the help center actually shows, and the e-mail and ticket
 * probes start from the addresses and forms found here. Only real contact data
 * counts: an image name (logo@2x.png) or a placeholder (you@example.com) is not an
 * address, and a run of digits is a phone number only when a phone word stands
 * next to it (never a date, a price, an order number or digits inside a URL).
 * E-mail addresses hidden by Cloudflare (data-cfemail) or written "name [at]
 * domain [dot] com" are decoded.
 */
import type { Element } from 'domhandler';
import type { Contacts } from '../../types/facts.js';
import type { LoadedPage } from './document.js';
import { hasAncestor } from './document.js';
import { foldForMatch } from './normalize.js';
import { formFields, isNewsletterForm, isSearchForm, marksOf } from './search.js';
import { decodedPath, resolveHttpUrl } from './site.js';
import { classifySocialUrl, judgeSocial } from './social.js';

const MAX_EMAILS = 20;
const MAX_PHONES = 20;
/** Number-like runs examined per page (a hostile page full of digits stays bounded). */
const MAX_NUMBER_CANDIDATES = 5000;
const INERT = new Set(['template', 'noscript']);

// --- e-mail -------------------------------------------------------------------

const EMAIL_SHAPE = /^[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9_%+-])?@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}$/;
const EMAIL_IN_TEXT = /(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}[a-z]{2,24}(?![a-z0-9-])/gi;
/** EMAIL_IN_TEXT tried at one position (see matchesAroundAt); a local part is at most 64 characters. */
const EMAIL_AT = new RegExp(EMAIL_IN_TEXT.source, 'iy');
const MAX_LOCAL_CHARS = 64;
/** "name [at] domain [dot] com" and similar, bracketed forms only. */
const OBFUSCATED_AT = /\s*[[({<]\s*(?:at|@)\s*[\])}>]\s*/gi;
const OBFUSCATED_DOT = /\s*[[({<]\s*(?:dot|\.)\s*[\])}>]\s*/gi;
/** The bracketed core that each of the two must find (a cheap test before the rewrite). */
const BRACKETED_AT = /[[({<]\s*(?:at|@)\s*[\])}>]/i;
const BRACKETED_DOT = /[[({<]\s*(?:dot|\.)\s*[\])}>]/i;

/** "TLDs" that are really file extensions (logo@2x.png, sprite@3x.webp). */
const FILE_TLDS = new Set([
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'ico', 'bmp', 'tif', 'tiff', 'css', 'js', 'mjs', 'json', 'map',
  'html', 'htm', 'php', 'asp', 'aspx', 'jsp', 'pdf', 'mp4', 'webm', 'mov', 'mp3', 'woff', 'woff2', 'ttf', 'otf',
  'eot', 'zip', 'txt', 'xml', 'gz', 'heic',
]);
/** Domains used in documentation and form placeholders. */
const PLACEHOLDER_DOMAINS = new Set([
  'example.com', 'example.org', 'example.net', 'domain.com', 'yourdomain.com', 'your-domain.com', 'mydomain.com',
  'yourcompany.com', 'company.com', 'email.com', 'youremail.com', 'sample.com', 'test.com', 'xxx.com', 'abc.com',
  'website.com', 'yoursite.com', 'site.com', 'mail.example', 'domain.tld', 'email.address',
]);
/** Local parts that stand for "your address here". */
const PLACEHOLDER_LOCALS = new Set([
  'you', 'your', 'yourname', 'your.name', 'your_name', 'your-name', 'youremail', 'your.email', 'your_email',
  'your-email', 'name', 'username', 'user.name', 'firstname.lastname', 'first.last', 'firstname', 'john.doe',
  'jane.doe', 'johndoe', 'janedoe', 'someone', 'somebody', 'xxx', 'xxxx', 'xxxxx', 'abc', 'email', 'example',
]);

/** A cleaned, lower-cased address, or null when it is not a real one. */
export function cleanEmail(raw: string): string | null {
  const e = raw.trim().replace(/^[<(]+|[>).,;:]+$/g, '').toLowerCase();
  if (e.length > 254 || !EMAIL_SHAPE.test(e) || e.includes('..')) return null;
  const at = e.lastIndexOf('@');
  const local = e.slice(0, at);
  const domain = e.slice(at + 1);
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  if (FILE_TLDS.has(tld) || /@\d+x\./.test(e)) return null;
  if (PLACEHOLDER_DOMAINS.has(domain) || PLACEHOLDER_LOCALS.has(local)) return null;
  if (local === domain.split('.')[0] && PLACEHOLDER_LOCALS.has(local)) return null;
  return e;
}

/** Cloudflare's e-mail obfuscation: the first byte is a key XOR-ed with every following byte. */
export function decodeCloudflareEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,300}$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  const bytes = new Uint8Array(hex.length / 2 - 1);
  for (let i = 2; i < hex.length; i += 2) bytes[i / 2 - 1] = parseInt(hex.slice(i, i + 2), 16) ^ key;
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** `text` with "[at]" and "(dot)" written back as '@' and '.'. */
function deobfuscated(text: string): string {
  let t = text;
  if (BRACKETED_AT.test(t)) t = t.replace(OBFUSCATED_AT, '@');
  if (BRACKETED_DOT.test(t)) t = t.replace(OBFUSCATED_DOT, '.');
  return t;
}

/**
 * The matches of the sticky `pattern` in `text`, the same ones, in the same order, as a
 * global search finds, for a pattern whose every match holds exactly one '@', no more than
 * `reach` characters after a first character that is not '@'. Such a match can only start
 * in the stretch between the previous '@' and the next one, near the next one, so only
 * those positions are tried, each at most once: text without an '@' costs one indexOf.
 */
function* matchesAroundAt(text: string, pattern: RegExp, reach: number): Generator<RegExpExecArray> {
  let from = 0; // where the last match ended
  let afterPreviousAt = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    for (let start = Math.max(from, afterPreviousAt, at - reach); start < at; start++) {
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      if (m) {
        yield m;
        from = start + m[0].length;
        break;
      }
    }
    afterPreviousAt = at + 1;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Addresses from mailto: links, Cloudflare-protected links and spans, and the visible text. */
export function findEmails(page: LoadedPage): string[] {
  const found = new Set<string>();
  const add = (raw: string | null): void => {
    if (raw === null || found.size >= MAX_EMAILS) return;
    const e = cleanEmail(raw);
    if (e) found.add(e);
  };
  for (const a of page.anchors()) {
    const href = a.href;
    if (/^mailto:/i.test(href)) {
      const addresses = safeDecode(href.slice(7).split('?')[0] ?? '');
      for (const part of addresses.split(/[,;]/)) add(part);
      continue;
    }
    const cf = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.exec(href);
    if (cf?.[1]) add(decodeCloudflareEmail(cf[1]));
  }
  for (const el of page.elements().filter((e) => e.attribs['data-cfemail'] !== undefined).slice(0, 200)) {
    if (!hasAncestor(el, INERT)) add(decodeCloudflareEmail(el.attribs['data-cfemail'] ?? ''));
  }
  const text = page.visibleText().normalize('NFKC');
  const plain = deobfuscated(text);
  // The text as written, then with "[at]"/"[dot]" read (when there were any: the same text twice finds nothing new).
  for (const source of plain === text ? [text] : [text, plain]) {
    for (const m of matchesAroundAt(source, EMAIL_AT, MAX_LOCAL_CHARS)) {
      if (found.size >= MAX_EMAILS) break;
      add(m[0]);
    }
  }
  return [...found];
}

// --- phone --------------------------------------------------------------------

/** Words that say "this is a phone number", folded; Latin/Cyrillic ones must stand as words. */
const PHONE_WORDS = [
  'phone', 'phones', 'telephone', 'tel', 'tel no', 'call', 'call us', 'hotline', 'helpline', 'toll free', 'toll-free', 'phone number',
  'телефон', 'тел', 'горячая линия', 'горячей линии', 'звоните', 'позвоните', 'номер телефона',
  'teléfono', 'telefono', 'llámanos', 'llame', 'línea de atención',
  'telefon', 'çağrı merkezi', 'müşteri hizmetleri', 'bizi arayın', 'arayın',
  'telefonnummer', 'rufnummer', 'téléphone', 'tél', 'appelez-nous', 'appelez', 'telefone', 'ligue',
  'điện thoại', 'số điện thoại', 'đường dây nóng', 'tổng đài',
  'تلفن', 'شماره تماس', 'تماس', 'شماره تلفن', 'هاتف', 'الهاتف', 'اتصل',
  '电话', '電話', '拨打', '撥打', '致电', '致電', '来电', '來電', '客服热线', '热线', '熱線', '专线', '專線', '客服专线', '客服專線',
  '전화', '고객센터', '대표번호', '상담전화', '콜센터',
  '電話番号', 'お電話', 'フリーダイヤル', 'ナビダイヤル',
].map((w) => foldForMatch(w));

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
const alt = (ws: string[]): string => ws.sort(byLengthDesc).map(escapeRe).join('|');

const LATIN_PHONE = alt(PHONE_WORDS.filter((w) => !CJK.test(w) && !ARABIC_SCRIPT.test(w)));
const ARABIC_PHONE = alt(PHONE_WORDS.filter((w) => ARABIC_SCRIPT.test(w)));
const CJK_PHONE = alt(PHONE_WORDS.filter((w) => CJK.test(w)));
const PHONE_WORD = `(?:(?<!\\p{L})(?:${LATIN_PHONE})(?!\\p{L})|(?<!\\p{L})(?:${ARABIC_PHONE})|(?:${CJK_PHONE}))`;
/** A phone word, then up to 30 characters without digits or sentence ends, then the number. */
const WORD_BEFORE = new RegExp(`${PHONE_WORD}[^\\p{N}。！？!?¶|]{0,30}$`, 'u');
/** The number, then a phone word in brackets or after a colon ("1661-5566 (고객센터)"). */
const WORD_AFTER = new RegExp(`^[\\s(（:：\\-–]{0,3}${PHONE_WORD}`, 'u');

/** "24/7", "24h" and the like: digits that are not part of a number. */
const ROUND_THE_CLOCK = /24\s*[/x×]\s*7|24\s*(?:h|hrs|hours|ساعته|ساعت|시간|小时|小時|時間|часа)(?!\p{L})/giu;
/** A number-like run: optional +/00, optional (area), then digits with single separators. */
const NUMBER = /(?<![\p{N}\p{Script=Latin}+/.\-_@#№])(?:(?:\+|00)\s?)?(?:\(\s?\+?\d{1,4}\s?\)\s?)?\d(?:(?: [\-–—] |[ \-–—.])?(?:\(\d{1,5}\)|\d)){5,20}(?![\p{N}\p{Script=Latin}]|\s?[:：]\d)/gu;
const CURRENCY_BEFORE = /(?:[$€£¥₩₽₺₹﷼]|usdt?|eur|rub|irr|irt|krw|cny|btc|تومان|ریال)\s?$/u;
const CURRENCY_AFTER = /^\s?(?:[$€£¥₩₽₺₹﷼]|usdt?|eur|rub|irr|irt|krw|cny|btc|تومان|ریال|원|元|円|руб)/u;

const DATE_SHAPES = [
  /^\d{4}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{1,2}$/,
  /^\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{2,4}$/,
  /^(?:19|20)\d{2}\s?[-–—]\s?(?:19|20)\d{2}$/,
];

function looksLikeDate(raw: string): boolean {
  if (DATE_SHAPES.some((re) => re.test(raw))) return true;
  // 20251018: a plain 8-digit run that reads as yyyymmdd
  const m = /^(19|20)(\d{2})(\d{2})(\d{2})$/.exec(raw);
  return m !== null && Number(m[3]) >= 1 && Number(m[3]) <= 12 && Number(m[4]) >= 1 && Number(m[4]) <= 31;
}

/**
 * The normalised number: "+<digits>" when international (a leading + or 00), else the
 * digits with their leading 0 kept. Null when it is not a plausible phone number.
 */
export function normalizePhone(raw: string, minDigits = 7): string | null {
  const trimmed = raw.trim().replace(/[\s\-–—.]+$/, '');
  if (looksLikeDate(trimmed)) return null;
  const international = /^\+|^00(?=\s?[1-9])/.test(trimmed);
  let body = international ? trimmed.replace(/^\+|^00/, '') : trimmed;
  if (international) body = body.replace(/\(\s?0\s?\)/, '');
  const digits = body.replace(/\D/g, '');
  const groups = trimmed.split(/[\s\-–—.()]+/).filter(Boolean).length;
  if (groups > 7) return null;
  if (international) return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : null;
  return digits.length >= minDigits && digits.length <= 12 ? digits : null;
}

/** Anything shaped like an address (word@word), tried at one position (see matchesAroundAt). */
const ADDRESS_LIKE = /(?<![^\s@])[^\s@]{1,64}@[^\s@]{1,255}/y;

/** `text` with address-like words blanked out, so digits in them are never phone numbers. */
function withoutAddresses(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  for (const m of matchesAroundAt(text, ADDRESS_LIKE, 64)) {
    pieces.push(text.slice(copied, m.index), ' ');
    copied = m.index + m[0].length;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** Numbers from tel: links, and numbers in the visible text that a phone word stands next to. */
export function findPhones(page: LoadedPage): string[] {
  const found = new Set<string>();
  for (const a of page.anchors()) {
    if (found.size >= MAX_PHONES) break;
    if (!/^tel:/i.test(a.href)) continue;
    const raw = safeDecode(a.href.slice(4)).split(/[;,]/)[0] ?? '';
    if (/[^\d\s+().\-–]/.test(raw)) continue;
    const n = normalizePhone(raw, 5);
    if (n) found.add(n);
  }

  const text = withoutAddresses(page.foldedText().replace(/(?:https?:\/\/|www\.)\S+/g, ' ')).replace(ROUND_THE_CLOCK, ' ~ ');
  let candidates = 0;
  for (const m of text.matchAll(NUMBER)) {
    if (found.size >= MAX_PHONES || ++candidates > MAX_NUMBER_CANDIDATES) break;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 48), start);
    const after = text.slice(end, end + 24);
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) continue;
    if (!WORD_BEFORE.test(before) && !WORD_AFTER.test(after)) continue;
    const n = normalizePhone(m[0]);
    if (n) found.add(n);
  }
  return withoutNationalDuplicates([...found]);
}

/**
 * Drops a national number that another, international one already spells out: a tel:
 * link "+442079460123" whose visible text is "020 7946 0123", or "+18005550199" shown as
 * "1-800-555-0199". The national number is the international one without its country
 * code, written with the trunk prefix 0 (most countries) or 1 (North America) or none.
 */
function withoutNationalDuplicates(phones: string[]): string[] {
  const international = phones.filter((p) => p.startsWith('+')).map((p) => p.slice(1));
  if (international.length === 0) return phones;
  return phones.filter((p) => {
    if (p.startsWith('+')) return true;
    const subscriber = p.replace(/^0+/, '');
    if (subscriber.length < 6) return true;
    return !international.some((i) => i.endsWith(subscriber) && i.length - subscriber.length <= 3);
  });
}

// --- ticket form --------------------------------------------------------------

/** URL paths of ticket / request forms on the platforms and on custom sites. */
const TICKET_PATH = /\/hc\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})?\/)?requests\/new(?:\/|$)|\/support\/tickets\/new(?:\/|$)|\/portal\/[a-z]{2}(?:-[a-z]{2})?\/newticket(?:\/|$)|\/s\/contactsupport(?:\/|$)|\/widgets\/feedback_widget\/new|\/(?:submit-a-request|submit-request|submit-a-ticket|submit-ticket|new-ticket|create-ticket|contact-support|contactsupport|support-ticket|support-request|tickets\/new|ticket\/new|ticket\/create|tickets\/create|inquiry|inquiries\/new|one-on-one-inquiry)(?:\/|$)|\/(?:contact|support|help)\/(?:form|request|ticket)(?:\.\w{2,5})?(?:\/|$|\?)/i;

/** Link texts that open a request / ticket form, in the bank languages and more (folded). */
const TICKET_TEXTS = [
  'submit a request', 'submit request', 'submit a ticket', 'submit ticket', 'open a ticket', 'create a ticket',
  'contact form', 'support form', 'request form', 'ticket form', 'formulario de contacto', 'formulario de soporte',
  'форма обратной связи', 'форма обращения', 'فرم تماس', 'فرم پشتیبانی', '문의 양식', 'iletişim formu', 'destek formu',
  'お問い合わせフォーム', '客服表單', '客服表单', '聯絡表單', '联系表单', '問題回報', '问题反馈', '問題反饋',
  'create ticket', 'new ticket', 'raise a ticket', 'file a ticket', 'new request', 'contact support',
  'contact customer support', 'contact our support', 'support ticket', '1:1 inquiry', 'submit an inquiry', 'send an inquiry',
  '提交请求', '提交工单', '创建工单', '新建工单', '在线工单', '联系客服', '提交问题',
  '提交工單', '提交請求', '提交要求', '建立工單', '聯絡客服', '聯繫客服', '線上工單',
  'отправить запрос', 'создать заявку', 'создать запрос', 'создать тикет', 'оставить заявку', 'написать в поддержку',
  'связаться с поддержкой', 'обратиться в поддержку', 'новый запрос',
  'ثبت تیکت', 'ارسال تیکت', 'ایجاد تیکت', 'تیکت جدید', 'ارسال درخواست', 'ثبت درخواست', 'تماس با پشتیبانی',
  '문의하기', '1:1 문의', '문의 등록', '문의 접수', '요청 제출', '고객 문의', '티켓 제출',
  'enviar una solicitud', 'enviar solicitud', 'abrir un ticket', 'crear un ticket', 'enviar un ticket',
  'contactar con soporte', 'contactar al soporte', 'contactar soporte', 'contactar con el soporte',
  'talep gönder', 'talep oluştur', 'destek talebi', 'destek ile iletişim', 'destek talebi oluştur',
  'お問い合わせ', '問い合わせ', 'リクエストを送信', 'チケットを送信', 'サポートに連絡',
  'anfrage senden', 'anfrage einreichen', 'support kontaktieren', 'ticket erstellen',
  'envoyer une demande', 'soumettre une demande', 'contacter le support', 'ouvrir un ticket',
  'gửi yêu cầu', 'tạo yêu cầu', 'liên hệ hỗ trợ', 'enviar uma solicitação', 'enviar solicitação', 'abrir um chamado',
  'contatar o suporte', 'fale com o suporte',
].map((t) => foldForMatch(t).replace(/\s+/g, ''));

/** A link text that offers a ticket form (matched without spaces, so "1:1문의" and "1:1 문의" are one). */
export function namesTicketForm(text: string): boolean {
  const folded = foldForMatch(text).replace(/\s+/g, '');
  return folded !== '' && folded.length <= 60 && TICKET_TEXTS.some((t) => folded.includes(t));
}

const SUBJECT_FIELD = /subject|title|topic|тема|موضوع|عنوان|제목|主题|主題|標題|件名|asunto|konu/i;
const COMMENT_FORM = /comment|reply|review|answer|vote|feedback-rating/i;

/** A form a visitor writes a request in: a message box plus an e-mail or subject field, not a search, newsletter or comment form. */
function isRequestForm(page: LoadedPage, form: Element): boolean {
  const fields = formFields(page, form);
  if (fields.textareas === 0) return false;
  const action = resolveHttpUrl(form.attribs['action'], page.base);
  if (COMMENT_FORM.test(marksOf(form)) || (action !== null && /\/(?:comments?|posts)(?:\/|$)/i.test(action.pathname))) return false;
  if (isSearchForm(page, form, fields) || isNewsletterForm(page, form, fields)) return false;
  const subject = fields.inputs.some((i) => SUBJECT_FIELD.test(`${i.attribs['name'] ?? ''} ${i.attribs['id'] ?? ''}`));
  return fields.emailFields > 0 || subject;
}

/** A link to a ticket form, an embedded one (iframe or form), or the page is the form. */
export function hasTicketForm(page: LoadedPage): boolean {
  if (TICKET_PATH.test(decodedPath(page.url))) return true;
  for (const a of page.anchors()) {
    if (!a.url || classifySocialUrl(a.url) !== null) continue;
    if (TICKET_PATH.test(decodedPath(a.url)) || namesTicketForm(a.text)) return true;
  }
  for (const f of page.elementsNamed('iframe').filter((e) => e.attribs['src'] !== undefined).slice(0, 200)) {
    if (hasAncestor(f, INERT)) continue;
    const u = resolveHttpUrl(f.attribs['src'], page.base);
    if (u && TICKET_PATH.test(decodedPath(u))) return true;
  }
  for (const form of page.elementsNamed('form').slice(0, 200)) {
    if (!hasAncestor(form, INERT) && isRequestForm(page, form)) return true;
  }
  return false;
}

export function judgeContacts(page: LoadedPage): Contacts {
  return {
    emails: findEmails(page),
    phones: findPhones(page),
    social: judgeSocial(page.anchors()),
    ticketForm: hasTicketForm(page),
  };
}
