/**
 * Web addresses in a reply (URLs, bare domains, e-mail addresses) and whether each
 * belongs to the exchange, to a neutral site (block explorer, app store, regulator),
 * to a social or messaging platform, or to somebody else.
 *
 * Why it matters (security): pointing a user to a lookalike domain
 * ("auroraexchange-support.com" for "aurora-exchange.example") is how support
 * impersonators steal accounts (CRITERIA.md red flags). Ownership is decided on the
 * registrable domain (the label before the public suffix), except on shared hosting
 * platforms (zendesk.com, github.io…), where only the exchange's own host counts.
 */
import {
  BARE_DOMAIN_TLDS,
  FREE_MAIL_DOMAINS,
  MULTI_LEVEL_SUFFIXES,
  MULTI_TENANT_DOMAINS,
  NEUTRAL_DOMAINS,
  PLATFORM_DOMAINS,
} from './red-flag-patterns.js';
import type { MatchText, Span } from './match-text.js';

export type HostKind = 'url' | 'bare' | 'email';

export interface HostMention {
  /** Folded span of the whole URL / domain / address. */
  span: Span;
  /** Lower-case host name (punycode for IDNs). */
  host: string;
  kind: HostKind;
}

export type HostClass = 'official' | 'neutral' | 'platform' | 'free-mail' | 'other';

const TLDS = new Set(BARE_DOMAIN_TLDS);
const MULTI_LEVEL = new Set(MULTI_LEVEL_SUFFIXES);
const MULTI_TENANT = new Set(MULTI_TENANT_DOMAINS);
const FREE_MAIL = new Set(FREE_MAIL_DOMAINS);
/** Google hosts that serve anyone's content (forms, sites, files): never neutral. */
const USER_CONTENT_HOSTS = /^(?:docs|sites|drive|forms|script)\.google\.com$|^forms\.gle$/;

const MAX_MENTIONS = 200;

const URL_RE = /https?:\/\/[^\s<>"'()[\]{}，。、！？「」]+/giu;
// Not inside a template placeholder left unrendered ("{{ticket.id}}", "${user.name}").
const BARE_RE = /(?<![\p{L}\p{N}@._/\\{$%-])(?<!\{\s{1,3})(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![\p{L}\p{N}_@-]|\.[a-z0-9]|\s{0,3}\})(?:\/[^\s<>"'()[\]{}，。、！？「」]*)?/gu;
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\p{L}\p{N}_-])/gu;

function trimUrlEnd(s: string): string {
  return s.replace(/[.,;:!?'")\]]+$/u, '');
}

/** Every URL, bare domain and e-mail address in the reply, in text order. */
export function hostsIn(mt: MatchText): HostMention[] {
  const out: HostMention[] = [];
  const taken: Span[] = [];
  const overlaps = (s: Span): boolean => taken.some((t) => s.start < t.end && t.start < s.end);
  const t = mt.folded;
  for (const m of t.matchAll(URL_RE)) {
    const raw = trimUrlEnd(m[0]);
    let host: string;
    try {
      host = new URL(raw).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
    } catch {
      continue;
    }
    if (!host) continue;
    const span = { start: m.index, end: m.index + raw.length };
    taken.push(span);
    out.push({ span, host, kind: 'url' });
    if (out.length >= MAX_MENTIONS) return out;
  }
  for (const m of t.matchAll(EMAIL_RE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span)) continue;
    taken.push(span);
    out.push({ span, host: (m[1] ?? '').toLowerCase(), kind: 'email' });
    if (out.length >= MAX_MENTIONS) return out;
  }
  for (const m of t.matchAll(BARE_RE)) {
    const domain = m[1] ?? '';
    const tld = m[2] ?? '';
    if (!TLDS.has(tld)) continue;
    const span = { start: m.index, end: m.index + trimUrlEnd(m[0]).length };
    if (overlaps(span)) continue;
    // "status.It" is a missing space, not a domain: a TLD written in mixed case is not one.
    const tldStart = m.index + m[0].indexOf(domain) + domain.length - tld.length;
    const writtenTld = mt.original.slice(mt.origStart[tldStart] ?? 0, mt.origEnd[tldStart + tld.length - 1] ?? 0);
    if (writtenTld !== writtenTld.toLowerCase() && writtenTld !== writtenTld.toUpperCase()) continue;
    taken.push(span);
    out.push({ span, host: domain.replace(/^www\./, ''), kind: 'bare' });
    if (out.length >= MAX_MENTIONS) break;
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** 'a.b.example.co.uk' -> 'example.co.uk'; an IP address is its own registrable domain. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(h) || h.includes(':')) return h;
  const labels = h.split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_LEVEL.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

/** An official-domain setting ("https://www.Aurora.example/", "aurora.example") as a bare host. */
export function normalizeOfficialDomain(domain: string): string {
  let d = domain.trim().toLowerCase();
  d = d.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  d = d.split(/[/?#]/)[0] ?? '';
  d = d.replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return d.replace(/^www\./, '');
}

function underAny(host: string, list: readonly string[]): boolean {
  return list.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Whether `host` belongs to the exchange (`officials` as normalizeOfficialDomain gives them). */
export function isOfficialHost(host: string, officials: readonly string[]): boolean {
  const h = host.toLowerCase();
  for (const o of officials) {
    if (!o) continue;
    const reg = registrableDomain(o);
    if (MULTI_TENANT.has(reg) || MULTI_TENANT.has(o)) {
      if (h === o || h.endsWith(`.${o}`)) return true;
      continue;
    }
    if (registrableDomain(h) === reg) return true;
  }
  return false;
}

/** What kind of site `host` is, relative to the exchange's own domains. */
export function classifyHost(host: string, officials: readonly string[]): HostClass {
  const h = host.toLowerCase();
  if (isOfficialHost(h, officials)) return 'official';
  if (USER_CONTENT_HOSTS.test(h)) return 'other';
  if (underAny(h, NEUTRAL_DOMAINS)) return 'neutral';
  if (FREE_MAIL.has(h)) return 'free-mail';
  if (underAny(h, PLATFORM_DOMAINS)) return 'platform';
  return 'other';
}

/** Whether `host` is a free e-mail provider's. */
export function isFreeMailHost(host: string): boolean {
  return FREE_MAIL.has(host.toLowerCase());
}
