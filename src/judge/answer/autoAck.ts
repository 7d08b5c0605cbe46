/**
 * Automatic acknowledgements ("We have received your request, ticket #12345; an agent
 * will reply within 24 hours") and the case / ticket number a reply gives.
 *
 * Why it matters (responsiveness, resolution, feedback): CRITERIA.md counts an
 * acknowledgement as a *first* reply but not a *substantive* one, and the complaint
 * scenario asks for a case number. A reply is an acknowledgement only when that is
 * essentially all it says: its clauses are split into acknowledgement, greeting,
 * closing/signature and helpdesk boilerplate, and what remains must be under
 * MAX_CONTENT_UNITS words (CJK characters count half a word). A clause that speaks only
 * of the ticket process (the queue, "do not create duplicate tickets", "reply to add
 * information", the help center meanwhile, "we will notify you by e-mail", working hours)
 * is not content either, however its words are ordered or padded (isProcessTalk), and a
 * bracketed brand ("【Kestrel Markets】您好") does not hide a greeting. "Thanks for
 * contacting us" followed by an actual answer is not an acknowledgement.
 *
 * A case number is taken only next to a label (ticket, case, request, 工单号, обращение
 * №, شماره پیگیری, 접수번호, número de caso, talep numarası, お問い合わせ番号…) or as a
 * "#12345" of four digits or more; never a date, an amount, a duration, a phone number
 * or a transaction hash. It is returned as written, without a leading '#' or '№',
 * with full-width and Persian/Arabic digits made ASCII.
 */
import {
  ACK_CLAUSES,
  BOILERPLATE,
  CASE_BEFORE_LABEL,
  CASE_LABELS,
  CJK_FUNCTION_WORDS,
  CJK_PROCESS_WORDS,
  CLOSING,
  FUNCTION_WORDS,
  GREETING,
  HASH_ID,
  NOT_CASE_AFTER,
  NUMERO_ID,
  PROCESS_WORDS,
} from './ack-patterns.js';
import { clausesIn, execAll, findAll, foldedIndex, originalOf, quoteAround, rx, slice, toMatchText, type MatchText, type Span } from './match-text.js';
import { agentOwnWords } from './own-words.js';

export interface AutoAckVerdict {
  autoAck: boolean;
  caseNumber: string | null;
  /** The acknowledgement as written (≤ 200 characters) when `autoAck`, else null. */
  evidence: string | null;
}

/** Below this many words of other content, a reply with an acknowledgement is only that. */
export const MAX_CONTENT_UNITS = 8;
const MAX_EVIDENCE_CHARS = 200;

const RE = {
  ack: rx(ACK_CLAUSES),
  greeting: rx(GREETING),
  closing: rx(CLOSING),
  boilerplate: rx(BOILERPLATE),
  labels: CASE_LABELS.map((l) => rx(l)),
  before: rx(CASE_BEFORE_LABEL),
  hash: rx(HASH_ID),
  notCaseAfter: rx(NOT_CASE_AFTER, 'u'),
  processWord: rx(`^(?:${PROCESS_WORDS.join('|')})$`, 'u'),
  functionWord: rx(`^(?:${FUNCTION_WORDS.join('|')})$`, 'u'),
  cjkProcess: rx(CJK_PROCESS_WORDS),
  cjkFunction: rx(CJK_FUNCTION_WORDS),
};

/** A brand or system label in brackets opening a clause ("【Kestrel Markets】", "[Aurora]"). */
const BRACKET_LABEL = /^[\[【〔［][^\]】〕］\n]{1,40}[\]】〕］]\s*/u;

const QUALIFIER = /[#:：(=№]|\b(?:number|no|num|id|code|is)\b|номер|numara|번호|番号|号|编号|شماره|کد|n\.?o\b|为|是|は|는|은/u;
const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;
const TXID_LIKE = /^(?:0x[0-9a-f]+|[0-9a-f]{40,})$/;

export interface CaseNumberHit {
  /** As written, ASCII digits, no leading '#' / '№'. */
  id: string;
  /** Folded span of the id. */
  span: Span;
}

function asWritten(mt: MatchText, span: Span): string {
  const raw = originalOf(mt, span).normalize('NFKC');
  const ascii = raw.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
  return ascii.replace(/^[#№]+/, '').trim();
}

function validCandidate(mt: MatchText, id: Span, prefix: string | null): boolean {
  const text = mt.folded.slice(id.start, id.end).replace(/^#/, '');
  const digits = text.replace(/\D/g, '').length;
  if (digits === 0 || text.length < 3) return false;
  if (DATE_LIKE.test(text) || TXID_LIKE.test(text)) return false;
  const next = mt.folded[id.end] ?? '';
  if (/[\p{L}\p{N}_]/u.test(next) && !/[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF\u0600-\u06FF]/u.test(next)) return false;
  if (/^[.,]\d/.test(mt.folded.slice(id.end, id.end + 2))) return false;
  RE.notCaseAfter.lastIndex = 0;
  if (RE.notCaseAfter.test(mt.folded.slice(id.end, id.end + 24))) return false;
  if (prefix !== null && !QUALIFIER.test(prefix) && digits < 3) return false;
  // A phone number: '+' before it, or a long run starting with 0 after a phone word.
  const before = mt.folded.slice(Math.max(0, id.start - 24), id.start);
  if (/\+\s*$/.test(before)) return false;
  if (/(?:phone|tel|call|whatsapp|телефон|تلفن|موبایل|전화|电话|電話|tel[eé]fono|telefon)\W*$/u.test(before)) return false;
  return true;
}

/** The first case / ticket / request number in the reply, or null. */
export function findCaseNumber(mt: MatchText): CaseNumberHit | null {
  const found: Span[] = [];
  const t = mt.folded;
  for (const re of RE.labels) {
    re.lastIndex = 0;
    for (const m of t.matchAll(re)) {
      const id = m[1];
      if (!id) continue;
      const idStart = m.index + m[0].length - id.length;
      const span = { start: idStart, end: idStart + id.length };
      if (validCandidate(mt, span, m[0].slice(0, m[0].length - id.length))) {
        found.push(span);
        break;
      }
    }
  }
  RE.before.lastIndex = 0;
  for (const m of t.matchAll(RE.before)) {
    const id = m.slice(1).find((g) => g !== undefined);
    if (!id) continue;
    const at = m.index + m[0].indexOf(id);
    const span = { start: at, end: at + id.length };
    if (validCandidate(mt, span, null)) {
      found.push(span);
      break;
    }
  }
  NUMERO_ID.lastIndex = 0;
  for (const m of mt.original.matchAll(NUMERO_ID)) {
    const id = m[1];
    if (!id) continue;
    const start = foldedIndex(mt, m.index + m[0].length - id.length);
    const end = foldedIndex(mt, m.index + m[0].length);
    if (start < 0 || end <= start) continue;
    const span = { start, end };
    if (validCandidate(mt, span, '№')) {
      found.push(span);
      break;
    }
  }
  if (found.length === 0) {
    RE.hash.lastIndex = 0;
    for (const m of t.matchAll(RE.hash)) {
      const id = m[1];
      if (!id) continue;
      const span = { start: m.index + 1, end: m.index + 1 + id.length };
      if (validCandidate(mt, span, null)) {
        found.push(span);
        break;
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  const first = found[0];
  if (!first) return null;
  const id = asWritten(mt, first);
  return id ? { id, span: first } : null;
}

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;

/** Words of content: tokens of two or more letters (not bare numbers); CJK characters count half a word each. */
export function contentUnits(text: string): number {
  const noUrls = text.replace(/(?:https?:\/\/|www\.)\S+/g, ' ');
  let words = 0;
  let cjk = 0;
  for (const m of execAll(TOKEN, noUrls)) {
    const token = m[0];
    const han = token.match(/[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/g)?.length ?? 0;
    cjk += han;
    const rest = token.length - han;
    // Numbers alone (a phone number, an amount) are not words of content.
    if (!/[^\p{N}\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/u.test(token)) continue;
    if (rest >= 2 || (rest >= 1 && /[\uAC00-\uD7AF]/.test(token))) words++;
  }
  return words + cjk / 2;
}

/** A clause longer than this is never only ticket-process talk (and keeps the word check cheap on long text). */
const MAX_PROCESS_CLAUSE_CHARS = 300;
/** Other words of content a ticket-process clause may carry (a brand, a subject)… */
const MAX_UNKNOWN = 1;
/** …or, with at least MANY_PROCESS_WORDS ticket-process words, this many. */
const MAX_UNKNOWN_WITH_MANY = 2;
const MANY_PROCESS_WORDS = 3;
const CJK_CHAR = /[\u3400-\u9FFF\uF900-\uFAFF\u30A0-\u30FF]/gu;
const HAS_CJK = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/u;

/**
 * Whether a piece of text speaks only of the ticket process ("our team is currently
 * experiencing a high volume of requests", "as this may delay our response", "处理结果将通过
 * 邮件通知您", "お問い合わせいただき、ありがとうございます"): it has a ticket-process word and at
 * most one other word of content (a brand, a subject), whatever the word order or the
 * words inserted. Chinese and Japanese runs are read by removing the known words:
 * what is left of Han and katakana counts half a word per character (hiragana is
 * grammar there).
 */
export function isProcessTalk(text: string): boolean {
  if (typeof text !== 'string' || text.length > MAX_PROCESS_CLAUSE_CHARS) return false;
  return processTalk(toMatchText(text).folded);
}

/** isProcessTalk on folded text. */
function processTalk(text: string): boolean {
  if (text.length > MAX_PROCESS_CLAUSE_CHARS) return false;
  const noUrls = text.replace(/(?:https?:\/\/|www\.)\S+/g, ' ');
  let unknown = 0;
  let anchors = 0;
  for (const m of execAll(TOKEN, noUrls)) {
    const token = m[0];
    if (HAS_CJK.test(token)) {
      let rest = token;
      RE.cjkProcess.lastIndex = 0;
      anchors += rest.match(RE.cjkProcess)?.length ?? 0;
      rest = rest.replace(RE.cjkProcess, ' ').replace(RE.cjkFunction, ' ');
      RE.cjkProcess.lastIndex = 0;
      RE.cjkFunction.lastIndex = 0;
      unknown += (rest.match(CJK_CHAR)?.length ?? 0) / 2;
      for (const w of rest.replace(/[\p{N}\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]+/gu, ' ').split(' ')) {
        if (w.length >= 2 && !RE.functionWord.test(w) && !RE.processWord.test(w)) unknown++;
      }
    } else {
      const w = token.replace(/\p{N}+/gu, '');
      if (w.length === 0 || (w.length < 2 && !/[\uAC00-\uD7AF]/.test(w))) continue;
      if (RE.functionWord.test(w)) continue;
      if (RE.processWord.test(w)) anchors++;
      else unknown++;
    }
    if (unknown > MAX_UNKNOWN_WITH_MANY) return false;
  }
  return anchors > 0 && (unknown <= MAX_UNKNOWN || anchors >= MANY_PROCESS_WORDS);
}

/** A run of at least this many words beside the acknowledgement words in a clause is a statement. */
const MIN_STATEMENT_UNITS = 5;

/**
 * Words of real statements in an acknowledgement clause beside its acknowledgement phrases
 * ("Your account is under a compliance review and we will reply…"): short glue ("and",
 * "by our support staff") does not count.
 */
function statementsBesides(mt: MatchText, clause: Span, acks: readonly Span[]): number {
  let units = 0;
  let from = clause.start;
  const pieces: string[] = [];
  for (const a of [...acks].sort((x, y) => x.start - y.start)) {
    if (a.start > from) pieces.push(mt.folded.slice(from, Math.min(a.start, clause.end)));
    from = Math.max(from, a.end);
  }
  if (from < clause.end) pieces.push(mt.folded.slice(from, clause.end));
  for (const p of pieces) {
    const u = contentUnits(p);
    if (u >= MIN_STATEMENT_UNITS && !processTalk(p)) units += u;
  }
  return units;
}

type ClauseRole = 'ack' | 'greeting' | 'closing' | 'boilerplate' | 'process' | 'content';

interface Classified {
  roles: ClauseRole[];
  firstAck: Span | null;
  content: number;
}

function classify(mt: MatchText, caseNumber: CaseNumberHit | null): Classified {
  const roles: ClauseRole[] = mt.clauses.map(() => 'content');
  const clauseIndex = new Map(mt.clauses.map((c, i) => [c, i] as const));
  let firstAck: Span | null = null;
  let closingSeen = false;
  let residual = 0;
  for (const sentence of mt.sentences) {
    const sText = slice(mt, sentence);
    const idx = clausesIn(mt, sentence)
      .map((c) => ({ c, i: clauseIndex.get(c) ?? -1 }))
      .filter(({ i }) => i >= 0);
    RE.boilerplate.lastIndex = 0;
    if (RE.boilerplate.test(sText)) {
      for (const { i } of idx) roles[i] = 'boilerplate';
      continue;
    }
    const acks = findAll(RE.ack, sText, sentence.start);
    if (acks[0] && !firstAck) firstAck = acks[0];
    // Clauses and acknowledgements are both in text order: one pass over each.
    let firstOpen = 0;
    for (const { c, i } of idx) {
      const cText = slice(mt, c);
      while (firstOpen < acks.length && (acks[firstOpen] as Span).end <= c.start) firstOpen++;
      const inClause: Span[] = [];
      for (let k = firstOpen; k < acks.length; k++) {
        const a = acks[k] as Span;
        if (a.start >= c.end) break;
        inClause.push(a);
      }
      if (inClause.length > 0) {
        roles[i] = 'ack';
        residual += statementsBesides(mt, c, inClause);
        continue;
      }
      const label = BRACKET_LABEL.exec(cText);
      if (label && label[0].length === cText.length) {
        // A bracketed brand or system label alone ("[Kestrel Markets]").
        roles[i] = 'boilerplate';
        continue;
      }
      const unlabelled = label ? cText.slice(label[0].length) : cText;
      RE.greeting.lastIndex = 0;
      if (unlabelled.length <= 40 && RE.greeting.test(unlabelled)) {
        roles[i] = 'greeting';
        continue;
      }
      RE.closing.lastIndex = 0;
      if (cText.length <= 50 && RE.closing.test(cText)) {
        roles[i] = 'closing';
        closingSeen = true;
        continue;
      }
      if (closingSeen && cText.length <= 40) {
        // Name, title and company lines after "Best regards".
        roles[i] = 'closing';
        continue;
      }
      if (processTalk(cText)) {
        // "Please do not create duplicate tickets", "as this may delay our response".
        roles[i] = 'process';
        continue;
      }
      if (caseNumber && caseNumber.span.start >= c.start && caseNumber.span.end <= c.end) {
        const rest = cText.slice(0, caseNumber.span.start - c.start) + cText.slice(caseNumber.span.end - c.start);
        if (contentUnits(rest) <= 3) roles[i] = 'boilerplate';
      } else if (caseNumber && /[:：]$/.test(cText) && contentUnits(cText) <= 4) {
        // "受付番号:" / "Ticket number:" right before the number.
        const next = mt.clauses[i + 1];
        if (next && caseNumber.span.start >= next.start && caseNumber.span.end <= next.end) roles[i] = 'boilerplate';
      }
    }
  }
  let content = residual;
  mt.clauses.forEach((c, i) => {
    if (roles[i] === 'content') content += contentUnits(slice(mt, c));
  });
  return { roles, firstAck, content };
}

/**
 * Whether the reply is an automatic (or template) acknowledgement and not an answer,
 * the case number it gives (in any reply), and the acknowledgement's words. Pure;
 * never throws on any text.
 */
export function detectAutoAck(text: string): AutoAckVerdict {
  const body = agentOwnWords(typeof text === 'string' ? text : '');
  if (!body) return { autoAck: false, caseNumber: null, evidence: null };
  const mt = toMatchText(body);
  const caseNumber = findCaseNumber(mt);
  const { roles, firstAck, content } = classify(mt, caseNumber);
  const hasAck = roles.includes('ack');
  const autoAck = hasAck && content < MAX_CONTENT_UNITS;
  let evidence: string | null = null;
  if (autoAck && firstAck) {
    const sentence = mt.sentences.find((s) => firstAck.start >= s.start && firstAck.start < s.end) ?? firstAck;
    evidence = quoteAround(mt, firstAck, sentence, MAX_EVIDENCE_CHARS);
  }
  return { autoAck, caseNumber: caseNumber?.id ?? null, evidence };
}
