import { describe, expect, it } from 'vitest';
import { judgeComplaint } from '../../src/judge/answer/complaint.js';

interface Row {
  name: string;
  text: string;
  acknowledgement: boolean;
  caseNumber: string | null;
  /** Words the timeline fragment must contain, or null when none may be found. */
  timeline: string | null;
  /** Words the escalation fragment must contain, or null when none may be found. */
  escalation: string | null;
}

const ROWS: Row[] = [
  {
    name: 'en: every step',
    text: "We're sorry for the trouble. Your account was frozen by our compliance team during a routine review. Your case number is CMP-7781. We will complete the review within 3 business days. If you are not satisfied with the outcome, you can escalate to our complaints team or contact the Financial Ombudsman Service.",
    acknowledgement: true,
    caseNumber: 'CMP-7781',
    timeline: 'within 3 business days',
    escalation: 'not satisfied',
  },
  {
    name: 'en: a bare statement has none',
    text: 'Your account has been frozen.',
    acknowledgement: false,
    caseNumber: null,
    timeline: null,
    escalation: null,
  },
  {
    name: 'en: understanding and a range of hours',
    text: 'I understand your frustration. We expect to resolve this in 24–48 hours.',
    acknowledgement: true,
    caseNumber: null,
    timeline: 'in 24–48 hours',
    escalation: null,
  },
  {
    name: 'en: by Friday, ticket escalated to a supervisor',
    text: 'Apologies for the delay — we will get back to you by Friday. Your ticket #99812 has been escalated to a supervisor.',
    acknowledgement: true,
    caseNumber: '99812',
    timeline: 'by Friday',
    escalation: 'escalated',
  },
  {
    name: 'en: vague time frames are not timelines',
    text: 'We are sorry. We will look into it as soon as possible and within a few days.',
    acknowledgement: true,
    caseNumber: null,
    timeline: null,
    escalation: null,
  },
  {
    name: 'en: a formal complaint form',
    text: 'You may file a formal complaint using our complaint form at https://aurora-exchange.example/complaints.',
    acknowledgement: false,
    caseNumber: null,
    timeline: null,
    escalation: 'formal complaint',
  },
  {
    name: 'en: negated escalation is not an escalation path',
    text: 'We cannot escalate this matter further.',
    acknowledgement: false,
    caseNumber: null,
    timeline: null,
    escalation: null,
  },
  {
    name: 'en: a past duration is not a timeline',
    text: 'Your account was frozen 3 days ago after a compliance alert.',
    acknowledgement: false,
    caseNumber: null,
    timeline: null,
    escalation: null,
  },
  {
    name: 'en: a date and an amount are not a case number',
    text: 'We are sorry. The freeze started on 2024-01-15 and involved 500 USDT.',
    acknowledgement: true,
    caseNumber: null,
    timeline: null,
    escalation: null,
  },
  {
    name: 'en: senior specialist within 48 hours',
    text: 'We have escalated your case to our senior compliance specialist, who will contact you within 48 hours.',
    acknowledgement: false,
    caseNumber: null,
    timeline: 'within 48 hours',
    escalation: 'escalated',
  },
  {
    name: 'en: by end of day, reference number',
    text: 'Please quote reference ABC-12345 in all correspondence. Expect an update by end of day.',
    acknowledgement: false,
    caseNumber: 'ABC-12345',
    timeline: 'by end of day',
    escalation: null,
  },
  {
    name: 'zh: every step',
    text: '非常抱歉给您带来不便。您的工单号为：CN20240115。我们会在3个工作日内完成审核。如您对处理结果不满意，可联系投诉专员或向当地金融监管机构反映。',
    acknowledgement: true,
    caseNumber: 'CN20240115',
    timeline: '3个工作日内',
    escalation: '不满意',
  },
  {
    name: 'zh-Hant: fragments stay in Traditional script',
    text: '很抱歉造成您的困擾。我們將在24小時內回覆您，案件編號：HK-5521。',
    acknowledgement: true,
    caseNumber: 'HK-5521',
    timeline: '24小時內',
    escalation: null,
  },
  {
    name: 'ru: every step',
    text: 'Приносим извинения за доставленные неудобства. Ваше обращение № 445566 передано в отдел претензий, ответ будет дан в течение 5 рабочих дней.',
    acknowledgement: true,
    caseNumber: '445566',
    timeline: 'в течение 5 рабочих дней',
    escalation: 'отдел претензий',
  },
  {
    name: 'ru: until Friday',
    text: 'Мы понимаем ваше беспокойство. Ответ будет до пятницы.',
    acknowledgement: true,
    caseNumber: null,
    timeline: 'до пятницы',
    escalation: null,
  },
  {
    name: 'fa: every step (Persian digits kept as written in fragments)',
    text: 'بابت این مشکل عذرخواهی می‌کنیم. شماره پیگیری شما ۷۷۸۸۹۹ است و ظرف ۷۲ ساعت بررسی خواهد شد. در صورت عدم رضایت می‌توانید از طریق فرم شکایت اقدام کنید.',
    acknowledgement: true,
    caseNumber: '778899',
    timeline: 'ظرف ۷۲ ساعت',
    escalation: 'عدم رضایت',
  },
  {
    name: 'ko: every step',
    text: '불편을 드려 죄송합니다. 접수번호 KR-3321로 등록되었으며 영업일 기준 3일 이내에 답변드리겠습니다. 결과에 만족하지 않으시면 금융감독원에 민원을 제기하실 수 있습니다.',
    acknowledgement: true,
    caseNumber: 'KR-3321',
    timeline: '영업일 기준 3일 이내',
    escalation: '만족하지 않으시면',
  },
  {
    name: 'es: every step',
    text: 'Lamentamos las molestias. Su número de caso es 55-2024-889. Le daremos una respuesta en un plazo de 5 días hábiles. Si no está satisfecho, puede presentar una reclamación ante el Banco de España.',
    acknowledgement: true,
    caseNumber: '55-2024-889',
    timeline: 'en un plazo de 5 días hábiles',
    escalation: 'Si no está satisfecho',
  },
  {
    name: 'tr: every step',
    text: 'Yaşadığınız sorun için özür dileriz. Talep numaranız: TR-12345. Hesabınız 3 iş günü içinde incelenecektir. Memnun kalmazsanız şikayet formu üzerinden başvurabilirsiniz.',
    acknowledgement: true,
    caseNumber: 'TR-12345',
    timeline: '3 iş günü içinde',
    escalation: 'Memnun kalmazsanız',
  },
  {
    name: 'ja: every step',
    text: 'ご不便をおかけして申し訳ございません。お問い合わせ番号は JP-4455 です。3営業日以内にご連絡いたします。ご満足いただけない場合は、苦情窓口までお問い合わせください。',
    acknowledgement: true,
    caseNumber: 'JP-4455',
    timeline: '3営業日以内',
    escalation: 'ご満足いただけない場合',
  },
  {
    name: "quoted user complaint does not count as support's handling",
    text: 'Thank you, we are reviewing your account.\n\nOn Tue, 16 Jan 2024 at 11:00, User <u@example.com> wrote:\n> I want to complain! Sorry but this is unacceptable; I will contact the regulator within 3 days.',
    acknowledgement: false,
    caseNumber: null,
    timeline: null,
    escalation: null,
  },
  {
    name: 'html reply',
    text: '<p>We apologise for the inconvenience.</p><p>Ticket: <b>#77123</b></p><p>Resolution within 2 working days.</p>',
    acknowledgement: true,
    caseNumber: '77123',
    timeline: 'within 2 working days',
    escalation: null,
  },
  {
    name: 'ru: number after the label with a dash, the central bank',
    text: 'Приносим свои извинения. Номер вашей жалобы — 99812. Мы рассмотрим её в течение 10 рабочих дней. Если вы не согласны с решением, вы можете обратиться в Банк России.',
    acknowledgement: true,
    caseNumber: '99812',
    timeline: 'в течение 10 рабочих дней',
    escalation: 'Банк России',
  },
  {
    name: 'tr: number before "numarası"; a registered complaint is not an escalation path',
    text: 'Yaşadığınız mağduriyet için özür dileriz. Şikayet kaydınız 44556 numarası ile oluşturulmuştur. En geç 5 iş günü içinde dönüş yapılacaktır.',
    acknowledgement: true,
    caseNumber: '44556',
    timeline: 'En geç 5 iş günü',
    escalation: null,
  },
  {
    name: 'ko: a complaint number is not an escalation path',
    text: '고객님께 불편을 끼쳐 드려 죄송합니다. 민원 번호는 C-7788입니다. 3영업일 이내에 회신드리겠습니다.',
    acknowledgement: true,
    caseNumber: 'C-7788',
    timeline: '3영업일 이내',
    escalation: null,
  },
  {
    name: 'ru: "зарегистрирована под номером 77120-RU", passed to a department (no escalation path)',
    text: 'Здравствуйте!\n\nПриносим извинения за неудобства. Ваша жалоба зарегистрирована под номером 77120-RU. Мы передали её в профильный отдел.\n\nС уважением,\nСлужба поддержки',
    acknowledgement: true,
    caseNumber: '77120-RU',
    timeline: null,
    escalation: null,
  },
  {
    name: 'mixed: Chinese reply with English timeline and ombudsman',
    text: '抱歉，我们会 within 5 business days 回复。如仍有疑问，you can contact the Financial Ombudsman.',
    acknowledgement: true,
    caseNumber: null,
    timeline: 'within 5 business days',
    escalation: 'Ombudsman',
  },
];

describe('judgeComplaint', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const got = judgeComplaint(row.text);
    expect(got.acknowledgement).toBe(row.acknowledgement);
    expect(got.caseNumber).toBe(row.caseNumber);
    if (row.timeline === null) expect(got.timeline).toBeNull();
    else expect(got.timeline).toContain(row.timeline);
    if (row.escalation === null) expect(got.escalation).toBeNull();
    else expect(got.escalation).toContain(row.escalation);
    for (const f of [got.timeline, got.escalation]) {
      if (f !== null) expect(f.length).toBeLessThanOrEqual(120);
    }
  });

  it('has at least 20 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
  });

  it('cuts a long escalation sentence to 120 characters around the escalation words', () => {
    const long = `${'Our compliance department is still reviewing every transaction on the account in detail, '.repeat(3)}and if you remain dissatisfied you may refer the matter to the Financial Ombudsman Service ${'after we send our final response letter to your registered e-mail address. '.repeat(3)}`;
    const got = judgeComplaint(long);
    expect(got.escalation).not.toBeNull();
    expect(got.escalation?.length ?? 0).toBeLessThanOrEqual(120);
    expect(got.escalation).toMatch(/dissatisfied|Ombudsman/);
  });

  it('never throws on hostile input and reports nothing for an empty reply', () => {
    expect(judgeComplaint('')).toEqual({ acknowledgement: false, caseNumber: null, timeline: null, escalation: null });
    for (const t of ['<', 'within '.repeat(20_000), '\u0000\u202E'.repeat(100)]) {
      expect(typeof judgeComplaint(t).acknowledgement).toBe('boolean');
    }
  });
});

describe('judgeComplaint: cost', () => {
  it.each([
    ['negated phrases in one clause', 'we cannot apologize '],
    ['Chinese negated phrases without punctuation', '无法抱歉'],
    ['case numbers and time frames', 'Ticket #12345 within 3 days, '],
  ])('%s: 100,000 characters in well under 2 s', (_name, unit) => {
    let text = unit;
    while (text.length < 100_000) text += unit;
    text = text.slice(0, 100_000);
    const t = performance.now();
    const got = judgeComplaint(text);
    expect(performance.now() - t).toBeLessThan(2000);
    expect(typeof got.acknowledgement).toBe('boolean');
  });
});

describe('judgeComplaint on an automatic acknowledgement', () => {
  // The facts stay as written (the grade, not this judge, discounts a template: see grade.ts).
  it('reports the case number and the promised time of a template, but no apology', () => {
    const t = 'Hello,\nYour ticket #55120 has been created. Our compliance team will review it and reply within 48 hours. Please do not open duplicate tickets.\nRegards';
    const got = judgeComplaint(t);
    expect(got.caseNumber).toBe('55120');
    expect(got.timeline).toBe('within 48 hours');
    expect(got.acknowledgement).toBe(false);
    expect(got.escalation).toBeNull();
  });
});
