/**
 * The zod schema of `supportscope.config.json` (CONTRACT.md, "Config"). Every object is
 * strict (an unknown key is an error), every leaf says what it expected, and the output
 * is `Config` from src/types/config.ts minus `source`, with defaults filled in.
 */
import { z } from 'zod';
import type {
  AssertionConfig,
  Config,
  ExchangeChannels,
  ExchangeConfig,
  HelpCenterChannel,
  ProbeSettings,
  RedFlagAssertion,
  ScoreAssertion,
} from '../types/config.js';
import { CRITERION_IDS, type CriterionId } from '../types/report.js';
import { DEFAULT_PROBE_SETTINGS, DEFAULT_WEIGHTS } from './defaults.js';
import { didYouMean } from './did-you-mean.js';
import {
  domainName,
  emailAddress,
  EXCHANGE_ID,
  exchangeId,
  expectedMessage,
  flag,
  httpUrl,
  intInRange,
  languageTag,
  nonEmpty,
  phoneNumber,
  platformHint,
  searchUrlTemplate,
  socialAccount,
  show,
  text,
} from './fields.js';
import { collectIssues, genericMessage } from './issues.js';

/** Removes repeats, keeping the first occurrence. */
const unique = (list: string[]): string[] => [...new Set(list)];

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (iss) => expectedMessage(`a list of ${what}`, iss.input) });

/** Object params whose type error shows the expected shape (`"email": "x@y"` is a common slip). */
const shaped = (example: string) => ({
  error: (iss: { code?: string; input?: unknown }) =>
    iss.code === 'invalid_type' ? expectedMessage(`an object such as ${example}`, iss.input) : undefined,
});
const URL_OBJECT = '{"url": "https://…"}';

export const helpCenterSchema = z
  .strictObject(
    {
      url: httpUrl().describe('Start page of the public help center / FAQ.'),
      platform: platformHint()
        .optional()
        .describe('A hint only (e.g. "zendesk"); the platform is always detected from the page at probe time.'),
      maxPages: intInRange(0, 10_000)
        .optional()
        .describe('Category/article pages to crawl beyond the start page (default: probe.maxPages).'),
      searchUrl: searchUrlTemplate()
        .optional()
        .describe('Search URL template for non-Zendesk help centers; {query} and {locale} are substituted.'),
    },
    shaped(URL_OBJECT),
  )
  .describe('The public help center / knowledge base.');

const urlOnly = (description: string) => z.strictObject({ url: httpUrl() }, shaped(URL_OBJECT)).describe(description);

export const socialSchema = z
  .strictObject({
    telegram: socialAccount('telegram').optional().describe('Telegram username ("@name") or t.me URL.'),
    x: socialAccount('x').optional().describe('X (Twitter) handle ("@name") or x.com / twitter.com URL.'),
    discord: socialAccount('discord').optional().describe('Discord invite code or discord.gg URL.'),
    facebook: socialAccount('facebook').optional().describe('facebook.com page URL.'),
    instagram: socialAccount('instagram').optional().describe('Instagram username or instagram.com URL.'),
    youtube: socialAccount('youtube').optional().describe('YouTube handle ("@name") or youtube.com URL.'),
    reddit: socialAccount('reddit').optional().describe('Subreddit ("r/name") or reddit.com URL.'),
    linkedin: socialAccount('linkedin').optional().describe('linkedin.com page URL.'),
  }, shaped('{"telegram": "@name", "x": "@name"}'))
  .describe('Official social accounts; normalised to canonical https URLs.');

export const channelsSchema = z
  .strictObject({
    helpCenter: helpCenterSchema.optional(),
    status: urlOnly('A public status page (e.g. Atlassian Statuspage).').optional(),
    email: z
      .strictObject({ address: emailAddress() }, shaped('{"address": "support@example.com"}'))
      .describe('The support e-mail address.')
      .optional(),
    ticket: z
      .strictObject({
        url: httpUrl().describe('The "submit a request" form.'),
        platform: platformHint().optional().describe('A hint only (e.g. "zendesk").'),
      }, shaped(URL_OBJECT))
      .describe('The ticket / request form.')
      .optional(),
    chat: urlOnly('A page that opens the live chat.').optional(),
    phone: z
      .strictObject({ number: phoneNumber() }, shaped('{"number": "+1 888 555 0100"}'))
      .describe('The support phone line (probed by a person).')
      .optional(),
    social: socialSchema.optional(),
  })
  .describe('Support channels; every channel is optional.');

export const exchangeSchema = z
  .strictObject({
    id: exchangeId().describe('Stable id: lower-case letters, digits and dashes.'),
    name: nonEmpty('a non-empty display name').describe('Display name.'),
    languages: list(languageTag(), 'language codes')
      .transform(unique)
      .optional()
      .describe('Languages the exchange claims to serve (ISO 639-1, optionally with a region: "zh-TW").'),
    domains: list(domainName(), 'domain names')
      .transform(unique)
      .optional()
      .describe('Official domains (for red-flag checks of links in replies).'),
    channels: channelsSchema.default(() => ({})),
  })
  .describe('One exchange and its support channels.');

const weightValue = () => {
  const error = (iss: { input?: unknown }) => expectedMessage('a weight: a number >= 0', iss.input);
  return z.number({ error }).min(0, { error });
};

function weightsObject() {
  const shape = {} as Record<CriterionId, z.ZodOptional<ReturnType<typeof weightValue>>>;
  for (const id of CRITERION_IDS) shape[id] = weightValue().optional();
  return z.strictObject(shape);
}

export const weightsSchema = weightsObject().describe(
  'Criterion weights (default 1 each); keys are criterion ids. At least one must be above 0.',
);

const userAgent = () =>
  nonEmpty('a non-empty User-Agent string')
    .pipe(
      z.string().refine((s) => s.length <= 512 && !/[\u0000-\u001f\u007f]/.test(s), {
        error: (iss) => `expected a User-Agent of at most 512 characters without control characters, got ${JSON.stringify(String(iss.input).slice(0, 40))}…`,
      }),
    );

export const probeSchema = z
  .strictObject({
    concurrency: intInRange(1, 256).optional().describe('Max requests in flight overall (default 8).'),
    perHostConcurrency: intInRange(1, 64).optional().describe('Max requests in flight per host (default 2).'),
    politenessDelayMs: intInRange(0, 60_000, 'from 0 to 60000 (milliseconds)')
      .optional()
      .describe('Minimum delay between two requests to the same host, ms (default 250).'),
    timeoutMs: intInRange(100, 300_000, 'from 100 to 300000 (milliseconds)')
      .optional()
      .describe('Per-request timeout, ms (default 15000).'),
    retries: intInRange(0, 10).optional().describe('Retries on transient errors (default 2).'),
    maxRedirects: intInRange(0, 20).optional().describe('Redirects followed (default 5).'),
    maxBodyBytes: intInRange(1024, 64 * 1024 * 1024, 'from 1024 (1 KB) to 67108864 (64 MB) bytes')
      .optional()
      .describe('Body size cap, bytes (default 5 MB).'),
    maxPages: intInRange(0, 10_000)
      .optional()
      .describe('Pages crawled beyond the start page when the channel does not say (default 20).'),
    userAgent: userAgent().optional().describe('User-Agent header sent with every request.'),
    respectRobots: flag('whether to obey robots.txt').optional().describe('Obey robots.txt (default true).'),
  })
  .describe('How probes behave; every setting is optional.');

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// ---------------------------------------------------------------------------
// assertions: the thresholds `supportscope assert` checks.

export const ASSERTION_LEVELS = ['error', 'warn'] as const;
/** What a score assertion can name: the overall score (0–100) or a criterion (0–10). */
export const ASSERTED_SCORES = ['overall', ...CRITERION_IDS] as const;

const assertionLevel = () =>
  z.enum(ASSERTION_LEVELS, { error: (iss) => expectedMessage('"error" (fails `supportscope assert`) or "warn" (printed only)', iss.input) });

const assertedScore = () =>
  z.enum(ASSERTED_SCORES, {
    error: (iss) => {
      if (typeof iss.input !== 'string') return expectedMessage(`"overall" or a criterion id (${CRITERION_IDS.join(', ')})`, iss.input);
      const suggestion = didYouMean(iss.input, ASSERTED_SCORES);
      return `unknown criterion ${show(iss.input)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}; valid: ${ASSERTED_SCORES.join(', ')}`;
    },
  });

const ASSERTION_EXCHANGE_WHAT = 'an exchange id (lower-case letters, digits and dashes) or "*" for every exchange';
const assertionExchange = () =>
  text(ASSERTION_EXCHANGE_WHAT)
    .transform((s, ctx) => {
      if (s === '*' || EXCHANGE_ID.test(s)) return s;
      const fixed = s.trim().toLowerCase().replace(/[\s_.]+/g, '-');
      const hint = fixed !== s && (fixed === '*' || EXCHANGE_ID.test(fixed)) ? ` (did you mean ${JSON.stringify(fixed)}?)` : '';
      ctx.issues.push({ code: 'custom', message: `expected ${ASSERTION_EXCHANGE_WHAT}, got ${show(s)}${hint}`, input: s });
      return z.NEVER;
    })
    .meta({ pattern: `^(\\*|${EXCHANGE_ID.source.slice(1, -1)})$` });

const minimumScore = () => {
  const error = (iss: { input?: unknown }) =>
    expectedMessage('a minimum score: a number from 0 to 100 for "overall", from 0 to 10 for a criterion', iss.input);
  return z.number({ error }).min(0, { error }).max(100, { error });
};

export const scoreAssertionSchema = z
  .strictObject({
    exchange: assertionExchange().default('*').describe('An exchange id, or "*" (the default) for every exchange.'),
    criterion: assertedScore().describe('"overall" (0–100) or a criterion id (0–10).'),
    min: minimumScore().describe('The lowest acceptable score: 0–100 for "overall", 0–10 for a criterion.'),
    level: assertionLevel().default('error').describe('"error" (the default) fails `supportscope assert` with exit 1; "warn" is printed only.'),
  })
  .superRefine((a, ctx) => {
    if (a.criterion !== 'overall' && a.min > 10) {
      ctx.addIssue({
        code: 'custom',
        path: ['min'],
        message: `expected a minimum from 0 to 10 for criterion "${a.criterion}" (criteria score 0–10; only "overall" is 0–100), got ${a.min}`,
        input: a.min,
      });
    }
  })
  .describe('A threshold: the exchange\u2019s score must be at least `min`. An exchange with no data for it is reported as "not measured" (a warning).');

export const redFlagAssertionSchema = z
  .strictObject({
    redFlags: assertionLevel().describe('Any red flag in the window (support asked for a secret or for funds, or sent users off the official channels) fails at this level.'),
  })
  .describe('Red flags: none allowed.');

const ASSERTION_EXAMPLE = '{"exchange": "*", "criterion": "overall", "min": 70} or {"redFlags": "error"}';

/** JSON Schema of a sub-schema, for the editor schema of the dispatching item below. */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
}

/**
 * One assertion. Chosen by shape: an object with "redFlags" is a red-flag assertion, any other
 * object a score assertion. (A plain union would report every branch's complaints for one
 * mistake; this reports the one that applies, in the config's own words.)
 */
const assertionItem = z
  .unknown()
  .transform((value, ctx): AssertionConfig => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      ctx.issues.push({ code: 'custom', message: expectedMessage(`an assertion such as ${ASSERTION_EXAMPLE}`, value), input: value });
      return z.NEVER;
    }
    const schema: z.ZodType = 'redFlags' in value ? redFlagAssertionSchema : scoreAssertionSchema;
    const parsed = schema.safeParse(value, { reportInput: true, error: genericMessage });
    if (parsed.success) return parsed.data as AssertionConfig;
    for (const iss of collectIssues(parsed.error.issues, schema)) {
      ctx.issues.push({ code: 'custom', path: iss.path, message: iss.message, input: value });
    }
    return z.NEVER;
  })
  .meta({
    anyOf: [
      {
        ...jsonSchemaOf(scoreAssertionSchema),
        // A criterion scores 0–10: a minimum above 10 can only be meant for "overall".
        if: { required: ['criterion'], properties: { criterion: { not: { const: 'overall' } } } },
        then: { properties: { min: { type: 'number', maximum: 10 } } },
      },
      jsonSchemaOf(redFlagAssertionSchema),
    ],
  });

export const assertionsSchema = list(assertionItem, 'assertions')
  .describe(`Thresholds checked by \`supportscope assert\`, e.g. ${ASSERTION_EXAMPLE}.`);

/** Assertions naming an exchange must name one of the config's exchanges. */
function checkAssertionExchanges(value: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(value) || !Array.isArray(value.assertions) || !Array.isArray(value.exchanges)) return;
  const ids = value.exchanges.map((e) => (isRecord(e) ? e.id : undefined));
  // An exchange with a missing or malformed id is reported on its own; which id it meant is unknown.
  if (ids.length === 0 || !ids.every((id): id is string => typeof id === 'string' && EXCHANGE_ID.test(id))) return;
  const known = new Set(ids);
  value.assertions.forEach((a, i) => {
    if (!isRecord(a) || typeof a.exchange !== 'string' || a.exchange === '*' || known.has(a.exchange)) return;
    if (!EXCHANGE_ID.test(a.exchange)) return; // a malformed id is reported on its own
    const suggestion = didYouMean(a.exchange, ids);
    ctx.addIssue({
      code: 'custom',
      path: ['assertions', i, 'exchange'],
      message: `unknown exchange ${JSON.stringify(a.exchange)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}; exchanges in this config: ${ids.join(', ')}, or "*" for all`,
      input: a.exchange,
    });
  });
}

/**
 * Checks that span several fields: unique exchange ids, and at least one positive weight
 * once defaults are filled. Runs even when other fields failed, so every problem is reported
 * at once; it reads the partly parsed value defensively.
 */
function crossCheck(value: unknown, ctx: z.RefinementCtx): void {
  if (!isRecord(value)) return;
  if (Array.isArray(value.exchanges)) {
    const firstIndex = new Map<string, number>();
    value.exchanges.forEach((ex, i) => {
      if (!isRecord(ex) || typeof ex.id !== 'string') return;
      const first = firstIndex.get(ex.id);
      if (first === undefined) firstIndex.set(ex.id, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['exchanges', i, 'id'],
          message: `duplicate exchange id ${JSON.stringify(ex.id)}: exchanges[${first}] and exchanges[${i}] both use it`,
          input: ex.id,
        });
      }
    });
  }
  if (isRecord(value.weights)) {
    const w = value.weights;
    let total = 0;
    for (const id of CRITERION_IDS) {
      const raw = w[id];
      if (raw === undefined) total += DEFAULT_WEIGHTS[id];
      else if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 0) total += raw;
      else return; // a bad weight is reported on its own
    }
    if (total <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['weights'],
        message: 'expected at least one criterion weight above 0 (a criterion left out weighs 1); all are 0',
        input: w,
      });
    }
  }
}

/** The config file exactly as written (before defaults). */
export const configFileSchema = z
  .strictObject({
    $schema: text('a JSON Schema URL or path').optional().describe('Editor hint: where this file\u2019s JSON Schema is.'),
    exchanges: list(exchangeSchema, 'exchanges')
      .min(1, { error: 'expected at least one exchange; the list is empty' })
      .describe('The exchanges to measure (at least one; ids unique).'),
    weights: weightsSchema.optional(),
    probe: probeSchema.optional(),
    assertions: assertionsSchema.optional(),
  })
  .superRefine(crossCheck, { when: () => true })
  .superRefine(checkAssertionExchanges, { when: () => true });

/** Drops keys whose value is undefined (so spreading never overwrites a default with undefined). */
function defined<T extends object>(o: T | undefined): Partial<T> {
  if (!o) return {};
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The config schema: validates the file and fills defaults. Output is `Config` without `source`. */
export const configSchema = configFileSchema.transform((file) => {
  const weights: Record<CriterionId, number> = { ...DEFAULT_WEIGHTS, ...defined(file.weights) };
  const probe = { ...DEFAULT_PROBE_SETTINGS, ...defined(file.probe) };
  const out: { exchanges: typeof file.exchanges; weights: typeof weights; probe: typeof probe; assertions?: AssertionConfig[] } = {
    exchanges: file.exchanges,
    weights,
    probe,
  };
  if (file.assertions) out.assertions = file.assertions;
  return out;
});

export type ConfigWithoutSource = z.output<typeof configSchema>;

// ---------------------------------------------------------------------------
// Compile-time checks: the schema's output is exactly the shared types.
type Assignable<A, B> = [A] extends [B] ? true : false;
type Mutual<A, B> = Assignable<A, B> extends true ? Assignable<B, A> : false;
type SameKeys<A, B> = Mutual<keyof A, keyof B>;
type Assert<T extends true> = T;
type NonNullableSocial = NonNullable<ExchangeChannels['social']>;

export type SchemaMatchesTypes = [
  Assert<Assignable<ConfigWithoutSource & { source: string }, Config>>,
  Assert<SameKeys<ConfigWithoutSource & { source: string }, Config>>,
  Assert<Mutual<z.output<typeof exchangeSchema>, ExchangeConfig>>,
  Assert<SameKeys<z.output<typeof exchangeSchema>, ExchangeConfig>>,
  Assert<Mutual<z.output<typeof channelsSchema>, ExchangeChannels>>,
  Assert<SameKeys<z.output<typeof channelsSchema>, ExchangeChannels>>,
  Assert<Mutual<z.output<typeof helpCenterSchema>, HelpCenterChannel>>,
  Assert<SameKeys<z.output<typeof helpCenterSchema>, HelpCenterChannel>>,
  Assert<Mutual<z.output<typeof socialSchema>, NonNullableSocial>>,
  Assert<SameKeys<z.output<typeof socialSchema>, NonNullableSocial>>,
  Assert<Mutual<z.output<typeof probeSchema>, Partial<ProbeSettings>>>,
  Assert<SameKeys<z.output<typeof probeSchema>, ProbeSettings>>,
  Assert<Mutual<ConfigWithoutSource['probe'], ProbeSettings>>,
  Assert<SameKeys<z.output<typeof weightsSchema>, Record<CriterionId, number>>>,
  Assert<Mutual<z.output<typeof scoreAssertionSchema>, ScoreAssertion>>,
  Assert<SameKeys<z.output<typeof scoreAssertionSchema>, ScoreAssertion>>,
  Assert<Mutual<z.output<typeof redFlagAssertionSchema>, RedFlagAssertion>>,
  Assert<Mutual<z.output<typeof assertionsSchema>, AssertionConfig[]>>,
];
