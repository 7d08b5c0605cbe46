import { runDemo } from '../../demo/demo.js';
import { openSqliteStore } from '../../store/sqlite.js';
import { renderHtml } from '../../render/html.js';
import { renderJson } from '../../render/json.js';
import { renderTable } from '../../render/table.js';
import type { Context } from '../context.js';
import { progressPrinter } from '../progress.js';
import { positiveInt } from '../options.js';
import { writeReportFile } from './report.js';

/** The demo keeps its own database unless one is chosen, so it never mixes with real data. */
export const DEMO_DB = 'supportscope-demo.db';
/** Where the demo writes its HTML report (in the working directory) unless told otherwise. */
export const DEMO_HTML = 'supportscope-report.html';

export async function demoCommand(
  ctx: Context,
  /** `html`: a path, false for --no-html, undefined for the default. */
  opts: { port: string; keep?: boolean; out?: string; html?: string | boolean },
): Promise<number> {
  const basePort = positiveInt('--port', opts.port, 0, 65_000) ?? 0;
  const store = openSqliteStore(ctx.dbExplicit ? ctx.dbPath : DEMO_DB);
  const progress = progressPrinter(ctx.io.stderr, ctx.stderrTty && !ctx.quiet);
  const started = Date.now();
  try {
    const result = await runDemo({
      store,
      basePort,
      keep: Boolean(opts.keep),
      onProgress: (p) => progress.update(p),
      onFleet: (fleet) =>
        ctx.log(`demo: ${fleet.exchanges.length} simulated exchanges on ${fleet.exchanges.map((x) => new URL(x.baseUrl).host).join(', ')}`),
    });
    progress.done();
    const s = result.summary;
    ctx.log(
      `demo: run ${s.runId}: ${s.observations} observations (${s.failures} failed, as some simulated exchanges are built to fail) ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s, stored in ${store.path}`,
    );
    ctx.out(renderTable(result.report, { color: ctx.color, reasonsPerCriterion: ctx.verbose ? 5 : 1 }));
    if (opts.out) writeReportFile(ctx, opts.out, renderJson(result.report), 'JSON');
    if (opts.html !== false) {
      const path = typeof opts.html === 'string' && opts.html !== '' ? opts.html : DEMO_HTML;
      const written = writeReportFile(ctx, path, renderHtml(result.report), 'HTML');
      ctx.log(`demo: open ${written} in a browser for the full report (heat-maps, trends, every reason)`);
    }
    ctx.log(`next: supportscope report --db ${store.path} --format json   (or inspect ${result.fleet.exchanges[0]?.config.channels.helpCenter?.url ?? ''})`);
    if (opts.keep) {
      ctx.log('demo: the simulated exchanges keep running; press Ctrl-C to stop');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await result.fleet.close();
    }
    return 0;
  } finally {
    await store.close();
  }
}
