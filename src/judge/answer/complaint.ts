/**
 * How a reply handles a complaint: does it acknowledge the problem (an apology, "we
 * understand"), give a case number, promise a time frame, and say how to escalate?
 *
 * Why it matters (feedback): seed 002's complaint-handling steps are to listen to the
 * user, give a timeline and progress updates, and offer a solution; CRITERIA.md's
 * complaint scenario (account-frozen-complaint) checks for acknowledgement, a timeline,
 * a case number and an escalation path. Fragments are returned as the reply wrote
 * them (cleaned, ≤ 120 characters) so a report can show what was promised. A time
 * frame must be concrete ("within 3 business days", "by Friday", "在3个工作日内",
 * "ظرف ۷۲ ساعت"); "as soon as possible" is not one.
 */
import type { ComplaintHandling } from '../../types/knowledge.js';
import { cleanText } from '../page/sanitize.js';
import { findCaseNumber } from './autoAck.js';
import { APOLOGY, ESCALATION, TIMELINE } from './complaint-patterns.js';
import { clauseAt, findAll, originalOf, quoteAround, rx, sentenceAt, toMatchText, type MatchText, type Span } from './match-text.js';
import { agentOwnWords } from './own-words.js';

export const MAX_FRAGMENT_CHARS = 120;

const RE = {
  apology: rx(APOLOGY),
  timeline: rx(TIMELINE),
  escalation: rx(ESCALATION),
};

/** A negation right before a phrase in its clause ("we cannot escalate", "无法升级"). */
const NEGATED_BEFORE = rx(
  [
    String.raw`\b(?:cannot|can't|unable to|not able to|won't|will not|do not|don't|no|not|never)\s+(?:\p{L}+\s+){0,2}$`,
    '(?:无法|不能|不会|不可以|没有)\\S{0,4}$',
    String.raw`\b(?:не|нет|никогда)\s+(?:\p{L}+\s+){0,2}$`,
    String.raw`(?:نمی ?توانیم|نمی ?شود|امکان)\s*(?:\p{L}+\s+){0,2}$`,
    String.raw`\b(?:no|nunca)\s+(?:\p{L}+\s+){0,2}$`,
  ],
  'u',
);

function firstUnnegated(mt: MatchText, re: RegExp): Span | null {
  for (const m of findAll(re, mt.folded)) {
    const clause = clauseAt(mt, m.start);
    // A negation and at most two words before the phrase: 80 characters are enough (and keep a
    // clause of 100,000 characters cheap).
    const before = mt.folded.slice(Math.max(clause ? clause.start : 0, m.start - (clause ? 80 : 40)), m.start);
    NEGATED_BEFORE.lastIndex = 0;
    if (NEGATED_BEFORE.test(before)) continue;
    return m;
  }
  return null;
}

/** Seed 002's complaint-handling steps found in a reply. Pure; never throws on any text. */
export function judgeComplaint(text: string): ComplaintHandling {
  const body = agentOwnWords(typeof text === 'string' ? text : '');
  if (!body) return { acknowledgement: false, caseNumber: null, timeline: null, escalation: null };
  const mt = toMatchText(body);
  const apology = firstUnnegated(mt, RE.apology);
  const timeline = firstUnnegated(mt, RE.timeline);
  const escalation = firstUnnegated(mt, RE.escalation);
  let escalationText: string | null = null;
  if (escalation) {
    const sentence = sentenceAt(mt, escalation.start);
    escalationText = quoteAround(mt, escalation, sentence, MAX_FRAGMENT_CHARS) || null;
  }
  return {
    acknowledgement: apology !== null,
    caseNumber: findCaseNumber(mt)?.id ?? null,
    timeline: timeline ? cleanText(originalOf(mt, timeline), MAX_FRAGMENT_CHARS) || null : null,
    escalation: escalationText,
  };
}
