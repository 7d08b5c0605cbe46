/** Topic matching in every bank language, its word-boundary rules, and the site-chrome (footer) rule. */
import { describe, expect, it } from 'vitest';
import { matchTopics, topicKeywordTable } from '../../src/judge/page/topics.js';
import { TOPIC_KEYWORDS } from '../../src/judge/page/topic-keywords.js';
import { TOPIC_IDS, type TopicId } from '../../src/types/facts.js';
import { judge, page } from './page-helpers.js';

type Row = [text: string, topics: TopicId[]];

const BY_LANGUAGE: Record<string, Row[]> = {
  en: [
    ['How to withdraw USDT', ['withdrawal']],
    ['Deposits', ['deposit']],
    ['Fee schedule', ['fees']],
    ['Withdrawal fees', ['withdrawal', 'fees']],
    ['API keys', ['api']],
    ['Enable 2FA', ['security']],
    ['Account security', ['security']],
    ['Reset your password', ['account']],
    ['Identity verification (KYC)', ['kyc']],
    ['Spot trading basics for beginners', ['trading', 'tutorial']],
    ['Beware of scams and phishing', ['anti-phishing']],
    ['Risk warning', ['risk-warning']],
  ],
  'zh-Hans': [
    ['如何充值', ['deposit']],
    ['提现手续费', ['withdrawal', 'fees']],
    ['实名认证', ['kyc']],
    ['谷歌验证绑定', ['security']],
    ['新手入门', ['tutorial']],
    ['风险提示', ['risk-warning']],
    ['防钓鱼码设置', ['anti-phishing']],
    ['API 接口文档', ['api']],
    ['现货交易', ['trading']],
    ['注册与登录', ['account']],
  ],
  'zh-Hant': [
    ['提領與儲值', ['deposit', 'withdrawal']],
    ['身分驗證', ['kyc']],
    ['雙重驗證', ['security']],
    ['防詐騙', ['anti-phishing']],
    ['新手教學', ['tutorial']],
    ['風險揭露', ['risk-warning']],
    ['手續費', ['fees']],
    ['帳戶設定', ['account']],
  ],
  ru: [
    ['Как вывести средства', ['withdrawal']],
    ['Пополнение счёта', ['deposit']],
    ['Комиссии', ['fees']],
    ['Верификация', ['kyc']],
    ['Двухфакторная аутентификация', ['security']],
    ['Фишинг и мошенничество', ['anti-phishing']],
    ['Для начинающих', ['tutorial']],
    ['Предупреждение о рисках', ['risk-warning']],
    ['Торговля фьючерсами', ['trading']],
    ['Регистрация аккаунта', ['account']],
  ],
  fa: [
    ['واريز', ['deposit']],
    ['برداشت', ['withdrawal']],
    ['کارمزدها', ['fees']],
    ['احراز هويت', ['kyc']],
    ['امنيت', ['security']],
    ['هشدار فيشينگ', ['anti-phishing']],
    ['آموزش', ['tutorial']],
    ['هشدار ريسك', ['risk-warning']],
    ['ثبت‌نام', ['account']],
    ['معاملات فیوچرز', ['trading']],
  ],
  ko: [
    ['입금 방법', ['deposit']],
    ['출금', ['withdrawal']],
    ['입출금', ['deposit', 'withdrawal']],
    ['수수료', ['fees']],
    ['본인 인증', ['kyc']],
    ['2단계인증', ['security']],
    ['2단계 인증', ['security']],
    ['피싱 사칭 주의', ['anti-phishing']],
    ['초보자 가이드', ['tutorial']],
    ['투자 유의', ['risk-warning']],
    ['현물 거래', ['trading']],
    ['로그인', ['account']],
  ],
  es: [
    ['Cómo depositar', ['deposit']],
    ['Retiros', ['withdrawal']],
    ['Comisiones', ['fees']],
    ['Verificación de identidad', ['kyc']],
    ['Seguridad', ['security']],
    ['Estafas', ['anti-phishing']],
    ['Guía para principiantes', ['tutorial']],
    ['Advertencia de riesgo', ['risk-warning']],
    ['Futuros', ['trading']],
    ['Mi cuenta', ['account']],
  ],
  tr: [
    ['Para yatırma', ['deposit']],
    ['Para çekme', ['withdrawal']],
    ['Komisyonlar', ['fees']],
    ['Kimlik doğrulama', ['kyc']],
    ['Güvenlik', ['security']],
    ['DOLANDIRICILIK', ['anti-phishing']],
    ['Yeni başlayanlar', ['tutorial']],
    ['Risk uyarısı', ['risk-warning']],
    ['Hesabınız', ['account']],
    ['Vadeli işlemler', ['trading']],
  ],
  ja: [
    ['入金方法', ['deposit']],
    ['出金', ['withdrawal']],
    ['手数料', ['fees']],
    ['本人確認', ['kyc']],
    ['二段階認証', ['security']],
    ['フィッシング詐欺', ['anti-phishing']],
    ['初心者ガイド', ['tutorial']],
    ['リスクについて', ['risk-warning']],
    ['先物取引', ['trading']],
    ['ログイン', ['account']],
  ],
  de: [
    ['Einzahlung', ['deposit']],
    ['Auszahlungen', ['withdrawal']],
    ['Gebühren', ['fees']],
    ['Identitätsprüfung', ['kyc']],
    ['Erste Schritte', ['tutorial']],
    ['Risikohinweis', ['risk-warning']],
  ],
  fr: [
    ['Dépôts', ['deposit']],
    ['Retraits', ['withdrawal']],
    ['Frais', ['fees']],
    ["Vérification d'identité", ['kyc']],
    ['Sécurité', ['security']],
    ['Avertissement sur les risques', ['risk-warning']],
  ],
  vi: [
    ['Nạp tiền', ['deposit']],
    ['Rút tiền', ['withdrawal']],
    ['Biểu phí', ['fees']],
    ['Xác minh danh tính', ['kyc']],
    ['Bảo mật', ['security']],
    ['Cảnh báo rủi ro', ['risk-warning']],
  ],
  pt: [
    ['Depósitos', ['deposit']],
    ['Saques', ['withdrawal']],
    ['Taxas', ['fees']],
    ['Verificação de identidade', ['kyc']],
    ['Golpes', ['anti-phishing']],
    ['Aviso de risco', ['risk-warning']],
  ],
};

const NOT_A_TOPIC: Row[] = [
  ['Feedback', []],
  ['Feeds and RSS', []],
  ['Rapid onboarding', []],
  ['Therapist', []],
  ['北风交易所帮助中心', []],
  ['한빛거래소 소개', []],
  ['ホシ取引所について', []],
  ['Yatırım tavsiyesi değildir', []],
  ['Contact us', []],
];

describe.each(Object.entries(BY_LANGUAGE))('matchTopics (%s)', (_lang, rows) => {
  it.each(rows)('%s', (text, topics) => {
    expect(matchTopics(text)).toEqual(topics);
  });
});

describe('matchTopics negatives', () => {
  it.each(NOT_A_TOPIC)('%s', (text, topics) => {
    expect(matchTopics(text)).toEqual(topics);
  });
  it('folds full-width Latin and case', () => {
    expect(matchTopics('ＡＰＩ 키 발급')).toEqual(['api']);
    expect(matchTopics('DEPOSIT')).toEqual(['deposit']);
  });
});

describe('keyword lists', () => {
  it('every keyword of a topic matches that topic on its own', () => {
    const misses: string[] = [];
    for (const topic of TOPIC_IDS) {
      for (const kw of TOPIC_KEYWORDS[topic]) if (!matchTopics(kw.replace(/\*$/, '')).includes(topic)) misses.push(`${topic}: ${kw}`);
    }
    expect(misses).toEqual([]);
  });
  it('every topic has a substantial list', () => {
    for (const topic of TOPIC_IDS) expect(TOPIC_KEYWORDS[topic].length, topic).toBeGreaterThanOrEqual(topic === 'api' ? 12 : 25);
    expect(topicKeywordTable().get('交易所')).toEqual([]);
  });
});

describe('which parts of a page count (the site-chrome rule)', () => {
  const url = 'https://support.testx.example/hc/en-us/articles/1-Hello';
  const rows: { name: string; body: string; topics: TopicId[]; pageUrl?: string; title?: string }[] = [
    { name: 'a footer legal link to the main site does not count', body: '<main><h1>Hello</h1></main><footer><a href="https://www.testx.example/legal/risk">Risk Disclosure</a></footer>', topics: [] },
    { name: 'a footer link to a help article counts', body: '<main><h1>Hello</h1></main><footer><a href="/hc/en-us/articles/9-Risk-warning">Risk warning</a></footer>', topics: ['risk-warning'] },
    { name: 'a heading in the footer does not count', body: '<main><h1>Hello</h1></main><footer><h3>Fees</h3></footer>', topics: [] },
    { name: 'a heading in the article header counts', body: '<article><header><h1>Fees</h1></header></article>', topics: ['fees'] },
    { name: 'a nav link to a marketing page does not count', body: '<nav><a href="https://www.testx.example/api">API</a></nav><main><h1>Hello</h1></main>', topics: [] },
    { name: 'a nav link to a help section counts', body: '<nav><a href="/hc/en-us/sections/5-API">API</a></nav>', topics: ['api'] },
    { name: 'a main-content link to another site does not count', body: '<main><a href="https://other.example/fees">Fees</a></main>', topics: [] },
    { name: 'a sign-in link is not the account topic', body: '<main><p><a href="/hc/en-us/signin">Sign in</a> to leave a comment.</p></main>', topics: [] },
    { name: 'running text is not structure', body: '<main><p>You can withdraw and deposit at any time.</p></main>', topics: [] },
    { name: 'a breadcrumb counts', body: '<ol class="breadcrumbs"><li><a href="/hc/en-us">Home</a></li><li>Deposits</li></ol>', topics: ['deposit'] },
    { name: 'a link slug counts', body: '<main><a href="/hc/en-us/articles/7-How-to-Withdraw-USDT">Read more</a></main>', topics: ['withdrawal'] },
    { name: 'a Chinese link slug counts', body: '<main><a href="/hc/zh-cn/sections/12-%E5%85%85%E5%80%BC">…</a></main>', topics: ['deposit'] },
    { name: 'the page URL slug counts', body: '<main><p>Hello</p></main>', topics: ['kyc'], pageUrl: 'https://support.testx.example/hc/en-us/articles/3-Identity-verification' },
    { name: 'FAQ <summary> questions count', body: '<main><details><summary>How do I enable 2FA?</summary><p>…</p></details></main>', topics: ['security'] },
    { name: 'the title counts', body: '<main><p>…</p></main>', topics: ['fees', 'trading'], title: 'Trading fee schedule' },
  ];
  it.each(rows)('$name', ({ body, topics, pageUrl, title }) => {
    expect(judge(page(body, { title: title ?? 'Help' }), pageUrl ?? url).topics).toEqual(topics);
  });
});
