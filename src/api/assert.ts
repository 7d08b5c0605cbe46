/**
 * `assert`: thresholds on the scorecard, for CI. The report over the window from the store,
 * then every assertion (from flags and from the config's `assertions` block) checked against
 * it. Reads only.
 *
 * A score that was not measured is "not measured" at warn level: never a silent pass, never a
 * failure. Only a failed error-level assertion makes `passed` false (exit 1).
 */
import { UsageError } from '../errors.js';
import type { Store } from '../store/store.js';
import type { AssertOutcome, AssertionResult } from '../types/assert.js';
import type { AssertionConfig, AssertionLevel, Config } from '../types/config.js';
import type { CriterionId, ExchangeReport, Report } from '../types/report.js';
import { checkExchangeIds } from './exchangeIds.js';
import { report } from './report.js';

/** An assertion and where it came from ("--min-score", "config assertions[2]"). */
export type SourcedAssertion = AssertionConfig & { source: string };

export interface AssertOptions {
  store: Store;
  config: Config;
  since?: Date | null;
  until?: Date | null;
  now?: Date;
  /** Check only these exchanges (every assertion, flags and config alike). */
  exchanges?: string[];
  /** Assertions from the command line, checked before the config's. */
  assertions?: SourcedAssertion[];
  /** Also check the config's `assertions` block (default true). */
  useConfig?: boolean;
}

/** The assertions to check: those given, then the config's, each with its source. */
export function collectAssertions(config: Config, given: SourcedAssertion[] = [], useConfig = true): SourcedAssertion[] {
  const fromConfig = useConfig ? (config.assertions ?? []).map((a, i) => ({ ...a, source: `config assertions[${i}]` })) : [];
  return [...given, ...fromConfig];
}

export async function runAssertions(opts: AssertOptions): Promise<AssertOutcome> {
  const now = opts.now ?? new Date();
  const assertions = collectAssertions(opts.config, opts.assertions, opts.useConfig !== false);
  if (assertions.length === 0) {
    throw new UsageError(
      `nothing to assert: give --min-score <n>, --criterion <id>=<min> or --no-red-flags, or an "assertions" block in the config (${opts.config.source})`,
      'E_NO_ASSERTIONS',
    );
  }
  await checkExchangeIds(opts.store, opts.config, opts.exchanges);
  const rep = await report({
    store: opts.store,
    config: opts.config,
    since: opts.since ?? null,
    until: opts.until ?? now,
    now,
    history: false,
    ...(opts.exchanges && opts.exchanges.length > 0 ? { exchanges: opts.exchanges } : {}),
  });
  return evaluateAssertions(rep, assertions, { exchanges: opts.exchanges, names: new Map(opts.config.exchanges.map((e) => [e.id, e.name])), generatedAt: now });
}

const isRedFlags = (a: AssertionConfig): a is Extract<AssertionConfig, { redFlags: AssertionLevel }> => 'redFlags' in a;

/** Red flags come from graded replies: without any, "no red flag" is not a finding. */
function redFlagsMeasured(x: ExchangeReport): boolean {
  const ch = x.channels;
  const conversations = (ch.email?.conversations ?? 0) + (ch.ticket?.conversations ?? 0) + (ch.chat?.conversations ?? 0);
  return x.redFlags.length > 0 || conversations > 0 || x.criteria.knowledge.score !== null;
}

/** Pure: the report and the assertions -> the outcome. */
export function evaluateAssertions(
  rep: Report,
  assertions: SourcedAssertion[],
  opts: { exchanges?: string[] | undefined; names?: Map<string, string>; generatedAt?: Date } = {},
): AssertOutcome {
  const inScope = opts.exchanges && opts.exchanges.length > 0 ? new Set(opts.exchanges) : null;
  const exchanges = rep.exchanges.filter((x) => !inScope || inScope.has(x.id));
  const byId = new Map(exchanges.map((x) => [x.id, x]));
  const results: AssertionResult[] = [];
  const nameOf = (id: string) => byId.get(id)?.name ?? opts.names?.get(id) ?? id;

  for (const a of assertions) {
    if (isRedFlags(a)) {
      const base = { source: a.source, criterion: 'redFlags' as const, level: a.redFlags, operator: '<=' as const, expected: 0 };
      if (exchanges.length === 0) {
        results.push({ ...base, exchange: '*', exchangeName: '(no exchange had data in the window)', status: 'not measured', severity: 'warn', actual: null, message: 'red flags: no exchange had data in the window' });
        continue;
      }
      for (const x of exchanges) {
        if (!redFlagsMeasured(x)) {
          results.push({ ...base, exchange: x.id, exchangeName: x.name, status: 'not measured', severity: 'warn', actual: null, message: `${x.name}: red flags not measured (no graded replies in the window)` });
          continue;
        }
        const n = x.redFlags.length;
        const kinds = [...new Set(x.redFlags.map((f) => f.kind))].join(', ');
        results.push({
          ...base,
          exchange: x.id,
          exchangeName: x.name,
          status: n === 0 ? 'pass' : 'fail',
          severity: n === 0 ? null : a.redFlags,
          actual: n,
          message: n === 0 ? `${x.name}: no red flags` : `${x.name}: ${n} red flag${n === 1 ? '' : 's'} (${kinds}); expected none`,
        });
      }
      continue;
    }
    const base = { source: a.source, criterion: a.criterion, level: a.level, operator: '>=' as const, expected: a.min };
    let targets: Array<{ id: string; x: ExchangeReport | undefined }>;
    if (a.exchange === '*') targets = exchanges.map((x) => ({ id: x.id, x }));
    else if (inScope && !inScope.has(a.exchange)) continue; // --exchange chose others
    else targets = [{ id: a.exchange, x: byId.get(a.exchange) }];
    if (targets.length === 0) {
      results.push({ ...base, exchange: '*', exchangeName: '(no exchange had data in the window)', status: 'not measured', severity: 'warn', actual: null, message: `${a.criterion}: no exchange had data in the window (expected >= ${a.min})` });
      continue;
    }
    for (const { id, x } of targets) {
      const name = nameOf(id);
      const actual = x ? (a.criterion === 'overall' ? x.overall : x.criteria[a.criterion as CriterionId].score) : null;
      if (actual === null) {
        const why = x ? 'not measured in the window' : 'no observations in the window';
        results.push({ ...base, exchange: id, exchangeName: name, status: 'not measured', severity: 'warn', actual: null, message: `${name}: ${a.criterion} ${why} (expected >= ${a.min})` });
        continue;
      }
      // Scores carry one decimal; a tiny epsilon keeps 6.999999 from failing a 7.
      const ok = actual + 1e-9 >= a.min;
      results.push({
        ...base,
        exchange: id,
        exchangeName: name,
        status: ok ? 'pass' : 'fail',
        severity: ok ? null : a.level,
        actual,
        message: ok ? `${name}: ${a.criterion} ${actual.toFixed(1)} >= ${a.min}` : `${name}: ${a.criterion} ${actual.toFixed(1)} is below the minimum ${a.min}`,
      });
    }
  }

  const count = (f: (r: AssertionResult) => boolean) => results.filter(f).length;
  const summary = {
    total: results.length,
    passed: count((r) => r.status === 'pass'),
    errors: count((r) => r.status === 'fail' && r.severity === 'error'),
    warnings: count((r) => r.status === 'fail' && r.severity === 'warn'),
    notMeasured: count((r) => r.status === 'not measured'),
  };
  return {
    schemaVersion: 1,
    passed: summary.errors === 0,
    generatedAt: (opts.generatedAt ?? new Date(rep.generatedAt)).toISOString(),
    since: rep.since,
    until: rep.until,
    summary,
    results,
  };
}
