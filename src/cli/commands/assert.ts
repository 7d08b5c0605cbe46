import { runAssertions, type SourcedAssertion } from '../../api/assert.js';
import { loadConfig } from '../../config/index.js';
import { didYouMean } from '../../config/did-you-mean.js';
import { ASSERTED_SCORES } from '../../config/schema.js';
import { EXIT, UsageError } from '../../errors.js';
import { renderAssertJson, renderAssertTable } from '../../render/assert.js';
import { openSqliteStore } from '../../store/sqlite.js';
import type { AssertionLevel, ScoreAssertion } from '../../types/config.js';
import type { Context } from '../context.js';
import { parseTimeArg } from '../duration.js';

export interface AssertFlags {
  minScore?: string;
  criterion?: string[];
  exchange?: string;
  level: string;
  /** False when --no-red-flags was given (commander's negatable option). */
  redFlags?: boolean;
  since: string;
  until?: string;
  format: string;
}

function number(option: string, raw: string, min: number, max: number, what: string): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`${option}: expected ${what} from ${min} to ${max}, got ${JSON.stringify(raw)}`, 'E_BAD_THRESHOLD');
  }
  return n;
}

/** `--criterion security=7` (0–10; `overall=70` is 0–100). */
export function parseCriterionFlag(raw: string, level: AssertionLevel): SourcedAssertion {
  const m = /^\s*([A-Za-z_-]+)\s*(?:=|>=)\s*(\S+)\s*$/.exec(raw);
  if (!m) throw new UsageError(`--criterion: expected <id>=<min> such as security=7, got ${JSON.stringify(raw)}`, 'E_BAD_THRESHOLD');
  const id = m[1]!;
  if (!(ASSERTED_SCORES as readonly string[]).includes(id)) {
    const suggestion = didYouMean(id, ASSERTED_SCORES);
    throw new UsageError(
      `--criterion: unknown criterion ${JSON.stringify(id)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}; valid: ${ASSERTED_SCORES.join(', ')}`,
      'E_UNKNOWN_CRITERION',
    );
  }
  const criterion = id as ScoreAssertion['criterion'];
  const min =
    criterion === 'overall'
      ? number(`--criterion ${raw}`, m[2]!, 0, 100, 'an overall minimum')
      : number(`--criterion ${raw}`, m[2]!, 0, 10, 'a minimum on the 0–10 criterion scale (only overall is 0–100)');
  return { exchange: '*', criterion, min, level, source: `--criterion ${id}=${m[2]}` };
}

export function flagAssertions(opts: AssertFlags): SourcedAssertion[] {
  const level = opts.level as AssertionLevel;
  const out: SourcedAssertion[] = [];
  if (opts.minScore !== undefined) {
    out.push({ exchange: '*', criterion: 'overall', min: number('--min-score', opts.minScore, 0, 100, 'an overall score'), level, source: `--min-score ${opts.minScore}` });
  }
  for (const raw of opts.criterion ?? []) out.push(parseCriterionFlag(raw, level));
  if (opts.redFlags === false) out.push({ redFlags: 'error', source: '--no-red-flags' });
  return out;
}

export async function assertCommand(ctx: Context, opts: AssertFlags): Promise<number> {
  const now = new Date();
  const given = flagAssertions(opts);
  const since = parseTimeArg('--since', opts.since, now);
  const until = opts.until ? parseTimeArg('--until', opts.until, now) : null;
  if (until && until < since) throw new UsageError(`--until (${until.toISOString()}) is before --since (${since.toISOString()})`);
  const config = loadConfig({ path: ctx.configPath, cwd: ctx.io.cwd, env: ctx.io.env });
  const store = openSqliteStore(ctx.dbPath, { mustExist: true });
  try {
    const outcome = await runAssertions({
      store,
      config,
      since,
      until,
      now,
      assertions: given,
      ...(opts.exchange ? { exchanges: opts.exchange.split(',').map((s) => s.trim()).filter(Boolean) } : {}),
    });
    ctx.out(opts.format === 'json' ? renderAssertJson(outcome) : renderAssertTable(outcome, { color: ctx.color, all: ctx.verbose }));
    return outcome.passed ? EXIT.ok : EXIT.assertionFailed;
  } finally {
    await store.close();
  }
}
