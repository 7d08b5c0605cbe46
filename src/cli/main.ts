/**
 * The command line: commander wiring only. Each action lazily imports its
 * command module, so `--version` and `--help` load nothing heavy.
 * Only this file calls process.exit.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT, SupportscopeError } from '../errors.js';
import { toolVersion } from '../version.js';
import { makeContext, type Context, type GlobalOptions, type Io } from './context.js';

type Action = (ctx: Context, ...args: unknown[]) => Promise<number>;

function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('supportscope');
  program
    .description("Measures how good crypto exchanges' customer support really is.")
    .version(toolVersion(), '-V, --version')
    .addOption(new Option('--db <path>', 'the SQLite database (env SUPPORTSCOPE_DB; default ./supportscope.db)'))
    .addOption(new Option('--config <path>', 'the config file (env SUPPORTSCOPE_CONFIG; default ./supportscope.config.json if present, else the built-in catalog)'))
    .option('--no-color', 'no colour (also NO_COLOR)')
    .option('-q, --quiet', 'less on stderr')
    .option('-v, --verbose', 'more on stderr')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();

  const run =
    (load: () => Promise<Action>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const ctx = makeContext(cmd.optsWithGlobals() as GlobalOptions, io);
      const action = await load();
      setExit(await action(ctx, ...args.slice(0, -1)));
    };

  program
    .command('demo')
    .description('start the bundled simulated exchanges on loopback, probe them, print the scorecard')
    .option('--port <n>', 'first loopback port of the simulated exchanges (0 = any free ports)', '0')
    .option('--keep', 'keep the simulated exchanges running after the report (Ctrl-C to stop)')
    .option('--out <file>', 'also write the JSON report here')
    .option('--html <file>', 'where to write the HTML report (default ./supportscope-report.html)')
    .option('--no-html', 'do not write the HTML report')
    .action(run(async () => (await import('./commands/demo.js')).demoCommand as Action));

  program
    .command('exchanges')
    .description('list exchanges and their channels (from the config, else the built-in catalog)')
    .option('--json', 'JSON output')
    .action(run(async () => (await import('./commands/exchanges.js')).exchangesCommand as Action));

  program
    .command('inspect')
    .description('one help-center page as the tool sees it: status, timings, language, locales, chat, contacts, topics, dates')
    .argument('<url>', 'an absolute http(s) URL')
    .option('--json', 'JSON output')
    .option('--timeout <ms>', 'request timeout in milliseconds')
    .action(run(async () => (await import('./commands/inspect.js')).inspectCommand as Action));

  program
    .command('probe')
    .description('run the automated probes and store every observation (one run per call)')
    .argument('[ids...]', 'exchange ids (default: all in the config)')
    .option('--channel <list>', 'comma-separated channels to probe (default: all available)')
    .option('--concurrency <n>', 'max requests in flight')
    .option('--timeout <ms>', 'per-request timeout in milliseconds')
    .action(run(async () => (await import('./commands/probe.js')).probeCommand as Action));

  program
    .command('questions')
    .description('the question bank: ids, titles, languages, the concepts a good answer covers')
    .option('--json', 'JSON output (every language\'s question and search query)')
    .action(run(async () => (await import('./commands/questions.js')).questionsCommand as Action));

  program
    .command('grade')
    .description("grade one support reply against the question bank's rubric (0-10, with reasons)")
    .option('--question <id>', 'the question the reply answers (see: supportscope questions)')
    .option('--answer-file <file>', 'the reply, UTF-8 text or HTML ("-" reads stdin)')
    .option('--lang <code>', 'the language the question was asked in (en, zh, zh-TW, ru, fa, ko, es, tr, ja…)')
    .option('--domain <host>', "the exchange's official domain (repeatable): links elsewhere are flagged", (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--json', 'JSON output (the Grade object)')
    .action(run(async () => (await import('./commands/grade.js')).gradeCommand as Action));

  program
    .command('report')
    .description('the comparative scorecard over stored observations')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'markdown', 'json', 'csv', 'html']).default('table'))
    .option('--since <when>', 'window start: a duration back from now (30d, 12h, 2w) or an ISO date', '30d')
    .option('--until <when>', 'window end: a duration back from now or an ISO date')
    .option('--exchange <ids>', 'comma-separated exchange ids to include')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(run(async () => (await import('./commands/report.js')).reportCommand as Action));

  program
    .command('rejudge')
    .description("re-run today's judges over stored evidence without fetching again")
    .option('--all', 'rejudge every stored page, not only those judged by an older judge version')
    .action(run(async () => (await import('./commands/rejudge.js')).rejudgeCommand as Action));

  program
    .command('compare')
    .description('what changed between two runs or dates, per exchange and criterion (never gates: exit 0)')
    .argument('<from>', 'a run id (12), an ISO date (2026-11-01 = the end of that UTC day) or date-time, or a duration back from now (7d)')
    .argument('<to>', 'the same kinds of value as <from>')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'markdown', 'json']).default('table'))
    .option('--window <dur>', 'for a date: the window ending at it (7d, 24h, 2w)', '7d')
    .option('--tolerance <points>', 'changes within ± this are "unchanged": points on the 0-10 criterion scale, ten times it on overall (default 0.5)')
    .option('--exchange <ids>', 'comma-separated exchange ids to include')
    .option('--out <file>', 'write to a file instead of stdout')
    .action(run(async () => (await import('./commands/compare.js')).compareCommand as Action));

  program
    .command('assert')
    .description('check thresholds on the scorecard (flags and the config\'s "assertions"); exit 1 when an error-level one fails: for CI')
    .option('--min-score <n>', 'every exchange\'s overall score (0-100) at least n')
    .option('--criterion <id=min>', 'a criterion score (0-10) at least min, e.g. security=7 (repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--exchange <ids>', 'comma-separated exchange ids to check (default: all)')
    .addOption(new Option('--level <level>', 'level of the flag thresholds: error fails (exit 1), warn only prints').choices(['error', 'warn']).default('error'))
    .option('--no-red-flags', 'any red flag (support asked for a secret or funds…) fails at error level')
    .option('--since <when>', 'window start: a duration back from now (7d, 12h, 2w) or an ISO date', '7d')
    .option('--until <when>', 'window end: a duration back from now or an ISO date')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(run(async () => (await import('./commands/assert.js')).assertCommand as Action));

  program
    .command('init')
    .description('write a starter supportscope.config.json and, with --ci github, a scheduled GitHub Actions workflow')
    .addOption(new Option('--ci <provider>', 'also write a CI workflow').choices(['github']))
    .option('--force', 'overwrite files that exist')
    .action(run(async () => (await import('./commands/init.js')).initCommand as Action));

  const db = program.command('db').description('database maintenance');
  db.command('stats')
    .description('size of the database and what it holds')
    .option('--json', 'JSON output')
    .action(run(async () => (await import('./commands/db.js')).dbStatsCommand as Action));
  db.command('prune')
    .description('delete observations older than a cutoff, then the bodies and page facts no longer used; runs and hourly/daily rollups are kept')
    .option('--older-than <dur>', 'the cutoff: a duration back from now (180d, 26w) or an ISO date')
    .option('--dry-run', 'count what would be removed; change nothing')
    .option('--json', 'JSON output')
    .action(run(async () => (await import('./commands/db.js')).dbPruneCommand as Action));
  db.command('vacuum')
    .description('give the free space inside the file back to the disk (VACUUM) and refresh query statistics')
    .option('--json', 'JSON output')
    .action(run(async () => (await import('./commands/db.js')).dbVacuumCommand as Action));

  return program;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version exit 0; usage mistakes exit 2 (commander printed the message).
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof SupportscopeError) {
      io.stderr.write(`supportscope: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr.write(`supportscope: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}

export async function main(argv: string[]): Promise<void> {
  const code = await runCli(argv, { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
  // Let stdout drain before exiting (large JSON into a pipe).
  process.exitCode = code;
  if (process.stdout.writableNeedDrain) await new Promise((r) => process.stdout.once('drain', r));
  process.exit(code);
}
