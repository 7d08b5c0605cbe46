import { rejudge } from '../../api/rejudge.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Context } from '../context.js';

export async function rejudgeCommand(ctx: Context, opts: { all?: boolean }): Promise<number> {
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const s = await rejudge(store, { all: Boolean(opts.all) });
    ctx.log(`rejudged ${s.judged} stored pages with judge version ${s.judgeVersion}${s.skipped ? ` (${s.skipped} undecodable, skipped)` : ''}`);
    return 0;
  } finally {
    await store.close();
  }
}
