/**
 * `rejudge`: re-runs today's judges and grader over stored evidence, without fetching
 * (Lighthouse's gather/audit split). Reports then see the new facts and grades.
 */
import { decodeBody } from '../collect/http/charset.js';
import { GRADER_VERSION } from '../judge/answer/grade.js';
import { siteOf } from '../judge/page/site.js';
import { judgePage, PAGE_JUDGE_VERSION } from '../judge/page/index.js';
import type { Store } from '../store/store.js';
import type { Config } from '../types/config.js';
import type { ObservationInput } from '../types/observation.js';
import { gradeFetchedAnswer, officialDomains } from './probe.js';

export interface RejudgeSummary {
  judged: number;
  /** Help-center answers graded again. */
  graded: number;
  skipped: number;
  judgeVersion: number;
  graderVersion: number;
}

export async function rejudge(store: Store, options: { all?: boolean; config?: Config } = {}): Promise<RejudgeSummary> {
  let judged = 0;
  let graded = 0;
  let skipped = 0;
  // Without --all, only bodies whose facts are missing or older than this judge version.
  const staleBefore = options.all ? Number.MAX_SAFE_INTEGER : PAGE_JUDGE_VERSION;
  for await (const b of store.pageBodies({ staleBefore })) {
    const decoded = decodeBody(b.body, b.contentType);
    if ('error' in decoded) {
      skipped++;
      continue;
    }
    const facts = judgePage({ html: decoded.text, url: b.url });
    await store.putFacts(b.hash, { url: b.url, judgeVersion: PAGE_JUDGE_VERSION, facts });
    judged++;
  }
  const configured = new Map((options.config?.exchanges ?? []).map((e) => [e.id, e]));
  for await (const a of store.answerBodies({ staleBefore: options.all ? Number.MAX_SAFE_INTEGER : GRADER_VERSION })) {
    const decoded = decodeBody(a.body, a.contentType);
    if ('error' in decoded) {
      skipped++;
      continue;
    }
    const ex = configured.get(a.exchangeId);
    // An exchange no longer in the config: its own article host is the one official domain known.
    const domains = ex ? officialDomains(ex) : [siteOf(new URL(a.url).hostname)];
    const obs = { kind: 'answer', outcome: 'ok', url: a.url, finalUrl: a.url, contentType: a.contentType, meta: { question: a.question, lang: a.lang } } as unknown as ObservationInput;
    const grade = gradeFetchedAnswer(obs, decoded.text, domains);
    if (!grade) continue;
    await store.putGrade(a.hash, grade);
    graded++;
  }
  return { judged, graded, skipped, judgeVersion: PAGE_JUDGE_VERSION, graderVersion: GRADER_VERSION };
}
