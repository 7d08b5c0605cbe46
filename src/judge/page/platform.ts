/**
 * Which help-center platform serves the page, with the evidence for the verdict.
 *
 * Why it matters: the platform decides which probes apply (the Zendesk Help Center
 * search API, Freshdesk solutions URLs…) and how the crawl reads URLs. It is
 * detected from the page itself, never trusted from config: a page that merely
 * links to someone's Zendesk, or loads a Zendesk chat widget, is not a Zendesk
 * help center. Each signal has a weight (strong 3, medium 2, weak 1); a platform
 * needs 3 points, so no single weak or medium hint decides.
 */
import type { Element } from 'domhandler';
import type { HelpPlatform } from '../../types/facts.js';
import type { LoadedPage } from './document.js';
import { hasClass } from './document.js';
import { foldForMatch } from './normalize.js';
import { decodedPath, isSameSite, resolveHttpUrl } from './site.js';

export interface PlatformVerdict {
  platform: HelpPlatform;
  evidence: string[];
}

type Named = Exclude<HelpPlatform, 'other'>;

/** Tie-break order (also the order evidence is gathered in). */
const PLATFORMS: readonly Named[] = ['zendesk', 'freshdesk', 'intercom', 'salesforce', 'zohodesk', 'helpscout'];

const STRONG = 3;
const MEDIUM = 2;
const WEAK = 1;
const THRESHOLD = 3;
/** Same-site links of a platform's URL shape needed for the weak "links" signal. */
const MIN_SHAPED_LINKS = 3;

const PATH_SHAPES: Record<Named, RegExp> = {
  zendesk: /^\/hc\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})?\/)?(?:categories|sections|articles|requests|search|community)(?:\/|$)|^\/hc\/[a-z]{2,3}(?:-[a-z0-9]{2,8})?\/?$/i,
  freshdesk: /^(?:\/[a-z]{2}(?:-[a-z]{2})?)?\/support\/(?:solutions|tickets|home|discussions)(?:\/|$)/i,
  intercom: /^\/(?:[a-z]{2,3}(?:-[a-z0-9]{2,4})?\/)?(?:articles|collections)\/\d+-/i,
  salesforce: /^\/(?:[\w-]+\/)?s\/(?:article|topic|topiccatalog|knowledge|contactsupport)(?:\/|$)/i,
  zohodesk: /^\/portal\/[a-z]{2}(?:-[a-z]{2})?\/(?:kb|home|newticket|community)(?:\/|$)/i,
  helpscout: /^\/(?:article|collection|category)\/\d+-/i,
};

const PATH_LABELS: Record<Named, string> = {
  zendesk: '/hc/<locale>/ page path',
  freshdesk: '/support/solutions page path',
  intercom: '/<locale>/articles|collections/<id>- page path',
  salesforce: '/s/article page path',
  zohodesk: '/portal/<locale>/kb page path',
  helpscout: '/article/<id>- page path',
};

/** Hosts on which only that platform's customers live. */
const HOSTS: Record<Named, RegExp> = {
  zendesk: /\.zendesk\.com$/i,
  freshdesk: /\.freshdesk\.com$/i,
  intercom: /\.intercom\.help$/i,
  salesforce: /\.(?:my\.site\.com|force\.com|my\.salesforce-sites\.com)$/i,
  zohodesk: /\.zohodesk\.(?:com|eu|in|com\.au|jp|com\.cn)$/i,
  helpscout: /\.helpscoutdocs\.com$/i,
};

/**
 * Asset URLs (scripts, stylesheets) that the platform's help-center pages load. Assets
 * that the platform also embeds on other sites (chat and feedback widgets, web-to-case
 * forms) are excluded: they say nothing about who serves the page.
 */
const ASSETS: Record<Named, { re: RegExp; exclude?: RegExp; weight: number }> = {
  zendesk: { re: /(?:^|\/\/)(?:[\w-]+\.)?zdassets\.com\/hc\/|\.zendesk\.com\/(?:auth\/v2\/host|hc\/)|\/hc\/theming_assets\//i, exclude: /\/ekr\//i, weight: STRONG },
  freshdesk: { re: /assets\d*\.freshdesk\.com|cdn\.freshdesk\.com|assetsfd\.|\/support\/theme\.(?:css|js)/i, exclude: /widget/i, weight: STRONG },
  intercom: { re: /static\.intercomassets\.com\/(?:ember|assets)\/help|intercom\.help\/_next\/|help-center\.intercomassets/i, weight: STRONG },
  salesforce: { re: /\/s\/sfsites\/|\/sfsites\/auraFW\/|\/auraFW\/javascript\/|\/webruntime\/|\.force\.com\//i, exclude: /embeddedservice|esw\.min|\/ESW\w*\/assets\/|liveagent/i, weight: STRONG },
  zohodesk: { re: /static\.zohocdn\.com\/zohodesk|desk\.zoho\.(?:com|eu|in|com\.au|jp)\/portal\//i, exclude: /asapApp|jqueryandencoder|WebToCase|asap/i, weight: MEDIUM },
  helpscout: { re: /helpscoutdocs\.com|docs\.helpscout\.net/i, weight: STRONG },
};

/** "Powered by" credits and platform-specific markup (class/id/data attributes, inline bootstraps). */
interface MarkupRule {
  label: string;
  weight: number;
  test: (page: LoadedPage) => boolean;
}

function anyInlineScript(page: LoadedPage, re: RegExp): boolean {
  return page.scripts().some((s) => s.src === null && re.test(s.code));
}

function anyLinkTo(page: LoadedPage, host: RegExp, textRe?: RegExp): boolean {
  return page.anchors().some((a) => a.url !== null && host.test(a.url.hostname) && (!textRe || textRe.test(foldForMatch(a.text))));
}

/** Some element passes `test` (an attribute selector, checked over the page's element list). */
function anyElement(page: LoadedPage, test: (el: Element, a: Record<string, string>) => boolean): boolean {
  return page.elements().some((el) => test(el, el.attribs));
}

/** The attribute is present and contains `part` (selector [name*="part"]). */
const contains = (value: string | undefined, part: string): boolean => value !== undefined && value.includes(part);

const MARKUP: Record<Named, MarkupRule[]> = {
  zendesk: [
    { label: 'HelpCenter JS object', weight: STRONG, test: (p) => anyInlineScript(p, /\bHelpCenter\s*(?:=\s*\{|\.(?:internal|account|user)\s*=)/) },
    { label: 'data-zendesk attribute', weight: MEDIUM, test: (p) => hasAttributePrefix(p, 'data-zendesk') },
    { label: '/hc/ search form', weight: MEDIUM, test: (p) => formActionMatches(p, /\/hc\/(?:[a-z-]+\/)?search/i) },
    { label: 'Powered by Zendesk', weight: MEDIUM, test: (p) => anyLinkTo(p, /(?:^|\.)zendesk\.com$/i, /zendesk/) },
  ],
  freshdesk: [
    // #fw-main-content, [data-freshdesk], .fw-search-form
    { label: '#fw-main-content markup', weight: MEDIUM, test: (p) => anyElement(p, (el, a) => a['id'] === 'fw-main-content' || a['data-freshdesk'] !== undefined || hasClass(el, 'fw-search-form')) },
    { label: 'Powered by Freshdesk', weight: MEDIUM, test: (p) => anyLinkTo(p, /(?:^|\.)(?:freshdesk|freshworks)\.com$/i, /freshdesk|freshworks/) },
    { label: '/support/search form', weight: MEDIUM, test: (p) => formActionMatches(p, /\/support\/search/i) },
  ],
  intercom: [
    { label: 'intercom-interblocks article markup', weight: STRONG, test: (p) => anyElement(p, (_, a) => contains(a['class'], 'intercom-interblocks')) },
    // [class*="intercom-help-center"], [id*="intercom-help-center"], [data-intercom-help-center]
    { label: 'intercom-help-center markup', weight: STRONG, test: (p) => anyElement(p, (_, a) => contains(a['class'], 'intercom-help-center') || contains(a['id'], 'intercom-help-center') || a['data-intercom-help-center'] !== undefined) },
    { label: 'We run on Intercom', weight: MEDIUM, test: (p) => anyLinkTo(p, /(?:^|\.)intercom\.com$/i) && p.anchors().some((a) => a.url?.pathname.startsWith('/intercom-link') || /run on intercom|powered by intercom/i.test(a.text)) },
  ],
  salesforce: [
    { label: 'siteforce community app', weight: STRONG, test: (p) => anyInlineScript(p, /siteforce:|"app"\s*:\s*"siteforce/) || anyElement(p, (_, a) => a['data-aura-rendered-by'] !== undefined || a['data-aura-class'] !== undefined) },
    { label: 'forceCommunity/forceKnowledge markup', weight: MEDIUM, test: (p) => anyElement(p, (_, a) => contains(a['class'], 'forceCommunity') || contains(a['class'], 'forceKnowledge')) },
    { label: 'Lightning Design System markup', weight: WEAK, test: (p) => p.elements().filter((el) => contains(el.attribs['class'], 'slds-')).length >= 3 },
  ],
  zohodesk: [
    { label: 'Zoho Desk portal markup', weight: WEAK, test: (p) => anyElement(p, (_, a) => contains(a['class'], 'zohodesk') || contains(a['id'], 'zohodesk') || a['data-zohodesk'] !== undefined) },
    { label: 'Powered by Zoho Desk', weight: MEDIUM, test: (p) => anyLinkTo(p, /(?:^|\.)zoho\.(?:com|eu|in|com\.au|jp)$/i, /zoho/) },
  ],
  helpscout: [
    { label: 'Powered by Help Scout', weight: STRONG, test: (p) => anyLinkTo(p, /(?:^|\.)helpscout\.(?:com|net)$/i, /help ?scout/) },
    // form#searchBar, #docsSearch, #serp-dd
    { label: 'Help Scout Docs search markup', weight: WEAK, test: (p) => anyElement(p, (el, a) => (el.name === 'form' && a['id'] === 'searchBar') || a['id'] === 'docsSearch' || a['id'] === 'serp-dd') },
  ],
};

function hasAttributePrefix(page: LoadedPage, prefix: string): boolean {
  const elements = page.elements();
  for (let i = 0; i < elements.length && i < 20_000; i++) {
    for (const name in elements[i]?.attribs) if (name.startsWith(prefix)) return true;
  }
  return false;
}

function formActionMatches(page: LoadedPage, re: RegExp): boolean {
  return page.elementsNamed('form').some((f) => {
    if (f.attribs['action'] === undefined) return false;
    const u = resolveHttpUrl(f.attribs['action'], page.base);
    return u !== null && isSameSite(u, page.url) && re.test(u.pathname);
  });
}

function assetUrls(page: LoadedPage): string[] {
  const out: string[] = [];
  for (const s of page.scripts()) if (s.src) out.push(s.src.href);
  for (const el of page.elementsNamed('link')) {
    if (el.attribs['href'] === undefined) continue;
    const rel = (el.attribs['rel'] ?? '').toLowerCase();
    if (!/stylesheet|preload|icon|modulepreload/.test(rel)) continue;
    const u = resolveHttpUrl(el.attribs['href'], page.base);
    if (u) out.push(u.href);
  }
  return out;
}

export function detectPlatform(page: LoadedPage): PlatformVerdict {
  const scores = new Map<Named, number>();
  const evidence = new Map<Named, string[]>();
  const note = (p: Named, weight: number, label: string): void => {
    scores.set(p, (scores.get(p) ?? 0) + weight);
    (evidence.get(p) ?? evidence.set(p, []).get(p))?.push(label);
  };

  const ownPath = decodedPath(page.url);
  const assets = assetUrls(page);
  const sameSiteLinks = page.anchors().filter((a) => a.url !== null && isSameSite(a.url, page.url));

  for (const p of PLATFORMS) {
    if (HOSTS[p].test(page.url.hostname)) note(p, MEDIUM, `${page.url.hostname} host`);
    if (PATH_SHAPES[p].test(ownPath)) note(p, MEDIUM, PATH_LABELS[p]);
    const rule = ASSETS[p];
    const asset = assets.find((u) => rule.re.test(u) && !rule.exclude?.test(u));
    if (asset) note(p, rule.weight, `${p} assets (${new URL(asset).hostname})`);
    for (const m of MARKUP[p]) if (m.test(page)) note(p, m.weight, m.label);
    const shaped = sameSiteLinks.filter((a) => a.url && PATH_SHAPES[p].test(decodedPath(a.url))).length;
    if (shaped >= MIN_SHAPED_LINKS) note(p, WEAK, `${shaped} same-site links shaped like ${p}`);
  }

  let best: Named | null = null;
  for (const p of PLATFORMS) {
    const s = scores.get(p) ?? 0;
    if (s >= THRESHOLD && (best === null || s > (scores.get(best) ?? 0))) best = p;
  }
  return best ? { platform: best, evidence: (evidence.get(best) ?? []).slice(0, 20) } : { platform: 'other', evidence: [] };
}
