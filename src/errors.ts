/**
 * Fatal errors: typed, with a code and an exit code. Only the CLI entry point exits.
 * Per-probe failures are never thrown: they are observations with an ErrorCode.
 */

export const EXIT = {
  ok: 0,
  assertionFailed: 1,
  usage: 2,
  probesFailed: 3,
  internal: 70,
} as const;

export class SupportscopeError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'SupportscopeError';
  }
}

/** One problem found in a config file. */
export interface ConfigIssue {
  /** JSON path, e.g. `exchanges[2].channels.helpCenter.url`. */
  path: string;
  /** What was expected, in words. */
  message: string;
}

/** A bad config: every problem at once, each naming the file and the field. Exit 2. */
export class ConfigError extends SupportscopeError {
  constructor(
    readonly file: string,
    readonly issues: ConfigIssue[],
  ) {
    super(
      `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the config\n` +
        issues.map((i) => `  ${file}: ${i.path || '(root)'}: ${i.message}`).join('\n'),
      'E_CONFIG',
      EXIT.usage,
    );
    this.name = 'ConfigError';
  }
}

/** Bad command-line usage or input (unknown exchange id, unreadable file, bad duration…). Exit 2. */
export class UsageError extends SupportscopeError {
  constructor(message: string, code = 'E_USAGE') {
    super(message, code, EXIT.usage);
    this.name = 'UsageError';
  }
}

/** The database could not be opened, migrated or written. */
export class StoreError extends SupportscopeError {
  constructor(message: string, code = 'E_STORE') {
    super(message, code, EXIT.usage);
    this.name = 'StoreError';
  }
}
