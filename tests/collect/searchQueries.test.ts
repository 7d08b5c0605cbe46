/**
 * Which searches run for an exchange: each bank question in each bank language the help
 * center serves (measured locales), in that language's locale; Simplified and Traditional
 * Chinese kept apart; the Accept-Language sent with them.
 */
import { describe, expect, it } from 'vitest';
import { acceptLanguageFor, localeForLanguage, searchQueriesFor } from '../../src/collect/search/queries.js';
import { BANK_LANGUAGES, type BankLanguage, type QuestionDef, type QuestionId } from '../../src/types/knowledge.js';

function question(id: QuestionId, queries: Partial<Record<BankLanguage, string>>): QuestionDef {
  const languages = {} as QuestionDef['languages'];
  for (const lang of BANK_LANGUAGES) {
    const query = queries[lang] ?? '';
    languages[lang] = { question: `${id} in ${lang}?`, query };
  }
  return { id, title: id, topic: 'security', criteria: ['knowledge'], concepts: [], languages };
}

const Q1 = question('enable-2fa', { en: 'enable 2FA', zh: '开启 双重验证', 'zh-Hant': '開啟 雙重驗證', ru: 'включить 2FA', fa: 'فعال سازی 2FA', ko: '2단계 인증', es: 'activar 2FA', tr: '2FA etkinleştir', ja: '二段階認証' });
const Q2 = question('withdrawal-fee', { en: 'withdrawal fee', zh: '提币 手续费', 'zh-Hant': '提幣 手續費', ru: 'комиссия за вывод', ko: '출금 수수료' });

describe('localeForLanguage', () => {
  const aurora = ['en-us', 'zh-cn', 'zh-tw', 'ru', 'fa', 'ko', 'es', 'tr', 'ja'];

  it('maps bank languages onto the locales a help center offers', () => {
    expect(localeForLanguage('en', aurora)).toBe('en-us');
    expect(localeForLanguage('zh', aurora)).toBe('zh-cn');
    expect(localeForLanguage('zh-Hant', aurora)).toBe('zh-tw');
    expect(localeForLanguage('ru', aurora)).toBe('ru');
    expect(localeForLanguage('de', aurora)).toBeNull();
  });

  it('never answers Traditional Chinese with a Simplified locale, or the other way round', () => {
    expect(localeForLanguage('zh-Hant', ['en', 'zh-cn'])).toBeNull();
    expect(localeForLanguage('zh', ['en', 'zh-tw', 'zh-hk'])).toBeNull();
    expect(localeForLanguage('zh-Hant', ['zh-hk'])).toBe('zh-hk');
    expect(localeForLanguage('zh-Hant', ['zh-Hant-TW'])).toBe('zh-Hant-TW');
    expect(localeForLanguage('zh', ['zh'])).toBe('zh');
    expect(localeForLanguage('zh', ['zh', 'zh_CN'])).toBe('zh_CN');
  });

  it('prefers the exact code, then the first regional variant, keeping the site spelling', () => {
    expect(localeForLanguage('es', ['es-419', 'es'])).toBe('es');
    expect(localeForLanguage('es', ['es-419', 'es-es'])).toBe('es-419');
    expect(localeForLanguage('en', ['EN-GB'])).toBe('EN-GB');
    expect(localeForLanguage('en', ['junk!', 'x'])).toBeNull();
  });
});

describe('searchQueriesFor', () => {
  it('asks every question in every served language, language by language, skipping empty queries', () => {
    const queries = searchQueriesFor({ questions: [Q1, Q2], locales: ['en-us', 'zh-cn', 'ko'] });
    expect(queries).toEqual([
      { question: 'enable-2fa', lang: 'en', locale: 'en-us', query: 'enable 2FA' },
      { question: 'withdrawal-fee', lang: 'en', locale: 'en-us', query: 'withdrawal fee' },
      { question: 'enable-2fa', lang: 'zh', locale: 'zh-cn', query: '开启 双重验证' },
      { question: 'withdrawal-fee', lang: 'zh', locale: 'zh-cn', query: '提币 手续费' },
      { question: 'enable-2fa', lang: 'ko', locale: 'ko', query: '2단계 인증' },
      { question: 'withdrawal-fee', lang: 'ko', locale: 'ko', query: '출금 수수료' },
    ]);
  });

  it('asks Traditional Chinese only where the site has a Traditional locale; `zh` in languages admits both scripts', () => {
    const both = searchQueriesFor({ questions: [Q2], locales: ['zh-cn', 'zh-tw', 'en'], languages: ['zh'] });
    expect(both.map((q) => [q.lang, q.locale, q.query])).toEqual([
      ['zh', 'zh-cn', '提币 手续费'],
      ['zh-Hant', 'zh-tw', '提幣 手續費'],
    ]);
    const russianOnly = searchQueriesFor({ questions: [Q1, Q2], locales: ['ru', 'en'], languages: ['RU'] });
    expect(russianOnly.map((q) => q.query)).toEqual(['включить 2FA', 'комиссия за вывод']);
  });

  it('without measured locales, asks in the given languages (or English) with no locale', () => {
    expect(searchQueriesFor({ questions: [Q1], locales: [], languages: ['zh', 'ru'] })).toEqual([
      { question: 'enable-2fa', lang: 'zh', locale: null, query: '开启 双重验证' },
      { question: 'enable-2fa', lang: 'ru', locale: null, query: 'включить 2FA' },
    ]);
    expect(searchQueriesFor({ questions: [Q1], locales: ['not a locale'] })).toEqual([{ question: 'enable-2fa', lang: 'en', locale: null, query: 'enable 2FA' }]);
    expect(searchQueriesFor({ questions: [], locales: ['en'] })).toEqual([]);
  });
});

describe('acceptLanguageFor', () => {
  it('sends what a user of that locale sends', () => {
    expect(acceptLanguageFor('zh-cn', 'zh')).toBe('zh-CN,zh;q=0.9');
    expect(acceptLanguageFor('en-us', 'en')).toBe('en-US,en;q=0.9');
    expect(acceptLanguageFor('ru', 'ru')).toBe('ru');
    expect(acceptLanguageFor(null, 'zh-Hant')).toBe('zh-TW,zh;q=0.9');
    expect(acceptLanguageFor(null, 'fa')).toBe('fa');
    expect(acceptLanguageFor('zh-hant-tw', 'zh-Hant')).toBe('zh-Hant-TW,zh;q=0.9');
    expect(acceptLanguageFor('x\r\ny', 'en')).toBeUndefined();
  });
});
