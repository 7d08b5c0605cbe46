/**
 * The page-judge pool (src/api/judgePool.ts) runs the compiled judge in worker threads:
 * it must give exactly what the inline judge gives, and a worker that dies fails only the
 * page it held. Uses dist/ (the pool needs the compiled worker script; `npm test` builds first).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const dist = (p: string) => pathToFileURL(join(ROOT, 'dist', p)).href;
const { createPageJudge, inlineJudge } = (await import(dist('api/judgePool.js'))) as typeof import('../../src/api/judgePool.js');
const dir = mkdtempSync(join(tmpdir(), 'ss-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pages = ['zendesk-copenhagen-en.html', 'freshdesk-portal-ru.html', 'zendesk-zh-tw.html', 'generic-fa.html'].map((f) => ({
  html: readFileSync(join(ROOT, 'fixtures', 'pages', f), 'utf8'),
  url: `https://help.acme.example/hc/en-us/articles/${f.length}-page`,
}));

describe('the page-judge pool', () => {
  it('judges in worker threads exactly as inline, many pages at once', async () => {
    const pool = createPageJudge(2);
    try {
      expect(pool.threads).toBe(2);
      const inline = inlineJudge();
      const jobs = Array.from({ length: 24 }, (_, i) => pages[i % pages.length]!);
      const pooled = await Promise.all(jobs.map((p) => pool.judge(p.html, p.url)));
      const expected = await Promise.all(jobs.map((p) => inline.judge(p.html, p.url)));
      expect(pooled).toEqual(expected);
      expect(pooled[0]!.platform).toBe('zendesk');
    } finally {
      await pool.close();
    }
  });

  it('a worker that dies fails only its page, and the pool goes on with a new worker', async () => {
    const worker = join(dir, 'crashy-worker.mjs');
    writeFileSync(
      worker,
      `import { parentPort } from 'node:worker_threads';
       parentPort.on('message', (m) => { if (m.html === 'crash') process.exit(7); parentPort.postMessage({ id: m.id, facts: { url: m.url, title: m.html } }); });`,
    );
    const pool = createPageJudge(1, pathToFileURL(worker));
    try {
      const results = await Promise.allSettled([pool.judge('a', 'https://x.example/1'), pool.judge('crash', 'https://x.example/2'), pool.judge('b', 'https://x.example/3')]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/worker stopped \(exit code 7\) while judging https:\/\/x\.example\/2/);
      expect(((results[2] as PromiseFulfilledResult<{ title: string }>).value).title).toBe('b');
    } finally {
      await pool.close();
    }
  });

  it('rejects work after close, and an idle pool does not keep the process alive', async () => {
    const pool = createPageJudge(1);
    await pool.judge(pages[0]!.html, pages[0]!.url);
    await pool.close();
    await expect(pool.judge('x', 'https://x.example/')).rejects.toThrow(/closed/);
  });
});
