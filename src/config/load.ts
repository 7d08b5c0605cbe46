/**
 * Finding, reading and validating the config (CONTRACT.md, "Config"):
 * `--config <path>`, else `SUPPORTSCOPE_CONFIG`, else `./supportscope.config.json` when
 * present, else the built-in catalog. Every problem is reported at once as one
 * `ConfigError`; nothing is ever written.
 */
import { lstatSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Config } from '../types/config.js';
import { catalogConfig } from './catalog.js';
import { parseConfigText } from './parse.js';

export { parseConfig, parseConfigText } from './parse.js';

export const CONFIG_FILE_NAME = 'supportscope.config.json';
export const CONFIG_ENV_VAR = 'SUPPORTSCOPE_CONFIG';
/** Larger than any sensible config; guards against pointing --config at a disk image. */
export const MAX_CONFIG_BYTES = 10 * 1024 * 1024;

export interface LoadConfigOptions {
  /** `--config <path>` (relative to `cwd`). */
  path?: string;
  /** Directory for relative paths and the default file (default: process.cwd()). */
  cwd?: string;
  /** Environment (default: process.env); only SUPPORTSCOPE_CONFIG is read. */
  env?: NodeJS.ProcessEnv;
}

/** Resolves, reads and validates the config. Throws ConfigError (exit 2) on any problem. */
export function loadConfig(opts: LoadConfigOptions = {}): Config {
  const cwd = opts.cwd ?? process.cwd();
  const env = opts.env ?? process.env;

  if (opts.path !== undefined) return loadConfigFile(opts.path, cwd, '--config');

  const fromEnv = env[CONFIG_ENV_VAR];
  if (fromEnv !== undefined && fromEnv !== '') return loadConfigFile(fromEnv, cwd, CONFIG_ENV_VAR);

  const local = resolve(cwd, CONFIG_FILE_NAME);
  if (entryExists(local)) return loadConfigFile(local, cwd);

  return catalogConfig();
}

/** True when something (even a dangling symlink or an unreadable file) is at `p`. */
function entryExists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

const OS_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many open files',
};

function fileIssue(message: string): ConfigError['issues'] {
  return [{ path: '(file)', message }];
}

/** Reads one config file; `origin` says where the path came from (for messages). */
export function loadConfigFile(path: string, cwd = process.cwd(), origin?: string): Config {
  const display = path;
  const from = origin ? ` (path from ${origin})` : '';
  if (path.trim() === '') {
    throw new ConfigError(origin ?? '(config)', fileIssue(`the config path is empty${from}`));
  }
  const abs = isAbsolute(path) ? path : resolve(cwd, path);

  let bytes: Buffer;
  try {
    const st = statSync(abs);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st.size > MAX_CONFIG_BYTES) {
      throw new ConfigError(
        display,
        fileIssue(`the file is ${st.size} bytes; a config file is at most ${MAX_CONFIG_BYTES} bytes${from}`),
      );
    }
    bytes = readFileSync(abs);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const reason = OS_REASONS[code] ?? (err as Error).message;
    throw new ConfigError(display, fileIssue(`cannot read the config file: ${reason}${code ? ` (${code})` : ''}${from}`));
  }

  return parseConfigText(decodeText(bytes, display), display);
}

/** UTF-8 (with or without BOM) only; anything else is a clear error. */
function decodeText(bytes: Buffer, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ConfigError(file, fileIssue('the file is UTF-16 text; save it as UTF-8'));
  }
  // JSON starts with an ASCII character; in UTF-16 without a byte-order mark one of its two bytes is 0.
  if (bytes.length >= 2 && (bytes[0] === 0) !== (bytes[1] === 0)) {
    throw new ConfigError(file, fileIssue('the file looks like UTF-16 text (every other byte is 0); save it as UTF-8'));
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstBadUtf8(bytes);
    const where = at ? ` (the first bad byte is at line ${at.line}, column ${at.column}; was it saved as Latin-1 or Windows-1252?)` : '';
    throw new ConfigError(file, fileIssue(`the file is not valid UTF-8 text${where}; save it as UTF-8`));
  }
}

/**
 * Line and column (in characters) of the first byte that is not valid UTF-8. Lines are
 * split on 0x0A, which never occurs inside a multi-byte UTF-8 sequence.
 */
function firstBadUtf8(bytes: Buffer): { line: number; column: number } | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lenient = new TextDecoder('utf-8');
  let start = 0;
  for (let line = 1; start <= bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    const slice = bytes.subarray(start, end);
    try {
      strict.decode(slice);
    } catch {
      const column = lenient.decode(slice).indexOf('\ufffd') + 1;
      return { line, column: Math.max(column, 1) };
    }
    if (nl === -1) return undefined;
    start = nl + 1;
  }
  return undefined;
}
