import { rejudge } from '../../api/rejudge.js';
import { loadConfig } from '../../config/index.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Context } from '../context.js';

export async function rejudgeCommand(ctx: Context, opts: { all?: boolean }): Promise<number> {
  // The config names each exchange's official domains, which the grader needs for link red flags.
  const config = loadConfig({ path: ctx.configPath, cwd: ctx.io.cwd, env: ctx.io.env });
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const s = await rejudge(store, { all: Boolean(opts.all), config });
    ctx.log(
      `rejudged ${s.judged} stored pages with judge version ${s.judgeVersion} and regraded ${s.graded} help-center answers with grader version ${s.graderVersion}` +
        (s.skipped ? ` (${s.skipped} undecodable, skipped)` : ''),
    );
    return 0;
  } finally {
    await store.close();
  }
}
