/**
 * What every command needs: global options resolved once (flags, then environment,
 * then defaults, per CONTRACT.md), and the two output streams.
 */
export interface GlobalOptions {
  db?: string;
  config?: string;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Context {
  io: Io;
  dbPath: string;
  /** True when the user chose the database (flag or env), false for the default. */
  dbExplicit: boolean;
  /** Explicit config path (flag or env), or undefined to use ./supportscope.config.json or the catalog. */
  configPath: string | undefined;
  /** Colour for stdout output. */
  color: boolean;
  /** Colour and progress for stderr. */
  stderrTty: boolean;
  quiet: boolean;
  verbose: boolean;
  /** Log to stderr unless quiet. */
  log(message: string): void;
  /** Log to stderr only when verbose. */
  debug(message: string): void;
  out(text: string): void;
}

export function makeContext(opts: GlobalOptions, io: Io): Context {
  const noColorEnv = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const colorAllowed = opts.color !== false && !noColorEnv;
  const quiet = Boolean(opts.quiet);
  const verbose = Boolean(opts.verbose) && !quiet;
  return {
    io,
    dbPath: opts.db ?? (io.env.SUPPORTSCOPE_DB || 'supportscope.db'),
    dbExplicit: Boolean(opts.db ?? io.env.SUPPORTSCOPE_DB),
    configPath: opts.config ?? (io.env.SUPPORTSCOPE_CONFIG || undefined),
    color: colorAllowed && Boolean(io.stdout.isTTY),
    stderrTty: Boolean(io.stderr.isTTY) && io.env.CI !== 'true',
    quiet,
    verbose,
    log(message) {
      if (!quiet) io.stderr.write(`${message}\n`);
    },
    debug(message) {
      if (verbose) io.stderr.write(`${message}\n`);
    },
    out(text) {
      io.stdout.write(text);
    },
  };
}
