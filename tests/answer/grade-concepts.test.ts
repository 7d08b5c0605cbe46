/** Rubric term matching (concepts.ts) and specificity (specificity.ts). */
import { describe, expect, it } from 'vitest';
import { matchConcepts, matchTerms } from '../../src/judge/answer/concepts.js';
import { replyText } from '../../src/judge/answer/replyText.js';
import { judgeSpecificity, normalizeDomains } from '../../src/judge/answer/specificity.js';

const m = (terms: string[], text: string, chinese = false) => matchTerms(terms, replyText(text), chinese);

describe('term matching', () => {
  it('matches Latin terms as whole words, with plural -s/-es, case- and width-insensitively', () => {
    expect(m(['backup code'], 'Save your Backup Codes offline.')).toEqual(['backup codes']);
    expect(m(['sms'], 'We send SMS messages.')).toEqual(['sms']);
    expect(m(['sms'], 'the smsc gateway')).toEqual([]);
    expect(m(['api'], 'ＡＰＩ management')).toEqual(['api']);
    expect(m(['key'], 'the keyboard')).toEqual([]);
    expect(m(['address'], 'check the addresses')).toEqual(['addresses']);
  });

  it('matches prefix terms (`*`) and returns the whole word', () => {
    expect(m(['verif*'], 'Complete the verification first.')).toEqual(['verification']);
    expect(m(['настройк*'], 'Откройте настройки безопасности')).toEqual(['настройки']);
    expect(m(['güvenlik ayarlar*'], 'Güvenlik ayarlarından açın')).toEqual(['güvenlik ayarlarindan']);
  });

  it('joins multi-word terms across spaces and hyphens', () => {
    expect(m(['two factor'], 'enable two-factor authentication')).toEqual(['two-factor']);
    expect(m(['e-mail'], 'reply to this email')).toEqual(['email']);
  });

  it('folds Turkish i, Russian ё and Persian letter forms alike in term and text', () => {
    expect(m(['İşlem geçmişi'], 'işlem geçmişi bölümünden')).toEqual(['işlem geçmişi']);
    expect(m(['кошелек'], 'Откройте Кошелёк')).toEqual(['кошелек']);
    expect(m(['کلید'], 'كليد امنيتي')).toEqual(['کلید']); // Arabic kaf/yeh in the reply
  });

  it('allows Persian plural and ezafe endings but not other words', () => {
    expect(m(['کد پشتیبان'], 'کد پشتیبان‌ها را ذخیره کنید')).toHaveLength(1);
    expect(m(['تراکنش'], 'شناسه تراکنش‌های شما')).toHaveLength(1);
    expect(m(['امن'], 'امنیت حساب')).toEqual([]);
  });

  it('matches a Latin term next to CJK characters', () => {
    expect(m(['sms'], '不要只使用sms验证', true)).toEqual(['sms']);
  });

  it('matches CJK terms as substrings, Korean with or without spaces', () => {
    expect(m(['安全设置'], '请进入安全设置页面', true)).toEqual(['安全设置']);
    expect(m(['보안 설정'], '보안설정에서 등록하세요')).toEqual(['보안설정']);
    expect(m(['보안설정'], '보안 설정에서 등록하세요')).toEqual(['보안설정']);
    expect(m(['認証アプリ'], '認証 アプリを登録')).toEqual(['認証アプリ']);
  });

  it('matches Simplified rubric terms in Traditional replies (characters and Taiwan phrases)', () => {
    expect(m(['谷歌验证'], '請綁定谷歌驗證', true)).toEqual(['谷歌验证']);
    expect(m(['安全设置'], '請至安全設定頁面', true)).toEqual(['安全设置']);
    expect(m(['安全设定'], '請至安全設定頁面', true)).toEqual(['安全设定']);
  });

  it('does not convert Japanese kanji when the rubric is not Chinese', () => {
    expect(m(['認証'], '二段階認証を有効に')).toEqual(['認証']);
  });

  it('counts a concept once across rubrics and merges its words', () => {
    const text = replyText('Откройте настройки и Google Authenticator');
    const got = matchConcepts(
      ['app', 'codes'],
      [
        { terms: { app: ['аутентификатор*'], codes: ['резервный код'] }, chinese: false },
        { terms: { app: ['google authenticator', 'authenticator'], codes: ['backup code'] }, chinese: false },
      ],
      text,
    );
    expect([...got.keys()]).toEqual(['app']);
    expect(got.get('app')).toEqual(['google authenticator']);
  });

  it('ignores junk terms', () => {
    expect(m(['', '*', '   '], 'anything')).toEqual([]);
    expect(m(['(unbalanced [regex'], 'an (unbalanced [regex here')).toEqual(['(unbalanced [regex']);
  });
});

const spec = (text: string, domains: string[] = ['aurora-exchange.example']) => judgeSpecificity(replyText(text).body, domains);

describe('specificity', () => {
  it('finds numbered steps in several scripts, bullets, and inline numbering', () => {
    expect(spec('1. Open the app\n2. Scan the code\n3. Enter it').stepCount).toBe(3);
    expect(spec('۱. وارد حساب شوید\n۲. به بخش امنیت بروید').steps).toBe(true);
    expect(spec('① 打开应用\n② 扫描二维码').steps).toBe(true);
    expect(spec('- TRC20: 1 USDT\n- ERC20: 5 USDT').steps).toBe(true);
    expect(spec('Do this: 1) open the app, 2) scan the code.').steps).toBe(true);
    expect(spec('Just wait a bit.').steps).toBe(false);
  });

  it.each([
    ['Go to Profile → Security and enable it.', 'Profile → Security'],
    ['Open Settings > API Management to create one.', 'Open Settings → API Management'],
    ['请进入【个人中心】>【安全设置】', '【个人中心】 → 【安全设置】'],
    ['請至「會員中心」>「安全設定」', '「會員中心」 → 「安全設定」'],
    ['在【资产】-【提币记录】中查看', '【资产】-【提币记录】'],
    ['Откройте «Профиль» → «Управление API»', '«Профиль» → «Управление API»'],
  ])('finds the settings path in %j', (text, want) => {
    expect(spec(text).settingsPathExample).toBe(want);
  });

  it('does not read quotation marks, comparisons or quoted lines as paths', () => {
    expect(spec('включите «Спотовая торговля» и оставьте выключенным «Вывод средств».').settingsPath).toBe(false);
    expect(spec('if the amount is 5 > 3 then').settingsPath).toBe(false);
    expect(spec('> quoted line one\nok').settingsPath).toBe(false);
  });

  it('counts links on official domains (and subdomains) only', () => {
    const s = spec('See https://support.aurora-exchange.example/hc/en-us/articles/1, aurora-exchange.example/fees and https://evil.example/x. Mail phishing@aurora-exchange.example');
    expect(s.officialLinks).toEqual(['https://support.aurora-exchange.example/hc/en-us/articles/1', 'aurora-exchange.example/fees']);
    expect(s.otherLinkHosts).toEqual(['evil.example']);
    expect(spec('https://aurora-exchange.example.evil.example/login').officialLinks).toEqual([]);
  });

  it('finds figures with units in many languages, not ticket numbers or bare numbers', () => {
    expect(spec('The fee is 1 USDT and it takes 24-48 hours.').numberExamples).toEqual(['1 usdt', '24-48 hours']);
    expect(spec('处理时间约为 3 个工作日').numbers).toBe(true);
    expect(spec('審查需要1至3個工作天').numberExamples).toEqual(['1至3個工作天']);
    expect(spec('심사는 1~2 영업일 소요').numbers).toBe(true);
    expect(spec('۲۴ ساعت طول می‌کشد').numberExamples).toEqual(['24 ساعت']);
    expect(spec('до 3 рабочих дней').numbers).toBe(true);
    expect(spec('a 6-digit code').numberExamples).toEqual(['6-digit']);
    expect(spec('Your ticket #48213 was created in 2025.').numbers).toBe(false);
  });

  it('normalises official domains', () => {
    expect(normalizeDomains(['https://www.Aurora-Exchange.example/path', 'aurora-exchange.example', 'not a domain', ''])).toEqual(['aurora-exchange.example']);
  });

  it('stays fast on a long single line', () => {
    const long = `${'Settings > '.repeat(20_000)}end ${'word '.repeat(20_000)}`;
    const t = performance.now();
    spec(long);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
