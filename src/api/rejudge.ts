/**
 * `rejudge`: re-runs today's judges over stored evidence, without fetching
 * (Lighthouse's gather/audit split). Reports then see the new facts.
 */
import { decodeBody } from '../collect/http/charset.js';
import { judgePage, PAGE_JUDGE_VERSION } from '../judge/page/index.js';
import type { Store } from '../store/store.js';

export interface RejudgeSummary {
  judged: number;
  skipped: number;
  judgeVersion: number;
}

export async function rejudge(store: Store, options: { all?: boolean } = {}): Promise<RejudgeSummary> {
  let judged = 0;
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
  return { judged, skipped, judgeVersion: PAGE_JUDGE_VERSION };
}
