/**
 * A blind holdout for the help-center search probe (issue 3), written before reading
 * src/collect/search/*: loopback servers that imitate a Zendesk Help Center (its search API and
 * article pages), a Freshdesk portal (its HTML search page) and a custom help center reached
 * through the config's `helpCenter.searchUrl` template. A real probe runs against them through
 * the library API, and the report is read back the way a user reads it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBank, openSqliteStore, parseConfig, probe, report, type ProbeSummary, type Report } from '../../src/index.js';
import { serve } from '../helpers/httpFixtures.js';

// ---------------------------------------------------------------------------------------------
// Loopback sites that record every request.
// ---------------------------------------------------------------------------------------------

interface Hit {
  path: string;
  url: URL;
  at: number;
}

interface Site {
  origin: string;
  hits: Hit[];
  close(): Promise<void>;
}

type Route = (url: URL, req: IncomingMessage, res: ServerResponse, site: Site) => void;

/** A site on `serve()` (tests/helpers/httpFixtures.ts) that keeps every request's parsed URL. */
async function startSite(host: '127.0.0.1' | '::1', route: Route): Promise<Site> {
  const site: Site = { origin: '', hits: [], close: async () => undefined };
  const server = await serve(
    (req, res) => {
      const url = new URL(req.url ?? '/', site.origin);
      site.hits.push({ path: req.url ?? '/', url, at: Date.now() });
      route(url, req, res, site);
    },
    { host },
  );
  site.origin = server.origin;
  site.close = () => server.close();
  return site;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}
const html = (res: ServerResponse, body: string, status = 200): void => send(res, status, 'text/html; charset=utf-8', body);
const json = (res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ---------------------------------------------------------------------------------------------
// Article texts: good answers to "enable 2FA" and "withdrawal fee" in several languages.
// ---------------------------------------------------------------------------------------------

const ARTICLES = {
  'enable-2fa': {
    en: {
      title: 'How to enable two-factor authentication (2FA)',
      body:
        '<p>Log in and open <strong>Account &gt; Security settings</strong>. Under <em>Two-factor authentication</em> click <strong>Enable</strong>.</p>' +
        '<ol><li>Install an authenticator app such as Google Authenticator or Microsoft Authenticator.</li>' +
        '<li>Scan the QR code, then write down the 16-character setup key (backup key) and keep it offline: it restores 2FA if you lose your phone.</li>' +
        '<li>Enter the 6-digit code from the app to confirm.</li></ol>' +
        '<p>You can also add a passkey or a hardware security key (YubiKey, FIDO2). SMS codes are a weaker option: SIM swap attacks can steal them.</p>',
    },
    zh: {
      title: '如何开启谷歌验证器（2FA）',
      body:
        '<p>登录后进入<strong>个人中心 &gt; 安全设置</strong>，点击“谷歌验证”旁的<strong>开启</strong>。</p>' +
        '<ol><li>在手机上下载 Google Authenticator 身份验证器。</li>' +
        '<li>扫描二维码，并抄写 16 位备份密钥，妥善离线保存：手机丢失时可凭备份密钥恢复。</li>' +
        '<li>输入验证器显示的 6 位动态口令完成绑定。</li></ol>' +
        '<p>也可以绑定通行密钥（Passkey）或硬件安全密钥（YubiKey）。短信验证安全性较低，存在换卡攻击风险。</p>',
    },
    ru: {
      title: 'Как включить двухфакторную аутентификацию (2FA)',
      body:
        '<p>Войдите в аккаунт и откройте <strong>Профиль &gt; Настройки безопасности</strong>. В разделе «Двухфакторная аутентификация» нажмите <strong>Включить</strong>.</p>' +
        '<ol><li>Установите приложение-аутентификатор, например Google Authenticator.</li>' +
        '<li>Отсканируйте QR-код и запишите резервный код (ключ из 16 символов): он поможет восстановить доступ при потере телефона.</li>' +
        '<li>Введите 6-значный код из приложения.</li></ol>' +
        '<p>Можно также добавить ключ доступа (passkey) или аппаратный ключ безопасности YubiKey. SMS менее безопасны из-за подмены SIM-карты.</p>',
    },
    fa: {
      title: 'فعال‌سازی ورود دو مرحله‌ای (2FA)',
      body:
        '<p>وارد حساب شوید و به <strong>تنظیمات امنیتی</strong> در پنل کاربری بروید و گزینه ورود دو مرحله‌ای را فعال کنید.</p>' +
        '<ol><li>برنامه Google Authenticator را نصب کنید.</li>' +
        '<li>کد QR را اسکن کنید و کد پشتیبان ۱۶ رقمی را یادداشت و در جای امن نگه دارید؛ با آن در صورت گم شدن گوشی دسترسی را بازیابی می‌کنید.</li>' +
        '<li>کد ۶ رقمی برنامه را وارد کنید.</li></ol>' +
        '<p>می‌توانید کلید امنیتی سخت‌افزاری (YubiKey) هم اضافه کنید. پیامک امنیت کمتری دارد و در برابر سیم سواپ آسیب‌پذیر است.</p>',
    },
    es: {
      title: 'Cómo activar la autenticación de dos factores (2FA)',
      body:
        '<p>Inicia sesión y abre <strong>Mi cuenta &gt; Configuración de seguridad</strong>. En «Autenticación de dos factores» pulsa <strong>Activar</strong>.</p>' +
        '<ol><li>Instala una aplicación de autenticación como Google Authenticator.</li>' +
        '<li>Escanea el código QR y anota la clave de respaldo de 16 caracteres; guárdala fuera de línea para recuperar el acceso si pierdes el móvil.</li>' +
        '<li>Introduce el código de 6 dígitos de la aplicación.</li></ol>' +
        '<p>También puedes añadir una llave de seguridad física (YubiKey). El SMS es menos seguro por el duplicado de SIM.</p>',
    },
    tr: {
      title: 'İki faktörlü doğrulama (2FA) nasıl etkinleştirilir',
      body:
        '<p>Giriş yapın ve <strong>Hesap &gt; Güvenlik ayarları</strong> bölümünü açın. İki faktörlü doğrulama satırında <strong>Etkinleştir</strong> düğmesine tıklayın.</p>' +
        '<ol><li>Google Authenticator gibi bir doğrulama uygulaması yükleyin.</li>' +
        '<li>QR kodunu tarayın ve 16 karakterlik yedek anahtarı not edip çevrimdışı saklayın: telefonunuzu kaybederseniz kurtarma için gerekir.</li>' +
        '<li>Uygulamadaki 6 haneli kodu girin.</li></ol>' +
        '<p>Bir donanım güvenlik anahtarı (YubiKey) da ekleyebilirsiniz. SMS daha az güvenli bir seçenektir (SIM kart kopyalama).</p>',
    },
  },
  'withdrawal-fee': {
    en: {
      title: 'USDT withdrawal fees by network',
      body:
        '<p>The withdrawal fee depends on the network you choose: TRC20 (Tron) costs 1 USDT, ERC20 (Ethereum) 5 USDT and BEP20 0.8 USDT. See the fee schedule for every coin.</p>' +
        '<p>The minimum withdrawal is 10 USDT. Ethereum fees can change with network congestion and gas price.</p>' +
        '<p>Make sure the receiving wallet supports the same network. The exact fee is shown on the withdrawal page before you confirm.</p>',
    },
    es: {
      title: 'Comisiones de retiro de USDT según la red',
      body:
        '<p>La comisión de retiro depende de la red: TRC20 cuesta 1 USDT, ERC20 5 USDT y BEP20 0,8 USDT. Consulta la tabla de comisiones de cada moneda.</p>' +
        '<p>El retiro mínimo es de 10 USDT. En Ethereum la comisión cambia con la congestión y el precio del gas.</p>' +
        '<p>Comprueba que la billetera de destino admite la misma red. La comisión exacta se muestra en la página de retiro antes de confirmar.</p>',
    },
  },
} as const;

type ArticleLang = keyof (typeof ARTICLES)['enable-2fa'];

function slugOf(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'article'
  );
}

// ---------------------------------------------------------------------------------------------
// Which bank question a search is for: the probe sends the bank's own query for each language.
// ---------------------------------------------------------------------------------------------

interface BankQuery {
  id: string;
  lang: string;
  query: string;
}
let BANK_QUERIES: BankQuery[] = [];

const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s\u200c]+/g, ' ').trim();

/** The bank question whose query (in any language) the incoming search text is. */
function questionFor(text: string): BankQuery | undefined {
  const t = squash(text);
  return BANK_QUERIES.find((q) => squash(q.query) === t) ?? BANK_QUERIES.find((q) => t.includes(squash(q.query)) || squash(q.query).includes(t));
}

// ---------------------------------------------------------------------------------------------
// Zendesk Help Center (127.0.0.1) and an unrelated host (::1) that must never be contacted.
// ---------------------------------------------------------------------------------------------

const ZD_LOCALES = ['en-us', 'zh-cn', 'ru', 'fa'] as const;
const ZD_LANG_OF: Record<string, ArticleLang> = { 'en-us': 'en', en: 'en', 'zh-cn': 'zh', ru: 'ru', fa: 'fa' };
const ZD_HTML_LANG: Record<string, string> = { 'en-us': 'en-US', 'zh-cn': 'zh-CN', ru: 'ru', fa: 'fa' };
/** Search calls answered so far, per query+locale (for the 429 on the first call). */
const zdCalls = new Map<string, number>();

function zendeskHome(origin: string): string {
  // The theme's language menu also lists Korean, which the help center's search does not serve (404).
  const locales = [...ZD_LOCALES, 'ko'].map(
    (l) => `<a href="/hc/change_language/${l}?return_to=%2Fhc%2F${l}" dir="${l === 'fa' ? 'rtl' : 'ltr'}" rel="nofollow" role="menuitem">${l}</a>`,
  ).join('\n');
  return `<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
  <meta charset="utf-8" />
  <link rel="canonical" href="${origin}/hc/en-us">
  ${ZD_LOCALES.map((l) => `<link rel="alternate" hreflang="${ZD_HTML_LANG[l]}" href="${origin}/hc/${l}">`).join('\n  ')}
  <meta name="csrf-param" content="authenticity_token">
  <title>Holdout Exchange Support</title>
  <link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-abc.css" />
  <script src="//static.zdassets.com/hc/assets/en-us.abc.js"></script>
  <script>window.HelpCenter = {}; HelpCenter.account = {"subdomain":"holdoutx","environment":"production"}; HelpCenter.user = {"locale":"en-us"};</script>
</head>
<body class="">
  <header class="header"><a title="Home" href="/hc/en-us"><img src="/logo.png" alt="Help Center home page"></a>
    <nav class="user-nav"><div class="dropdown language-selector"><button class="dropdown-toggle">English (US)</button>
      <span class="dropdown-menu dropdown-menu-end" role="menu">${locales}</span></div>
      <a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a><a class="sign-in" href="/hc/en-us/signin">Sign in</a></nav></header>
  <main role="main">
    <section class="section hero"><form role="search" class="search search-full" action="/hc/en-us/search" method="get"><input type="search" name="query" placeholder="Search"></form></section>
    <section class="categories blocks"><ul class="blocks-list">
      <li class="blocks-item"><a href="/hc/en-us/categories/360001-Account-Security" class="blocks-item-link"><span class="blocks-item-title">Account &amp; Security</span></a></li>
      <li class="blocks-item"><a href="/hc/en-us/categories/360002-Deposits-Withdrawals" class="blocks-item-link"><span class="blocks-item-title">Deposits &amp; Withdrawals</span></a></li>
    </ul></section>
  </main>
  <footer class="footer"><a href="/hc/en-us">Holdout Exchange</a> <a href="https://www.zendesk.com/service/help-center/" target="_blank">Powered by Zendesk</a></footer>
</body>
</html>`;
}

function zendeskArticle(locale: string, id: number, question: string, origin: string): string {
  const lang = ZD_LANG_OF[locale] ?? 'en';
  const q = question as keyof typeof ARTICLES;
  const art = (ARTICLES[q] as Record<string, { title: string; body: string }> | undefined)?.[lang] ?? ARTICLES['enable-2fa'][lang];
  const dir = locale === 'fa' ? 'rtl' : 'ltr';
  return `<!DOCTYPE html>
<html dir="${dir}" lang="${ZD_HTML_LANG[locale] ?? locale}">
<head>
  <meta charset="utf-8" />
  <link rel="canonical" href="${origin}/hc/${locale}/articles/${id}-${slugOf(art.title)}">
  <title>${esc(art.title)} &ndash; Holdout Exchange Support</title>
  <link rel="stylesheet" media="all" href="//static.zdassets.com/hc/assets/application-abc.css" />
  <script>window.HelpCenter = {}; HelpCenter.user = {"locale":"${locale}"};</script>
</head>
<body class="">
  <header class="header"><a title="Home" href="/hc/${locale}">Holdout Exchange</a><a class="submit-a-request" href="/hc/${locale}/requests/new">Submit a request</a></header>
  <main role="main"><div class="container">
    <nav class="sub-nav"><ol class="breadcrumbs"><li title="Holdout Exchange"><a href="/hc/${locale}">Holdout Exchange</a></li><li title="Account"><a href="/hc/${locale}/categories/360001">Account</a></li></ol></nav>
    <article id="main-content" class="article">
      <header class="article-header"><h1 title="${esc(art.title)}" class="article-title">${esc(art.title)}</h1>
        <div class="article-meta"><ul class="meta-group"><li class="meta-data"><time datetime="2026-09-14T08:12:33Z" title="2026-09-14 08:12" data-datetime="relative">September 14, 2026</time></li></ul></div></header>
      <section class="article-info"><div class="article-content"><div class="article-body">${art.body}</div></div></section>
    </article>
  </div></main>
  <footer class="footer"><a href="/hc/${locale}">Holdout Exchange</a></footer>
</body>
</html>`;
}

interface ZdResultSpec {
  id: number;
  /** Where html_url points: this help center, or the unrelated host. */
  host: 'self' | 'other';
}

function zendeskResult(origin: string, otherOrigin: string, locale: string, question: string, spec: ZdResultSpec, position: number, queryWords: string[]) {
  const lang = ZD_LANG_OF[locale] ?? 'en';
  const q = question as keyof typeof ARTICLES;
  const art = (ARTICLES[q] as Record<string, { title: string; body: string }> | undefined)?.[lang] ?? ARTICLES['enable-2fa'][lang];
  const base = spec.host === 'self' ? origin : otherOrigin;
  const title = position === 0 ? art.title : `${art.title} (${spec.id})`;
  // Zendesk highlights matched words with <em> in `snippet` (and the body comes as full HTML).
  let snippet = art.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 160);
  for (const w of queryWords) if (w.length > 1) snippet = snippet.split(w).join(`<em>${w}</em>`);
  return {
    id: spec.id,
    url: `${base}/api/v2/help_center/${locale}/articles/${spec.id}.json`,
    html_url: `${base}/hc/${locale}/articles/${spec.id}-${slugOf(art.title)}`,
    author_id: 375356643480,
    comments_disabled: false,
    draft: false,
    promoted: false,
    position: 0,
    vote_sum: 0,
    vote_count: 0,
    section_id: 360005148199,
    created_at: '2025-12-31T05:15:33Z',
    updated_at: '2026-09-14T08:12:33Z',
    name: title,
    title,
    source_locale: 'en-us',
    locale,
    outdated: false,
    outdated_locales: [],
    edited_at: '2026-09-14T08:12:33Z',
    user_segment_id: null,
    permission_group_id: 1279059,
    content_tag_ids: [],
    label_names: [],
    body: art.body.replace(/(Google Authenticator|谷歌验证|двухфакторн\S*|2FA)/g, '<em>$1</em>'),
    snippet,
    result_type: 'article',
  };
}

/** Per query (by question id) and locale: which results the help center's search returns. */
function zendeskPlan(question: string, locale: string): ZdResultSpec[] {
  if (question === 'enable-2fa') {
    if (locale === 'en-us') return Array.from({ length: 30 }, (_, i) => ({ id: 4400100 + i, host: 'self' as const }));
    if (locale === 'zh-cn') return [4400201, 4400202, 4400203].map((id) => ({ id, host: 'self' as const }));
    // Russian: the first hit is an article on another host (a brand's second help center), then three on this one.
    if (locale === 'ru')
      return [
        { id: 4400300, host: 'other' },
        { id: 4400301, host: 'self' },
        { id: 4400302, host: 'self' },
        { id: 4400303, host: 'self' },
      ];
    if (locale === 'fa') return [4400401, 4400402].map((id) => ({ id, host: 'self' as const }));
  }
  if (question === 'withdrawal-fee' && locale === 'en-us') return [4400501, 4400502, 4400503].map((id) => ({ id, host: 'self' as const }));
  return [];
}

function zendeskRoute(otherOrigin: () => string): Route {
  return (url, _req, res, site) => {
    const p = url.pathname;
    if (p === '/robots.txt') return send(res, 200, 'text/plain', 'User-agent: *\nDisallow: /hc/*/signin\n');
    if (p === '/' || p === '/hc' || p === '/hc/') return send(res, 302, 'text/html', '', { location: '/hc/en-us' });
    if (p === '/hc/en-us') return html(res, zendeskHome(site.origin));
    if (p === '/api/v2/help_center/articles/search.json') {
      const query = url.searchParams.get('query') ?? '';
      const localeRaw = (url.searchParams.get('locale') ?? 'en-us').toLowerCase();
      const locale = localeRaw === 'en' ? 'en-us' : localeRaw;
      if (!(ZD_LOCALES as readonly string[]).includes(locale)) {
        return json(res, { error: 'RecordNotFound', description: 'Not found' }, 404);
      }
      const question = questionFor(query)?.id ?? '';
      const key = `${question}|${locale}`;
      const n = (zdCalls.get(key) ?? 0) + 1;
      zdCalls.set(key, n);
      if (question === 'withdrawal-fee' && locale === 'en-us' && n === 1) {
        return send(res, 429, 'text/plain; charset=utf-8', 'Too Many Requests', { 'retry-after': '1' });
      }
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? '25') || 25));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
      const all = zendeskPlan(question, locale);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const pageCount = Math.ceil(all.length / perPage);
      const words = query.split(/\s+/).filter(Boolean);
      const pageUrl = (n2: number) => {
        const u = new URL(url.href);
        u.searchParams.set('page', String(n2));
        u.searchParams.set('per_page', String(perPage));
        return u.href;
      };
      return json(res, {
        count: all.length,
        next_page: page < pageCount ? pageUrl(page + 1) : null,
        page,
        page_count: pageCount,
        per_page: perPage,
        previous_page: page > 1 ? pageUrl(page - 1) : null,
        results: slice.map((s, i) => zendeskResult(site.origin, otherOrigin(), locale, question, s, (page - 1) * perPage + i, words)),
      });
    }
    const m = /^\/hc\/([a-z-]+)\/articles\/(\d+)(?:-[^/]*)?$/.exec(p);
    if (m && (ZD_LOCALES as readonly string[]).includes(m[1]!)) {
      const id = Number(m[2]);
      const question = id >= 4400500 && id < 4400600 ? 'withdrawal-fee' : 'enable-2fa';
      return html(res, zendeskArticle(m[1]!, id, question, site.origin));
    }
    return html(res, '<!DOCTYPE html><html lang="en-US"><head><title>Oops, this help center no longer exists</title></head><body><h1>Page not found</h1></body></html>', 404);
  };
}

const otherRoute: Route = (_url, _req, res) =>
  html(res, '<!DOCTYPE html><html lang="ru"><head><title>Другой справочный центр</title></head><body><article><h1>Внешняя статья</h1></article></body></html>');

// ---------------------------------------------------------------------------------------------
// Freshdesk portal in Spanish: the HTML search page /support/search?term=…
// ---------------------------------------------------------------------------------------------

const FD_ARTICLES: Record<string, Array<{ id: number; q: 'enable-2fa' | 'withdrawal-fee' }>> = {
  'enable-2fa': [
    { id: 48000710001, q: 'enable-2fa' },
    { id: 48000710002, q: 'enable-2fa' },
    { id: 48000710003, q: 'enable-2fa' },
    { id: 48000710004, q: 'enable-2fa' },
  ],
  'withdrawal-fee': [{ id: 48000720001, q: 'withdrawal-fee' }],
};

function fdArticlePath(prefix: string, id: number, q: 'enable-2fa' | 'withdrawal-fee'): string {
  const title = ARTICLES[q].es.title;
  return `${prefix}/support/solutions/articles/${id}-${slugOf(title)}`;
}

function freshdeskLayout(title: string, inner: string): string {
  return `<!DOCTYPE html>
<html lang="es" dir="ltr">
<head>
  <meta charset="utf-8" />
  <title>${esc(title)} : Soporte Holdout</title>
  <meta name="description" content="Soporte Holdout" />
  <link rel="stylesheet" href="https://assets8.freshdesk.com/assets/cdn/portal_styles-abc.css" />
  <script src="https://assets8.freshdesk.com/assets/cdn/portal_head-abc.js"></script>
  <script>var portal = {"language":"es","name":"Soporte Holdout","contact_info":""};</script>
</head>
<body>
  <div class="page">
    <header class="banner"><div class="banner-wrapper"><div class="banner-title"><a href="/support/home" class="portal-logo">Soporte Holdout</a></div>
      <nav class="banner-nav"><a href="/support/login">Iniciar sesión</a> <a href="/support/signup">Registrarse</a></nav></div></header>
    <nav class="page-tabs"><div class="nav-link" id="header-tabs">
      <a href="/support/home">Inicio</a> <a href="/support/solutions">Soluciones</a> <a href="/support/tickets/new">Enviar un ticket</a></div></nav>
    <section class="help-center-sc rounded-6"><div class="hc-search"><div class="hc-search-c">
      <form class="hc-search-form print--remove" autocomplete="off" action="/support/search" id="hc-search-form">
        <div class="hc-search-input"><input placeholder="Introduzca su término de búsqueda aquí..." type="text" name="term" class="special" rel="page-search"></div>
        <div class="hc-search-button"><button class="btn btn-primary" type="submit">Buscar</button></div></form></div></div></section>
    <div class="c-wrapper">${inner}</div>
    <footer class="footer rounded-6"><nav class="footer-links page-tabs"><a href="/support/home">Inicio</a> <a href="/support/solutions/folders/48000220001">Cuenta</a> <a href="/support/solutions/folders/48000220002">Retiros</a></nav></footer>
    <div class="copyright"><a href="https://freshdesk.com/es/helpdesk-software?utm_source=portal&amp;utm_medium=reflink&amp;utm_campaign=portal_reflink" target="_blank" rel="nofollow">Software de soporte técnico</a> by Freshdesk</div>
  </div>
</body>
</html>`;
}

function freshdeskSearchPage(prefix: string, term: string, results: Array<{ id: number; q: 'enable-2fa' | 'withdrawal-fee' }>): string {
  if (results.length === 0) {
    return freshdeskLayout(
      `Resultados de búsqueda para ${term}`,
      `<section class="main content rounded-6 min-height-on-desktop" id="search-page-results">
        <h2 class="heading">Resultados de búsqueda para <b>"${esc(term)}"</b></h2>
        <div class="list-lead">No se encontraron resultados para <b>${esc(term)}</b></div>
        <p class="info-text">Lo sentimos, no encontramos lo que buscaba. <a href="/support/tickets/new">Enviar un ticket</a></p>
      </section>`,
    );
  }
  const items = results
    .map((r) => {
      const a = ARTICLES[r.q].es;
      const text = a.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 140);
      return `<li>
          <div class="ellipsis"><a href="${fdArticlePath(prefix, r.id, r.q)}" class="c-link">${esc(a.title)}</a></div>
          <div class="help-text">${esc(text).replace(/(autenticación|comisión)/gi, '<span class="match">$1</span>')}</div>
          <div class="info-data">Soluciones &gt; Cuenta y seguridad</div>
        </li>`;
    })
    .join('\n');
  return freshdeskLayout(
    `Resultados de búsqueda para ${term}`,
    `<section class="main content rounded-6 min-height-on-desktop" id="search-page-results">
      <h2 class="heading">Resultados de búsqueda para <b>"${esc(term)}"</b></h2>
      <div class="list-lead">${results.length} resultados</div>
      <ul class="article-list search-results">${items}</ul>
    </section>`,
  );
}

const freshdeskRoute: Route = (url, _req, res) => {
  const p = url.pathname;
  if (p === '/robots.txt') return send(res, 200, 'text/plain', 'User-agent: *\nAllow: /\n');
  const prefix = p.startsWith('/es/') ? '/es' : '';
  const rest = prefix ? p.slice(3) : p;
  if (rest === '/' || rest === '/support' || rest === '/support/home') {
    return html(
      res,
      freshdeskLayout(
        'Bienvenido',
        `<section class="content rounded-6"><h2 class="heading">Base de conocimientos</h2>
          <div class="fc-solution-category"><h3 class="heading"><a href="/support/solutions/48000110001">Cuenta y seguridad</a></h3>
          <ul><li><a href="/support/solutions/folders/48000220001">Seguridad de la cuenta</a></li><li><a href="/support/solutions/folders/48000220002">Retiros</a></li></ul></div></section>`,
      ),
    );
  }
  // Real portals serve both the all-results page and the solutions-only view.
  if (rest === '/support/search' || rest === '/support/search/solutions') {
    const term = url.searchParams.get('term') ?? '';
    const q = questionFor(term)?.id ?? '';
    return html(res, freshdeskSearchPage(prefix, term, FD_ARTICLES[q] ?? []));
  }
  const m = /^\/support\/solutions\/articles\/(\d+)-[a-z0-9-]+$/.exec(rest);
  if (m) {
    const id = Number(m[1]);
    const q = String(id).startsWith('4800072') ? 'withdrawal-fee' : 'enable-2fa';
    const a = ARTICLES[q].es;
    return html(
      res,
      freshdeskLayout(
        a.title,
        `<section class="main content rounded-6 min-height-on-desktop fc-article-show" id="article-show-${id}">
          <div class="breadcrumb"><a href="/support/solutions">Inicio de soluciones</a> <a href="/support/solutions/48000110001">Cuenta y seguridad</a></div>
          <h2 class="heading">${esc(a.title)}</h2>
          <p><span class="muted">Modificado el: Lun, 14 Sep, 2026 a las 8:12 AM</span></p>
          <article class="article-body" id="article-body">${a.body}</article>
        </section>`,
      ),
    );
  }
  return html(res, freshdeskLayout('Página no encontrada', '<h2>Página no encontrada</h2>'), 404);
};

/** A portal that serves its search form's target only: /support/search/solutions is a 404. */
const freshdeskFormOnlyRoute: Route = (url, req, res, site) => {
  if (/^(?:\/es)?\/support\/search\/solutions$/.test(url.pathname)) return html(res, freshdeskLayout('Página no encontrada', '<h2>Página no encontrada</h2>'), 404);
  return freshdeskRoute(url, req, res, site);
};

// ---------------------------------------------------------------------------------------------
// A custom help center reached through helpCenter.searchUrl ("{query}", "{locale}").
// ---------------------------------------------------------------------------------------------

const CUSTOM_RESULTS: Record<string, Record<string, string[]>> = {
  'enable-2fa': {
    en: ['enable-2fa-authenticator', 'security-key-setup', 'backup-key-storage', 'sms-verification'],
    tr: ['iki-faktorlu-dogrulama', 'guvenlik-anahtari', 'yedek-anahtar', 'sms-dogrulama'],
  },
};
const CUSTOM_OTHER_ARTICLE = '/help/articles/unrelated-page';

function customPage(lang: string, title: string, inner: string): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${esc(title)} | Holdout Help</title>
  <link rel="alternate" hreflang="en" href="/help/?lang=en"><link rel="alternate" hreflang="tr" href="/help/?lang=tr"></head>
<body>
  <header class="site-header">
    <a class="logo" href="/help/">Holdout Help</a>
    <nav class="main-nav"><ul>
      <li><a href="/help/topics/account">Account</a></li>
      <li><a href="/help/topics/deposits">Deposits</a></li>
      <li><a href="/help/contact">Contact us</a></li>
      <li><a href="${CUSTOM_OTHER_ARTICLE}">Status of our services</a></li>
    </ul></nav>
    <div class="lang-switch"><a href="/help/?lang=en" hreflang="en" lang="en">English</a> <a href="/help/?lang=tr" hreflang="tr" lang="tr">Türkçe</a></div>
    <form action="/help/search" method="get"><input type="search" name="q"><input type="hidden" name="lang" value="${lang}"></form>
  </header>
  <main id="content">${inner}</main>
  <footer><a href="/help/terms">Terms</a> <a href="/help/privacy">Privacy</a></footer>
</body>
</html>`;
}

const customRoute: Route = (url, _req, res) => {
  const p = url.pathname;
  if (p === '/robots.txt') return send(res, 200, 'text/plain', 'User-agent: *\nAllow: /\n');
  if (p === '/help/' || p === '/help') return html(res, customPage('en', 'Help', '<h1>How can we help?</h1><p>Browse topics or search.</p>'));
  if (p === '/help/search') {
    const q = url.searchParams.get('q') ?? '';
    const lang = (url.searchParams.get('lang') ?? 'en').toLowerCase();
    const question = questionFor(q)?.id ?? '';
    const slugs = CUSTOM_RESULTS[question]?.[lang.startsWith('tr') ? 'tr' : 'en'] ?? [];
    if (slugs.length === 0) {
      return html(res, customPage(lang, 'Search', `<h1>Search results for “${esc(q)}”</h1><p class="no-results">No articles matched your search.</p>`));
    }
    const items = slugs
      .map((s, i) => `<li class="search-result"><h2><a href="/help/articles/${s}?hl=${lang}">Result ${i + 1}: ${esc(s.replace(/-/g, ' '))}</a></h2><p class="excerpt">…</p></li>`)
      .join('\n');
    return html(res, customPage(lang, 'Search', `<h1>Search results for “${esc(q)}”</h1><ol class="search-results">${items}</ol>`));
  }
  const m = /^\/help\/articles\/([a-z0-9-]+)$/.exec(p);
  if (m) {
    const lang: ArticleLang = url.searchParams.get('hl')?.startsWith('tr') ? 'tr' : 'en';
    const a = ARTICLES['enable-2fa'][lang];
    return html(res, customPage(lang, a.title, `<article><h1>${esc(a.title)}</h1>${a.body}</article>`));
  }
  if (p.startsWith('/help/')) return html(res, customPage('en', 'Page', '<h1>Page</h1><p>General information.</p>'));
  return html(res, customPage('en', 'Not found', '<h1>Not found</h1>'), 404);
};

// ---------------------------------------------------------------------------------------------
// One real probe (library API, channel `search`) against all three, then the report.
// ---------------------------------------------------------------------------------------------


let zd: Site;
let other: Site;
let fd: Site;
let fdForm: Site;
let custom: Site;
let dir: string;
let dbPath: string;
let summary: ProbeSummary;
let rep: Report;

interface ObsRow {
  exchange_id: string;
  channel: string;
  kind: string;
  url: string;
  outcome: string;
  error_code: string | null;
  status: number | null;
  meta: string | null;
}
let rows: ObsRow[] = [];

beforeAll(async () => {
  BANK_QUERIES = loadBank().flatMap((q) =>
    Object.entries(q.languages).map(([lang, r]) => ({ id: q.id, lang, query: r.query })),
  );
  other = await startSite('::1', otherRoute);
  zd = await startSite('127.0.0.1', zendeskRoute(() => other.origin));
  fd = await startSite('127.0.0.1', freshdeskRoute);
  fdForm = await startSite('127.0.0.1', freshdeskFormOnlyRoute);
  custom = await startSite('127.0.0.1', customRoute);
  dir = mkdtempSync(join(tmpdir(), 'ss-search-holdout-'));
  dbPath = join(dir, 'holdout.db');
  const config = parseConfig(
    {
      exchanges: [
        {
          id: 'zdx',
          name: 'Zendesk Holdout',
          languages: ['en', 'zh', 'ru', 'fa', 'ko'],
          channels: { helpCenter: { url: `${zd.origin}/hc/en-us`, platform: 'zendesk' } },
        },
        {
          id: 'fdx',
          name: 'Freshdesk Holdout',
          languages: ['es'],
          channels: { helpCenter: { url: `${fd.origin}/support/home`, platform: 'freshdesk' } },
        },
        {
          id: 'fdformx',
          name: 'Freshdesk Form-Search Holdout',
          languages: ['es'],
          channels: { helpCenter: { url: `${fdForm.origin}/support/home`, platform: 'freshdesk' } },
        },
        {
          id: 'customx',
          name: 'Custom Holdout',
          languages: ['en', 'tr'],
          channels: {
            helpCenter: { url: `${custom.origin}/help/`, searchUrl: `${custom.origin}/help/search?q={query}&lang={locale}` },
          },
        },
      ],
      probe: { perHostConcurrency: 4, politenessDelayMs: 0, timeoutMs: 5000, retries: 2, maxPages: 0 },
    },
    'search-holdout.config.json',
  );
  const store = openSqliteStore(dbPath);
  try {
    summary = await probe({ config, store, channels: ['search'], keepHeapSmall: false });
    rep = await report({ config, store, since: new Date(Date.now() - 3600_000) });
  } finally {
    await store.close();
  }
  const db = new Database(dbPath, { readonly: true });
  try {
    rows = db.prepare(`SELECT exchange_id, channel, kind, url, outcome, error_code, status, meta FROM observations ORDER BY id`).all() as ObsRow[];
  } finally {
    db.close();
  }
}, 120_000);

afterAll(async () => {
  await Promise.all([zd, other, fd, fdForm, custom].filter(Boolean).map((s) => s.close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const searchHits = (site: Site, path: string) => site.hits.filter((h) => h.url.pathname === path);
const exReport = (id: string) => {
  const x = rep.exchanges.find((e) => e.id === id);
  if (!x) throw new Error(`no report for ${id}`);
  return x;
};
/** Article ids fetched from the Zendesk host for one locale. */
const zdArticlesFetched = (locale: string) =>
  zd.hits
    .map((h) => new RegExp(`^/hc/${locale}/articles/(\\d+)`).exec(h.url.pathname)?.[1])
    .filter((x): x is string => x !== undefined)
    .map(Number);

describe('Zendesk Help Center search API', () => {
  it('asks every bank question once per help-center locale, in that locale\'s language', () => {
    const calls = searchHits(zd, '/api/v2/help_center/articles/search.json');
    const pairs = new Set<string>();
    for (const c of calls) {
      const q = questionFor(c.url.searchParams.get('query') ?? '');
      expect(q, `unknown query ${c.url.searchParams.get('query')}`).toBeDefined();
      const locale = (c.url.searchParams.get('locale') ?? '').toLowerCase();
      const bankLang = { 'en-us': 'en', en: 'en', 'zh-cn': 'zh', ru: 'ru', fa: 'fa', ko: 'ko' }[locale];
      expect(bankLang, `unexpected locale ${locale}`).toBeDefined();
      // The query text is the bank's query in the locale's language.
      expect(q!.lang === bankLang || (bankLang === 'zh' && q!.lang === 'zh-Hant')).toBe(true);
      pairs.add(`${q!.id}|${bankLang}`);
    }
    for (const lang of ['en', 'zh', 'ru', 'fa']) {
      for (const q of loadBank()) expect(pairs.has(`${q.id}|${lang}`), `${q.id} in ${lang}`).toBe(true);
    }
  });

  it('sends Chinese searches with the help center\'s zh-cn locale', () => {
    const zh = searchHits(zd, '/api/v2/help_center/articles/search.json').filter((c) => questionFor(c.url.searchParams.get('query') ?? '')?.lang === 'zh');
    expect(zh.length).toBeGreaterThanOrEqual(10);
    expect(new Set(zh.map((c) => (c.url.searchParams.get('locale') ?? '').toLowerCase()))).toEqual(new Set(['zh-cn']));
  });

  it('fetches only the top 3 of a 30-result list, and never a second result page', () => {
    expect(new Set(zdArticlesFetched('en-us').filter((id) => id >= 4400100 && id < 4400130))).toEqual(new Set([4400100, 4400101, 4400102]));
    const twoFa = searchHits(zd, '/api/v2/help_center/articles/search.json').filter(
      (c) => questionFor(c.url.searchParams.get('query') ?? '')?.id === 'enable-2fa' && /^en/.test(c.url.searchParams.get('locale') ?? ''),
    );
    expect(twoFa).toHaveLength(1);
    expect(twoFa.every((c) => (c.url.searchParams.get('page') ?? '1') === '1')).toBe(true);
  });

  it('fetches the articles each locale\'s search returned (zh-cn, fa)', () => {
    expect(new Set(zdArticlesFetched('zh-cn'))).toEqual(new Set([4400201, 4400202, 4400203]));
    expect(new Set(zdArticlesFetched('fa'))).toEqual(new Set([4400401, 4400402]));
  });

  it('never contacts another host that a result points to, and still fetches the same-host results', () => {
    expect(other.hits).toHaveLength(0);
    const ru = zdArticlesFetched('ru');
    expect(ru.length).toBeGreaterThanOrEqual(2);
    expect(ru.length).toBeLessThanOrEqual(3);
    for (const id of ru) expect([4400301, 4400302, 4400303]).toContain(id);
    expect(ru).toContain(4400301);
    expect(ru).toContain(4400302);
  });

  it('retries a 429 after the Retry-After delay, and the search then counts as answered', () => {
    const fee = searchHits(zd, '/api/v2/help_center/articles/search.json').filter(
      (c) => questionFor(c.url.searchParams.get('query') ?? '')?.id === 'withdrawal-fee' && /^en/.test(c.url.searchParams.get('locale') ?? ''),
    );
    expect(fee).toHaveLength(2);
    expect(fee[1]!.at - fee[0]!.at).toBeGreaterThanOrEqual(950);
    expect(new Set(zdArticlesFetched('en-us').filter((id) => id >= 4400500 && id < 4400600))).toEqual(new Set([4400501, 4400502, 4400503]));
    const obs = rows.filter((r) => r.exchange_id === 'zdx' && r.channel === 'search' && r.url.includes('/search.json') && questionFor(new URL(r.url).searchParams.get('query') ?? '')?.id === 'withdrawal-fee' && /^en/.test(new URL(r.url).searchParams.get('locale') ?? ''));
    expect(obs).toHaveLength(1);
    expect(obs[0]!.outcome).toBe('ok');
    expect(obs[0]!.status).toBe(200);
  });

  it('stores a locale the search lacks (404) as error observations with http_4xx, and the run goes on', () => {
    const ko = rows.filter((r) => r.exchange_id === 'zdx' && r.channel === 'search' && r.url.includes('/search.json') && /locale=ko\b/i.test(r.url));
    expect(ko).toHaveLength(10);
    for (const r of ko) {
      expect(r.outcome).toBe('error');
      expect(r.error_code).toBe('http_4xx');
      expect(r.status).toBe(404);
    }
    expect(summary.status).toBe('finished');
    expect(summary.exchanges.find((e) => e.id === 'zdx')!.errors).toEqual({ http_4xx: 10 });
    const okSearches = rows.filter((r) => r.exchange_id === 'zdx' && r.channel === 'search' && r.url.includes('/search.json') && r.outcome === 'ok');
    expect(okSearches).toHaveLength(40);
  });

  it('stores each fetched article as an observation tagged with its question and language', () => {
    const answers = rows.filter((r) => r.exchange_id === 'zdx' && r.channel === 'search' && r.url.includes('/hc/'));
    expect(answers).toHaveLength(3 + 3 + 3 + 2 + zdArticlesFetched('ru').length);
    for (const a of answers) {
      expect(a.outcome).toBe('ok');
      const meta = JSON.parse(a.meta ?? '{}') as { question?: string; lang?: string };
      expect(['enable-2fa', 'withdrawal-fee']).toContain(meta.question);
      expect(['en', 'zh', 'ru', 'fa']).toContain(meta.lang);
    }
  });

  it('puts the grades into the report: search summary, knowledge and multilingual reasons', () => {
    const x = exReport('zdx');
    expect(x.channels.search).not.toBeNull();
    expect(x.channels.search!.searches).toBe(50);
    expect(x.channels.search!.failed).toBe(10);
    expect(x.channels.search!.withResults).toBe(5);
    expect(x.channels.search!.answered).toBe(5);
    const k = x.criteria.knowledge;
    expect(k.score).not.toBeNull();
    expect(k.reasons[0]).toMatch(/average \d+\.\d\/10 \(searched in en, fa, ru, zh\)/);
    expect(k.reasons.join('\n')).toMatch(/strongest: (enable-2fa|withdrawal-fee) \d+\.\d/);
    expect(k.metrics.answered).toBe(2);
    const m = x.criteria.multilingual;
    expect(m.reasons.join('\n')).toMatch(/search answered 3 of 30 non-English questions with an article in the asked language/);
  });
});

describe('Freshdesk portal search page (Spanish)', () => {
  const fdSearches = () => fd.hits.filter((h) => /^(?:\/es)?\/support\/search(?:\/solutions)?$/.test(h.url.pathname));
  const fdArticles = () =>
    fd.hits.map((h) => /^(?:\/es)?\/support\/solutions\/articles\/(\d+)-/.exec(h.url.pathname)?.[1]).filter((x): x is string => x !== undefined).map(Number);

  it('asks every bank question in Spanish through the portal search page (?term=)', () => {
    const qs = fdSearches().map((h) => questionFor(h.url.searchParams.get('term') ?? ''));
    for (const q of qs) expect(q?.lang).toBe('es');
    expect(new Set(qs.map((q) => q!.id))).toEqual(new Set(loadBank().map((q) => q.id)));
  });

  it('fetches the top 3 results linked from the results list, and nothing from a no-results page', () => {
    expect(new Set(fdArticles())).toEqual(new Set([48000710001, 48000710002, 48000710003, 48000720001]));
    const answers = rows.filter((r) => r.exchange_id === 'fdx' && r.channel === 'search' && r.url.includes('/solutions/articles/'));
    expect(answers).toHaveLength(4);
  });

  it('never fetches navigation, folder or ticket links as answers', () => {
    const bad = fd.hits.filter((h) => /\/support\/(solutions\/folders|tickets|login|signup)/.test(h.url.pathname));
    expect(bad).toHaveLength(0);
  });

  it('grades the Spanish articles into knowledge and multilingual', () => {
    const x = exReport('fdx');
    expect(x.channels.search!.searches).toBe(10);
    expect(x.channels.search!.failed).toBe(0);
    expect(x.channels.search!.withResults).toBe(2);
    expect(x.criteria.knowledge.score).not.toBeNull();
    expect(x.criteria.knowledge.reasons[0]).toMatch(/\(searched in es\)/);
    expect(x.criteria.knowledge.reasons.join('\n')).toMatch(/no article found in any language for /);
    expect(x.criteria.multilingual.reasons.join('\n')).toMatch(/search answered 2 of 10 non-English questions/);
  });
});

describe('Freshdesk portal that serves only /support/search', () => {
  it('asks the search form\'s target after one 404, then goes there directly, and grades the answers', () => {
    const solutions = fdForm.hits.filter((h) => h.url.pathname === '/support/search/solutions');
    const form = fdForm.hits.filter((h) => h.url.pathname === '/support/search');
    expect(solutions.length).toBeGreaterThanOrEqual(1);
    expect(solutions.length).toBeLessThanOrEqual(4); // per-host concurrency 4: at most the first wave
    expect(new Set(form.map((h) => questionFor(h.url.searchParams.get('term') ?? '')?.id))).toEqual(new Set(loadBank().map((q) => q.id)));
    const x = exReport('fdformx');
    expect(x.channels.search!.searches).toBe(10);
    expect(x.channels.search!.failed).toBe(0);
    expect(x.channels.search!.withResults).toBe(2);
    expect(x.criteria.knowledge.score).not.toBeNull();
  });
});

describe('custom help center through helpCenter.searchUrl', () => {
  const cSearches = () => custom.hits.filter((h) => h.url.pathname === '/help/search');
  const cArticles = () => custom.hits.filter((h) => h.url.pathname.startsWith('/help/articles/'));

  it('fills {query} and {locale} for every bank question in each language the site offers', () => {
    const pairs = cSearches().map((h) => {
      const q = questionFor(h.url.searchParams.get('q') ?? '');
      return `${q?.id}|${q?.lang}|${h.url.searchParams.get('lang')}`;
    });
    const expected = loadBank().flatMap((q) => [`${q.id}|en|en`, `${q.id}|tr|tr`]);
    expect(new Set(pairs)).toEqual(new Set(expected));
  });

  it('fetches the top 3 result links (and not the header menu) for each language', () => {
    const got = new Set(cArticles().map((h) => `${h.url.pathname}?${h.url.searchParams.get('hl')}`));
    const want = new Set([
      ...CUSTOM_RESULTS['enable-2fa']!.en!.slice(0, 3).map((s) => `/help/articles/${s}?en`),
      ...CUSTOM_RESULTS['enable-2fa']!.tr!.slice(0, 3).map((s) => `/help/articles/${s}?tr`),
    ]);
    expect(got).toEqual(want);
    expect(custom.hits.some((h) => h.url.pathname === CUSTOM_OTHER_ARTICLE || h.url.pathname === '/help/contact')).toBe(false);
  });

  it('reports the graded answers', () => {
    const x = exReport('customx');
    expect(x.channels.search!.searches).toBe(20);
    expect(x.channels.search!.withResults).toBe(2);
    expect(x.criteria.knowledge.reasons[0]).toMatch(/\(searched in en, tr\)/);
    expect(x.criteria.multilingual.reasons.join('\n')).toMatch(/search answered 1 of 10 non-English questions/);
  });
});
