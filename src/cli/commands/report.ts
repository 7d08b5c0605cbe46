import { writeFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';
import { loadConfig } from '../../config/index.js';
import { report } from '../../api/report.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { renderJson } from '../../render/json.js';
import { renderTable } from '../../render/table.js';
import type { Context } from '../context.js';
import { parseTimeArg } from '../duration.js';

export async function reportCommand(
  ctx: Context,
  opts: { format: string; since: string; until?: string; exchange?: string; out?: string },
): Promise<number> {
  const config = loadConfig({ path: ctx.configPath, cwd: ctx.io.cwd, env: ctx.io.env });
  const now = new Date();
  const since = parseTimeArg('--since', opts.since, now);
  const until = opts.until ? parseTimeArg('--until', opts.until, now) : null;
  if (until && until < since) throw new UsageError(`--until (${until.toISOString()}) is before --since (${since.toISOString()})`);
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const rep = await report({
      store,
      config,
      since,
      until,
      now,
      // The table shows neither trends nor the hour-of-week grid: do not compute them.
      history: opts.format !== 'table',
      ...(opts.exchange ? { exchanges: opts.exchange.split(',').map((s) => s.trim()) } : {}),
    });
    const text =
      opts.format === 'json'
        ? renderJson(rep)
        : renderTable(rep, { color: opts.out ? false : ctx.color, reasonsPerCriterion: ctx.verbose ? 5 : 1 });
    if (opts.out) {
      writeFileSync(opts.out, text);
      ctx.log(`wrote ${opts.out}`);
    } else ctx.out(text);
    return 0;
  } finally {
    await store.close();
  }
}
