import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { loadConfig } from '../../config/load.js';
import { report } from '../../api/report.js';
import { roomForShortLivedObjects } from '../../api/heap.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { isReportFormat, loadRenderer, NEEDS_HISTORY, REPORT_FORMATS } from '../../render/formatNames.js';
import type { Context } from '../context.js';
import { parseTimeArg } from '../duration.js';

export async function reportCommand(
  ctx: Context,
  opts: { format: string; since: string; until?: string; exchange?: string; out?: string },
): Promise<number> {
  const format = opts.format;
  if (!isReportFormat(format)) throw new UsageError(`--format: "${format}" is not one of ${REPORT_FORMATS.join(', ')}`);
  const config = loadConfig({ path: ctx.configPath, cwd: ctx.io.cwd, env: ctx.io.env });
  const now = new Date();
  const since = parseTimeArg('--since', opts.since, now);
  const until = opts.until ? parseTimeArg('--until', opts.until, now) : null;
  if (until && until < since) throw new UsageError(`--until (${until.toISOString()}) is before --since (${since.toISOString()})`);
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  roomForShortLivedObjects();
  try {
    const rep = await report({
      store,
      config,
      since,
      until,
      now,
      // Only JSON and HTML show trends and the hour-of-week grid: the others skip that work.
      history: NEEDS_HISTORY.has(format),
      ...(opts.exchange ? { exchanges: opts.exchange.split(',').map((s) => s.trim()) } : {}),
    });
    const render = await loadRenderer(format);
    const text = render(rep, { color: opts.out ? false : ctx.color, reasonsPerCriterion: ctx.verbose ? 5 : 1 });
    if (opts.out) writeReportFile(ctx, opts.out, text, format);
    else ctx.out(text);
    return 0;
  } finally {
    await store.close();
  }
}

/**
 * Writes a rendered report to a file (relative to the working directory) and says so on
 * stderr; a path that cannot be written is a usage error naming it.
 */
export function writeReportFile(ctx: Context, path: string, text: string, what: string): string {
  const target = resolve(ctx.io.cwd, path);
  try {
    writeFileSync(target, text);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(`cannot write the ${what} report to ${path}: ${e.code ?? ''} ${e.message}`.replace(/\s+/g, ' ').trim(), 'E_OUTPUT');
  }
  const shown = relative(ctx.io.cwd, target) || target;
  ctx.log(`wrote ${shown.startsWith('..') ? target : shown} (${formatBytes(Buffer.byteLength(text))}, ${what})`);
  return target;
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
