/**
 * Official social accounts in the config: each network accepts a handle or a URL on the
 * network's own hosts, and is normalised to one canonical https URL, so collectors never
 * have to guess (`@binance`, `twitter.com/binance` and `https://x.com/binance/` all become
 * `https://x.com/binance`).
 */

export const SOCIAL_NETWORKS = [
  'telegram',
  'x',
  'discord',
  'facebook',
  'instagram',
  'youtube',
  'reddit',
  'linkedin',
] as const;
export type ConfigSocialNetwork = (typeof SOCIAL_NETWORKS)[number];

export type SocialCheck = { ok: true; url: string } | { ok: false; reason: string };

interface NetworkRule {
  /** What is expected, in words (after "expected "). */
  expected: string;
  hosts: readonly string[];
  /** A bare handle / code -> canonical URL, or undefined if `input` is not one. */
  fromHandle?: (input: string) => string | undefined;
  /** Path segments of a URL on one of `hosts` (plus the URL) -> canonical URL, or undefined. */
  fromUrl: (segments: string[], url: URL) => string | undefined;
}

const TELEGRAM_NAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const DISCORD_CODE = /^[A-Za-z0-9-]{2,32}$/;
const X_RESERVED = new Set(['i', 'home', 'intent', 'search', 'hashtag', 'share', 'explore', 'settings', 'messages']);

/**
 * The URL on the network's canonical host (`m.facebook.com`, `fb.com` -> `www.facebook.com`),
 * forced to https, without fragment, and with no trailing slash on a non-root path.
 */
function keepUrl(url: URL, canonicalHost: string): string {
  const copy = new URL(url.href);
  copy.protocol = 'https:';
  copy.hostname = canonicalHost;
  copy.port = '';
  copy.hash = '';
  let s = copy.href;
  if (copy.pathname.length > 1 && s.endsWith('/') && !copy.search) s = s.slice(0, -1);
  return s;
}

const RULES: Record<ConfigSocialNetwork, NetworkRule> = {
  telegram: {
    expected: 'a Telegram username ("@name") or a t.me URL',
    hosts: ['t.me', 'www.t.me', 'telegram.me', 'www.telegram.me', 'telegram.dog'],
    fromHandle: (s) => {
      const name = s.startsWith('@') ? s.slice(1) : s;
      return TELEGRAM_NAME.test(name) ? `https://t.me/${name}` : undefined;
    },
    fromUrl: (seg) => {
      const [a, b] = seg;
      if (a === 's' && b && TELEGRAM_NAME.test(b)) return `https://t.me/${b}`;
      if (a === 'joinchat' && b && /^[A-Za-z0-9_-]+$/.test(b)) return `https://t.me/joinchat/${b}`;
      if (a && /^\+[A-Za-z0-9_-]+$/.test(a)) return `https://t.me/${a}`;
      if (a && TELEGRAM_NAME.test(a)) return `https://t.me/${a}`;
      return undefined;
    },
  },
  x: {
    expected: 'an X handle ("@name") or an x.com / twitter.com URL',
    hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
    fromHandle: (s) => {
      const name = s.startsWith('@') ? s.slice(1) : s;
      return X_HANDLE.test(name) ? `https://x.com/${name}` : undefined;
    },
    fromUrl: (seg) => {
      const [a] = seg;
      return a && X_HANDLE.test(a) && !X_RESERVED.has(a.toLowerCase()) ? `https://x.com/${a}` : undefined;
    },
  },
  discord: {
    expected: 'a Discord invite code or a discord.gg / discord.com/invite URL',
    hosts: ['discord.gg', 'www.discord.gg', 'discord.com', 'www.discord.com', 'discordapp.com', 'www.discordapp.com'],
    fromHandle: (s) => (DISCORD_CODE.test(s) ? `https://discord.gg/${s}` : undefined),
    fromUrl: (seg, url) => {
      const gg = url.hostname.endsWith('discord.gg');
      const code = gg ? seg[0] : seg[0] === 'invite' ? seg[1] : undefined;
      return code && DISCORD_CODE.test(code) ? `https://discord.gg/${code}` : undefined;
    },
  },
  facebook: {
    expected: 'a facebook.com URL',
    hosts: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'fb.com', 'www.fb.com'],
    fromUrl: (seg, url) => (seg.length > 0 ? keepUrl(url, 'www.facebook.com') : undefined),
  },
  instagram: {
    expected: 'an Instagram username ("@name") or an instagram.com URL',
    hosts: ['instagram.com', 'www.instagram.com'],
    fromHandle: (s) => {
      const name = s.startsWith('@') ? s.slice(1) : s;
      return /^[A-Za-z0-9_.]{1,30}$/.test(name) && !/^\.|\.$/.test(name) ? `https://www.instagram.com/${name}` : undefined;
    },
    fromUrl: (seg, url) => (seg.length > 0 ? keepUrl(url, 'www.instagram.com') : undefined),
  },
  youtube: {
    expected: 'a YouTube handle ("@name") or a youtube.com URL',
    hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com'],
    fromHandle: (s) => (/^@[A-Za-z0-9_.-]{3,30}$/.test(s) ? `https://www.youtube.com/${s}` : undefined),
    fromUrl: (seg, url) => (seg.length > 0 ? keepUrl(url, 'www.youtube.com') : undefined),
  },
  reddit: {
    expected: 'a subreddit ("r/name") or a reddit.com URL',
    hosts: ['reddit.com', 'www.reddit.com', 'old.reddit.com'],
    fromHandle: (s) => {
      const m = /^\/?(r|u|user)\/([A-Za-z0-9_]{2,21})\/?$/.exec(s);
      return m ? `https://www.reddit.com/${m[1]}/${m[2]}` : undefined;
    },
    fromUrl: (seg, url) => (seg.length > 0 ? keepUrl(url, 'www.reddit.com') : undefined),
  },
  linkedin: {
    expected: 'a linkedin.com URL',
    hosts: ['linkedin.com', 'www.linkedin.com'],
    fromUrl: (seg, url) => (seg.length > 0 ? keepUrl(url, 'www.linkedin.com') : undefined),
  },
};

/** Validates one social entry and returns its canonical URL. */
export function checkSocial(network: ConfigSocialNetwork, input: string): SocialCheck {
  const rule = RULES[network];
  const fail = (): SocialCheck => ({ ok: false, reason: `expected ${rule.expected}, got ${JSON.stringify(input)}` });
  const s = input.trim();
  if (!s) return fail();

  // A URL written without its scheme ("x.com/binance") is still clearly a URL.
  const lower = s.toLowerCase();
  const bareHost = rule.hosts.some((h) => lower.startsWith(`${h}/`));
  const looksLikeUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || bareHost;
  if (!looksLikeUrl) {
    const url = rule.fromHandle?.(s);
    return url ? { ok: true, url } : fail();
  }

  let url: URL;
  try {
    url = new URL(bareHost ? `https://${s}` : s);
  } catch {
    return fail();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail();
  if (url.username || url.password) return fail();
  if (!rule.hosts.includes(url.hostname.toLowerCase())) return fail();
  const segments = url.pathname.split('/').filter(Boolean).map((p) => decodeURIComponentSafe(p));
  const canonical = rule.fromUrl(segments, url);
  return canonical ? { ok: true, url: canonical } : fail();
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
