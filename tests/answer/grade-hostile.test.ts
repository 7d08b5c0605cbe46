/** Hostile and odd input: the grader never throws, stays bounded, and returns clean strings. */
import { describe, expect, it } from 'vitest';
import { gradeReply, gradeWith } from '../../src/judge/answer/grade.js';
import type { Grade, QuestionDef } from '../../src/types/knowledge.js';
import { CASES, DOMAIN } from './grade-cases.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (out.push(k), strings(x, out));
  return out;
}

function timed(f: () => Grade): { g: Grade; ms: number } {
  const t = performance.now();
  const g = f();
  return { g, ms: performance.now() - t };
}

describe('hostile replies', () => {
  it('a 1 MB reply is graded in bounded time and says it was cut', () => {
    const big = `${CASES[0]!.good}\n${'Please wait while we check your request. '.repeat(26_000)}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    const { g, ms } = timed(() => gradeReply({ question: 'enable-2fa', reply: big, lang: 'en', officialDomains: [DOMAIN] }));
    expect(ms).toBeLessThan(4000);
    expect(g.reasons.some((r) => r.startsWith('only the first'))).toBe(true);
    expect(g.covered.length).toBeGreaterThanOrEqual(3);
  });

  it('a 1 MB HTML reply and 1 MB of CJK text are bounded', () => {
    const html = `<div>${'<p>提币记录 TxID 区块浏览器</p>'.repeat(40_000)}</div>`;
    expect(timed(() => gradeReply({ question: 'withdrawal-pending', reply: html, lang: 'zh' })).ms).toBeLessThan(5000);
    const hant = '請至安全設定開啟雙重驗證'.repeat(90_000);
    expect(timed(() => gradeReply({ question: 'enable-2fa', reply: hant, lang: 'zh-TW' })).ms).toBeLessThan(5000);
  });

  it('one long line without spaces, and many separators, are bounded', () => {
    const line = 'a>'.repeat(300_000);
    expect(timed(() => gradeReply({ question: 'enable-2fa', reply: line, lang: 'en' })).ms).toBeLessThan(4000);
    const dots = `${'x.'.repeat(200_000)}com`;
    expect(timed(() => gradeReply({ question: 'enable-2fa', reply: dots, lang: 'en', officialDomains: [DOMAIN] })).ms).toBeLessThan(4000);
  });

  it('strips control and bidi characters from everything it returns', () => {
    const evil = `Go to \u202eProfile → Security\u0007 and use Google Authenticator\u0000.\n1. Step\u001b[31m one\n2. Step two\nVisit https://www.${DOMAIN}/\u0085x`;
    const g = gradeReply({ question: 'enable-2fa', reply: evil, lang: 'en', officialDomains: [DOMAIN] });
    for (const s of strings(g)) expect(s, JSON.stringify(s)).not.toMatch(CONTROL);
  });

  it.each([
    ['null bytes', '\u0000'.repeat(1000)],
    ['lone surrogates', '\ud800\udc00\ud800 2FA \udfff'],
    ['regex metacharacters', '(?<=x)[^a-z]*+{1,}\\ .*'.repeat(500)],
    ['only emoji', '🙂🙂🙂🔐🔐'],
    ['mixed scripts', 'Ал ب 가 あ 漢 ελ א '.repeat(200)],
    ['a number soup', '1.2.3.4 5 > 3 -> 2 → 1 '.repeat(2000)],
    ['unclosed HTML', '<div><p><a href="javascript:alert(1)">x<b><i>'.repeat(2000)],
  ])('never throws on %s', (_name, reply) => {
    const g = gradeReply({ question: 'phishing-check', reply, lang: 'en', officialDomains: [DOMAIN] });
    expect(g.score).toBeGreaterThanOrEqual(0);
    expect(g.score).toBeLessThanOrEqual(10);
    expect(Array.isArray(g.reasons)).toBe(true);
  });

  it('never throws on non-string input from JavaScript callers', () => {
    for (const reply of [undefined, null, 42, { toString: () => 'x' }]) {
      const g = gradeReply({ question: 'enable-2fa', reply: reply as unknown as string, lang: 'en' });
      expect(g.score).toBe(0);
    }
  });
});

describe('an injected rubric (gradeWith)', () => {
  const q: QuestionDef = {
    id: 'enable-2fa',
    title: 'Test question',
    topic: 'security',
    criteria: ['knowledge'],
    concepts: [
      { id: 'where', label: 'where', weight: 2 },
      { id: 'app', label: 'app', weight: 2 },
      { id: 'codes', label: 'codes', weight: 1 },
    ],
    languages: {
      en: { question: 'q', query: 'q', terms: { where: ['settings page'], app: ['authenticator*'], codes: ['backup code'] }, offTopic: ['staking'] },
      zh: { question: 'q', query: 'q', terms: { where: ['设置页面'], app: ['验证器'], codes: ['备份码'] } },
      'zh-Hant': { question: 'q', query: 'q' },
      ru: { question: 'q', query: 'q', terms: { where: ['страниц* настроек'], app: ['аутентификатор*'], codes: ['резервн* код*'] } },
      fa: { question: 'q', query: 'q', terms: { where: ['صفحه تنظیمات'], app: ['برنامه احراز هویت'], codes: ['کد پشتیبان'] } },
      ko: { question: 'q', query: 'q', terms: { where: ['설정 페이지'], app: ['인증 앱'], codes: ['백업 코드'] } },
      es: { question: 'q', query: 'q', terms: { where: ['página de ajustes'], app: ['autenticador*'], codes: ['código de respaldo'] } },
      tr: { question: 'q', query: 'q', terms: { where: ['ayarlar sayfa*'], app: ['doğrulama uygulama*'], codes: ['yedek kod*'] } },
      ja: { question: 'q', query: 'q', terms: { where: ['設定ページ'], app: ['認証アプリ'], codes: ['バックアップコード'] } },
    },
  };

  it('covers the injected concepts by weight', () => {
    const full = gradeWith(q, { reply: 'Open the settings page, add an authenticator app, keep a backup code.', lang: 'en' });
    expect(full.covered).toEqual(['where', 'app', 'codes']);
    expect(full.score).toBeGreaterThanOrEqual(8);
    const half = gradeWith(q, { reply: 'Open the settings page and add the authenticator there.', lang: 'en' });
    expect(half.missing).toEqual(['codes']);
    expect(half.score).toBeLessThan(full.score);
  });

  it('uses the zh terms for a Traditional reply, and the ja terms (unconverted) for Japanese', () => {
    const hant = gradeWith(q, { reply: '請到設置頁面綁定驗證器，並保存備份碼。這樣更安全。', lang: 'zh-Hant' });
    expect(hant.covered).toEqual(['where', 'app', 'codes']);
    const ja = gradeWith(q, { reply: '設定ページで認証アプリを登録し、バックアップコードを保管してください。', lang: 'ja' });
    expect(ja.covered).toEqual(['where', 'app', 'codes']);
  });

  it('flags off-topic replies by the rubric offTopic terms', () => {
    const r = gradeWith(q, { reply: 'Staking rewards are paid every day in your earn wallet, see the staking page.', lang: 'en' });
    expect(r.offTopic).toBe(true);
    expect(r.score).toBeLessThanOrEqual(2);
  });
});
