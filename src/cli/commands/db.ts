import { openSqliteStore } from '../../store/sqlite.js';
import type { Context } from '../context.js';

export async function dbStatsCommand(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const s = await store.stats();
    if (opts.json) ctx.out(`${JSON.stringify(s, null, 2)}\n`);
    else {
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
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
