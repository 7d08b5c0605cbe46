// Shared bits for the benchmark scripts: timing, medians, RSS, output.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

export function requireBuild() {
  if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
    console.error('bench: run `npm run build` first (dist/ is missing)');
    process.exit(2);
  }
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function timeCommand(cmd, args, runs, opts = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { stdio: 'ignore', ...opts });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
    times.push(Number(t1 - t0) / 1e6);
  }
  return times;
}

export function line(label, value, target) {
  console.log(`${label.padEnd(58)} ${String(value).padStart(12)}${target ? `   (target ${target})` : ''}`);
}
