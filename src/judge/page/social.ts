/**
 * Official social channels linked from the page, by network.
 *
 * Why it matters (channels, transparency): Telegram, X, Discord and the rest are
 * support and announcement channels users rely on, and the official links are how
 * a user tells the real channel from an impostor. Share buttons ("tweet this",
 * Facebook sharer) are not channels and are ignored; URLs are canonicalised so the
 * same channel linked twice counts once.
 */
import type { SocialNetwork } from '../../types/facts.js';
import type { PageAnchor } from './document.js';
import { memoByUrl } from './site.js';

const MAX_PER_NETWORK = 20;

interface NetworkRule {
  network: SocialNetwork;
  host: RegExp;
  /** Paths that are share/intent/login endpoints, not a channel. */
  notChannel?: RegExp;
  /** The canonical form of a channel URL, or null when the path names no channel. */
  canonical?: (u: URL, segs: string[]) => string | null;
}

const stripTrailingSlash = (s: string): string => s.replace(/\/+$/, '');

function defaultCanonical(u: URL, segs: string[]): string | null {
  if (segs.length === 0) return null;
  const host = u.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
  return `https://${host}${stripTrailingSlash(u.pathname)}`;
}

/** defaultCanonical with the path lower-cased, for networks whose names ignore case. */
function lowerCanonical(u: URL, segs: string[]): string | null {
  const url = defaultCanonical(u, segs);
  return url === null ? null : url.toLowerCase();
}

const TELEGRAM_RESERVED = new Set(['share', 'iv', 'proxy', 'socks', 'addstickers', 'addemoji', 'setlanguage', 'login', 'confirmphone', 'addtheme', 'bg', 'invoice']);
const X_RESERVED = new Set(['intent', 'share', 'home', 'search', 'hashtag', 'i', 'login', 'signup', 'explore', 'settings', 'tos', 'privacy']);

const RULES: readonly NetworkRule[] = [
  {
    network: 'telegram',
    host: /^(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)$/i,
    canonical: (_u, segs) => {
      let s = segs;
      if (s[0] === 's') s = s.slice(1); // t.me/s/<channel> web preview
      const name = s[0];
      if (!name || TELEGRAM_RESERVED.has(name.toLowerCase())) return null;
      if (name === 'joinchat' || name === 'addlist') return s[1] ? `https://t.me/${name}/${s[1]}` : null;
      if (name.startsWith('+')) return `https://t.me/${name}`;
      if (!/^[A-Za-z][\w]{3,64}$/.test(name)) return null;
      return `https://t.me/${name.toLowerCase()}`;
    },
  },
  {
    network: 'x',
    host: /^(?:www\.|mobile\.|m\.)?(?:twitter\.com|x\.com)$/i,
    canonical: (_u, segs) => {
      const name = segs[0];
      if (!name || X_RESERVED.has(name.toLowerCase()) || !/^\w{1,30}$/.test(name)) return null;
      return `https://x.com/${name.toLowerCase()}`;
    },
  },
  {
    network: 'discord',
    host: /^(?:www\.)?(?:discord\.gg|discord\.com|discordapp\.com)$/i,
    canonical: (u, segs) => {
      const host = u.hostname.replace(/^www\./, '').toLowerCase();
      if (host === 'discord.gg') return segs[0] ? `https://discord.gg/${segs[0]}` : null;
      if (segs[0] === 'invite' && segs[1]) return `https://discord.gg/${segs[1]}`;
      return null;
    },
  },
  { network: 'facebook', host: /^(?:www\.|m\.|web\.)?(?:facebook\.com|fb\.com|fb\.me)$/i, notChannel: /^\/(?:sharer|share|dialog|plugins|login|tr)\b/i, canonical: (u, segs) => {
    if (segs[0] === 'profile.php') {
      const id = u.searchParams.get('id');
      return id && /^\d+$/.test(id) ? `https://facebook.com/profile.php?id=${id}` : null;
    }
    // Page names are case-insensitive on Facebook: "KestrelX" and "kestrelx" are one page.
    return lowerCanonical(u, segs.slice(0, 2));
  } },
  { network: 'instagram', host: /^(?:www\.)?instagram\.com$/i, notChannel: /^\/(?:accounts|explore|p\/|reel\/)/i, canonical: (u, segs) => (segs[0] ? `https://instagram.com/${segs[0].toLowerCase()}` : null) },
  { network: 'youtube', host: /^(?:www\.|m\.)?(?:youtube\.com|youtu\.be)$/i, notChannel: /^\/(?:watch|embed|shorts|results|share)\b/i, canonical: (u, segs) => {
    const first = segs[0];
    if (!first || u.hostname.toLowerCase().endsWith('youtu.be')) return null;
    // Channel ids (/channel/UC…) are case-sensitive; handles, /c/ and /user/ names are not.
    if (first === 'channel') return segs[1] ? `https://youtube.com/channel/${segs[1]}` : null;
    if (first.startsWith('@')) return `https://youtube.com/${first.toLowerCase()}`;
    if ((first === 'c' || first === 'user') && segs[1]) return `https://youtube.com/${first}/${segs[1].toLowerCase()}`;
    return /^[\w.-]{3,100}$/.test(first) ? `https://youtube.com/${first.toLowerCase()}` : null;
  } },
  { network: 'linkedin', host: /^(?:[a-z]{2,3}\.|www\.)?linkedin\.com$/i, notChannel: /^\/(?:shareArticle|sharing|cws\/share|feed|login|signup)\b/i, canonical: (u, segs) => {
    const host = 'linkedin.com';
    if ((segs[0] === 'company' || segs[0] === 'showcase' || segs[0] === 'in' || segs[0] === 'school') && segs[1]) return `https://${host}/${segs[0]}/${segs[1].toLowerCase()}`;
    return defaultCanonical(u, segs);
  } },
  { network: 'reddit', host: /^(?:www\.|old\.|new\.)?reddit\.com$/i, notChannel: /^\/(?:submit|login|search)\b|\/submit\b/i, canonical: (_u, segs) => {
    // Subreddit and user names are case-insensitive: r/KestrelX is r/kestrelx.
    const kind = segs[0]?.toLowerCase();
    if ((kind === 'r' || kind === 'u' || kind === 'user') && segs[1]) return `https://reddit.com/${kind === 'user' ? 'u' : kind}/${segs[1].toLowerCase()}`;
    return null;
  } },
  { network: 'tiktok', host: /^(?:www\.|m\.)?tiktok\.com$/i, notChannel: /^\/(?:share|embed|login|search)\b/i },
  { network: 'medium', host: /^(?:[\w-]+\.)?medium\.com$/i, notChannel: /^\/(?:m\/|plans|search)\b/i, canonical: (u, segs) => {
    const host = u.hostname.toLowerCase().replace(/^www\./, '');
    if (host === 'medium.com') return segs[0] ? `https://medium.com/${segs[0].toLowerCase()}` : null;
    return `https://${host}`;
  } },
  { network: 'vk', host: /^(?:www\.|m\.)?(?:vk\.com|vk\.ru|vkontakte\.ru)$/i, notChannel: /^\/(?:share\.php|login|away\.php)\b/i },
  { network: 'weibo', host: /^(?:www\.)?(?:weibo\.com|weibo\.cn)$/i, notChannel: /^\/(?:share|login)\b/i },
  { network: 'wechat', host: /^(?:mp\.)?weixin\.qq\.com$/i },
  { network: 'line', host: /^(?:page\.)?line\.me$/i, notChannel: /^\/(?:R\/msg|R\/share|share|lineit)\b/i },
  { network: 'kakao', host: /^(?:pf|open)\.kakao\.com$/i },
  { network: 'naver', host: /^(?:m\.)?blog\.naver\.com$/i },
];

/** Share hosts that are never a channel, whatever the path (social-plugins.line.me, service.weibo.com/share …). */
const SHARE_HOSTS = /^(?:social-plugins\.line\.me|service\.weibo\.com|share\.twitter\.com|api\.whatsapp\.com)$/i;

/** The network and canonical channel URL an http(s) link points to, or null (asked once per URL). */
export const classifySocialUrl: (u: URL) => Readonly<{ network: SocialNetwork; url: string }> | null = memoByUrl(socialChannel);

function socialChannel(u: URL): { network: SocialNetwork; url: string } | null {
  if (SHARE_HOSTS.test(u.hostname)) return null;
  for (const r of RULES) {
    if (!r.host.test(u.hostname)) continue;
    if (r.notChannel?.test(u.pathname)) return null;
    if (/\/intent\/|\/share(?:\/|\?|$)|[?&](?:u|url|text)=https?%3A/i.test(u.pathname + u.search) && r.network !== 'telegram') return null;
    const segs = u.pathname.split('/').filter(Boolean).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    const url = (r.canonical ?? defaultCanonical)(u, segs);
    return url ? { network: r.network, url } : null;
  }
  return null;
}

export function judgeSocial(anchors: readonly PageAnchor[]): Partial<Record<SocialNetwork, string[]>> {
  const out: Partial<Record<SocialNetwork, string[]>> = {};
  for (const a of anchors) {
    if (!a.url) continue;
    const hit = classifySocialUrl(a.url);
    if (!hit) continue;
    const list = (out[hit.network] ??= []);
    if (!list.includes(hit.url) && list.length < MAX_PER_NETWORK) list.push(hit.url);
  }
  for (const list of Object.values(out)) list?.sort();
  return out;
}
