/**
 * The built-in catalog: the exchanges measured when no config file is given.
 *
 * URLs only. A channel is listed only where its URL was confirmed; nothing is guessed, and
 * no `platform` is ever set here (it is detected from the page at probe time). Social
 * accounts are written in the canonical form the config schema produces.
 *
 * Sources, per exchange, in the comment above it. "code:" means the URL appears in public
 * source repositories (found with the search tool's code index); "pages:" means stored public
 * web pages; "awesome-list" means tokenearly/awesome-crypto-listing-alerts (README, 2026-09),
 * a curated table of exchanges' official announcement pages, Telegram channels and X accounts;
 * "well-known" means not re-confirmed here but long established.
 */
import type { Config, ExchangeConfig } from '../types/config.js';
import { parseConfig } from './parse.js';

export const CATALOG_SOURCE = 'built-in catalog';

export const CATALOG: ExchangeConfig[] = [
  // LBank. Help center: pages (www.lbank.com/support/articles/… in many locales, incl. pt-BR, vi-VN, fa;
  // the old Zendesk support.lbank.com/hc articles moved there) and code (announcement scrapers use
  // https://www.lbank.com/support). Domain: LBank's own anti-phishing article ("the only official
  // LBank domain is www.lbank.com"). Telegram: LBank's FAQ ("official English community … t.me/LBankinfo"),
  // quoted on pages. X: code (several project registries list x.com/LBank_Exchange).
  {
    id: 'lbank',
    name: 'LBank',
    languages: ['en', 'zh', 'ru', 'ko', 'vi', 'pt', 'fa'],
    domains: ['lbank.com'],
    channels: {
      helpCenter: { url: 'https://www.lbank.com/support' },
      social: { telegram: 'https://t.me/LBankinfo', x: 'https://x.com/LBank_Exchange' },
    },
  },
  // Bithumb. Help center: code (many repos cite support.bithumb.com/hc/ko/articles/…; a support bot's
  // constant BITHUMB_SUPPORT_URL = https://support.bithumb.com/hc/ko). Phone: pages (Korean guides to
  // Bithumb's 24/7 main line 1661-5566, dialled domestically). X: awesome-list (@BithumbOfficial).
  {
    id: 'bithumb',
    name: 'Bithumb',
    languages: ['ko', 'en'],
    domains: ['bithumb.com'],
    channels: {
      helpCenter: { url: 'https://support.bithumb.com/hc/ko' },
      phone: { number: '+82 1661 5566' },
      social: { x: 'https://x.com/BithumbOfficial' },
    },
  },
  // Binance. FAQ: code (many repos link https://www.binance.com/en/support/faq). Chat: code (a page
  // listing "Binance - Suporte: https://www.binance.com/pt-BR/chat"; /en/chat is the same page in
  // English, well-known). Binance runs no status page (code: an exchange-docs survey, "Status: No
  // dedicated page"). Telegram and X: awesome-list. Reddit: code (token metadata). Facebook,
  // LinkedIn: code (a site footer), well-known.
  {
    id: 'binance',
    name: 'Binance',
    languages: ['en', 'zh', 'ru', 'es', 'fr', 'de', 'pt', 'it', 'pl', 'uk', 'tr', 'vi', 'id', 'ar', 'ja'],
    domains: ['binance.com'],
    channels: {
      helpCenter: { url: 'https://www.binance.com/en/support/faq' },
      chat: { url: 'https://www.binance.com/en/chat' },
      social: {
        telegram: 'https://t.me/binanceexchange',
        x: 'https://x.com/binance',
        facebook: 'https://www.facebook.com/binance',
        reddit: 'https://www.reddit.com/r/binance',
        linkedin: 'https://www.linkedin.com/company/binance',
      },
    },
  },
  // Coinbase. Help center: code (site footers link https://help.coinbase.com/en). Status: Atlassian
  // Statuspage at status.coinbase.com (code: Statuspage API clients; an exchange-docs survey
  // "verified live"). X, LinkedIn: code (several listings).
  {
    id: 'coinbase',
    name: 'Coinbase',
    languages: ['en', 'es', 'fr', 'de', 'it', 'pt'],
    domains: ['coinbase.com'],
    channels: {
      helpCenter: { url: 'https://help.coinbase.com/en' },
      status: { url: 'https://status.coinbase.com' },
      social: { x: 'https://x.com/coinbase', linkedin: 'https://www.linkedin.com/company/coinbase' },
    },
  },
  // Kraken. Support center: code (https://support.kraken.com, also as /hc/en-us). Status: Atlassian
  // Statuspage at status.kraken.com (code: clients of its /api/v2 and history.rss). E-mail:
  // code (support@kraken.com in many places). X: code (x.com/krakenfx).
  {
    id: 'kraken',
    name: 'Kraken',
    languages: ['en', 'es', 'fr', 'de', 'it', 'pt'],
    domains: ['kraken.com'],
    channels: {
      helpCenter: { url: 'https://support.kraken.com' },
      status: { url: 'https://status.kraken.com' },
      email: { address: 'support@kraken.com' },
      social: { x: 'https://x.com/krakenfx' },
    },
  },
  // OKX. Help center: code (https://www.okx.com/help, used by announcement scrapers). Telegram and X:
  // awesome-list. (A status.okx.com Statuspage is referenced in code but not confirmed: left out.)
  {
    id: 'okx',
    name: 'OKX',
    languages: ['en', 'zh', 'ru', 'es', 'fr', 'pt', 'tr', 'vi', 'id'],
    domains: ['okx.com'],
    channels: {
      helpCenter: { url: 'https://www.okx.com/help' },
      social: { telegram: 'https://t.me/OKXOfficial_English', x: 'https://x.com/okx' },
    },
  },
  // Bybit. Help center: code (https://www.bybit.com/en/help-center). Telegram and X: awesome-list.
  {
    id: 'bybit',
    name: 'Bybit',
    languages: ['en', 'zh', 'ru', 'es', 'pt', 'vi', 'ja', 'tr'],
    domains: ['bybit.com'],
    channels: {
      helpCenter: { url: 'https://www.bybit.com/en/help-center' },
      social: { telegram: 'https://t.me/BybitEnglish', x: 'https://x.com/Bybit_Official' },
    },
  },
  // KuCoin. Help center: code (https://www.kucoin.com/support). E-mail: code (support@kucoin.com,
  // incl. KuCoin's own front-end list of regional support addresses). Telegram and X: awesome-list.
  {
    id: 'kucoin',
    name: 'KuCoin',
    languages: ['en', 'zh', 'ru', 'es', 'fr', 'de', 'pt', 'tr', 'vi', 'ko', 'ja'],
    domains: ['kucoin.com'],
    channels: {
      helpCenter: { url: 'https://www.kucoin.com/support' },
      email: { address: 'support@kucoin.com' },
      social: { telegram: 'https://t.me/Kucoin_Exchange', x: 'https://x.com/kucoincom' },
    },
  },
  // Gemini. Help center: code (https://support.gemini.com/hc/en-us). Status: Atlassian Statuspage at
  // status.gemini.com (code: Gemini's own API error text "Please check https://status.gemini.com/";
  // an incident tracker "platform: statuspage"). X: code (twitter.com/Gemini).
  {
    id: 'gemini',
    name: 'Gemini',
    languages: ['en'],
    domains: ['gemini.com'],
    channels: {
      helpCenter: { url: 'https://support.gemini.com/hc/en-us' },
      status: { url: 'https://status.gemini.com' },
      social: { x: 'https://x.com/Gemini' },
    },
  },
  // Bitstamp. Support: code (https://www.bitstamp.net/support/ in several link lists). Status:
  // Statuspage at status.bitstamp.net (code: clients of its /api/v2 incidents). E-mail: code
  // (support@bitstamp.net, incl. Bitstamp's OpenAPI contact and its own front-end). X: code.
  {
    id: 'bitstamp',
    name: 'Bitstamp',
    languages: ['en'],
    domains: ['bitstamp.net'],
    channels: {
      helpCenter: { url: 'https://www.bitstamp.net/support/' },
      status: { url: 'https://status.bitstamp.net' },
      email: { address: 'support@bitstamp.net' },
      social: { x: 'https://x.com/Bitstamp' },
    },
  },
  // Bitfinex. Help center: code (https://support.bitfinex.com, articles under /hc/en-us). Status:
  // Statuspage at bitfinex.statuspage.io (code: Bitfinex's own bfx-report-ui links it). X: well-known.
  {
    id: 'bitfinex',
    name: 'Bitfinex',
    languages: ['en', 'zh', 'ru', 'es', 'pt'],
    domains: ['bitfinex.com'],
    channels: {
      helpCenter: { url: 'https://support.bitfinex.com' },
      status: { url: 'https://bitfinex.statuspage.io' },
      social: { x: 'https://x.com/bitfinex' },
    },
  },
  // Gate (formerly Gate.io, now gate.com). Help center: code (https://www.gate.com/help).
  // X: awesome-list (@gate_io). The awesome-list names no official Telegram: left out.
  {
    id: 'gate',
    name: 'Gate',
    languages: ['en', 'zh', 'ru', 'es', 'fr', 'pt', 'tr', 'vi', 'ja', 'ko'],
    domains: ['gate.com', 'gate.io'],
    channels: {
      helpCenter: { url: 'https://www.gate.com/help' },
      social: { x: 'https://x.com/gate_io' },
    },
  },
  // HTX (formerly Huobi). Support center: code (https://www.htx.com/support/). Status: Statuspage at
  // htx.statuspage.io (code: an exchange-docs survey, "verified live"; status.huobigroup.com is dead).
  // X: awesome-list (@HTX_Global).
  {
    id: 'htx',
    name: 'HTX',
    languages: ['en', 'zh', 'ru', 'ko', 'vi', 'tr'],
    domains: ['htx.com'],
    channels: {
      helpCenter: { url: 'https://www.htx.com/support/' },
      status: { url: 'https://htx.statuspage.io' },
      social: { x: 'https://x.com/HTX_Global' },
    },
  },
  // MEXC. Help center: code (https://www.mexc.com/support, "Help Center" in site footers).
  // Telegram and X: awesome-list.
  {
    id: 'mexc',
    name: 'MEXC',
    languages: ['en', 'zh', 'ru', 'es', 'fr', 'pt', 'tr', 'vi', 'ko', 'ja'],
    domains: ['mexc.com'],
    channels: {
      helpCenter: { url: 'https://www.mexc.com/support' },
      social: { telegram: 'https://t.me/MEXCEnglish', x: 'https://x.com/MEXC_Official' },
    },
  },
  // Bitget. Help center: code (https://www.bitget.com/support). Telegram and X: awesome-list.
  {
    id: 'bitget',
    name: 'Bitget',
    languages: ['en', 'zh', 'ru', 'es', 'fr', 'de', 'pt', 'tr', 'vi', 'ja'],
    domains: ['bitget.com'],
    channels: {
      helpCenter: { url: 'https://www.bitget.com/support' },
      social: { telegram: 'https://t.me/BitgetENOfficial', x: 'https://x.com/bitget' },
    },
  },
  // Upbit. Help center: code (support.upbit.com/hc/ko/articles/… cited for fees and guides).
  // X: awesome-list (@Official_Upbit).
  {
    id: 'upbit',
    name: 'Upbit',
    languages: ['ko'],
    domains: ['upbit.com'],
    channels: {
      helpCenter: { url: 'https://support.upbit.com/hc/ko' },
      social: { x: 'https://x.com/Official_Upbit' },
    },
  },
];

/** The built-in catalog as a validated config (fresh objects on every call). */
export function catalogConfig(): Config {
  return parseConfig({ exchanges: CATALOG }, CATALOG_SOURCE);
}
