import { writeFileSync } from 'node:fs';
import { compare, DEFAULT_TOLERANCE, parseDuration } from '../../api/compare.js';
import { loadConfig } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { renderCompareJson, renderCompareMarkdown, renderCompareTable } from '../../render/compare.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Context } from '../context.js';

export async function compareCommand(
  ctx: Context,
  from: string,
  to: string,
  opts: { format: string; window: string; tolerance?: string; exchange?: string; out?: string },
): Promise<number> {
  const windowMs = parseDuration(opts.window);
  if (windowMs === null || windowMs <= 0) {
    throw new UsageError(`--window: expected a duration like 7d, 24h or 2w, got ${JSON.stringify(opts.window)}`, 'E_BAD_TIME');
  }
  let tolerance = DEFAULT_TOLERANCE;
  if (opts.tolerance !== undefined) {
    tolerance = Number(opts.tolerance);
    if (opts.tolerance.trim() === '' || !Number.isFinite(tolerance) || tolerance < 0 || tolerance > 10) {
      throw new UsageError(`--tolerance: expected points from 0 to 10 on the criterion scale (overall uses ten times it), got ${JSON.stringify(opts.tolerance)}`);
    }
  }
  const config = loadConfig({ path: ctx.configPath, cwd: ctx.io.cwd, env: ctx.io.env });
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const result = await compare({
      store,
      config,
      from,
      to,
      windowMs,
      tolerance,
      ...(opts.exchange ? { exchanges: opts.exchange.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    });
    const text =
      opts.format === 'json'
        ? renderCompareJson(result)
        : opts.format === 'markdown'
          ? renderCompareMarkdown(result)
          : renderCompareTable(result, { color: opts.out ? false : ctx.color });
    if (opts.out) {
      writeFileSync(opts.out, text);
      ctx.log(`wrote ${opts.out}`);
    } else ctx.out(text);
    return 0;
  } finally {
    await store.close();
  }
}
