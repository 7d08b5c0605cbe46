/**
 * The starter `supportscope.config.json` that `supportscope init` writes: three exchanges from
 * the built-in catalog as an example, criterion weights, polite probe settings and an
 * `assertions` block for `supportscope assert` in CI. Built as data and serialised, so it is
 * always valid JSON; tests/cli/init.test.ts checks it against the config schema.
 */
import { CATALOG } from '../../config/catalog.js';
import type { AssertionConfig, ExchangeConfig } from '../../types/config.js';

/** Catalog exchanges the starter config lists (one Zendesk-era help center, a FAQ with live chat, a status page). */
export const STARTER_EXCHANGES = ['lbank', 'binance', 'coinbase'] as const;

/** Where the editor finds the JSON Schema once supportscope is installed in the project. */
export const SCHEMA_PATH_IN_PACKAGE = 'node_modules/supportscope/schema/supportscope.config.schema.json';

export const STARTER_ASSERTIONS: AssertionConfig[] = [
  // Below D on the scorecard: worth a look, not a red build.
  { exchange: '*', criterion: 'overall', min: 40, level: 'warn' },
  // The help center down for more than ~10 % of the hourly probes (availability 5 = 90 %) fails the build.
  { exchange: '*', criterion: 'availability', min: 5, level: 'error' },
  { exchange: '*', criterion: 'security', min: 5, level: 'warn' },
  // Support that asks for a seed phrase, a password or funds always fails.
  { redFlags: 'error' },
];

export function starterConfigText(opts: { schemaPath?: string } = {}): string {
  const exchanges: ExchangeConfig[] = STARTER_EXCHANGES.map((id) => {
    const entry = CATALOG.find((e) => e.id === id);
    if (!entry) throw new Error(`the built-in catalog has no exchange "${id}"`);
    return structuredClone(entry);
  });
  const config = {
    $schema: opts.schemaPath ?? SCHEMA_PATH_IN_PACKAGE,
    exchanges,
    // Every criterion weighs 1 unless set; 0 leaves it out of the overall score.
    weights: {
      availability: 1,
      responsiveness: 1.5,
      resolution: 2,
      knowledge: 2,
      multilingual: 1,
      channels: 1,
      self_service: 1,
      security: 2,
      transparency: 1,
      feedback: 1,
    },
    probe: {
      concurrency: 8,
      perHostConcurrency: 2,
      politenessDelayMs: 1000,
      timeoutMs: 15000,
      retries: 2,
      maxPages: 20,
      respectRobots: true,
    },
    assertions: STARTER_ASSERTIONS,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
