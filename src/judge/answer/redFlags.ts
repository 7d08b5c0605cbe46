/**
 * Red flags in a support reply: it asks for a seed phrase, a private key, a password
 * or a 2FA/SMS/e-mail code; asks for funds to "verify" or "unlock" an account; points
 * to a non-official domain; or sends the user to a personal messenger account.
 *
 * Why it matters (security): CRITERIA.md makes any of these an automatic fail of the
 * `security` criterion and a loud line in every report, so a false alarm is as costly
 * as a miss. A reply that only *warns* ("we will never ask for your seed phrase",
 * "请勿向任何人透露您的助记词", "şifrenizi asla kimseyle paylaşmayın") is good support,
 * not a red flag: every request is checked for a negation or a third party in its
 * clause (before the verb, or after it for the verb-final negations of Korean,
 * Japanese, Persian and Turkish). Only the agent's own words count (quoted history
 * and signatures are removed first, see own-words.ts).
 *
 * Rules for the doubtful cases:
 * - Secrets: "send / tell / share / provide / reply with / we need" + the secret asks
 *   for it. "Enter / type / paste" asks for it only when the place is support's or a
 *   third party's: a chat, a reply, a form or link they send, or a non-official URL.
 *   "Enter the 6-digit code from your authenticator on the withdrawal page" is an
 *   instruction to use the code on the official site, not to give it away: no flag.
 *   For seed phrases and private keys, which no exchange ever needs, entering them on
 *   any page, link or "to verify / sync" is a flag. Not requests either: the site
 *   prompting for a password or code ("you will be asked to provide a 2FA code", "…when
 *   prompted", "…on the withdrawal page"), support sending one ("we will send you a
 *   code"), a question about the past ("did you share your seed phrase?"), and a
 *   scam verdict in the same sentence ("…, it is a scam"). A list item ("- Recovery
 *   phrase") counts when the line introducing the list (ending in ':') asks for it.
 * - Funds: a send/pay/deposit verb with an amount or money as its object, and a
 *   pretext (verify, unlock, activate, validate, sync, unfreeze…) in the sentence, or
 *   a fee that is itself the scam ("unfreezing fee", "保证金"). A test transfer or a
 *   transfer to the user's own wallet is not one.
 * - Domains: only when the exchange's official domains are known. URLs, bare domains
 *   and e-mail addresses whose registrable domain is not official, not a neutral site
 *   (block explorers, app stores/authenticators, regulators; red-flag-patterns.ts
 *   NEUTRAL_DOMAINS) and not a social/messaging platform. A domain named in a
 *   warning ("aurora-login.com is a phishing site") is not a flag.
 * - Messengers: a Telegram/WhatsApp/WeChat/Kakao/LINE/Signal/Viber/Skype account is a
 *   flag when it is presented as a person or agent ("our agent", "me", "客服") or as a
 *   direct-message contact ("message / add / contact … on Telegram") and not as a
 *   broadcast channel or community ("follow our official Telegram channel
 *   t.me/aurora" is fine; "join our channel and DM an admin" is not). A messenger
 *   reached through a link on the exchange's own domain is fine. A bare @handle with no
 *   messenger named flags only as a person to write to ("DM our agent @AuroraHelpDesk"),
 *   never as an account to follow. A contact address at a free e-mail provider
 *   (gmail.com, qq.com…) is a personal account too; the user's own address is not.
 */
import { RED_FLAG_KINDS, type RedFlagHit, type RedFlagKind } from '../../types/knowledge.js';
import { cleanText } from '../page/sanitize.js';
import { classifyHost, hostsIn, normalizeOfficialDomain, type HostMention } from './domains.js';
import {
  clauseAt,
  clausesIn,
  findAll,
  foldedIndex,
  originalOf,
  quoteAround,
  rx,
  sentenceAt,
  slice,
  testIn,
  toMatchText,
  type MatchText,
  type Span,
} from './match-text.js';
import {
  AFTER_BLOCKERS,
  CHANNEL_CUES,
  CHANNELISH_HANDLE,
  CONTACT_CUES,
  DEST_STRONG,
  DEST_WEAK,
  EMAIL_CONTACT_CUES,
  ENTER_CUES,
  FUNDS_LEGIT,
  FUNDS_OBJECTS,
  FUNDS_PURPOSE,
  FUNDS_VERBS,
  GAP_BLOCKERS,
  GIVE_CUES,
  MESSENGER_LINK,
  MESSENGER_NAMES,
  NEG_AFTER,
  NEG_BEFORE,
  NOT_FUNDS,
  PASSWORD,
  PERSON_CUES,
  PERSONISH_HANDLE,
  PRETEXT_BEFORE_WARNING,
  PRIVATE_KEY,
  REQUIRED_CUES,
  SCAM_FEES,
  SCAM_VERDICT,
  SEED_ONLY_CUES,
  SEED_PHRASE,
  SEED_PURPOSE,
  SUPPORT_ACTOR_BEFORE,
  SYSTEM_PROMPTED_AFTER,
  SYSTEM_PROMPTED_BEFORE,
  TO_USER_AFTER,
  TWO_FA_CODE,
  WARNING_WORDS,
} from './red-flag-patterns.js';
import { agentOwnWords } from './own-words.js';

export const MAX_EVIDENCE_CHARS = 200;

const LINE_MESSENGER = /(?<![A-Za-z])LINE(?![A-Za-z])/g;

type SecretKind = 'asks-for-seed-phrase' | 'asks-for-private-key' | 'asks-for-password' | 'asks-for-2fa-code';

const SECRETS: Record<SecretKind, RegExp> = {
  'asks-for-seed-phrase': rx(SEED_PHRASE),
  'asks-for-private-key': rx(PRIVATE_KEY),
  'asks-for-password': rx(PASSWORD),
  'asks-for-2fa-code': rx(TWO_FA_CODE),
};
const SECRET_ORDER: readonly SecretKind[] = [
  'asks-for-seed-phrase',
  'asks-for-private-key',
  'asks-for-password',
  'asks-for-2fa-code',
];

const RE = {
  give: rx(GIVE_CUES),
  seedCue: rx(SEED_ONLY_CUES),
  enter: rx(ENTER_CUES),
  destStrong: rx(DEST_STRONG),
  destWeak: rx(DEST_WEAK),
  seedPurpose: rx(SEED_PURPOSE),
  gapBlock: rx(GAP_BLOCKERS),
  afterBlock: rx(AFTER_BLOCKERS, 'u'),
  supportActor: rx(SUPPORT_ACTOR_BEFORE, 'u'),
  toUser: rx(TO_USER_AFTER, 'u'),
  promptedBefore: rx(SYSTEM_PROMPTED_BEFORE),
  promptedAfter: rx(SYSTEM_PROMPTED_AFTER),
  negBefore: rx(NEG_BEFORE),
  negAfter: rx(NEG_AFTER),
  warning: rx(WARNING_WORDS),
  pretext: rx(PRETEXT_BEFORE_WARNING, 'u'),
  verdict: rx(SCAM_VERDICT),
  fundsVerb: rx(FUNDS_VERBS),
  fundsObject: rx(FUNDS_OBJECTS),
  fundsPurpose: rx(FUNDS_PURPOSE),
  fundsLegit: rx(FUNDS_LEGIT),
  scamFee: rx(SCAM_FEES),
  required: rx(REQUIRED_CUES),
  notFunds: rx(NOT_FUNDS),
  messengerName: rx(MESSENGER_NAMES),
  messengerLink: rx(MESSENGER_LINK),
  person: rx(PERSON_CUES),
  contact: rx(CONTACT_CUES),
  channel: rx(CHANNEL_CUES),
  emailContact: rx(EMAIL_CONTACT_CUES),
  telegramHandle: /(?<![\p{L}\p{N}_.@/-])@([a-z][a-z0-9_]{3,31})(?![\p{L}\p{N}_@.-]*\.[a-z])/gu,
  listItem: /^\s*(?:[-*•·▪●◦‣–—]|\d{1,2}[.)、]|[a-z][.)]|[①-⑳]|\(\d{1,2}\))/u,
};

/** Longest distance (folded characters) between a request verb and what it asks for. */
const MAX_GAP_FORWARD = 80;
const MAX_GAP_BACKWARD = 60;
/** Between a funds verb and its object. */
const MAX_FUNDS_GAP = 30;

interface Cue {
  span: Span;
  type: 'give' | 'enter';
}

interface Context {
  mt: MatchText;
  officials: string[];
  hosts: HostMention[];
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function union(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function inUrl(mt: MatchText, s: Span): boolean {
  return mt.urls.some((u) => overlaps(u, s));
}

/** A warning word in [start, end) that is not the scammer's pretext ("to protect you from fraud"). */
function warningIn(mt: MatchText, start: number, end: number): boolean {
  for (const w of findAll(RE.warning, mt.folded.slice(start, end), start)) {
    const before = mt.folded.slice(Math.max(start, w.start - 60), w.start);
    RE.pretext.lastIndex = 0;
    if (!RE.pretext.test(before)) return true;
  }
  return false;
}

/** Whether the request `cue` for `target` is negated, warned about or a question about the past. */
function negated(mt: MatchText, cue: Span, target: Span): boolean {
  const sentence = sentenceAt(mt, cue.start);
  if (sentence && testIn(RE.verdict, mt, sentence.start, sentence.end)) return true;
  const cc = clauseAt(mt, cue.start) ?? cue;
  if (testIn(RE.negBefore, mt, cc.start, cue.start)) return true;
  if (testIn(RE.negAfter, mt, cue.end, cc.end)) return true;
  if (warningIn(mt, cc.start, cc.end)) return true;
  const tc = clauseAt(mt, target.start) ?? target;
  if (tc.start !== cc.start) {
    if (testIn(RE.negBefore, mt, tc.start, target.start)) return true;
    if (testIn(RE.negAfter, mt, target.end, tc.end)) return true;
  }
  return false;
}

function hostsInSpan(ctx: Context, s: Span): HostMention[] {
  return ctx.hosts.filter((h) => overlaps(h.span, s));
}

function seedLike(kind: SecretKind): boolean {
  return kind === 'asks-for-seed-phrase' || kind === 'asks-for-private-key';
}

/** "You will be asked to provide a 2FA code", "…when prompted", "…on the withdrawal page": the site asks, not a person. */
function systemPrompted(mt: MatchText, cue: Span, secret: Span, sentence: Span): boolean {
  const clause = clauseAt(mt, cue.start) ?? cue;
  if (testIn(RE.promptedBefore, mt, clause.start, cue.start)) return true;
  return testIn(RE.promptedAfter, mt, Math.max(cue.end, secret.end), sentence.end);
}

/** Where an "enter it" request sends the secret, judged per kind (see the file comment). */
function enterGoesAway(ctx: Context, kind: SecretKind, sentence: Span): boolean {
  const { mt } = ctx;
  if (testIn(RE.destStrong, mt, sentence.start, sentence.end)) return true;
  const hosts = hostsInSpan(ctx, sentence).filter((h) => h.kind !== 'email');
  if (seedLike(kind)) {
    if (hosts.length > 0) return true;
    if (testIn(RE.destWeak, mt, sentence.start, sentence.end)) return true;
    return testIn(RE.seedPurpose, mt, sentence.start, sentence.end);
  }
  if (ctx.officials.length === 0) return false;
  return hosts.some((h) => {
    const c = classifyHost(h.host, ctx.officials);
    return c === 'other';
  });
}

function cuesIn(mt: MatchText, sentence: Span, kind: SecretKind): Cue[] {
  const text = slice(mt, sentence);
  const cues: Cue[] = findAll(RE.give, text, sentence.start).map((span) => ({ span, type: 'give' as const }));
  if (seedLike(kind)) {
    for (const span of findAll(RE.seedCue, text, sentence.start)) cues.push({ span, type: 'give' });
  }
  for (const span of findAll(RE.enter, text, sentence.start)) cues.push({ span, type: 'enter' });
  return cues.filter((c) => c.type === 'enter' || !supportSends(mt, c.span));
}

/** "We will send you…", "email you", "我们已向您的邮箱发送…": support sends something to the user, not a request. */
function supportSends(mt: MatchText, cue: Span): boolean {
  const clause = clauseAt(mt, cue.start) ?? cue;
  const before = mt.folded.slice(clause.start, cue.start);
  const after = mt.folded.slice(cue.end, Math.min(clause.end, cue.end + 12));
  RE.supportActor.lastIndex = 0;
  RE.toUser.lastIndex = 0;
  return RE.supportActor.test(before) || RE.toUser.test(after);
}

/** Whether `cue` and `secret` stand in a request relation (order, distance, nothing in between that changes the object). */
function paired(mt: MatchText, cue: Span, secret: Span): boolean {
  if (overlaps(cue, secret)) return false;
  if (cue.end <= secret.start) {
    if (secret.start - cue.end > MAX_GAP_FORWARD) return false;
    return !testIn(RE.gapBlock, mt, cue.end, secret.start);
  }
  if (cue.start - secret.end > MAX_GAP_BACKWARD) return false;
  const sc = clauseAt(mt, secret.start);
  const cc = clauseAt(mt, cue.start);
  if (!sc || !cc) return false;
  // The verb after its object ("…ifadenizi (seed phrase) … gönderin"): the same clause, or
  // clauses parted only by brackets or quotes.
  if (sc.start !== cc.start && /[,;:،؛]/.test(mt.folded.slice(secret.end, cue.start))) return false;
  return !testIn(RE.gapBlock, mt, secret.end, cue.start);
}

/** A list item ("- Recovery phrase") introduced by a request sentence ending in ':'. */
function listIntroRequest(ctx: Context, kind: SecretKind, sentenceIndex: number): Span | null {
  const { mt } = ctx;
  for (let i = sentenceIndex - 1; i >= 0 && i >= sentenceIndex - 12; i--) {
    const s = mt.sentences[i];
    if (!s) break;
    const text = slice(mt, s);
    if (/[:：]$/.test(text)) {
      for (const cue of cuesIn(mt, s, kind)) {
        if (cue.type === 'enter' && !enterGoesAway(ctx, kind, s)) continue;
        if (negated(mt, cue.span, cue.span)) continue;
        return s;
      }
      return null;
    }
    if (!RE.listItem.test(text) && text.length > 80) return null;
  }
  return null;
}

function secretHit(ctx: Context, kind: SecretKind): RedFlagHit | null {
  const { mt } = ctx;
  for (const secret of findAll(SECRETS[kind], mt.folded)) {
    if (inUrl(mt, secret)) continue;
    if (RE.afterBlock.test(mt.folded.slice(secret.end, secret.end + 40))) continue;
    const sentence = sentenceAt(mt, secret.start);
    if (!sentence) continue;
    let cueFound = false;
    for (const cue of cuesIn(mt, sentence, kind)) {
      if (!paired(mt, cue.span, secret)) continue;
      cueFound = true;
      if (cue.type === 'enter' && !enterGoesAway(ctx, kind, sentence)) continue;
      if (cue.type === 'give' && !seedLike(kind) && systemPrompted(mt, cue.span, secret, sentence)) continue;
      if (negated(mt, cue.span, secret)) continue;
      return { kind, evidence: quoteAround(mt, union(cue.span, secret), sentence, MAX_EVIDENCE_CHARS) };
    }
    if (cueFound) continue;
    const index = mt.sentences.indexOf(sentence);
    const intro = listIntroRequest(ctx, kind, index);
    if (!intro) continue;
    const sc = clauseAt(mt, secret.start) ?? secret;
    if (testIn(RE.negBefore, mt, sc.start, secret.start) || testIn(RE.negAfter, mt, secret.end, sc.end)) continue;
    const evidence = cleanText(`${originalOf(mt, intro)} … ${originalOf(mt, sentence)}`, MAX_EVIDENCE_CHARS);
    return { kind, evidence };
  }
  return null;
}

// --- funds ---------------------------------------------------------------------------

function fundsHit(ctx: Context): RedFlagHit | null {
  const { mt } = ctx;
  for (const verb of findAll(RE.fundsVerb, mt.folded)) {
    const sentence = sentenceAt(mt, verb.start);
    if (!sentence) continue;
    const text = slice(mt, sentence);
    const object = findAll(RE.fundsObject, text, sentence.start).find((o) => {
      if (overlaps(o, verb)) return false;
      if (o.start >= verb.end) {
        return o.start - verb.end <= MAX_FUNDS_GAP && !testIn(RE.notFunds, mt, verb.end, o.start);
      }
      const oc = clauseAt(mt, o.start);
      const vc = clauseAt(mt, verb.start);
      return (
        verb.start - o.end <= MAX_FUNDS_GAP &&
        oc !== null &&
        vc !== null &&
        oc.start === vc.start &&
        !testIn(RE.notFunds, mt, o.end, verb.start)
      );
    });
    if (!object) continue;
    const purpose =
      testIn(RE.fundsPurpose, mt, sentence.start, sentence.end) || testIn(RE.scamFee, mt, sentence.start, sentence.end);
    if (!purpose) continue;
    if (testIn(RE.fundsLegit, mt, sentence.start, sentence.end)) continue;
    if (negated(mt, verb, object)) continue;
    return { kind: 'asks-to-send-funds', evidence: quoteAround(mt, union(verb, object), sentence, MAX_EVIDENCE_CHARS) };
  }
  // "An unfreezing fee of 200 USDT is required": the fee is the request, even without a verb.
  for (const fee of findAll(RE.scamFee, mt.folded)) {
    const sentence = sentenceAt(mt, fee.start);
    if (!sentence) continue;
    const req = findAll(RE.required, slice(mt, sentence), sentence.start)[0];
    if (!req) continue;
    if (negated(mt, req, fee)) continue;
    return { kind: 'asks-to-send-funds', evidence: quoteAround(mt, union(req, fee), sentence, MAX_EVIDENCE_CHARS) };
  }
  return null;
}

// --- domains -------------------------------------------------------------------------

/** Whether a domain or account is named in a warning rather than recommended. */
function warnedAbout(mt: MatchText, target: Span, sentence: Span): boolean {
  if (warningIn(mt, sentence.start, sentence.end)) return true;
  const clause = clauseAt(mt, target.start) ?? target;
  return testIn(RE.negBefore, mt, clause.start, target.start);
}

function domainHit(ctx: Context): RedFlagHit | null {
  const { mt } = ctx;
  if (ctx.officials.length === 0) return null;
  for (const h of ctx.hosts) {
    const cls = classifyHost(h.host, ctx.officials);
    if (cls !== 'other') continue;
    const sentence = sentenceAt(mt, h.span.start) ?? h.span;
    if (warnedAbout(mt, h.span, sentence)) continue;
    return { kind: 'non-official-domain', evidence: quoteAround(mt, h.span, sentence, MAX_EVIDENCE_CHARS) };
  }
  return null;
}

// --- messengers ----------------------------------------------------------------------

interface Pointer {
  span: Span;
  handle: string | null;
}

function messengerPointers(mt: MatchText): Pointer[] {
  const out: Pointer[] = [];
  for (const span of findAll(RE.messengerLink, mt.folded)) {
    const text = slice(mt, span);
    const path = text.replace(/^(?:https?:\/\/)?(?:www\.)?[^/]+\/?/, '');
    out.push({ span, handle: path.toLowerCase() });
  }
  for (const span of findAll(RE.messengerName, mt.folded)) {
    if (inUrl(mt, span) || out.some((p) => overlaps(p.span, span))) continue;
    out.push({ span, handle: null });
  }
  // LINE (the messenger) is an English word once folded: only the upper-case name counts.
  for (const m of mt.original.matchAll(LINE_MESSENGER)) {
    const start = foldedIndex(mt, m.index);
    const span = { start, end: foldedIndex(mt, m.index + m[0].length) };
    if (span.end <= span.start || inUrl(mt, span) || out.some((p) => overlaps(p.span, span))) continue;
    out.push({ span, handle: null });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Person, contact and channel cues in the clauses of `s` that carry no negation. */
function cueFlags(mt: MatchText, s: Span): { person: boolean; contact: boolean; channel: boolean } {
  const flags = { person: false, contact: false, channel: false };
  for (const c of clausesIn(mt, s)) {
    if (testIn(RE.negBefore, mt, c.start, c.end) || testIn(RE.negAfter, mt, c.start, c.end)) continue;
    const text = slice(mt, c).replace(/(?:https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}\/\S*/g, ' ');
    RE.person.lastIndex = 0;
    RE.contact.lastIndex = 0;
    RE.channel.lastIndex = 0;
    if (RE.person.test(text)) flags.person = true;
    if (RE.contact.test(text)) flags.contact = true;
    if (RE.channel.test(text)) flags.channel = true;
  }
  return flags;
}

function messengerHit(ctx: Context): RedFlagHit | null {
  const { mt } = ctx;
  const seen = new Set<number>();
  const pointers = messengerPointers(mt);
  for (const p of pointers) {
    const sentence = sentenceAt(mt, p.span.start);
    if (!sentence || seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    if (warnedAbout(mt, p.span, sentence)) continue;
    const pc = clauseAt(mt, p.span.start) ?? p.span;
    if (testIn(RE.negAfter, mt, p.span.end, pc.end)) continue;
    const text = slice(mt, sentence);
    const handles: string[] = [];
    for (const q of pointers) {
      if (overlaps(q.span, sentence) && q.handle) handles.push(q.handle);
    }
    for (const m of text.matchAll(RE.telegramHandle)) handles.push(m[1] ?? '');
    // Reached through the exchange's own site ("our Telegram support: aurora-exchange.example/tg"): fine.
    if (handles.length === 0 && hostsInSpan(ctx, sentence).some((h) => classifyHost(h.host, ctx.officials) === 'official')) continue;
    const flags = cueFlags(mt, sentence);
    const index = mt.sentences.indexOf(sentence);
    const prev = mt.sentences[index - 1];
    if (prev && /[:：]$/.test(slice(mt, prev)) && !warnedAbout(mt, prev, prev)) {
      const pf = cueFlags(mt, prev);
      flags.person ||= pf.person;
      flags.contact ||= pf.contact;
      flags.channel ||= pf.channel;
    }
    const personishHandle = handles.some((h) => PERSONISH_HANDLE.test(h));
    const channelishHandle = handles.some((h) => CHANNELISH_HANDLE.test(h) || h.startsWith('joinchat') || h.startsWith('+'));
    const flagged =
      (flags.person && flags.contact) ||
      (flags.person && !flags.channel && !channelishHandle) ||
      (flags.contact && !flags.channel && !channelishHandle) ||
      (personishHandle && !flags.channel && !channelishHandle);
    if (!flagged) continue;
    return { kind: 'personal-messenger', evidence: quoteAround(mt, p.span, sentence, MAX_EVIDENCE_CHARS) };
  }
  // A bare @handle with no messenger named: a flag only when it is a person to write to
  // ("message our agent @AuroraHelpDesk"), not an account to follow.
  for (const m of mt.folded.matchAll(RE.telegramHandle)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (inUrl(mt, span) || ctx.hosts.some((h) => overlaps(h.span, span))) continue;
    const sentence = sentenceAt(mt, span.start);
    if (!sentence || seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    if (warnedAbout(mt, span, sentence)) continue;
    const flags = cueFlags(mt, sentence);
    if (!(flags.person && flags.contact && !flags.channel)) continue;
    return { kind: 'personal-messenger', evidence: quoteAround(mt, span, sentence, MAX_EVIDENCE_CHARS) };
  }
  // A contact address at a free e-mail provider: a person's account, not a support desk.
  for (const h of ctx.hosts) {
    if (h.kind !== 'email' || classifyHost(h.host, ctx.officials) !== 'free-mail') continue;
    const clause = clauseAt(mt, h.span.start) ?? h.span;
    const before = mt.folded.slice(clause.start, h.span.start);
    if (/\b(?:your|from)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before) || /(?:您的|你的)$/.test(before)) continue;
    if (!testIn(RE.emailContact, mt, clause.start, h.span.start)) continue;
    const sentence = sentenceAt(mt, h.span.start) ?? clause;
    if (warnedAbout(mt, h.span, sentence)) continue;
    return { kind: 'personal-messenger', evidence: quoteAround(mt, h.span, sentence, MAX_EVIDENCE_CHARS) };
  }
  return null;
}

/**
 * The red flags in a support reply (plain text, e-mail body or HTML), one per kind, in
 * RED_FLAG_KINDS order, each with the reply's own words as evidence (≤ 200 characters).
 * Pure; never throws on any text.
 */
export function detectRedFlags(text: string, opts: { officialDomains: string[] }): RedFlagHit[] {
  const body = agentOwnWords(typeof text === 'string' ? text : '');
  if (!body) return [];
  const mt = toMatchText(body);
  const officials = (opts?.officialDomains ?? []).map(normalizeOfficialDomain).filter((d) => d.length > 0);
  const ctx: Context = { mt, officials, hosts: hostsIn(mt) };
  const hits = new Map<RedFlagKind, RedFlagHit>();
  for (const kind of SECRET_ORDER) {
    const hit = secretHit(ctx, kind);
    if (hit) hits.set(kind, hit);
  }
  const funds = fundsHit(ctx);
  if (funds) hits.set(funds.kind, funds);
  const domain = domainHit(ctx);
  if (domain) hits.set(domain.kind, domain);
  const messenger = messengerHit(ctx);
  if (messenger) hits.set(messenger.kind, messenger);
  return RED_FLAG_KINDS.flatMap((k) => {
    const h = hits.get(k);
    return h ? [h] : [];
  });
}
