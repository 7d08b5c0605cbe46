import { describe, expect, it } from 'vitest';
import { detectAutoAck } from '../../src/judge/answer/autoAck.js';

interface Row {
  name: string;
  text: string;
  autoAck: boolean;
  caseNumber: string | null;
  /** Words the evidence must contain (only for acknowledgements). */
  evidence?: string;
}

const PURE_ACKS: Row[] = [
  {
    name: 'en: Zendesk request received',
    text: 'Your request (12345) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.',
    autoAck: true,
    caseNumber: '12345',
    evidence: 'has been received',
  },
  {
    name: 'en: Freshdesk ticket number',
    text: 'Dear John,\n\nWe have received your request and have assigned it a ticket number #48213. One of our agents will get back to you shortly.\n\nRegards,\nAurora Support',
    autoAck: true,
    caseNumber: '48213',
    evidence: 'We have received your request',
  },
  {
    name: 'en: thanks, an agent will reply within 24 hours',
    text: 'Thank you for contacting us, an agent will reply within 24 hours.',
    autoAck: true,
    caseNumber: null,
    evidence: 'Thank you for contacting us',
  },
  {
    name: 'en: automated message with an alphanumeric ticket',
    text: 'This is an automated message. Your ticket #A1B2C3 has been created. Please do not reply to this email.',
    autoAck: true,
    caseNumber: 'A1B2C3',
    evidence: 'automated message',
  },
  {
    name: 'en: case id with dashes, greeting and signature',
    text: 'Hello,\nThank you for reaching out to Aurora Support. Your case ID: CASE-2024-00123. We will get back to you within 1-2 business days.\nBest regards,\nAurora Support Team',
    autoAck: true,
    caseNumber: 'CASE-2024-00123',
  },
  {
    name: 'en: high volume notice',
    text: "Hi there, thanks for your message! We're experiencing a high volume of requests, so response times may be longer than usual. We appreciate your patience.",
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'en: ticket number in a subject-like first line',
    text: 'Ticket #12345: thank you for your patience, we will update you by Friday.',
    autoAck: true,
    caseNumber: '12345',
  },
  {
    name: 'zh: 工单已提交 with 工单号',
    text: '您好，您的工单已提交，工单号：20240115001。客服人员将在24小时内回复您，请耐心等待。',
    autoAck: true,
    caseNumber: '20240115001',
    evidence: '工单已提交',
  },
  {
    name: 'zh: 我们已收到您的请求',
    text: '我们已收到您的请求，我们会尽快处理。',
    autoAck: true,
    caseNumber: null,
    evidence: '已收到您的请求',
  },
  {
    name: 'zh-Hant: 已收到來信 with 工單編號',
    text: '您好，我們已收到您的來信，客服人員將盡快回覆您。工單編號：TW-88231',
    autoAck: true,
    caseNumber: 'TW-88231',
    evidence: '已收到您的來信',
  },
  {
    name: 'ru: обращение № зарегистрировано',
    text: 'Здравствуйте! Ваше обращение № 123456 зарегистрировано. Специалист ответит вам в ближайшее время.',
    autoAck: true,
    caseNumber: '123456',
    evidence: 'зарегистрировано',
  },
  {
    name: 'ru: заявка принята with номер заявки',
    text: 'Ваша заявка принята. Номер заявки: RU-5521.',
    autoAck: true,
    caseNumber: 'RU-5521',
  },
  {
    name: 'ru: a standalone № number',
    text: 'Заявка зарегистрирована под № 778899. Мы ответим в ближайшее время.',
    autoAck: true,
    caseNumber: '778899',
  },
  {
    name: 'fa: درخواست با شماره ثبت شد (Persian digits)',
    text: 'با سلام، درخواست شما با شماره ۱۲۳۴۵ ثبت شد. کارشناسان ما در اسرع وقت پاسخ خواهند داد.',
    autoAck: true,
    caseNumber: '12345',
    evidence: 'ثبت شد',
  },
  {
    name: 'fa: تیکت ثبت شد, شماره پیگیری',
    text: 'کاربر گرامی، تیکت شما ثبت شد. شماره پیگیری: ۹۸۷۶۵۴',
    autoAck: true,
    caseNumber: '987654',
  },
  {
    name: 'ko: 문의가 접수되었습니다 with 접수 번호',
    text: '안녕하세요. 문의가 접수되었습니다. 접수 번호: 2024-0115-77. 담당자가 확인 후 답변드리겠습니다.',
    autoAck: true,
    caseNumber: '2024-0115-77',
    evidence: '접수되었습니다',
  },
  {
    name: 'ko: bare acknowledgement',
    text: '문의가 접수되었습니다.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'es: hemos recibido su solicitud, número de caso',
    text: 'Hola, hemos recibido su solicitud. Su número de caso es 556677. Un agente le responderá lo antes posible.',
    autoAck: true,
    caseNumber: '556677',
    evidence: 'hemos recibido su solicitud',
  },
  {
    name: 'es: bare acknowledgement',
    text: 'Hemos recibido su solicitud.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'tr: talebiniz alınmıştır, talep numaranız',
    text: 'Merhaba, talebiniz alınmıştır. Talep numaranız: 778899. En kısa sürede size dönüş yapacağız.',
    autoAck: true,
    caseNumber: '778899',
    evidence: 'alınmıştır',
  },
  {
    name: 'tr: number before the label',
    text: '778812 numaralı talebiniz oluşturuldu. Destek ekibimiz en kısa sürede size dönüş yapacaktır.',
    autoAck: true,
    caseNumber: '778812',
  },
  {
    name: 'ja: お問い合わせを受け付けました, お問い合わせ番号',
    text: 'お問い合わせを受け付けました。お問い合わせ番号：JP-20240115-01。担当者より順次ご連絡いたします。',
    autoAck: true,
    caseNumber: 'JP-20240115-01',
    evidence: 'お問い合わせを受け付けました',
  },
  {
    name: 'ja: send-only notice, promised time and number in brackets',
    text: 'お問い合わせを受け付けました（受付番号：JP-20251103-0042）。\n内容を確認のうえ、2営業日以内に担当者よりご連絡いたします。\nこのメールは送信専用です。',
    autoAck: true,
    caseNumber: 'JP-20251103-0042',
  },
  {
    name: 'tr: request reached us, number in brackets',
    text: 'Sayın kullanıcımız,\nDestek talebiniz bize ulaştı (Talep No: 558102). Ekibimiz talebinizi inceleyip en kısa sürede size geri dönecektir.\nTeşekkür ederiz.',
    autoAck: true,
    caseNumber: '558102',
  },
  {
    name: 'ja: thanks, automatic mail, ticket number in full-width brackets, do not reply',
    text: 'お問い合わせいただきありがとうございます。\n\n本メールは自動送信です。お問い合わせ（チケット番号：#583920）を受け付けました。担当者が内容を確認のうえ、順次ご連絡いたします。今しばらくお待ちください。\n\n※本メールには返信しないでください。',
    autoAck: true,
    caseNumber: '583920',
    evidence: 'ありがとうございます',
  },
  {
    name: 'zh-Hant: 已收到您的工單（編號：…）, 系統自動回覆',
    text: '您好，我們已收到您的工單（編號：TW-882130），客服人員將盡快與您聯繫，請耐心等候。此為系統自動回覆，請勿直接回覆本郵件。',
    autoAck: true,
    caseNumber: 'TW-882130',
    evidence: '我們已收到您的工單',
  },
  {
    name: 'html: Zendesk notification',
    text: '<div>##- Please type your reply above this line -##</div><p>Your request (98765) has been received and is being reviewed by our support staff.</p><p>To add additional comments, reply to this email.</p><p>This email is a service from Aurora Support.</p>',
    autoAck: true,
    caseNumber: '98765',
  },
  {
    name: 'quoted history of the user is ignored',
    text: 'We have received your request and will reply within 24 hours.\n\nOn Mon, Jan 15, 2024 at 9:00 AM Jane <jane@example.com> wrote:\n> My BTC withdrawal has been pending for 6 hours and the txid shows 0 confirmations.\n> I tried to check the explorer, changed the network, waited, contacted the wallet, nothing helped.\n> What should I check? Please answer quickly, this is urgent.',
    autoAck: true,
    caseNumber: null,
  },
];

const SUBSTANTIVE: Row[] = [
  {
    name: 'en: thanks, then the answer',
    text: 'Thank you for contacting us. Your BTC withdrawal is pending because the Bitcoin network is congested. Please check the txid on a block explorer; it needs 2 confirmations and should arrive within an hour.',
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'en: received (ticket #5566), then how to enable 2FA',
    text: 'We have received your request (ticket #5566). To enable 2FA, go to Profile > Security, choose Google Authenticator, scan the QR code and save your backup codes.',
    autoAck: false,
    caseNumber: '5566',
  },
  {
    name: 'zh: 感谢联系, then the answer',
    text: '您好，感谢您的联系。您的提现需要6个区块确认，请在区块浏览器中查看交易哈希，如超过2小时未到账请提供TxID。',
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'ru: спасибо за обращение, then fees',
    text: 'Здравствуйте! Спасибо за обращение. Комиссия за вывод USDT зависит от сети: TRC20 — 1 USDT, ERC20 — около 5 USDT. Минимальная сумма вывода — 10 USDT.',
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'fa: سپاسگزاریم, then 2FA steps',
    text: 'با سلام، از تماس شما سپاسگزاریم. برای فعال‌سازی احراز هویت دو مرحله‌ای وارد بخش امنیت در پروفایل شوید، Google Authenticator را انتخاب کرده و کد QR را اسکن کنید.',
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'ko: 감사합니다, then fees',
    text: '문의해 주셔서 감사합니다. 출금 수수료는 네트워크에 따라 다르며 TRC20은 1 USDT, ERC20은 약 5 USDT입니다.',
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'es: gracias, then 2FA steps',
    text: 'Gracias por contactarnos. Para activar la autenticación en dos pasos, vaya a Perfil > Seguridad y escanee el código QR con Google Authenticator.',
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'tr: teşekkür, then the recovery answer',
    text: "Bizimle iletişime geçtiğiniz için teşekkür ederiz. Yanlış ağdan gönderilen varlıkların kurtarılması mümkündür ancak işlem ücreti 50 USDT'dir ve 2 hafta sürebilir.",
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'ja: ありがとうございます, then 2FA steps',
    text: 'お問い合わせいただきありがとうございます。二段階認証を有効にするには、セキュリティ設定からGoogle Authenticatorを選択し、QRコードをスキャンしてください。',
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'a statement inside an acknowledgement sentence makes it substantive',
    text: 'Hello,\nWe apologise for the inconvenience. Your complaint has been registered under case #RU-4410. Your account is under a compliance review and we will reply within 3 business days.\nRegards',
    autoAck: false,
    caseNumber: 'RU-4410',
  },
  {
    name: 'no acknowledgement at all',
    text: "Go to Settings > API Management and untick 'Enable Withdrawals'.",
    autoAck: false,
    caseNumber: null,
  },
  {
    name: 'long answer that starts with an acknowledgement',
    text: 'We have received your request. Your account was restricted because the KYC documents expired. Please upload a valid passport and a selfie in Settings > Verification; the review takes about one day and the restriction is lifted automatically afterwards.',
    autoAck: false,
    caseNumber: null,
  },
];

const NOT_CASE_NUMBERS: Row[] = [
  {
    name: 'a date and an amount are not case numbers',
    text: 'We have received your request on 2024-01-15 regarding 500 USDT. An agent will reply within 24 hours.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'a phone number is not a case number',
    text: 'Thank you for contacting us. For urgent matters call +44 20 7946 0958. We will reply within 24 hours.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'a txid is not a case number',
    text: 'We have received your request regarding transaction 0x3f5a9c1e2b7d4f6a8c0e1b3d5f7a9c1e2b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a. An agent will reply shortly.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'a duration after "request" is not a case number',
    text: 'Thank you for your patience. Each request takes 3-5 business days to process.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'empty reply',
    text: '',
    autoAck: false,
    caseNumber: null,
  },
];

const ALL: Row[] = [...PURE_ACKS, ...SUBSTANTIVE, ...NOT_CASE_NUMBERS];

describe('detectAutoAck', () => {
  it.each(ALL.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const got = detectAutoAck(row.text);
    expect(got.autoAck).toBe(row.autoAck);
    expect(got.caseNumber).toBe(row.caseNumber);
    if (row.autoAck) {
      expect(got.evidence).not.toBeNull();
      expect(got.evidence?.length ?? 0).toBeLessThanOrEqual(200);
      if (row.evidence) expect(got.evidence).toContain(row.evidence);
    } else {
      expect(got.evidence).toBeNull();
    }
  });

  it('covers every bank language with pure and substantive rows', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(30);
    expect(PURE_ACKS.filter((r) => r.autoAck).length).toBeGreaterThanOrEqual(15);
    expect(SUBSTANTIVE.every((r) => !r.autoAck)).toBe(true);
  });

  it('never throws on hostile input', () => {
    for (const t of ['<<<', '#'.repeat(5000), `ticket ${'9'.repeat(10_000)}`, '\u202E'.repeat(100), 'x'.repeat(200_000)]) {
      const got = detectAutoAck(t);
      expect(typeof got.autoAck).toBe('boolean');
    }
    expect(detectAutoAck(`ticket ${'9'.repeat(10_000)}`).caseNumber).toBeNull();
  });
});

describe('detectAutoAck: cost', () => {
  // A case-number pattern tried at every digit of a long number once took 4 s on 100,000
  // digits; per-sentence matching once cloned its pattern for every sentence.
  const CASES: [string, string][] = [
    ['one long number', '7'],
    ['Persian digits', '۱'],
    ['acknowledgement clauses without a full stop', '我们已收到您的工单，'],
    ['many short acknowledgement sentences', 'お問い合わせを受け付けました（受付番号：JP-20251103-0042）。'],
    ['greetings and signatures on every line', 'Thank you for contacting us. Hi Maria, Best regards, Support Team\n'],
    ['numbered requests', 'talep numaranız: 12345, ticket #99812, обращение № 4455, '],
  ];
  it.each(CASES)('%s: 100,000 characters in well under 2 s', (_name, unit) => {
    let text = unit;
    while (text.length < 100_000) text += unit;
    text = text.slice(0, 100_000);
    const t = performance.now();
    const got = detectAutoAck(text);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(typeof got.autoAck).toBe('boolean');
  });
});
