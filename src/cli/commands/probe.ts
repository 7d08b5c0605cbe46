import { EXIT, UsageError } from '../../errors.js';
import { loadConfig } from '../../config/index.js';
import { probe, selectChannels, selectExchanges } from '../../api/probe.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { Context } from '../context.js';
import { positiveInt } from '../options.js';
import { progressPrinter } from '../progress.js';
import { terminalText } from '../../render/terminalText.js';

export async function probeCommand(
  ctx: Context,
  ids: string[],
  opts: { channel?: string; concurrency?: string; timeout?: string },
): Promise<number> {
  // Everything that can be wrong with the input is checked before the database is touched.
  const config = loadConfig({ path: ctx.configPath, cwd: ctx.io.cwd, env: ctx.io.env });
  selectExchanges(config, ids);
  const channels = selectChannels(opts.channel?.split(',').map((s) => s.trim()).filter(Boolean));
  const concurrency = positiveInt('--concurrency', opts.concurrency, 1, 256);
  const timeoutMs = positiveInt('--timeout', opts.timeout, 100, 300_000);

  const store = openSqliteStore(ctx.dbPath);
  const abort = new AbortController();
  const onSignal = () => {
    ctx.log('\ninterrupted: finishing the observations in flight…');
    abort.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const progress = progressPrinter(ctx.io.stderr, ctx.stderrTty && !ctx.quiet);
  try {
    ctx.debug(`config: ${config.source}; database: ${store.path}`);
    const summary = await probe({
      config,
      store,
      exchanges: ids,
      channels,
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
      onProgress: (p) => {
        progress.update(p);
        if (ctx.verbose) ctx.debug(`${p.exchangeId} ${p.channel} ${p.outcome}${p.errorCode ? ` ${p.errorCode}` : ''} ${terminalText(p.url)}`);
      },
      signal: abort.signal,
    });
    progress.done();
    ctx.log(
      `run ${summary.runId} ${summary.status}: ${summary.observations} observations, ${summary.failures} failed, stored in ${store.path}`,
    );
    for (const x of summary.exchanges) {
      if (x.failures === 0) continue;
      const codes = Object.entries(x.errors).map(([c, n]) => `${n} × ${c}`).join(', ');
      ctx.log(`  ${x.id}: ${x.failures} of ${x.observations} failed (${codes})`);
    }
    if (summary.status === 'interrupted') return 130;
    return summary.failures > 0 ? EXIT.probesFailed : EXIT.ok;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store.close();
  }
}
