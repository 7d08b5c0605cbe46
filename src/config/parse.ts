/**
 * Validating config text or an already-parsed value into a `Config`. Every problem
 * (JSON syntax, repeated keys, schema) is reported at once as one ConfigError.
 */
import { ConfigError } from '../errors.js';
import type { Config } from '../types/config.js';
import { collectIssues, finishIssues, formatPath, genericMessage, type RawConfigIssue } from './issues.js';
import { scanJson } from './json-text.js';
import { configFileSchema, configSchema } from './schema.js';

/**
 * Parses config JSON text. A syntax error names the field it is in (the path of the
 * object, list or value being read; empty at the top level) and the line and column.
 */
export function parseConfigText(text: string, source: string): Config {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scan = scanJson(body);
  if (!scan.ok) {
    throw new ConfigError(source, [
      { path: formatPath(scan.path), message: `invalid JSON at line ${scan.line}, column ${scan.column}: ${scan.message}` },
    ]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (err) {
    // The scanner accepted it, so this should not happen; report what JSON.parse said.
    throw new ConfigError(source, [{ path: '(file)', message: `invalid JSON: ${(err as Error).message}` }]);
  }
  const duplicates: RawConfigIssue[] = scan.duplicates.map((d) => ({
    path: d.path,
    message: `duplicate key ${JSON.stringify(String(d.path[d.path.length - 1]))} at line ${d.line}, column ${d.column}: JSON keeps only the last value, so remove one`,
  }));
  return validate(raw, source, duplicates);
}

/** Validates an already-parsed config value and fills defaults. */
export function parseConfig(raw: unknown, source: string): Config {
  return validate(raw, source, []);
}

function validate(raw: unknown, source: string, extra: RawConfigIssue[]): Config {
  const result = configSchema.safeParse(raw, { reportInput: true, error: genericMessage });
  if (result.success && extra.length === 0) return { source, ...result.data };
  const issues = result.success ? [] : collectIssues(result.error.issues, configFileSchema);
  throw new ConfigError(source, finishIssues([...extra, ...issues], raw));
}
