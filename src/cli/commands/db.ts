/**
 * `db stats`, `db prune`, `db vacuum`: what the database holds, retention, and giving freed
 * space back to the file system.
 */
import { UsageError } from '../../errors.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { PruneResult } from '../../store/store.js';
import type { Context } from '../context.js';
import { parseTimeArg } from '../duration.js';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** 1536 -> "1.5 KiB", 5.2e6 -> "5.0 MiB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

export async function dbStatsCommand(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const s = await store.stats();
    if (opts.json) ctx.out(`${JSON.stringify(s, null, 2)}\n`);
    else {
      ctx.out(
        [
          `database      ${s.path}`,
          `size          ${kb(s.sizeBytes)}`,
          `runs          ${s.runs}`,
          `observations  ${s.observations}${s.observations ? ` (${kb(s.sizeBytes / s.observations)} per observation)` : ''}`,
          `bodies        ${s.bodies} distinct, ${kb(s.bodyBytesRaw)} raw, ${kb(s.bodyBytesStored)} stored`,
        ].join('\n') + '\n',
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

export async function dbPruneCommand(ctx: Context, opts: { olderThan?: string; dryRun?: boolean; json?: boolean }): Promise<number> {
  if (!opts.olderThan) throw new UsageError('db prune: --older-than <dur> is required (e.g. --older-than 180d, or an ISO date)');
  const now = new Date();
  const cutoff = parseTimeArg('--older-than', opts.olderThan, now);
  if (cutoff.getTime() > now.getTime()) {
    throw new UsageError(`--older-than: ${cutoff.toISOString()} is in the future; that would delete every observation`);
  }
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const before = (await store.stats()).sizeBytes;
    const result = await store.prune({ before: cutoff.getTime(), dryRun: Boolean(opts.dryRun) });
    const after = (await store.stats()).sizeBytes;
    if (opts.json) {
      ctx.out(`${JSON.stringify({ ...result, cutoff: new Date(result.cutoff).toISOString(), sizeBefore: before, sizeAfter: after }, null, 2)}\n`);
    } else ctx.out(pruneText(result, opts.olderThan, before, after));
    return 0;
  } finally {
    await store.close();
  }
}

function pruneText(r: PruneResult, olderThan: string, before: number, after: number): string {
  const verb = r.dryRun ? 'would remove' : 'removed';
  const lines = [
    `${r.dryRun ? 'dry run: ' : ''}observations that started before ${new Date(r.cutoff).toISOString()} (--older-than ${olderThan})`,
    `${verb.padEnd(12)} ${plural(r.observations, 'observation')}, ${plural(r.bodies, 'body', 'bodies')} (${formatBytes(r.bodyBytes)} stored), ${plural(r.pageFacts, 'page fact')}`,
    `${'kept'.padEnd(12)} ${plural(r.kept.observations, 'newer observation')}, ${plural(r.kept.runs, 'run')}, ${count(r.kept.hourlyRollups)} hourly and ${count(r.kept.dailyRollups)} daily rollups (availability and latency history)`,
  ];
  if (r.dryRun) lines.push(`${'size'.padEnd(12)} ${formatBytes(before)} (a dry run changes nothing)`);
  else {
    const free = r.freeBytes > 0 ? `; ${formatBytes(r.freeBytes)} free inside the file (\`supportscope db vacuum\` gives it back to the disk)` : '';
    lines.push(`${'size'.padEnd(12)} ${formatBytes(before)} before, ${formatBytes(after)} after${free}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function dbVacuumCommand(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const before = (await store.stats()).sizeBytes;
    ctx.debug('vacuum: rewriting the database file (needs up to its size again in free disk space)');
    await store.vacuum();
    const after = (await store.stats()).sizeBytes;
    if (opts.json) ctx.out(`${JSON.stringify({ path: store.path, sizeBefore: before, sizeAfter: after }, null, 2)}\n`);
    else ctx.out(`vacuumed ${store.path}: ${formatBytes(before)} before, ${formatBytes(after)} after (${formatBytes(Math.max(0, before - after))} returned to the disk)\n`);
    return 0;
  } finally {
    await store.close();
  }
}
