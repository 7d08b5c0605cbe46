/**
 * The page judge's worker thread (see judgePool.ts): receives { id, html, url }, answers
 * { id, facts } or { id, error }. Nothing else runs here.
 */
import { parentPort } from 'node:worker_threads';
import { judgePage } from '../judge/page/index.js';

parentPort?.on('message', (msg: { id: number; html: string; url: string }) => {
  try {
    parentPort!.postMessage({ id: msg.id, facts: judgePage({ html: msg.html, url: msg.url }) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
