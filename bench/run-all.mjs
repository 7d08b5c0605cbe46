// Runs every benchmark in turn; each prints its own numbers. `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const scripts = ['version.mjs', 'ttfb.mjs', 'crawl.mjs', 'report.mjs', 'dbgrowth.mjs', 'grader.mjs'];
let failed = 0;
for (const s of scripts) {
  const path = fileURLToPath(new URL(s, import.meta.url));
  if (!existsSync(path)) continue;
  console.log(`\n== ${s}`);
  const r = spawnSync(process.execPath, [path], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
