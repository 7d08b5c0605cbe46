/**
 * Live-chat providers whose widget the page actually loads.
 *
 * Why it matters (channels, availability): live chat is the fastest support channel,
 * and later probes drive the detected widget. Only a loaded widget counts: a
 * <script src>/<iframe src> from the provider, or an inline loader that injects one
 * (or calls the provider's boot API). A mention is not a widget: every Zendesk help
 * center carries the widget URL in its HelpCenter.internal JSON, with or without a
 * widget; URLs in text, links, JSON blocks, comments and <template>s do not count.
 */
import type { ChatProvider } from '../../types/facts.js';
import type { LoadedPage } from './document.js';
import { hasAncestor } from './document.js';
import { resolveHttpUrl } from './site.js';

interface ProviderRule {
  id: ChatProvider;
  /** Matches the host+path of a script or iframe URL that is the widget (or its loader). */
  src: RegExp;
  /** Script ids the provider's official snippet uses. */
  scriptIds?: readonly string[];
  /** Calls that boot an already-present loader (counted on their own). */
  boot?: RegExp;
}

const RULES: readonly ProviderRule[] = [
  {
    id: 'zendesk',
    src: /(?:^|\/\/)(?:static|ekr)\.zdassets\.com\/ekr\/|assets\.zendesk\.com\/embeddable_framework\/|(?:^|\/\/)v2\.zopim\.com\//i,
    scriptIds: ['ze-snippet'],
  },
  {
    id: 'intercom',
    src: /(?:^|\/\/)widget\.intercom\.io\/widget\/|(?:^|\/\/)js(?:\.[a-z]{2})?\.intercomcdn\.(?:com|eu)\//i,
    boot: /\bIntercom\s*\(\s*['"`]boot['"`]/,
  },
  {
    id: 'freshchat',
    src: /(?:^|\/\/)wchat\.(?:[a-z]{2}\.)?freshchat\.com\/|(?:^|\/\/)(?:[a-z]{2,3}\.)?fw-cdn\.com\//i,
    boot: /\bfcWidget\s*\.\s*init\s*\(/,
  },
  { id: 'livechat', src: /(?:^|\/\/)(?:cdn|secure)\.livechatinc\.com\//i },
  { id: 'tawkto', src: /(?:^|\/\/)embed\.tawk\.to\//i },
  { id: 'crisp', src: /(?:^|\/\/)client\.crisp\.chat\//i },
  { id: 'channeltalk', src: /(?:^|\/\/)cdn\.channel\.io\//i, boot: /\bChannelIO\s*\(\s*['"`]boot['"`]/ },
  {
    id: 'salesforce',
    src: /\/embeddedservice\/[\d.]+\/esw(?:\.min)?\.js|\/ESW\w*\/assets\/js\/bootstrap(?:\.min)?\.js|salesforceliveagent\.com\//i,
    boot: /\bembeddedservice_bootstrap\s*\.\s*init\s*\(|\bembedded_svc\s*\.\s*init\s*\(/,
  },
  { id: 'hubspot', src: /(?:^|\/\/)js(?:-[a-z0-9]+)?\.(?:hs-scripts|usemessages)\.com\//i, scriptIds: ['hs-script-loader'] },
  { id: 'drift', src: /(?:^|\/\/)js\.driftt?\.com\//i, boot: /\bdrift\s*\.\s*load\s*\(/ },
  {
    id: 'zohosalesiq',
    src: /(?:^|\/\/)(?:[\w-]+\.)?salesiq\.zoho(?:public)?\.(?:com|eu|in|com\.au|jp|com\.cn|sa)\/|(?:^|\/\/)js\.zohocdn\.com\/salesiq\//i,
    scriptIds: ['zsiqscript'],
  },
  {
    id: 'liveperson',
    src: /(?:^|\/\/)lptag\.liveperson\.net\/|(?:^|\/\/)(?:[\w-]+\.)?lpsnmedia\.net\/|(?:^|\/\/)lpcdn\.lpsnmedia\.net\//i,
    boot: /\blpTag\s*\.\s*_tagCount\b|window\.lpTag\s*=\s*window\.lpTag\s*\|\|/,
  },
  // Regional and smaller providers that exchanges use: MeiQia (China), JivoChat (Russia and
  // beyond), Goftino (Iran), and Tidio, Chatwoot, Smartsupp, Olark.
  { id: 'meiqia', src: /(?:^|\/\/)static\.meiqia\.com\/(?:widget|dist)\//i, boot: /\b_MEIQIA\s*\(\s*['"`]entId['"`]/ },
  { id: 'jivochat', src: /(?:^|\/\/)code\.(?:jivosite\.com|jivo\.ru|jivochat\.com)\/(?:widget|script)\//i },
  { id: 'goftino', src: /(?:^|\/\/)www\.goftino\.com\/widget\//i },
  { id: 'tidio', src: /(?:^|\/\/)code\.tidio\.co\//i },
  { id: 'chatwoot', src: /\/packs\/js\/sdk\.js/i, boot: /\bchatwootSDK\s*\.\s*run\s*\(/ },
  { id: 'smartsupp', src: /(?:^|\/\/)www\.smartsuppchat\.com\/loader\.js/i, boot: /\bsmartsupp\s*\(\s*['"`]/ },
  { id: 'olark', src: /(?:^|\/\/)static\.olark\.com\/jsclient\//i, boot: /\bolark\.identify\s*\(/ },
];

const INERT = new Set(['template', 'noscript']);

/** Code that puts a script or frame into the document. */
const INJECTS = /createElement\s*\(|\.src\s*=|setAttribute\s*\(\s*['"`]src['"`]|document\.write\s*\(|insertBefore\s*\(|appendChild\s*\(|\.append\s*\(|\bimport\s*\(/;

/**
 * Inline code with data removed: block and line comments, and JSON-style
 * `"key": "string"` pairs (configuration values such as HelpCenter.internal's
 * `"web_widget_asset_composer_url": "https://static.zdassets.com/ekr/snippet.js"`).
 */
export function codeWithoutData(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:'"`\\/])\/\/[^\n]*/g, '$1')
    .replace(/"(?:[^"\\\n]|\\.){0,200}"\s*:\s*"(?:[^"\\\n]|\\.)*"/g, '""');
}

function providerUrl(u: URL | null): string {
  return u ? `//${u.host}${u.pathname}` : '';
}

/** Chat providers loaded by the page, in a stable order (the order of RULES). */
export function detectChatProviders(page: LoadedPage): ChatProvider[] {
  const found = new Set<ChatProvider>();
  const scripts = page.scripts();

  for (const s of scripts) {
    if (s.src) {
      const target = providerUrl(s.src);
      for (const r of RULES) if (r.src.test(target) || (s.id !== '' && r.scriptIds?.includes(s.id))) found.add(r.id);
      continue;
    }
    const code = codeWithoutData(s.code);
    if (code.trim() === '') continue;
    const injects = INJECTS.test(code);
    for (const r of RULES) {
      if (r.boot?.test(code)) found.add(r.id);
      else if (injects && r.src.test(code.replace(/\\\//g, '/'))) found.add(r.id);
    }
  }

  for (const el of page.elementsNamed('iframe')) {
    if (el.attribs['src'] === undefined || hasAncestor(el, INERT)) continue;
    const target = providerUrl(resolveHttpUrl(el.attribs['src'], page.base));
    for (const r of RULES) if (r.src.test(target)) found.add(r.id);
  }

  return RULES.map((r) => r.id).filter((id) => found.has(id));
}
