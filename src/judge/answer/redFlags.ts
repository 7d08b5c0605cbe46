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
 * Japanese, Persian and Turkish, and German "Senden Sie uns niemals…"). A negation
 * belongs to its own part of the clause: a conjunction without a comma ends it ("your
 * wallet is not genuine so send us your seed phrase" is a request). The bank languages
 * and the common ones outside it (pt, fr, de, vi, id, ar, uk) are read alike, see
 * red-flag-patterns.ts. Only the agent's own words count (quoted history
 * and signatures are removed first, see own-words.ts). The same rules hold for
 * help-center articles, whose warnings are long enumerations and bulleted lists.
 *
 * Rules for the doubtful cases:
 * - Secrets: "send / tell / share / provide / reply with / we need" + the secret asks
 *   for it. "Enter / type / paste" asks for it only when the place is support's or a
 *   third party's: a chat, a reply, a form or link they send, or a non-official URL;
 *   and, for passwords and codes, not when it says when something happens ("a
 *   screenshot of the error you see when entering the 2FA code", "al introducir",
 *   "입력할 때", "输入验证码时").
 *   "Enter the 6-digit code from your authenticator on the withdrawal page" is an
 *   instruction to use the code on the official site, not to give it away: no flag.
 *   For seed phrases and private keys, which no exchange ever needs, entering them on
 *   any page, link or "to verify / sync" is a flag. Not requests either: the site
 *   prompting for a password or code ("you will be asked to provide a 2FA code", "…when
 *   prompted", "…on the withdrawal page"), support sending one ("we will send you a
 *   code", "the code sent to your e-mail", "发送到您邮箱的验证码"), a question about the
 *   past ("did you share your seed phrase?"), a condition about what the user already
 *   did ("if you already entered your password…", "如果您已经…输入过密码", "이미
 *   입력하셨다면", "girdiyseniz"), a scam verdict in the same sentence
 *   ("…, it is a scam"), and a verb of keeping between the request and the secret
 *   ("confirm with your 2FA code and save the secret key": the user keeps the key).
 *   A code described by a relative clause is still the code asked for ("reply with the
 *   code we just texted you", "提供…您收到的短信验证码", "код, который пришёл вам по SMS");
 *   receiving with an object of its own is not ("tell us when you received the code",
 *   "告诉我们您收到验证码的时间"). An authenticator app is no code ("重新绑定谷歌验证器").
 * - Scope of a negation: a negated request ("we will never ask you to…", "绝不会要求",
 *   "никогда не просим", "هرگز … نمی‌خواهیم", "nunca le pediremos") or a third party
 *   asking ("phishing messages ask you to…") covers the enumeration that follows it, over
 *   commas and 、, to the end of the sentence: "…never ask you to verify your wallet,
 *   provide your password, 2FA codes or seed phrase, or send crypto…" asks for none of
 *   them. A contrast, a new request or a consequence ends the scope (but / however /
 *   please / so, 但是 / 但 / 请, но / однако / пожалуйста, اما / ولی / لطفا, 하지만 / 지만,
 *   pero / sin embargo / por favor, ama / fakat / lütfen, しかし / ただし, and ';'):
 *   "we never ask for your password, but please send your seed phrase" is a flag.
 * - Lists: a list item ("- Recovery phrase") is read with its lead-in line (the sentence
 *   ending in ':' before the list). A lead-in that asks ("please send us the
 *   following:") makes every item a request; a negated lead-in ("Aurora staff will
 *   never:", "我们的工作人员绝不会：", "Мы никогда не:") or one about scammers
 *   ("Phishing messages usually:", "骗子通常会：", "Мошенники обычно:") makes none of
 *   them one, up to a contrast inside the item.
 * - Funds: a send/pay/deposit verb with an amount or money as its object, and a
 *   pretext (verify, unlock, activate, validate, sync, unfreeze…) in the sentence, or
 *   a fee that is itself the scam ("unfreezing fee", "保证金"). A test transfer or a
 *   transfer to the user's own wallet is not one.
 * - Domains: only when the exchange's official domains are known. URLs, bare domains
 *   and e-mail addresses whose registrable domain is not official, not a neutral site
 *   (block explorers, app stores/authenticators, regulators; red-flag-patterns.ts
 *   NEUTRAL_DOMAINS) and not a social/messaging platform. A domain named in a
 *   warning ("aurora-login.com is a phishing site") or a denial of ownership ("is not one
 *   of our domains", "不属于我们", "bize ait değildir", "当社のドメインではありません") is
 *   not a flag, nor is one in the sentence right after a verdict on a message ("The
 *   e-mail you received is phishing. The link in it leads to …"), unless that sentence
 *   presents it as the place to go ("Please log in at … instead").
 * - Messengers: a Telegram/WhatsApp/WeChat/Kakao/LINE/Signal/Viber/Skype account is a
 *   flag when it is presented as a person or agent ("our agent", "me", "客服") or as a
 *   direct-message contact ("message / add / contact … on Telegram") and not as a
 *   broadcast channel or community ("follow our official Telegram channel
 *   t.me/aurora" is fine; "join our channel and DM an admin" is not). A messenger
 *   reached through a link on the exchange's own domain is fine, and so is one named
 *   as a kind of identifier in an official verification tool ("enter a URL, e-mail,
 *   WeChat ID or Telegram account to check whether it is official"). A bare @handle
 *   with no messenger named flags only as a person to write to ("DM our agent
 *   @AuroraHelpDesk"), never as an account to follow. A contact address at a free
 *   e-mail provider (gmail.com, qq.com…) is a personal account too; the user's own
 *   address is not.
 *
 * Cost: linear in the text. Every sentence-level question (its cues, its verdict, its
 * scope breaks) is answered once per sentence, and clause-level ones look at most
 * SCOPE_CHARS characters around the words in question, so a 100,000-character article
 * (or a hostile reply without a single full stop) is read in tens of milliseconds.
 */
import { RED_FLAG_KINDS, type RedFlagHit, type RedFlagKind } from '../../types/knowledge.js';
import { cleanText } from '../page/sanitize.js';
import { classifyHost, hostsIn, normalizeOfficialDomain, type HostMention } from './domains.js';
import {
  clauseAt,
  clausesIn,
  execAll,
  findAll,
  foldedIndex,
  originalOf,
  quoteAround,
  rx,
  sentenceAt,
  sentenceIndexAt,
  slice,
  testIn,
  toMatchText,
  type MatchText,
  type Span,
} from './match-text.js';
import {
  AFTER_BLOCKERS,
  ASK_VERBS,
  CHANNEL_CUES,
  CHANNELISH_HANDLE,
  CLAUSE_CONJUNCTIONS,
  CONTACT_CUES,
  COORDINATORS,
  DEST_STRONG,
  DEST_WEAK,
  EMAIL_CONTACT_CUES,
  ENTER_CIRCUMSTANCE_AFTER,
  ENTER_CIRCUMSTANCE_BEFORE,
  ENTER_CUES,
  FUNDS_LEGIT,
  FUNDS_OBJECTS,
  FUNDS_PURPOSE,
  FUNDS_VERBS,
  GAP_BLOCKERS,
  GIVE_CUES,
  IDENTIFIER_AFTER,
  LOOKUP_CUES,
  MESSENGER_LINK,
  MESSENGER_NAMES,
  NEG_AFTER,
  NEG_BEFORE,
  NOT_FUNDS,
  PASSWORD,
  PAST_CONDITIONAL,
  PAST_CONDITIONAL_AFTER,
  PERSON_CUES,
  PERSONISH_HANDLE,
  PHISHING_VERDICT,
  PRETEXT_BEFORE_WARNING,
  PRIVATE_KEY,
  RECOMMEND_CUES,
  REQUIRED_CUES,
  SCAM_FEES,
  SCAM_VERDICT,
  SCOPE_BREAKS,
  SCOPE_NEG_AFTER,
  SCOPE_NEG_BEFORE,
  SEED_ONLY_CUES,
  SEED_PHRASE,
  SEED_PURPOSE,
  SUPPORT_ACTOR_BEFORE,
  SYSTEM_PROMPTED_AFTER,
  SYSTEM_PROMPTED_BEFORE,
  THIRD_PARTY_ACTORS,
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
  ask: rx(ASK_VERBS),
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
  scopeNegBefore: rx(SCOPE_NEG_BEFORE),
  scopeNegAfter: rx(SCOPE_NEG_AFTER),
  thirdParty: rx(THIRD_PARTY_ACTORS),
  /** A clause that opens with a coordinator (", or send…", "或转账…"). */
  coordinated: rx(`^[^\\p{L}\\p{N}]{0,3}(?:${COORDINATORS.join('|')})`, 'u'),
  coordinatorAnywhere: rx(COORDINATORS),
  scopeBreak: rx(SCOPE_BREAKS),
  conjunction: rx(CLAUSE_CONJUNCTIONS),
  enterWhenBefore: rx(ENTER_CIRCUMSTANCE_BEFORE, 'u'),
  enterWhenAfter: rx(ENTER_CIRCUMSTANCE_AFTER, 'u'),
  warning: rx(WARNING_WORDS),
  pretext: rx(PRETEXT_BEFORE_WARNING, 'u'),
  verdict: rx(SCAM_VERDICT),
  phishingVerdict: rx(PHISHING_VERDICT),
  recommend: rx(RECOMMEND_CUES),
  pastConditional: rx(PAST_CONDITIONAL),
  pastConditionalAfter: rx(PAST_CONDITIONAL_AFTER, 'u'),
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
  lookup: rx(LOOKUP_CUES),
  identifierAfter: rx(IDENTIFIER_AFTER, 'u'),
  telegramHandle: /(?<![\p{L}\p{N}_.@/-])@([a-z][a-z0-9_]{3,31})(?![\p{L}\p{N}_@.-]*\.[a-z])/gu,
  listItem: /^\s*(?:[-*•·▪●◦‣–—]|\d{1,2}[.)、]|[a-z][.)]|[①-⑳]|\(\d{1,2}\))/u,
};

/** Longest distance (folded characters) between a request verb and what it asks for. */
const MAX_GAP_FORWARD = 80;
const MAX_GAP_BACKWARD = 60;
/** Between a funds verb and its object. */
const MAX_FUNDS_GAP = 30;
/** How far (folded characters) a clause-level check looks on either side of the words in question. */
const SCOPE_CHARS = 300;
/** How far back a negated request covers an enumeration in its sentence. */
const ENUMERATION_CHARS = 400;
/** Between a negation and the verb it governs ("we will never ask", "Мы никогда не просим"). */
const NEG_TO_VERB_CHARS = 40;
const VERB_TO_NEG_CHARS = 24;
/** A negation this close to the end of a lead-in governs its list ("Aurora staff will never:"). */
const LEAD_NEGATION_TAIL = 16;
/** How many sentences back a list item's lead-in may be. */
const MAX_LIST_SENTENCES = 30;

interface Cue {
  span: Span;
  type: 'give' | 'enter';
}

type LeadIn = { index: number; request: boolean; negated: boolean } | null;

interface Context {
  mt: MatchText;
  officials: string[];
  hosts: HostMention[];
  /** Per-sentence answers, keyed by what was asked and the sentence's start. */
  memo: Map<string, unknown>;
  /** Where the secrets found asked for stand (see coordinatedHit). */
  flaggedSecrets: Span[];
}

function remember<T>(ctx: Context, key: string, make: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const v = make();
  ctx.memo.set(key, v);
  return v;
}

/** Whether `re` matches in sentence `s`, asked once per sentence. */
function sentenceHas(ctx: Context, name: string, re: RegExp, s: Span): boolean {
  return remember(ctx, `${name}@${s.start}`, () => testIn(re, ctx.mt, s.start, s.end));
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

/** The clause around `at`, cut to SCOPE_CHARS on either side of it (a clause without punctuation can be the whole text). */
function clauseNear(mt: MatchText, at: Span): { clause: Span; near: Span } {
  const clause = clauseAt(mt, at.start) ?? at;
  const near = { start: Math.max(clause.start, at.start - SCOPE_CHARS), end: Math.min(clause.end, at.end + SCOPE_CHARS) };
  return { clause, near };
}

/** A warning word in [start, end) that is not the scammer's pretext ("to protect you from fraud"). */
function warningIn(mt: MatchText, start: number, end: number, re: RegExp = RE.warning): boolean {
  for (const w of findAll(re, mt.folded.slice(start, end), start)) {
    const before = mt.folded.slice(Math.max(start, w.start - 60), w.start);
    RE.pretext.lastIndex = 0;
    if (!RE.pretext.test(before)) return true;
  }
  return false;
}

/** How far after a verb-final request verb its conditional ending may be ("입력하셨다면", "入力してしまった場合"). */
const CONDITIONAL_TAIL_CHARS = 16;

/**
 * The request verb `cue` is inside a condition about the past ("如果您已经…输入过密码",
 * "if you already entered…", "이미 입력하셨다면"): before the verb with no new request
 * in between, or right after it.
 */
function pastConditional(mt: MatchText, cue: Span, near: Span): boolean {
  if (testIn(RE.pastConditionalAfter, mt, cue.end, Math.min(near.end, cue.end + CONDITIONAL_TAIL_CHARS))) return true;
  for (const m of findAll(RE.pastConditional, mt.folded.slice(near.start, cue.start), near.start)) {
    if (!testIn(RE.scopeBreak, mt, m.end, cue.start)) return true;
  }
  return false;
}

/** A scam verdict in the cue's sentence, or a negation, a warning or a condition about the past in its clause. */
function cueClauseNegated(ctx: Context, cue: Span): boolean {
  return remember(ctx, `cueneg@${cue.start}:${cue.end}`, () => cueClauseNegatedNow(ctx, cue));
}

function cueClauseNegatedNow(ctx: Context, cue: Span): boolean {
  const { mt } = ctx;
  const sentence = sentenceAt(mt, cue.start);
  if (sentence && sentenceHas(ctx, 'verdict', RE.verdict, sentence)) return true;
  const c = clauseNear(mt, cue);
  const own = ownPartOfClause(mt, cue, c.near);
  if (testIn(RE.negBefore, mt, own.start, cue.start)) return true;
  if (testIn(RE.negAfter, mt, cue.end, own.end)) return true;
  if (pastConditional(mt, cue, c.near)) return true;
  return warningIn(mt, c.near.start, c.near.end);
}

/**
 * The part of the clause `near` that belongs to the request verb `cue`: from the last
 * conjunction before it to the first one after it ("your wallet is not genuine *so* send
 * us your seed phrase": the "not" negates the wallet, not the request).
 */
function ownPartOfClause(mt: MatchText, cue: Span, near: Span): Span {
  let start = near.start;
  for (const m of findAll(RE.conjunction, mt.folded.slice(near.start, cue.start), near.start)) start = m.end;
  const after = findAll(RE.conjunction, mt.folded.slice(cue.end, near.end), cue.end)[0];
  return { start, end: after ? after.start : near.end };
}

/**
 * An "enter" verb that says when something happens ("the error you see when entering the
 * 2FA code", "al introducir", "입력할 때", "入力した際"): no request.
 */
function enterCircumstance(mt: MatchText, cue: Span): boolean {
  const clause = clauseAt(mt, cue.start) ?? cue;
  const before = mt.folded.slice(Math.max(clause.start, cue.start - 40), cue.start);
  RE.enterWhenBefore.lastIndex = 0;
  if (RE.enterWhenBefore.test(before)) return true;
  RE.enterWhenAfter.lastIndex = 0;
  return RE.enterWhenAfter.test(mt.folded.slice(cue.end, Math.min(clause.end, cue.end + 12)));
}

/** Whether the request `cue` for `target` is negated, warned about or a question about the past. */
function negated(ctx: Context, cue: Span, target: Span): boolean {
  const { mt } = ctx;
  if (cueClauseNegated(ctx, cue)) return true;
  const c = clauseNear(mt, cue);
  const t = clauseNear(mt, target);
  if (t.clause.start !== c.clause.start) {
    if (testIn(RE.negBefore, mt, t.near.start, target.start)) return true;
    if (testIn(RE.negAfter, mt, target.end, t.near.end)) return true;
  }
  return inNegatedScope(ctx, Math.min(cue.start, target.start));
}

// --- scope of a negation beyond its clause ---------------------------------------------

interface SentenceScope {
  /** Where a negated request (or a third party's) starts, sorted: asking verbs ("never ask you to…"). */
  openers: number[];
  /**
   * The same for other request verbs ("never share…"), sorted by `at`: they reach only as
   * far as an enumeration of coordinated clauses ("…, or send crypto…"), up to `until`.
   */
  verbOpeners: { at: number; until: number }[];
  /** Where a contrast, a new request or a semicolon ends, sorted. */
  breaks: number[];
}

/** The last value in sorted `xs` that is <= `x`, or -1. */
function lastAtOrBefore(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  let out = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid] ?? 0;
    if (v <= x) {
      out = v;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return out;
}

/** Whether a request verb at `verb` is negated or done by a third party, within its clause. */
function negatedRequestVerb(mt: MatchText, verb: Span): boolean {
  const clause = clauseAt(mt, verb.start) ?? verb;
  const from = Math.max(clause.start, verb.start - NEG_TO_VERB_CHARS);
  if (testIn(RE.scopeNegBefore, mt, from, verb.start)) return true;
  if (warningIn(mt, from, verb.start, RE.thirdParty)) return true;
  return testIn(RE.scopeNegAfter, mt, verb.start, Math.min(clause.end, verb.end + VERB_TO_NEG_CHARS));
}

function scopeOf(ctx: Context, s: Span): SentenceScope {
  return remember(ctx, `scope@${s.start}`, () => {
    const { mt } = ctx;
    const text = slice(mt, s);
    const breaks = findAll(RE.scopeBreak, text, s.start).map((b) => b.end);
    const negatedVerbs = (spans: Span[]): Span[] => spans.filter((v) => negatedRequestVerb(mt, v)).sort((a, b) => a.start - b.start);
    const openers = negatedVerbs(findAll(RE.ask, text, s.start)).map((v) => v.start);
    const clauses = clausesIn(mt, s);
    const verbOpeners = negatedVerbs([
      ...findAll(RE.give, text, s.start).filter((v) => !supportSends(mt, v)),
      ...findAll(RE.enter, text, s.start),
    ]).map((v) => {
      // The last clause after the verb's own that opens with a coordinator, before the next break.
      const stop = Math.min(s.end, v.start + ENUMERATION_CHARS, breaks.find((b) => b > v.end) ?? s.end);
      let until = v.end;
      for (const c of clauses) {
        if (c.start <= v.end) continue;
        if (c.start >= stop) break;
        if (RE.coordinated.test(mt.folded.slice(c.start, Math.min(c.end, c.start + 40)))) until = Math.min(c.end, stop);
      }
      return { at: v.start, until };
    });
    return { openers, verbOpeners, breaks };
  });
}

/**
 * Whether `pos` lies in the scope of a negated request earlier in its sentence (an
 * enumeration: "we never ask you to verify…, provide your password, …"), or in a list
 * item under a negated lead-in ("We will never:"), with no contrast in between.
 */
function inNegatedScope(ctx: Context, pos: number): boolean {
  const { mt } = ctx;
  const si = sentenceIndexAt(mt, pos);
  const s = mt.sentences[si];
  if (!s) return false;
  if (coveredInSentence(ctx, s, pos)) return true;
  const lastBreak = lastAtOrBefore(scopeOf(ctx, s).breaks, pos);
  const lead = leadInOf(ctx, si);
  if (!lead?.negated) return false;
  // Inherited up to a contrast inside the item ("- never ask for X, but send Y").
  const lineStart = lineStartOf(mt, s.start);
  if (lineStart < 0 || pos - lineStart > ENUMERATION_CHARS) return false;
  if (lastBreak >= lineStart) return false;
  return !testIn(RE.scopeBreak, mt, lineStart, Math.min(pos, s.start));
}

// --- lists -----------------------------------------------------------------------------

/** Where the line holding folded position `pos` starts (-1 when it is farther back than the scope reaches). */
function lineStartOf(mt: MatchText, pos: number): number {
  const from = Math.max(0, pos - ENUMERATION_CHARS);
  const nl = mt.folded.slice(from, pos).lastIndexOf('\n');
  if (nl >= 0) return from + nl + 1;
  return from === 0 ? 0 : -1;
}

/** Whether sentence `s` is (on the line of) a list item. */
function isListItem(ctx: Context, s: Span): boolean {
  return remember(ctx, `item@${s.start}`, () => {
    const { mt } = ctx;
    const lineStart = lineStartOf(mt, s.start);
    if (lineStart < 0) return false;
    return RE.listItem.test(mt.folded.slice(lineStart, Math.min(s.end, lineStart + 12)));
  });
}

/**
 * The lead-in of the list that sentence `index` is an item of: the sentence ending in
 * ':' before the items, or a heading right above them, whether it asks for them and
 * whether it is negated or about scammers. Null when the sentence is not a list item.
 */
function leadInOf(ctx: Context, index: number): LeadIn {
  const { mt } = ctx;
  const item = mt.sentences[index];
  if (!item || !isListItem(ctx, item)) return null;
  return remember(ctx, `lead@${item.start}`, (): LeadIn => {
    for (let i = index - 1; i >= 0 && i >= index - MAX_LIST_SENTENCES; i--) {
      const s = mt.sentences[i];
      if (!s) break;
      const text = slice(mt, s);
      if (/[:：]$/.test(text)) return classifyLeadIn(ctx, i, false);
      if (isListItem(ctx, s)) continue;
      if (isHeading(mt, s, text)) return classifyLeadIn(ctx, i, true);
      if (text.length > 80) return null;
    }
    return null;
  });
}

/** A heading: a short line of its own without final punctuation ("What we will never do", "我们绝不会"). */
function isHeading(mt: MatchText, s: Span, text: string): boolean {
  if (text.length > 80 || /[.!?。…؟,;、]$/.test(text)) return false;
  const before = s.start === 0 ? '\n' : mt.folded[s.start - 1];
  const after = s.end >= mt.folded.length ? '\n' : mt.folded[s.end];
  return before === '\n' && after === '\n';
}

/** A heading about a problem ("Can't log in", "无法登录") is no negated lead-in. */
const CANNOT = /\b(?:can't|cannot|can not|couldn't|unable|not able)\b|无法|不能|не (?:могу|можете|удается|удаётся)|نمی ?توان|할 수 없|no (?:puede|puedo)|yapamıyorum|できない|できません/u;

/**
 * What a lead-in says of its list: whether it asks for the items ("please send us the
 * following:"), or negates them or describes scammers ("Aurora staff will never:",
 * "Phishing messages usually:"). A heading without a colon can only negate.
 */
function classifyLeadIn(ctx: Context, index: number, heading: boolean): LeadIn {
  const { mt } = ctx;
  const s = mt.sentences[index];
  if (!s) return null;
  return remember(ctx, `leadin@${s.start}`, (): LeadIn => {
    // Read after the last contrast: "We never ask for your password, but please send us:".
    const scope = scopeOf(ctx, s);
    const from = Math.max(s.start, scope.breaks[scope.breaks.length - 1] ?? s.start);
    const request = !heading && [...leadInCues(ctx, s, false), ...leadInCues(ctx, s, true)].length > 0;
    if (request) return { index, request, negated: false };
    if (heading && CANNOT.test(slice(mt, s))) return { index, request, negated: false };
    // Negated: a negated request ("We will never ask you to:", "Never share the following:"),
    // a negation that ends the lead-in ("Aurora staff will never:", "我们绝不会：", "Мы никогда не:"),
    // or scammers ("Phishing messages usually:", "骗子通常会：").
    const end = s.end;
    const tail = Math.max(from, end - LEAD_NEGATION_TAIL);
    const negatedLead =
      scope.openers.some((o) => o >= from) ||
      scope.verbOpeners.some((v) => v.at >= from) ||
      testIn(RE.scopeNegBefore, mt, tail, end) ||
      testIn(RE.scopeNegAfter, mt, tail, end) ||
      warningIn(mt, from, end, RE.thirdParty);
    return { index, request, negated: negatedLead };
  });
}

/** The un-negated request cues of a lead-in sentence (for seed phrases and keys, "confirm / verify" too). */
function leadInCues(ctx: Context, s: Span, seedKinds: boolean): Cue[] {
  return remember(ctx, `leadcues${seedKinds ? 's' : ''}@${s.start}`, () =>
    cuesIn(ctx, s, seedKinds).filter((cue) => {
      if (cue.type === 'enter' && !enterGoesAway(ctx, seedKinds, s)) return false;
      return !negatedInClause(ctx, cue.span);
    }),
  );
}

/** The clause-level part of `negated` (a lead-in's own negation, not the list's). */
function negatedInClause(ctx: Context, cue: Span): boolean {
  const { mt } = ctx;
  if (cueClauseNegated(ctx, cue)) return true;
  const s = mt.sentences[sentenceIndexAt(mt, cue.start)];
  return s ? coveredInSentence(ctx, s, cue.start) : false;
}

/** Whether a negated request earlier in sentence `s`, with no break since, covers `pos`. */
function coveredInSentence(ctx: Context, s: Span, pos: number): boolean {
  const scope = scopeOf(ctx, s);
  const from = Math.max(s.start, lastAtOrBefore(scope.breaks, pos), pos - ENUMERATION_CHARS);
  return opensScope(scope, from, pos);
}

/** Whether a negated request in [from, pos) covers `pos` (see SentenceScope). */
function opensScope(scope: SentenceScope, from: number, pos: number): boolean {
  if (lastAtOrBefore(scope.openers, pos - 1) >= from) return true;
  for (const v of scope.verbOpeners) {
    if (v.at >= pos) break;
    if (v.at >= from && pos < v.until) return true;
  }
  return false;
}

// --- secrets ---------------------------------------------------------------------------

function hostsInSpan(ctx: Context, s: Span): HostMention[] {
  return ctx.hosts.filter((h) => overlaps(h.span, s));
}

function seedLike(kind: SecretKind): boolean {
  return kind === 'asks-for-seed-phrase' || kind === 'asks-for-private-key';
}

/** "You will be asked to provide a 2FA code", "…when prompted", "…on the withdrawal page": the site asks, not a person. */
function systemPrompted(mt: MatchText, cue: Span, secret: Span, sentence: Span): boolean {
  const c = clauseNear(mt, cue);
  if (testIn(RE.promptedBefore, mt, c.near.start, cue.start)) return true;
  const from = Math.max(cue.end, secret.end);
  return testIn(RE.promptedAfter, mt, from, Math.min(sentence.end, from + SCOPE_CHARS));
}

/** Where an "enter it" request sends the secret, judged per kind (see the file comment). */
function enterGoesAway(ctx: Context, seedKinds: boolean, sentence: Span): boolean {
  return remember(ctx, `away${seedKinds ? 's' : ''}@${sentence.start}`, () => {
    const { mt } = ctx;
    if (sentenceHas(ctx, 'destStrong', RE.destStrong, sentence)) return true;
    const hosts = hostsInSpan(ctx, sentence).filter((h) => h.kind !== 'email');
    if (seedKinds) {
      if (hosts.length > 0) return true;
      if (sentenceHas(ctx, 'destWeak', RE.destWeak, sentence)) return true;
      return testIn(RE.seedPurpose, mt, sentence.start, sentence.end);
    }
    if (ctx.officials.length === 0) return false;
    return hosts.some((h) => classifyHost(h.host, ctx.officials) === 'other');
  });
}

/** The request cues of a sentence, in order: give cues, then (for seed phrases and keys) confirm/verify cues, then enter cues. */
function cuesIn(ctx: Context, sentence: Span, seedKinds: boolean): Cue[] {
  return remember(ctx, `cues${seedKinds ? 's' : ''}@${sentence.start}`, () => {
    const { mt } = ctx;
    const text = slice(mt, sentence);
    const cues: Cue[] = findAll(RE.give, text, sentence.start).map((span) => ({ span, type: 'give' as const }));
    if (seedKinds) {
      for (const span of findAll(RE.seedCue, text, sentence.start)) cues.push({ span, type: 'give' });
    }
    for (const span of findAll(RE.enter, text, sentence.start)) cues.push({ span, type: 'enter' });
    return cues.filter((c) => c.type === 'enter' || !supportSends(mt, c.span));
  });
}

/** "We will send you…", "email you", "我们已向您的邮箱发送…", "the code sent to your e-mail": support sends something to the user. */
function supportSends(mt: MatchText, cue: Span): boolean {
  const c = clauseNear(mt, cue);
  const before = mt.folded.slice(c.near.start, cue.start);
  const after = mt.folded.slice(cue.end, Math.min(c.clause.end, cue.end + 40));
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
  // A negated verb or a contrast in between took the secret as its object ("パスワードはお伺い
  // しませんが、シードフレーズを送ってください": the password is the one not asked for).
  if (testIn(RE.negAfter, mt, secret.end, cue.start) || testIn(RE.scopeBreak, mt, secret.end, cue.start)) return false;
  return !testIn(RE.gapBlock, mt, secret.end, cue.start);
}

/** A list item ("- Recovery phrase") introduced by a request sentence ending in ':'. */
function listIntroRequest(ctx: Context, kind: SecretKind, sentenceIndex: number): Span | null {
  const { mt } = ctx;
  for (let i = sentenceIndex - 1; i >= 0 && i >= sentenceIndex - 12; i--) {
    const s = mt.sentences[i];
    if (!s) break;
    const text = slice(mt, s);
    if (/[:：]$/.test(text)) return leadInCues(ctx, s, seedLike(kind)).length > 0 ? s : null;
    if (!RE.listItem.test(text) && text.length > 80) return null;
  }
  return null;
}

function secretHit(ctx: Context, kind: SecretKind): RedFlagHit | null {
  const { mt } = ctx;
  const seedKinds = seedLike(kind);
  for (const secret of findAll(SECRETS[kind], mt.folded)) {
    if (inUrl(mt, secret)) continue;
    if (RE.afterBlock.test(mt.folded.slice(secret.end, secret.end + 40))) continue;
    const index = sentenceIndexAt(mt, secret.start);
    const sentence = mt.sentences[index];
    if (!sentence) continue;
    let cueFound = false;
    const lo = secret.start - MAX_GAP_FORWARD;
    const hi = secret.end + MAX_GAP_BACKWARD;
    for (const cue of cuesIn(ctx, sentence, seedKinds)) {
      if (cue.span.end < lo || cue.span.start > hi) continue;
      if (!paired(mt, cue.span, secret)) continue;
      cueFound = true;
      if (cue.type === 'enter' && !enterGoesAway(ctx, seedKinds, sentence)) continue;
      // For seed phrases and keys, entering them anywhere is the flag, whatever the tense.
      if (cue.type === 'enter' && !seedKinds && enterCircumstance(mt, cue.span)) continue;
      if (cue.type === 'give' && !seedKinds && systemPrompted(mt, cue.span, secret, sentence)) continue;
      if (negated(ctx, cue.span, secret)) continue;
      ctx.flaggedSecrets.push(secret);
      return { kind, evidence: quoteAround(mt, union(cue.span, secret), sentence, MAX_EVIDENCE_CHARS) };
    }
    if (cueFound) continue;
    const intro = listIntroRequest(ctx, kind, index);
    if (!intro) continue;
    const sc = clauseNear(mt, secret);
    if (testIn(RE.negBefore, mt, sc.near.start, secret.start) || testIn(RE.negAfter, mt, secret.end, sc.near.end)) continue;
    const evidence = cleanText(`${originalOf(mt, intro)} … ${originalOf(mt, sentence)}`, MAX_EVIDENCE_CHARS);
    return { kind, evidence };
  }
  return null;
}

/** Between two coordinated secrets: a few words with a coordinator, no clause end. */
const MAX_COORDINATED_GAP = 50;
const CLAUSE_END = /[.!?;:。！？；：\n]/;

/**
 * A secret coordinated with one already found asked for shares its request: "رمز عبور حساب
 * خود و همچنین عبارت بازیابی … را برای ما ارسال کنید", "your password and your 12-word
 * phrase", "密码和助记词发给我们". The verb may stand far from the first of them (verb-final
 * languages put it after the whole list), but the list itself is short and unbroken.
 */
function coordinatedHit(ctx: Context, kind: SecretKind): RedFlagHit | null {
  const { mt } = ctx;
  if (ctx.flaggedSecrets.length === 0) return null;
  for (const secret of findAll(SECRETS[kind], mt.folded)) {
    if (inUrl(mt, secret)) continue;
    if (RE.afterBlock.test(mt.folded.slice(secret.end, secret.end + 40))) continue;
    for (const other of ctx.flaggedSecrets) {
      if (overlaps(secret, other)) continue;
      const gap = secret.end <= other.start ? { start: secret.end, end: other.start } : { start: other.end, end: secret.start };
      if (gap.end - gap.start > MAX_COORDINATED_GAP) continue;
      const between = mt.folded.slice(gap.start, gap.end);
      if (CLAUSE_END.test(between)) continue;
      if (!findAll(RE.coordinatorAnywhere, between, gap.start).length) continue;
      if (testIn(RE.negBefore, mt, gap.start, gap.end) || testIn(RE.scopeBreak, mt, gap.start, gap.end)) continue;
      const sentence = sentenceAt(mt, secret.start);
      if (!sentence) continue;
      return { kind, evidence: quoteAround(mt, union(secret, other), sentence, MAX_EVIDENCE_CHARS) };
    }
  }
  return null;
}

// --- funds ---------------------------------------------------------------------------

function fundsObjectsIn(ctx: Context, sentence: Span): Span[] {
  return remember(ctx, `objects@${sentence.start}`, () => findAll(RE.fundsObject, slice(ctx.mt, sentence), sentence.start));
}

function fundsHit(ctx: Context): RedFlagHit | null {
  const { mt } = ctx;
  for (const verb of findAll(RE.fundsVerb, mt.folded)) {
    const sentence = sentenceAt(mt, verb.start);
    if (!sentence) continue;
    const object = fundsObjectsIn(ctx, sentence).find((o) => {
      if (overlaps(o, verb)) return false;
      if (o.start >= verb.end) {
        return o.start - verb.end <= MAX_FUNDS_GAP && !testIn(RE.notFunds, mt, verb.end, o.start);
      }
      if (verb.start - o.end > MAX_FUNDS_GAP) return false;
      const oc = clauseAt(mt, o.start);
      const vc = clauseAt(mt, verb.start);
      return oc !== null && vc !== null && oc.start === vc.start && !testIn(RE.notFunds, mt, o.end, verb.start);
    });
    if (!object) continue;
    const purpose = sentenceHas(ctx, 'fundsPurpose', RE.fundsPurpose, sentence) || sentenceHas(ctx, 'scamFee', RE.scamFee, sentence);
    if (!purpose) continue;
    if (sentenceHas(ctx, 'fundsLegit', RE.fundsLegit, sentence)) continue;
    if (negated(ctx, verb, object)) continue;
    return { kind: 'asks-to-send-funds', evidence: quoteAround(mt, union(verb, object), sentence, MAX_EVIDENCE_CHARS) };
  }
  // "An unfreezing fee of 200 USDT is required": the fee is the request, even without a verb.
  for (const fee of findAll(RE.scamFee, mt.folded)) {
    const sentence = sentenceAt(mt, fee.start);
    if (!sentence) continue;
    const req = remember(ctx, `required@${sentence.start}`, () => findAll(RE.required, slice(mt, sentence), sentence.start)[0] ?? null);
    if (!req) continue;
    if (negated(ctx, req, fee)) continue;
    return { kind: 'asks-to-send-funds', evidence: quoteAround(mt, union(req, fee), sentence, MAX_EVIDENCE_CHARS) };
  }
  return null;
}

// --- domains -------------------------------------------------------------------------

/** Whether a domain or account is named in a warning rather than recommended. */
function warnedAbout(ctx: Context, target: Span, sentence: Span): boolean {
  const { mt } = ctx;
  if (remember(ctx, `warning@${sentence.start}`, () => warningIn(mt, sentence.start, sentence.end))) return true;
  const c = clauseNear(mt, target);
  if (testIn(RE.negBefore, mt, c.near.start, target.start)) return true;
  return inNegatedScope(ctx, target.start);
}

/**
 * The sentence before `index` calls something phishing, fake or a scam, and sentence
 * `index` does not present a place to go (an un-negated "visit / log in / official…"):
 * "That e-mail is a phishing attempt. The link in it points to aurora-verify.com."
 */
function afterVerdict(ctx: Context, index: number): boolean {
  const { mt } = ctx;
  const prev = mt.sentences[index - 1];
  const s = mt.sentences[index];
  if (!prev || !s) return false;
  if (!remember(ctx, `phishverdict@${prev.start}`, () => warningIn(mt, prev.start, prev.end, RE.phishingVerdict))) return false;
  return remember(ctx, `norecommend@${s.start}`, () => {
    for (const c of clausesIn(mt, s)) {
      if (!testIn(RE.recommend, mt, c.start, c.end)) continue;
      if (testIn(RE.negBefore, mt, c.start, c.end) || testIn(RE.negAfter, mt, c.start, c.end)) continue;
      return false;
    }
    return true;
  });
}

function domainHit(ctx: Context): RedFlagHit | null {
  const { mt } = ctx;
  if (ctx.officials.length === 0) return null;
  for (const h of ctx.hosts) {
    const cls = classifyHost(h.host, ctx.officials);
    if (cls !== 'other') continue;
    const index = sentenceIndexAt(mt, h.span.start);
    const sentence = mt.sentences[index] ?? h.span;
    if (warnedAbout(ctx, h.span, sentence)) continue;
    if (index > 0 && afterVerdict(ctx, index)) continue;
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
  const linked = out.length;
  const linkOverlaps = (span: Span): boolean => {
    for (let i = 0; i < linked; i++) if (overlaps((out[i] as Pointer).span, span)) return true;
    return false;
  };
  for (const span of findAll(RE.messengerName, mt.folded)) {
    if (inUrl(mt, span) || linkOverlaps(span)) continue;
    out.push({ span, handle: null });
  }
  // LINE (the messenger) is an English word once folded: only the upper-case name counts.
  let lines = 0;
  for (const m of mt.original.matchAll(LINE_MESSENGER)) {
    if (++lines > 500) break;
    const start = foldedIndex(mt, m.index);
    const span = { start, end: foldedIndex(mt, m.index + m[0].length) };
    if (span.end <= span.start || inUrl(mt, span) || linkOverlaps(span)) continue;
    out.push({ span, handle: null });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Person, contact and channel cues in the clauses of `s` that carry no negation. */
function cueFlags(ctx: Context, s: Span): { person: boolean; contact: boolean; channel: boolean } {
  return remember(ctx, `flags@${s.start}`, () => {
    const { mt } = ctx;
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
  });
}

/**
 * An official verification tool described in the sentence: the user enters a URL, an
 * e-mail or a messenger account to check whether it is official. The messenger is a kind
 * of identifier there ("微信号", "Telegram account"), not an account to write to.
 */
function lookupTool(ctx: Context, p: Pointer, sentence: Span): boolean {
  const { mt } = ctx;
  if (p.handle) return false;
  if (!sentenceHas(ctx, 'lookup', RE.lookup, sentence)) return false;
  RE.identifierAfter.lastIndex = 0;
  if (RE.identifierAfter.test(mt.folded.slice(p.span.end, p.span.end + 24))) return true;
  // "微信号" names the identifier in one word.
  if (/号$/.test(slice(mt, p.span)) || /^号/.test(mt.folded.slice(p.span.end, p.span.end + 1))) return true;
  return sentenceHas(ctx, 'enter', RE.enter, sentence);
}

function messengerHit(ctx: Context): RedFlagHit | null {
  const { mt } = ctx;
  const seen = new Set<number>();
  const pointers = messengerPointers(mt);
  let q0 = 0;
  for (const p of pointers) {
    const index = sentenceIndexAt(mt, p.span.start);
    const sentence = mt.sentences[index];
    if (!sentence || seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    if (warnedAbout(ctx, p.span, sentence)) continue;
    const pc = clauseNear(mt, p.span);
    if (testIn(RE.negAfter, mt, p.span.end, pc.near.end)) continue;
    const text = slice(mt, sentence);
    const handles: string[] = [];
    while (q0 < pointers.length && (pointers[q0] as Pointer).span.end <= sentence.start) q0++;
    for (let q = q0; q < pointers.length; q++) {
      const other = pointers[q] as Pointer;
      if (other.span.start >= sentence.end) break;
      if (other.handle) handles.push(other.handle);
    }
    for (const m of execAll(RE.telegramHandle, text)) {
      handles.push(m[1] ?? '');
      if (handles.length > 50) break;
    }
    // Reached through the exchange's own site ("our Telegram support: aurora-exchange.example/tg"): fine.
    if (handles.length === 0 && hostsInSpan(ctx, sentence).some((h) => classifyHost(h.host, ctx.officials) === 'official')) continue;
    const flags = { ...cueFlags(ctx, sentence) };
    if (lookupTool(ctx, p, sentence) && !flags.person) continue;
    const prev = mt.sentences[index - 1];
    if (prev && /[:：]$/.test(slice(mt, prev)) && !warnedAbout(ctx, prev, prev)) {
      const pf = cueFlags(ctx, prev);
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
  let handles = 0;
  for (const m of mt.folded.matchAll(RE.telegramHandle)) {
    if (++handles > 500) break;
    const span = { start: m.index, end: m.index + m[0].length };
    if (inUrl(mt, span) || ctx.hosts.some((h) => overlaps(h.span, span))) continue;
    const sentence = sentenceAt(mt, span.start);
    if (!sentence || seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    if (warnedAbout(ctx, span, sentence)) continue;
    const flags = cueFlags(ctx, sentence);
    if (!(flags.person && flags.contact && !flags.channel)) continue;
    return { kind: 'personal-messenger', evidence: quoteAround(mt, span, sentence, MAX_EVIDENCE_CHARS) };
  }
  // A contact address at a free e-mail provider: a person's account, not a support desk.
  for (const h of ctx.hosts) {
    if (h.kind !== 'email' || classifyHost(h.host, ctx.officials) !== 'free-mail') continue;
    const c = clauseNear(mt, h.span);
    const before = mt.folded.slice(c.near.start, h.span.start);
    if (/\b(?:your|from)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(before) || /(?:您的|你的)$/.test(before)) continue;
    if (!testIn(RE.emailContact, mt, c.near.start, h.span.start)) continue;
    const sentence = sentenceAt(mt, h.span.start) ?? c.clause;
    if (warnedAbout(ctx, h.span, sentence)) continue;
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
  const ctx: Context = { mt, officials, hosts: hostsIn(mt), memo: new Map(), flaggedSecrets: [] };
  const hits = new Map<RedFlagKind, RedFlagHit>();
  for (const kind of SECRET_ORDER) {
    const hit = secretHit(ctx, kind);
    if (hit) hits.set(kind, hit);
  }
  for (const kind of SECRET_ORDER) {
    if (hits.has(kind)) continue;
    const hit = coordinatedHit(ctx, kind);
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
