import { describe, expect, it } from 'vitest';
import { detectAutoAck, isProcessTalk } from '../../src/judge/answer/autoAck.js';

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

// Helpdesk templates whose sentences speak only of the ticket process (queue, duplicates,
// replying to add details, the help center meanwhile, notification by e-mail, working hours):
// none of it is an answer, however the words are arranged.
const PROCESS_TEMPLATES: Row[] = [
  {
    name: 'en: queue notice, duplicates, reply to add details, help center meanwhile',
    text: 'Hello,\n\nThanks for reaching out! Your request #30917 has been logged. Due to an unusually large number of incoming requests, our replies may currently take a little longer than normal. To avoid further delays, please avoid opening multiple tickets for the same issue. Simply reply to this message if you want to add more details to your request. Meanwhile, many common questions are answered in our Help Center: https://help.aurora-exchange.example\n\nKind regards,\nAurora Support',
    autoAck: true,
    caseNumber: '30917',
    evidence: 'Thanks for reaching out',
  },
  {
    name: 'en: brand in brackets, working hours, we will notify you by email',
    text: '[Aurora Exchange] We have received your message. Our support team works Monday to Friday, 9:00–18:00 UTC, and we will notify you by email as soon as there is an update on your ticket.',
    autoAck: true,
    caseNumber: null,
    evidence: 'We have received your message',
  },
  {
    name: 'zh: brand prefix greeting, 请勿重复提交, 结果将以短信通知',
    text: '【Aurora】尊敬的用户您好，我们已收到您的反馈。当前咨询量较大，请勿重复提交工单，以免影响处理进度。处理完成后，结果将以短信和邮件的方式告知您。',
    autoAck: true,
    caseNumber: null,
    evidence: '已收到您的反馈',
  },
  {
    name: 'zh-Hant: 工單已建立, 客服專員會在工作時間內回覆',
    text: '您好，您的工單已建立成功（編號：HK-55012）。客服專員將於工作時間內依序回覆，請您耐心等候，請勿重複提交。',
    autoAck: true,
    caseNumber: 'HK-55012',
  },
  {
    name: 'ru: extra words before the verb, do not create repeat requests',
    text: 'Добрый день! Ваша заявка № 70211 принята. Дежурный специалист нашей службы поддержки обязательно ответит вам в порядке очереди. Пожалуйста, не создавайте повторных заявок по этому же вопросу: это замедлит обработку.',
    autoAck: true,
    caseNumber: '70211',
  },
  {
    name: 'fa: a promise split by a parenthesis, do not open a new ticket',
    text: 'کاربر عزیز، تیکت شما با موفقیت ثبت شد. همکاران ما در واحد پشتیبانی (در ساعات کاری) در اولین فرصت به آن پاسخ خواهند داد. لطفاً برای همین موضوع تیکت تکراری ثبت نکنید.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'ko: queue notice and duplicates',
    text: '[Aurora] 안녕하세요. 고객님의 문의가 접수되었습니다. 현재 문의량이 많아 답변이 평소보다 지연될 수 있습니다. 동일한 내용으로 중복 문의는 삼가 주시기 바랍니다.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'es: case created, meanwhile the help center, we will inform you',
    text: 'Hola:\nSe ha registrado su solicitud con el número de caso 88120. Uno de nuestros especialistas de soporte le contestará lo antes posible. Mientras tanto, le recomendamos visitar nuestro Centro de ayuda. Le informaremos por correo electrónico de cualquier actualización.\nSaludos,\nEquipo de soporte',
    autoAck: true,
    caseNumber: '88120',
  },
  {
    name: 'tr: request created, working days, do not open a new request',
    text: 'Merhaba, destek talebiniz oluşturuldu. Ekibimiz talebinizi sırayla inceleyip en kısa sürede size e-posta ile dönüş yapacaktır. Lütfen aynı konu için yeni talep oluşturmayınız.',
    autoAck: true,
    caseNumber: null,
  },
  {
    name: 'ja: thanks with a comma, 担当者より改めて, 土日祝は休業',
    text: 'このたびはお問い合わせいただき、誠にありがとうございます。内容を確認のうえ、担当者より改めてご連絡いたします。なお、土日祝日は休業のため、ご返信が翌営業日以降となる場合がございます。',
    autoAck: true,
    caseNumber: null,
  },
];

// Replies with a ticket header or a case number that go on to answer: never acknowledgements.
const ANSWERS_WITH_CASE: Row[] = [
  {
    name: 'en: Zendesk "request updated" header, then 2FA steps',
    text: 'Your request (48211) has been updated. To add additional comments, reply to this email.\n\nHi Sam,\nTo turn on two-factor authentication, open Account > Security, choose Google Authenticator, scan the QR code with the app and enter the 6-digit code to confirm.\nBest regards,\nAurora Support',
    autoAck: false,
    caseNumber: '48211',
  },
  {
    name: 'en: ticket number and a short but real reason',
    text: 'Hello, regarding ticket #55120: your account was frozen because the proof of address you uploaded expired; please upload a bank statement from the last three months.',
    autoAck: false,
    caseNumber: '55120',
  },
  {
    name: 'zh: 工单号, then withdrawal steps',
    text: '您好，您的工单已受理，工单号：CN-99812。关于提币一直处于审核中：请先在【资产】→【提币记录】中确认状态，若超过24小时仍未到账，请提供交易哈希，我们会联系链上团队加快处理。',
    autoAck: false,
    caseNumber: 'CN-99812',
  },
  {
    name: 'ru: обращение № then the fee answer',
    text: 'Здравствуйте! Ваше обращение № 40512 получено. Комиссия за вывод USDT в сети TRC20 составляет 1 USDT, минимальная сумма вывода — 10 USDT; актуальные значения указаны на странице «Комиссии».',
    autoAck: false,
    caseNumber: '40512',
  },
  {
    name: 'es: caso creado, then KYC documents',
    text: 'Se ha creado el caso 77123. Para completar la verificación necesitamos una foto de su pasaporte o DNI por ambas caras y un selfie sosteniendo el documento; súbalos en Perfil > Verificación.',
    autoAck: false,
    caseNumber: '77123',
  },
  {
    name: 'ja: 受付番号, then how to reset 2FA',
    text: 'お問い合わせを受け付けました（受付番号：JP-30021）。二段階認証端末を紛失された場合は、ログイン画面の「認証できない場合」からリセットを申請し、本人確認書類と顔写真をアップロードしてください。審査完了後、48時間は出金が制限されます。',
    autoAck: false,
    caseNumber: 'JP-30021',
  },
  {
    name: 'fa: شماره تیکت, then the phishing answer',
    text: 'تیکت شما با شماره ۵۵۴۱۲ ثبت شد. ایمیلی که دریافت کرده اید جعلی است؛ روی لینک آن کلیک نکنید، فقط از دامنه رسمی ما وارد شوید و کد ضد فیشینگ را در تنظیمات امنیتی فعال کنید.',
    autoAck: false,
    caseNumber: '55412',
  },
];

describe('detectAutoAck: ticket-process sentences', () => {
  it.each([...PROCESS_TEMPLATES, ...ANSWERS_WITH_CASE].map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const got = detectAutoAck(row.text);
    expect(got.autoAck).toBe(row.autoAck);
    expect(got.caseNumber).toBe(row.caseNumber);
    if (row.autoAck) {
      expect(got.evidence).not.toBeNull();
      if (row.evidence) expect(got.evidence).toContain(row.evidence);
    } else {
      expect(got.evidence).toBeNull();
    }
  });

  it('covers every bank language', () => {
    const langs = new Set(PROCESS_TEMPLATES.map((r) => r.name.split(':')[0]));
    for (const l of ['en', 'zh', 'zh-Hant', 'ru', 'fa', 'ko', 'es', 'tr', 'ja']) expect(langs.has(l)).toBe(true);
  });
});

describe('isProcessTalk', () => {
  it.each([
    'Our team is currently experiencing a higher than usual volume of requests',
    'please refrain from submitting duplicate tickets, as this may delay our response',
    'Специалист нашей службы поддержки ответит вам в ближайшее время',
    'در اسرع وقت (حداکثر ۴۸ ساعت کاری) پاسخ خواهند داد',
    '处理结果将通过邮件通知您',
    'お問い合わせいただき、ありがとうございます',
    'Mientras tanto, puede consultar nuestro Centro de ayuda',
  ])('process talk: %s', (t) => {
    expect(isProcessTalk(t)).toBe(true);
  });

  it.each([
    'Your account is frozen because of a pending compliance review',
    'Please do not share your password or 2FA codes with anyone',
    'The withdrawal fee for USDT on TRC20 is 1 USDT',
    '请在安全中心开启谷歌验证',
    'パスワードを変更してください',
    'Откройте раздел «Безопасность» и включите 2FA',
    'x'.repeat(400),
  ])('not process talk: %s', (t) => {
    expect(isProcessTalk(t)).toBe(false);
  });
});
