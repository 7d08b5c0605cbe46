/** The answer grader over the real question bank: bands per language, language handling, caps, reasons. */
import { describe, expect, it } from 'vitest';
import { grade } from '../../src/api/grade.js';
import { GRADER_VERSION, gradeReply } from '../../src/judge/answer/grade.js';
import { UsageError } from '../../src/errors.js';
import { QUESTION_IDS, type Grade } from '../../src/types/knowledge.js';
import { CASES, DOMAIN, MORE_CASES } from './grade-cases.js';

const g = (question: (typeof QUESTION_IDS)[number], reply: string, lang?: string, domains = [DOMAIN]): Grade =>
  gradeReply({ question, reply, ...(lang ? { lang } : {}), officialDomains: domains });

describe.each(CASES)('$lang: $question', (c) => {
  it('a good answer scores ≥ 7, is substantive, in the asked language', () => {
    const r = g(c.question, c.good, c.lang);
    expect(r.score, r.reasons.join(' | ')).toBeGreaterThanOrEqual(7);
    expect(r.substantive).toBe(true);
    expect(r.languageMatch).toBe(true);
    expect(r.answerLang).toBe(c.lang);
    expect(r.covered.length).toBeGreaterThanOrEqual(3);
    expect(r.redFlags).toEqual([]);
    expect(r.reasons.some((x) => x.startsWith('covers '))).toBe(true);
  });

  it('a partial answer scores 3–7 and names what is missing', () => {
    const r = g(c.question, c.partial, c.lang);
    expect(r.score, r.reasons.join(' | ')).toBeGreaterThanOrEqual(3);
    expect(r.score).toBeLessThan(7);
    expect(r.missing.length).toBeGreaterThan(0);
    expect(r.reasons.some((x) => x.startsWith('missing: '))).toBe(true);
    expect(r.score).toBeLessThan(g(c.question, c.good, c.lang).score);
  });

  it('an answer to another question is off-topic, ≤ 2, not substantive', () => {
    const r = g(c.question, c.offTopic, c.lang);
    expect(r.score, r.reasons.join(' | ')).toBeLessThanOrEqual(2);
    expect(r.offTopic).toBe(true);
    expect(r.substantive).toBe(false);
    expect(r.reasons.some((x) => x.startsWith('off-topic'))).toBe(true);
  });

  it('an automatic acknowledgement scores ≤ 1 and is not substantive', () => {
    const r = g(c.question, c.autoAck, c.lang);
    expect(r.score, r.reasons.join(' | ')).toBeLessThanOrEqual(1);
    expect(r.autoAck).toBe(true);
    expect(r.substantive).toBe(false);
    expect(r.reasons.some((x) => x.includes('automatic acknowledgement'))).toBe(true);
  });
});

describe.each(MORE_CASES)('$lang: $question (second question)', (c) => {
  it('a good answer scores ≥ 7 in the asked language', () => {
    const r = g(c.question, c.good, c.lang);
    expect(r.score, r.reasons.join(' | ')).toBeGreaterThanOrEqual(7);
    expect(r.substantive).toBe(true);
    expect(r.languageMatch).toBe(true);
  });

  it('a partial answer scores 3–7, below the good one', () => {
    const r = g(c.question, c.partial, c.lang);
    expect(r.score, r.reasons.join(' | ')).toBeGreaterThanOrEqual(3);
    expect(r.score).toBeLessThan(7);
    expect(r.score).toBeLessThan(g(c.question, c.good, c.lang).score);
  });

  it("the language's automatic acknowledgement scores ≤ 1 here too", () => {
    const ack = CASES.find((x) => x.lang === c.lang)!.autoAck;
    const r = g(c.question, ack, c.lang);
    expect(r.score, r.reasons.join(' | ')).toBeLessThanOrEqual(1);
    expect(r.substantive).toBe(false);
  });
});

describe('languages', () => {
  const en = CASES.find((c) => c.lang === 'en')!;
  const ru = `Здравствуйте!
1. Откройте «Профиль» → «Настройки безопасности».
2. Выберите Google Authenticator и отсканируйте QR-код, затем введите 6-значный код.
3. Сохраните резервный ключ в надёжном месте.
Также можно добавить аппаратный ключ безопасности. SMS — менее безопасный вариант.`;

  it('a good answer in another language keeps its concepts but is capped at 6, and says so', () => {
    const asked = g('enable-2fa', ru, 'en');
    const same = g('enable-2fa', ru, 'ru');
    expect(asked.languageMatch).toBe(false);
    expect(asked.answerLang).toBe('ru');
    expect(asked.rubricLang).toBe('en');
    expect(asked.covered).toEqual(same.covered);
    expect(asked.reasons).toContain('answered in Russian, asked in English');
    expect(same.score).toBeGreaterThan(8);
    expect(asked.score).toBe(6);
    expect(asked.reasons.join(' ')).toMatch(/at most 6/);
  });

  it('Simplified for a Traditional question is a match, noted', () => {
    const zh = CASES.find((c) => c.lang === 'zh')!;
    const r = g('withdrawal-pending', zh.good, 'zh-TW');
    expect(r.lang).toBe('zh-Hant');
    expect(r.answerLang).toBe('zh');
    expect(r.languageMatch).toBe(true);
    expect(r.reasons).toContain('answered in Simplified, asked in Traditional Chinese');
    expect(r.rubricLang).toBe('zh-Hant');
    expect(r.score).toBeGreaterThanOrEqual(7);
  });

  it('matches English terms inside a reply in another language, counting a concept once', () => {
    const r = g('enable-2fa', '안녕하세요. Profile > Security 메뉴에서 Google Authenticator를 연결하고 backup key를 보관해 주세요. 감사합니다.', 'ko');
    expect(r.covered).toEqual(expect.arrayContaining(['authenticator app', 'backup codes / recovery key']));
    expect(new Set(r.covered).size).toBe(r.covered.length);
    expect(r.languageMatch).toBe(true);
  });

  it('grades a reply in a language the bank lacks (Vietnamese) with the English rubric, without error', () => {
    const vi = `Xin chào, để bật xác thực hai yếu tố (2FA), vui lòng vào Hồ sơ > Bảo mật, chọn Google Authenticator và quét mã QR, sau đó lưu backup key ở nơi an toàn. Không nên chỉ dùng SMS.`;
    const r = g('enable-2fa', vi, 'vi');
    expect(r.answerLang).toBe('vi');
    expect(r.languageMatch).toBe(true);
    expect(r.rubricLang).toBe('en');
    expect(r.covered).toEqual(expect.arrayContaining(['authenticator app']));
    expect(r.reasons.some((x) => x.startsWith('Vietnamese is not in the question bank'))).toBe(true);
    const de = g('enable-2fa', 'Hallo, bitte öffnen Sie die Sicherheitseinstellungen und aktivieren Sie dort die Zwei-Faktor-Authentifizierung mit einer App.', 'en');
    expect(de.answerLang).toBe('de');
    expect(de.languageMatch).toBe(false);
    expect(de.reasons).toContain('answered in German, asked in English');
  });

  it('without an asked language, language is not judged and the other parts are scaled to 10', () => {
    const r = gradeReply({ question: 'enable-2fa', reply: en.good, officialDomains: [DOMAIN] });
    expect(r.languageMatch).toBeNull();
    expect(r.lang).toBe('en');
    expect(r.reasons).toContain('language not judged: the asked language was not given');
    expect(r.score).toBeGreaterThanOrEqual(g('enable-2fa', en.good, 'en').score - 0.5);
  });

  it('a reply too short to tell has answerLang null and languageMatch null', () => {
    const r = g('enable-2fa', 'OK, 2FA!', 'en');
    expect(r.answerLang).toBeNull();
    expect(r.languageMatch).toBeNull();
  });

  it('ignores a malformed language tag in the library call but rejects it in the API', () => {
    const r = gradeReply({ question: 'enable-2fa', reply: en.good, lang: 'english!!' });
    expect(r.languageMatch).toBeNull();
    expect(r.reasons.some((x) => x.startsWith('ignored the language'))).toBe(true);
    expect(() => grade({ question: 'enable-2fa', answerText: en.good, lang: 'english!!' })).toThrow(UsageError);
  });
});

describe('e-mail formats', () => {
  it('grades an HTML reply on its text, not on the quoted question below it', () => {
    const html = `<div><p>Hi,</p><ol><li>Go to <b>Account → Security settings</b>.</li><li>Enable the <i>Authenticator app</i> and scan the QR code with Google Authenticator.</li><li>Save your backup codes offline.</li></ol>
<p>A <a href="https://www.${DOMAIN}/security">hardware security key</a> is even safer than an app; SMS is the weakest option.</p></div>
<div class="gmail_quote">On Mon, 3 Nov 2025 at 10:00, Sam &lt;sam@example.org&gt; wrote:<blockquote>How do I turn on 2FA? What about withdrawal fees, TRC20, KYC passport and selfie?</blockquote></div>`;
    const r = g('enable-2fa', html, 'en');
    expect(r.score, r.reasons.join(' | ')).toBeGreaterThanOrEqual(8);
    expect(r.specificity.steps).toBe(true);
    expect(r.specificity.settingsPath).toBe(true);
    expect(r.specificity.officialLinks).toEqual([`https://www.${DOMAIN}/security`]);
    const fee = g('withdrawal-fee', html, 'en');
    expect(fee.covered).toEqual([]);
  });

  it('does not credit concepts that appear only in the quoted history', () => {
    const reply = `Hello, we will look into it.\n\nOn Tue, Nov 4, 2025 at 9:12 AM Sam <sam@example.org> wrote:\n> How do I enable 2FA? I want to use Google Authenticator, backup codes,\n> a security key, and avoid SMS. Where in the security settings?`;
    const r = g('enable-2fa', reply, 'en');
    expect(r.covered).toEqual([]);
    expect(r.score).toBeLessThanOrEqual(1.5);
  });

  it('a reply that is only quoted text is empty', () => {
    const r = g('enable-2fa', '> How do I enable 2FA?\n> Thanks', 'en');
    expect(r.score).toBe(0);
    expect(r.reasons[0]).toBe('empty reply (only quoted text)');
  });
});

describe('caps and verdicts', () => {
  const en = CASES.find((c) => c.lang === 'en')!;

  it.each([
    ['asks-for-2fa-code', `${en.good}\n\nTo finish the setup, please send us the 6-digit code from your authenticator app.`],
    ['asks-for-seed-phrase', `${en.good}\n\nTo verify your wallet, reply with your 12-word seed phrase.`],
    ['asks-for-password', `${en.good}\n\nPlease reply with your account password so we can check the settings.`],
  ])('a red flag (%s) caps the score at 1, is listed, and leads the reasons', (kind, reply) => {
    const r = g('enable-2fa', reply, 'en');
    expect(r.score).toBeLessThanOrEqual(1);
    expect(r.redFlags.map((f) => f.kind)).toContain(kind);
    expect(r.reasons[0]).toMatch(/^RED FLAG: /);
    expect(r.covered.length).toBeGreaterThanOrEqual(3); // the content is still judged
  });

  it('a red flag in another language is caught too', () => {
    const r = g('lost-2fa-device', 'Здравствуйте! Для сброса 2FA пришлите, пожалуйста, вашу seed-фразу из 12 слов и пароль от аккаунта.', 'ru');
    expect(r.redFlags.length).toBeGreaterThan(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it.each(['', '   ', '\n\t \n', '<p>&nbsp;</p>', '<div><br></div>'])('an empty reply (%j) scores 0 with "empty reply"', (reply) => {
    const r = g('enable-2fa', reply, 'en');
    expect(r.score).toBe(0);
    expect(r.reasons[0]).toMatch(/^empty reply/);
    expect(r.substantive).toBe(false);
    expect(r.covered).toEqual([]);
  });

  it('a vague reply scores low but is not off-topic', () => {
    const r = g('withdrawal-pending', 'Dear customer, withdrawals may take some time. Please wait patiently. Thank you for choosing Nimbus.', 'en');
    expect(r.score).toBeLessThan(3);
    expect(r.offTopic).toBe(false);
  });

  it('an acknowledgement that goes on to answer is graded as an answer', () => {
    const r = g('enable-2fa', `Thank you for contacting us, your ticket #88231 has been received.\n\n${en.good}`, 'en');
    expect(r.autoAck).toBe(false);
    expect(r.score).toBeGreaterThanOrEqual(7);
  });

  it('gives credit to official links only', () => {
    const reply = 'You can enable two-factor authentication in the security settings with an authenticator app; see the guide at https://support.nimbus-exchange.example/hc/articles/2fa';
    const r = g('enable-2fa', reply, 'en');
    expect(r.specificity.officialLinks).toEqual(['https://support.nimbus-exchange.example/hc/articles/2fa']);
    expect(r.reasons.some((x) => x.includes('a link to support.nimbus-exchange.example'))).toBe(true);
  });
});

describe('complaint question', () => {
  it('counts acknowledgement, case number, timeline and escalation as concepts, and names the missing steps', () => {
    const good = `Dear customer,

I'm sorry for the trouble, and thank you for your complaint. I have logged it under case number #CMP-20931.

Your account was restricted by our compliance team as part of a security review of recent deposits. Please send us a bank statement showing the source of funds.

We will give you an answer within 5 business days. If you are not satisfied, you can escalate the case to our Complaints Team at complaints@${DOMAIN}, and after that to the financial ombudsman.

Kind regards,
Nimbus Customer Care`;
    const r = g('account-frozen-complaint', good, 'en');
    expect(r.score, r.reasons.join(' | ')).toBeGreaterThanOrEqual(7);
    expect(r.complaint).not.toBeNull();
    expect(r.complaint!.acknowledgement).toBe(true);
    expect(r.complaint!.caseNumber).toMatch(/CMP-20931/);
    expect(r.covered).toEqual(expect.arrayContaining(['case / ticket number', 'a timeline']));

    const partial = g('account-frozen-complaint', 'We apologise for the inconvenience. Your complaint has been registered under case number 77120. We passed it to the relevant team.', 'en');
    expect(partial.score).toBeLessThan(r.score);
    const missingLine = partial.reasons.find((x) => x.startsWith('complaint steps missing: '));
    expect(missingLine).toBeDefined();
    expect(missingLine).toContain('escalation path');
  });

  it('other questions carry no complaint judgement', () => {
    expect(g('enable-2fa', CASES[0]!.good, 'en').complaint).toBeNull();
  });
});

describe('the Grade object', () => {
  it('has the contract keys and the extended ones', () => {
    const r = g('enable-2fa', CASES[0]!.good, 'en');
    for (const k of ['question', 'lang', 'answerLang', 'languageMatch', 'score', 'substantive', 'autoAck', 'redFlags', 'covered', 'missing', 'reasons']) {
      expect(r).toHaveProperty(k);
    }
    expect(r.graderVersion).toBe(GRADER_VERSION);
    expect(r.question).toBe('enable-2fa');
    expect(Number.isInteger(r.score * 10)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(10);
    for (const label of r.covered) expect(r.matches[label]?.length).toBeGreaterThan(0);
    expect(r.covered.filter((x) => r.missing.includes(x))).toEqual([]);
  });

  it('lists covered concepts most important first', () => {
    const r = g('enable-2fa', 'Use an authenticator app. SMS is less secure. Open the security settings.', 'en');
    expect(r.covered[0]).toBe('where in settings');
    expect(r.covered[r.covered.length - 1]).toBe('SMS is the weaker option');
  });

  it('is deterministic', () => {
    for (const c of CASES) {
      expect(g(c.question, c.good, c.lang)).toEqual(g(c.question, c.good, c.lang));
    }
  });

  it('grades every question in every bank language without error', () => {
    for (const q of QUESTION_IDS) {
      for (const lang of ['en', 'zh', 'zh-Hant', 'ru', 'fa', 'ko', 'es', 'tr', 'ja']) {
        const r = g(q, CASES[0]!.good, lang);
        expect(r.question).toBe(q);
        expect(r.lang).toBe(lang);
      }
    }
  });
});

describe('api grade()', () => {
  it('rejects an unknown question id, listing the valid ones', () => {
    let err: unknown;
    try {
      grade({ question: 'no-such-question', answerText: 'hi' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UsageError);
    expect((err as Error).message).toContain('no-such-question');
    for (const id of QUESTION_IDS) expect((err as Error).message).toContain(id);
  });

  it('rejects a domain that is not a host name', () => {
    expect(() => grade({ question: 'enable-2fa', answerText: 'hi', officialDomains: ['not a domain'] })).toThrow(/expected a host name/);
  });

  it('passes options through', () => {
    const r = grade({ question: 'withdrawal-fee', answerText: CASES.find((c) => c.lang === 'ja')!.good, lang: 'ja', officialDomains: [`https://www.${DOMAIN}/`] });
    expect(r.specificity.officialLinks.length).toBe(1);
    expect(r.score).toBeGreaterThanOrEqual(7);
  });
});
