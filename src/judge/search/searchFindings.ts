/**
 * What one exchange's help-center search answered to the question bank, from the newest run
 * that searched: per question and language, the best of the top articles, and the red flags
 * any article raised. Pure: stored rows in, findings out.
 *
 * Why it matters: `knowledge` (are the answers right and specific), `multilingual` (do they
 * come in the asked language), `self_service` (does search find anything), `security` (does
 * any article ask for secrets) and, from the complaint question, part of `feedback`.
 */
import type { ComplaintHandling, Grade, RedFlagHit } from '../../types/knowledge.js';

export interface SearchRow {
  question: string;
  lang: string;
  outcome: 'ok' | 'error' | 'skipped';
  errorCode: string | null;
  /** Results the search returned; null when it failed. */
  results: number | null;
}

export interface AnswerRow {
  question: string;
  lang: string;
  rank: number;
  url: string;
  title: string | null;
  outcome: 'ok' | 'error' | 'skipped';
  /** Null when the article could not be fetched or graded. */
  grade: Grade | null;
  at: string;
}

export interface QuestionAnswer {
  question: string;
  lang: string;
  /** null: the search failed (not measured); 0: it worked and found nothing. */
  results: number | null;
  /** The best-graded of the fetched top articles, or null when none could be graded. */
  best: { url: string; title: string | null; rank: number; grade: Grade } | null;
}

export interface SearchRedFlag extends RedFlagHit {
  question: string;
  lang: string;
  url: string;
  at: string;
}

export interface SearchFindings {
  /** When the searches were made (the run's first one). */
  at: string | null;
  searches: number;
  failed: number;
  skipped: number;
  withResults: number;
  errorsByCode: Record<string, number>;
  answers: QuestionAnswer[];
  redFlags: SearchRedFlag[];
  /** The complaint question's best article, judged for the complaint-handling steps. */
  complaint: ComplaintHandling | null;
}

export function summariseSearch(searches: readonly SearchRow[], answers: readonly AnswerRow[], at: string | null): SearchFindings {
  const key = (q: string, l: string): string => `${q}\u0000${l}`;
  const byPair = new Map<string, QuestionAnswer>();
  const errorsByCode: Record<string, number> = {};
  let failed = 0;
  let skipped = 0;
  let withResults = 0;
  for (const s of searches) {
    if (s.outcome === 'error') failed++;
    if (s.outcome === 'skipped') skipped++;
    if (s.errorCode) errorsByCode[s.errorCode] = (errorsByCode[s.errorCode] ?? 0) + 1;
    if ((s.results ?? 0) > 0) withResults++;
    const k = key(s.question, s.lang);
    const prev = byPair.get(k);
    // Asked twice in one run (two locales of one language): keep the one that worked best.
    if (!prev || (prev.results ?? -1) < (s.outcome === 'ok' ? (s.results ?? 0) : -1)) {
      byPair.set(k, { question: s.question, lang: s.lang, results: s.outcome === 'ok' ? (s.results ?? 0) : null, best: prev?.best ?? null });
    }
  }
  const redFlags: SearchRedFlag[] = [];
  const seenFlags = new Set<string>();
  let complaint: ComplaintHandling | null = null;
  let complaintScore = -1;
  for (const a of answers) {
    if (!a.grade) continue;
    const pair = byPair.get(key(a.question, a.lang));
    if (pair && (!pair.best || a.grade.score > pair.best.grade.score)) {
      pair.best = { url: a.url, title: a.title, rank: a.rank, grade: a.grade };
    }
    for (const f of a.grade.redFlags) {
      const k = `${f.kind}\u0000${a.url}`;
      if (seenFlags.has(k)) continue;
      seenFlags.add(k);
      redFlags.push({ ...f, question: a.question, lang: a.lang, url: a.url, at: a.at });
    }
    if (a.grade.complaint && a.grade.score > complaintScore) {
      complaint = a.grade.complaint;
      complaintScore = a.grade.score;
    }
  }
  return {
    at,
    searches: searches.length,
    failed,
    skipped,
    withResults,
    errorsByCode,
    answers: [...byPair.values()].sort((x, y) => x.question.localeCompare(y.question) || x.lang.localeCompare(y.lang)),
    redFlags,
    complaint,
  };
}
