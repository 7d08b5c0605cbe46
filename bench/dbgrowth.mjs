// Database growth per observation: the same page body again and again, versus a body that changes each time.
// Target: ≤ 2 KB per observation of an unchanged page.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, line, requireBuild } from './lib.mjs';

requireBuild();
const { openSqliteStore, judgePage, PAGE_JUDGE_VERSION } = await import('../dist/index.js');
const out = join(ROOT, 'bench', 'out');
mkdirSync(out, { recursive: true });
const N = Number(process.env.N ?? 2000);

// A ~60 KB help-center article; a "changed" page has a different revision line and one rewritten paragraph.
const para = 'To withdraw USDT, open Wallet → Withdraw, choose the network (TRC20 or ERC20), check the fee and the minimum, and confirm with your authenticator code. ';
const page = (i) =>
  `<!doctype html><html lang="en"><head><title>Withdrawals</title></head><body><main>` +
  Array.from({ length: 420 }, (_, k) => `<p>${k === 7 ? `Revised fee table, revision ${i}: ${i % 97} USDT. ` : ''}${para}(${k})</p>`).join('') +
  `</main><footer>rev ${i}</footer></body></html>`;

async function measure(label, changing) {
  const path = join(out, `growth-${changing ? 'changed' : 'unchanged'}.db`);
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  const store = openSqliteStore(path);
  const run = await store.beginRun({ command: 'bench', toolVersion: 'bench', configSource: null });
  const size = () => {
    store.connection.pragma('wal_checkpoint(TRUNCATE)');
    return statSync(path).size;
  };
  // Warm up: one observation so schema pages exist.
  const url = 'https://help.acme.example/hc/en-us/articles/360-withdrawals';
  const record = async (i) => {
    const html = page(changing ? i : 0);
    await store.recordObservation(run, { id: 'acme', name: 'Acme' }, {
      exchangeId: 'acme', channel: 'helpCenter', kind: 'page', role: 'article', url, finalUrl: url,
      startedAt: new Date(Date.now() + i).toISOString(), status: 200, outcome: 'ok', errorCode: null, errorMessage: null,
      timings: { dnsMs: 1.2, connectMs: 3.4, tlsMs: 10.1, ttfbMs: 120.5, totalMs: 180.2 }, bytes: html.length,
      contentType: 'text/html; charset=utf-8', charset: 'utf-8', body: Buffer.from(html), meta: { attempts: 1, redirects: 0 },
    }, { url, judgeVersion: PAGE_JUDGE_VERSION, facts: judgePage({ html, url }) });
  };
  await record(-1);
  const before = size();
  for (let i = 0; i < N; i++) await record(i);
  const after = size();
  await store.close();
  line(`${label} (${N} obs, page ${(page(0).length / 1024).toFixed(0)} KB)`, `${((after - before) / N).toFixed(0)} B/obs`, changing ? undefined : '≤ 2048 B/obs');
}

console.log('# database growth per observation');
await measure('unchanged page body', false);
await measure('changed page body every time', true);
