/**
 * Charset decoding end to end: the same paragraphs served in GBK, Big5, Shift_JIS, EUC-KR,
 * windows-1251 and UTF-8, declared in the header, in <meta charset>, in <meta http-equiv>,
 * or nowhere (detection), must come back as the original text.
 */
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fixtures, type TestServer } from '../helpers/httpFixtures.js';
import type { HttpClient } from '../../src/collect/http/client.js';

interface Sample {
  /** iconv-lite codec used to encode on the server side. */
  codec: string;
  /** The label a site would write. */
  label: string;
  /** The canonical name the client reports. */
  charset: string;
  lang: string;
  title: string;
  paragraphs: string[];
  /** Words that must be in the decoded text. */
  words: string[];
}

const SAMPLES: Sample[] = [
  {
    codec: 'gbk',
    label: 'GBK',
    charset: 'gbk',
    lang: 'zh-CN',
    title: '帮助中心 - 如何提现',
    paragraphs: [
      '如何提现：打开钱包页面，选择提现，输入地址和金额，然后完成安全验证。',
      '如果您的提现长时间未到账，请联系在线客服并提供交易编号。我们的客服团队全天候为您服务，通常会在几分钟内回复。',
      '为了保护您的资产安全，请开启双重验证并设置防钓鱼码。请勿向任何人透露您的密码或验证码。',
    ],
    words: ['提现', '在线客服', '双重验证', '防钓鱼码'],
  },
  {
    codec: 'big5',
    label: 'Big5',
    charset: 'big5',
    lang: 'zh-TW',
    title: '幫助中心 - 如何提領',
    paragraphs: [
      '如何提領：打開錢包頁面，選擇提領，輸入地址和金額，然後完成安全驗證。',
      '如果您的提領長時間未到帳，請聯繫線上客服並提供交易編號。我們的客服團隊全天候為您服務，通常會在幾分鐘內回覆。',
      '為了保護您的資產安全，請開啟雙重驗證並設定防釣魚碼。請勿向任何人透露您的密碼或驗證碼。',
    ],
    words: ['提領', '線上客服', '雙重驗證', '防釣魚碼'],
  },
  {
    codec: 'shift_jis',
    label: 'Shift_JIS',
    charset: 'shift_jis',
    lang: 'ja',
    title: 'ヘルプセンター - 出金の方法',
    paragraphs: [
      '出金の方法：ウォレットのページを開き、出金を選んで、アドレスと金額を入力し、セキュリティ認証を完了してください。',
      '出金が長い間届かない場合は、取引番号を添えてオンラインサポートにお問い合わせください。',
      'サポートチームは年中無休で対応しており、通常は数分以内に返信いたします。二段階認証を必ず有効にしてください。',
    ],
    words: ['出金', 'オンラインサポート', '二段階認証', '年中無休'],
  },
  {
    codec: 'euc-kr',
    label: 'EUC-KR',
    charset: 'euc-kr',
    lang: 'ko',
    title: '고객센터 - 출금 방법',
    paragraphs: [
      '출금 방법: 지갑 페이지를 열고 출금을 선택한 다음 주소와 금액을 입력하고 보안 인증을 완료하십시오.',
      '출금이 오랫동안 도착하지 않으면 거래 번호와 함께 온라인 고객 지원에 문의하십시오.',
      '고객 지원팀은 연중무휴로 운영되며 보통 몇 분 안에 답변을 드립니다. 2단계 인증을 꼭 설정하십시오.',
    ],
    words: ['출금', '고객 지원', '연중무휴', '인증'],
  },
  {
    codec: 'windows-1251',
    label: 'windows-1251',
    charset: 'windows-1251',
    lang: 'ru',
    title: 'Центр поддержки — как вывести средства',
    paragraphs: [
      'Как вывести средства: откройте страницу кошелька, выберите вывод, введите адрес и сумму, затем пройдите проверку безопасности.',
      'Если вывод долго не поступает, обратитесь в онлайн-поддержку и укажите номер транзакции.',
      'Наша служба поддержки работает круглосуточно и обычно отвечает в течение нескольких минут. Включите двухфакторную аутентификацию.',
    ],
    words: ['вывести средства', 'онлайн-поддержку', 'круглосуточно', 'двухфакторную'],
  },
  {
    codec: 'utf-8',
    label: 'UTF-8',
    charset: 'utf-8',
    lang: 'zh-CN',
    title: '帮助中心 — Центр поддержки — 고객센터',
    paragraphs: [
      '如何提现：打开钱包页面，选择提现，输入地址和金额。',
      'Наша служба поддержки работает круглосуточно.',
      '고객 지원팀은 연중무휴로 운영됩니다. 出金の方法：ウォレットのページを開いてください。',
    ],
    words: ['提现', 'круглосуточно', '연중무휴', 'ウォレット'],
  },
];

type Declaration = 'header' | 'meta-charset' | 'meta-http-equiv' | 'none';

function page(sample: Sample, declaration: Declaration, label = sample.label): string {
  const meta =
    declaration === 'meta-charset'
      ? `<meta charset="${label}">`
      : declaration === 'meta-http-equiv'
        ? `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`
        : '';
  const body = sample.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html lang="${sample.lang}">\n<head>\n${meta}\n<meta name="viewport" content="width=device-width">\n<title>${sample.title}</title>\n</head>\n<body>\n<main class="article-body">\n<h1>${sample.title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;
}

interface Route {
  contentType: string;
  body: Buffer;
  encoding?: string;
}

const routes = new Map<string, Route>();
const fx = new Fixtures();
let server: TestServer;
let client: HttpClient;

beforeAll(async () => {
  server = await fx.serve((req, res) => {
    const route = routes.get(req.url ?? '');
    if (!route) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': route.contentType,
      ...(route.encoding ? { 'content-encoding': route.encoding } : {}),
    });
    res.end(route.body);
  });
  client = fx.client();
});
afterAll(() => fx.closeAll());

async function fetchRoute(path: string, route: Route) {
  routes.set(path, route);
  const res = await client.fetch(server.url(path));
  expect(res.error, JSON.stringify(res.error)).toBeNull();
  return res;
}

const DECLARATIONS: Array<[Declaration, 'header' | 'meta' | 'detected']> = [
  ['header', 'header'],
  ['meta-charset', 'meta'],
  ['meta-http-equiv', 'meta'],
  ['none', 'detected'],
];

describe.each(SAMPLES)('$label', (sample) => {
  it.each(DECLARATIONS)('declared in %s: decoded as %s', async (declaration, source) => {
    const html = page(sample, declaration);
    const res = await fetchRoute(`/${sample.codec}/${declaration}`, {
      contentType: declaration === 'header' ? `text/html; charset=${sample.label}` : 'text/html',
      body: iconv.encode(html, sample.codec),
    });
    expect(res.charset).toBe(sample.charset);
    expect(res.charsetSource).toBe(source);
    expect(res.text).toBe(html);
    for (const word of sample.words) expect(res.text).toContain(word);
    expect(res.text).not.toContain('\ufffd');
  });
});

describe('detection when the text is a small part of the page', () => {
  // A real help-center page: kilobytes of ASCII markup, scripts and navigation, one paragraph of text.
  const nav = Array.from({ length: 120 }, (_, i) => `<li class="article-list-item"><a href="/hc/articles/${4400 + i}">Article ${i}</a></li>`).join('\n');
  const script = `<script>window.HelpCenter = ${JSON.stringify({ account: 'exchange', locale: 'xx', user: { role: 'anonymous' } })};</script>`;
  const cases: Array<[string, string, string]> = [
    ['windows-1251', 'windows-1251', 'Как вывести средства: откройте страницу кошелька и выберите вывод.'],
    ['koi8-r', 'koi8-r', 'Как вывести средства: откройте страницу кошелька и выберите вывод.'],
    ['gbk', 'gbk', '如何提现：打开钱包页面，选择提现，然后完成安全验证。'],
    ['big5', 'big5', '如何提領：打開錢包頁面，選擇提領，然後完成安全驗證。'],
    ['shift_jis', 'shift_jis', '出金の方法：ウォレットのページを開き、出金を選んでください。'],
    ['euc-kr', 'euc-kr', '출금 방법: 지갑 페이지를 열고 출금을 선택하십시오.'],
  ];
  it.each(cases)('%s', async (codec, charset, paragraph) => {
    const html = `<!DOCTYPE html><html><head><title>Help</title>${script}</head><body><nav><ul>${nav}</ul></nav><article><p>${paragraph}</p></article></body></html>`;
    expect(html.length).toBeGreaterThan(8_000);
    const res = await fetchRoute(`/sparse/${codec}`, { contentType: 'text/html', body: iconv.encode(html, codec) });
    expect(res.charsetSource).toBe('detected');
    expect(res.charset).toBe(charset);
    expect(res.text).toContain(paragraph);
  });
});

describe('byte-order marks and conflicts', () => {
  const utf8 = SAMPLES.find((s) => s.codec === 'utf-8') as Sample;
  const ru = SAMPLES.find((s) => s.codec === 'windows-1251') as Sample;
  const zh = SAMPLES.find((s) => s.codec === 'gbk') as Sample;

  it('UTF-8 with a BOM: the BOM is used and not part of the text', async () => {
    const html = page(utf8, 'none');
    const res = await fetchRoute('/bom/utf8', {
      contentType: 'text/html',
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]),
    });
    expect(res.charsetSource).toBe('bom');
    expect(res.charset).toBe('utf-8');
    expect(res.text).toBe(html);
  });

  it('a BOM beats a header that says otherwise', async () => {
    const html = page(utf8, 'none');
    const res = await fetchRoute('/bom/conflict', {
      contentType: 'text/html; charset=windows-1251',
      body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]),
    });
    expect(res.charsetSource).toBe('bom');
    expect(res.text).toBe(html);
  });

  it('UTF-16LE with a BOM', async () => {
    const html = page(ru, 'none');
    const res = await fetchRoute('/bom/utf16', {
      contentType: 'text/html',
      body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]),
    });
    expect(res.charset).toBe('utf-16le');
    expect(res.text).toBe(html);
  });

  it('the header beats a <meta> that says otherwise', async () => {
    const html = page(zh, 'meta-charset', 'windows-1251');
    const res = await fetchRoute('/conflict/header-meta', { contentType: 'text/html; charset=gbk', body: iconv.encode(html, 'gbk') });
    expect(res.charsetSource).toBe('header');
    expect(res.charset).toBe('gbk');
    expect(res.text).toBe(html);
  });

  it('header says utf-8 but the body is windows-1251: falls back to detection', async () => {
    const html = page(ru, 'none');
    const res = await fetchRoute('/conflict/utf8-1251', { contentType: 'text/html; charset=utf-8', body: iconv.encode(html, 'windows-1251') });
    expect(res.charsetSource).toBe('detected');
    expect(res.charset).toBe('windows-1251');
    for (const word of ru.words) expect(res.text).toContain(word);
  });

  it('gb2312 (a label for GBK) in the header', async () => {
    const html = page(zh, 'none');
    const res = await fetchRoute('/label/gb2312', { contentType: 'text/html; charset="gb2312"', body: iconv.encode(html, 'gbk') });
    expect(res.charset).toBe('gbk');
    expect(res.text).toBe(html);
  });

  it('an unknown label is ignored and the body detected', async () => {
    const html = page(zh, 'none');
    const res = await fetchRoute('/label/unknown', { contentType: 'text/html; charset=x-nonsense', body: iconv.encode(html, 'gbk') });
    expect(res.charsetSource).toBe('detected');
    expect(res.charset).toBe('gbk');
    for (const word of zh.words) expect(res.text).toContain(word);
  });

  it('gzip + GBK: decompressed, then decoded', async () => {
    const html = page(zh, 'none');
    const res = await fetchRoute('/gzip/gbk', {
      contentType: 'text/html; charset=GBK',
      encoding: 'gzip',
      body: gzipSync(iconv.encode(html, 'gbk')),
    });
    expect(res.charset).toBe('gbk');
    expect(res.text).toBe(html);
    expect(res.body?.equals(iconv.encode(html, 'gbk'))).toBe(true);
  });

  it('an XML declaration names the encoding', async () => {
    const xml = `<?xml version="1.0" encoding="Shift_JIS"?>\n<feed><title>${SAMPLES[2]?.paragraphs.join('')}</title></feed>`;
    const res = await fetchRoute('/xml/sjis', { contentType: 'application/xml', body: iconv.encode(xml, 'shift_jis') });
    expect(res.charset).toBe('shift_jis');
    expect(res.charsetSource).toBe('meta');
    expect(res.text).toBe(xml);
  });

  it('a binary body (image) is kept but not decoded', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const res = await fetchRoute('/logo.png', { contentType: 'image/png', body: png });
    expect(res.body?.equals(png)).toBe(true);
    expect(res.text).toBeNull();
    expect(res.charset).toBeNull();
  });
});
