/** E-mail, phone and ticket-form finding, row by row: what must be found and what must not. */
import { describe, expect, it } from 'vitest';
import { cleanEmail, decodeCloudflareEmail, normalizePhone, namesTicketForm } from '../../src/judge/page/contacts.js';
import { judge, page } from './page-helpers.js';

/** Cloudflare's encoding, done the way its obfuscation script expects it. */
function cfEncode(email: string, key: number): string {
  return [key, ...Array.from(email, (c) => c.charCodeAt(0) ^ key)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

describe('emails', () => {
  const rows: { name: string; body: string; emails: string[] }[] = [
    { name: 'mailto with subject and upper case', body: '<a href="mailto:Support@TestX.example?subject=Hi&body=x">Write</a>', emails: ['support@testx.example'] },
    { name: 'mailto with two addresses, percent-encoded', body: '<a href="mailto:help%40testx.example,vip@testx.example">Mail</a>', emails: ['help@testx.example', 'vip@testx.example'] },
    { name: 'plain text, trailing full stop', body: '<p>Email support@testx.example.</p>', emails: ['support@testx.example'] },
    { name: 'Chinese text with a full-width @ and no spaces', body: '<p>客服邮箱：kefu＠testx.example联系我们</p>', emails: ['kefu@testx.example'] },
    { name: '[at] [dot] obfuscation', body: '<p>Write to support [at] testx [dot] example</p>', emails: ['support@testx.example'] },
    { name: '(at) obfuscation', body: '<p>listing(at)testx.example</p>', emails: ['listing@testx.example'] },
    { name: 'Cloudflare data-cfemail', body: `<span class="__cf_email__" data-cfemail="${cfEncode('ops@testx.example', 0x5a)}">[email&#160;protected]</span>`, emails: ['ops@testx.example'] },
    { name: 'Cloudflare email-protection link', body: `<a href="/cdn-cgi/l/email-protection#${cfEncode('kyc@testx.example', 0x13)}">[email protected]</a>`, emails: ['kyc@testx.example'] },
    { name: 'image names are not addresses', body: '<p>Download logo@2x.png and icon@3x.webp</p>', emails: [] },
    { name: 'placeholders are not addresses', body: '<p>you@example.com, name@domain.com, email@email.com, john.doe@testx.example</p>', emails: [] },
    { name: 'an address only inside a script is not shown', body: '<script>var c = "hidden@testx.example";</script><p>Hello</p>', emails: [] },
    { name: 'duplicates count once', body: '<a href="mailto:a@testx.example">a@testx.example</a><p>a@TESTX.example</p>', emails: ['a@testx.example'] },
  ];
  it.each(rows)('$name', ({ body, emails }) => {
    expect(judge(page(body)).contacts.emails).toEqual(emails);
  });

  it('cleanEmail rejects junk shapes', () => {
    expect(cleanEmail('a..b@testx.example')).toBeNull();
    expect(cleanEmail('.a@testx.example')).toBeNull();
    expect(cleanEmail('a@testx')).toBeNull();
    expect(cleanEmail('<Ops@TestX.example>')).toBe('ops@testx.example');
  });
  it('decodes Cloudflare hex and rejects malformed hex', () => {
    expect(decodeCloudflareEmail(cfEncode('x@testx.example', 0xa1))).toBe('x@testx.example');
    expect(decodeCloudflareEmail('zz12')).toBeNull();
    expect(decodeCloudflareEmail('abc')).toBeNull();
  });
  it('caps the number of addresses', () => {
    const body = Array.from({ length: 100 }, (_, i) => `<a href="mailto:u${i}@testx.example">x</a>`).join('');
    expect(judge(page(body)).contacts.emails).toHaveLength(20);
  });
});

describe('phones', () => {
  const rows: { name: string; body: string; lang?: string; phones: string[] }[] = [
    { name: 'tel: link, international', body: '<a href="tel:+1-800-555-0100">Call</a>', phones: ['+18005550100'] },
    { name: 'tel: link, domestic short number', body: '<a href="tel:1661-5566">1661-5566</a>', phones: ['16615566'] },
    { name: 'en "Phone:"', body: '<p>Phone: +44 (0)20 7946 0000</p>', phones: ['+442079460000'] },
    { name: 'en "Call us on" with 24/7', body: '<p>Hotline (24/7): call us on 0800 123 4567 any time</p>', phones: ['08001234567'] },
    { name: 'zh-Hans 客服热线', lang: 'zh-CN', body: '<p>客服热线：400-888-6666</p>', phones: ['4008886666'] },
    { name: 'zh-Hant 客服電話', lang: 'zh-TW', body: '<p>客服電話：(02) 2345-6789</p>', phones: ['0223456789'] },
    { name: 'ru телефон', lang: 'ru', body: '<p>Телефон: 8 (800) 555-35-35</p>', phones: ['88005553535'] },
    { name: 'ru тел.', lang: 'ru', body: '<p>Тел. +7 495 123 45 67</p>', phones: ['+74951234567'] },
    { name: 'fa تلفن with Persian digits', lang: 'fa', body: '<p>تلفن: ۰۲۱-۹۱۰۰۱۲۳۴</p>', phones: ['02191001234'] },
    { name: 'fa شماره تماس with Arabic-Indic digits', lang: 'fa', body: '<p>شماره تماس: ٠٢١٨٨٧٧٦٦٥٥</p>', phones: ['02188776655'] },
    { name: 'ko 고객센터 with an attached particle', lang: 'ko', body: '<p>고객센터 1588-1234입니다</p>', phones: ['15881234'] },
    { name: 'ko 전화', lang: 'ko', body: '<p>전화: 02-1234-5678</p>', phones: ['0212345678'] },
    { name: 'es teléfono', lang: 'es', body: '<p>Teléfono: +34 910 123 456</p>', phones: ['+34910123456'] },
    { name: 'tr telefon', lang: 'tr', body: '<p>Telefon: 0850 123 45 67</p>', phones: ['08501234567'] },
    { name: 'ja 電話番号', lang: 'ja', body: '<p>電話番号：０３－１２３４－５６７８</p>', phones: ['0312345678'] },
    { name: 'number then the phone word', lang: 'ko', body: '<p>1661-5566 (고객센터)</p>', phones: ['16615566'] },
    { name: '00 international prefix', body: '<p>Tel: 0086 400 123 4567</p>', phones: ['+864001234567'] },
    { name: 'a number followed by opening hours', lang: 'ko', body: '<p>고객센터 1661-5566 09:00~18:00</p>', phones: ['16615566'] },
    // negatives
    { name: 'a number without a phone word', body: '<p>Our office: 0800 123 4567</p>', phones: [] },
    { name: 'an order number', body: '<p>Order number 20251018000123 · Ticket #48213377 — call us if needed</p>', phones: [] },
    { name: 'a date next to a phone word', body: '<p>Phone support since 2025-10-18 and 18.10.2025</p>', phones: [] },
    { name: 'a yyyymmdd run next to a phone word', body: '<p>Call 20251018</p>', phones: [] },
    { name: 'a year range next to a phone word', body: '<p>Hotline 2024-2025 schedule</p>', phones: [] },
    { name: 'a price next to a phone word', body: '<p>Call fee: $ 1 250 000 or 1250000 USDT</p>', phones: [] },
    { name: 'a zip code next to a phone word', body: '<p>Tel office, 10115 Berlin</p>', phones: [] },
    { name: 'digits in a URL next to a phone word', body: '<p>Phone: https://testx.example/u/88005553535</p>', phones: [] },
    { name: 'a telegram handle is not "tel"', body: '<p>Telegram 12345678</p>', phones: [] },
    { name: 'a hotel is not "tel"', body: '<p>Hotel 12345678</p>', phones: [] },
    { name: 'a tel: link with letters', body: '<a href="tel:1-800-FLOWERS">x</a>', phones: [] },
    { name: 'a number only in a script', body: '<script>var phone = "Phone: +1 800 555 0100";</script>', phones: [] },
  ];
  it.each(rows)('$name', ({ body, lang, phones }) => {
    expect(judge(page(body, lang === undefined ? {} : { lang })).contacts.phones).toEqual(phones);
  });

  it('normalizePhone keeps the leading 0 and marks international numbers with +', () => {
    expect(normalizePhone('02-1234-5678')).toBe('0212345678');
    expect(normalizePhone('+82 (0)2 1234 5678')).toBe('+82212345678');
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('+1234567890123456')).toBeNull();
  });
});

describe('ticket form', () => {
  const rows: { name: string; body: string; url?: string; ticket: boolean }[] = [
    { name: 'Zendesk /hc/<l>/requests/new', body: '<a href="/hc/en-us/requests/new">Help</a>', ticket: true },
    { name: 'Freshdesk /support/tickets/new', body: '<a href="/support/tickets/new">New</a>', ticket: true },
    { name: 'Zoho /portal/<l>/newticket', body: '<a href="/portal/en/newticket">x</a>', ticket: true },
    { name: 'Salesforce /s/contactsupport', body: '<a href="/s/contactsupport">x</a>', ticket: true },
    { name: 'Freshdesk feedback widget iframe', body: '<iframe src="https://testx.freshdesk.com/widgets/feedback_widget/new?widgetType=embedded"></iframe>', ticket: true },
    { name: 'the page is the request form', body: '<div id="root"></div>', url: 'https://support.testx.example/hc/en-us/requests/new', ticket: true },
    { name: 'en text', body: '<a href="https://testx.example/help">Submit a request</a>', ticket: true },
    { name: 'zh-Hans text', body: '<a href="https://testx.example/help">提交工单</a>', ticket: true },
    { name: 'zh-Hant text', body: '<a href="https://testx.example/help">提交工單</a>', ticket: true },
    { name: 'ru text', body: '<a href="https://testx.example/help">Создать заявку</a>', ticket: true },
    { name: 'fa text', body: '<a href="https://testx.example/help">ارسال درخواست</a>', ticket: true },
    { name: 'ko text without a space', body: '<a href="https://testx.example/help">1:1문의</a>', ticket: true },
    { name: 'es text', body: '<a href="https://testx.example/help">Enviar una solicitud</a>', ticket: true },
    { name: 'tr text', body: '<a href="https://testx.example/help">Destek talebi oluştur</a>', ticket: true },
    { name: 'ja text', body: '<a href="https://testx.example/help">リクエストを送信</a>', ticket: true },
    { name: 'an embedded request form', body: '<form action="/contact" method="post"><input type="email" name="email"><input name="subject"><textarea name="message"></textarea><button>Send</button></form>', ticket: true },
    // negatives
    { name: 'a newsletter form', body: '<form class="newsletter" action="/subscribe"><input type="email" name="email"><button>Subscribe</button></form>', ticket: false },
    { name: 'a search form', body: '<form role="search" action="/hc/en-us/search"><input type="search" name="query"></form>', ticket: false },
    { name: 'a comment form', body: '<form class="comment-form" action="/hc/en-us/articles/1/comments" method="post"><input type="email" name="email"><textarea name="comment[body]"></textarea></form>', ticket: false },
    { name: 'a mailto "Contact support" is e-mail, not a ticket form', body: '<a href="mailto:help@testx.example">Contact support</a>', ticket: false },
    { name: 'a ticket form only inside <template>', body: '<template><a href="/hc/en-us/requests/new">Submit a request</a></template>', ticket: false },
    { name: 'a social link saying "contact support"', body: '<a href="https://t.me/testx_support">Contact support</a>', ticket: false },
  ];
  it.each(rows)('$name', ({ body, url, ticket }) => {
    expect(judge(page(body), url).contacts.ticketForm).toBe(ticket);
  });
  it('matches link texts with and without spaces, not long sentences', () => {
    expect(namesTicketForm('1:1 문의 하기')).toBe(true);
    expect(namesTicketForm('If you cannot find an answer in these articles you may always submit a request to our team using the form')).toBe(false);
  });
});
