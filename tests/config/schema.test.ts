/**
 * The editor JSON Schema (schema/supportscope.config.schema.json): checked in, generated from
 * the zod schema (so it cannot go stale), valid draft 2020-12, accepting every good config and
 * refusing the bad ones whose mistake a JSON Schema can express, at the same place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CATALOG, CONFIG_SCHEMA_ID, configJsonSchema } from '../../src/config/index.js';
import { CRITERION_IDS } from '../../src/types/report.js';
import { BAD_DIR, ENCODING_FIXTURES, GOOD_DIR, ROOT, listJson, readBadTable } from './fixture-table.js';

const SCHEMA_PATH = join(ROOT, 'schema', 'supportscope.config.schema.json');
const checkedInText = readFileSync(SCHEMA_PATH, 'utf8');
const checkedIn = JSON.parse(checkedInText) as Record<string, unknown>;

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(checkedIn);

type Json = Record<string, unknown>;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** An ajv error as a config path: `/exchanges/0/channels/x` + additionalProperty -> `exchanges[0].channels.x`. */
function errorPath(err: { instancePath: string; params: Record<string, unknown> }): string {
  const segs = err.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (typeof err.params.additionalProperty === 'string') segs.push(err.params.additionalProperty);
  if (typeof err.params.missingProperty === 'string') segs.push(err.params.missingProperty);
  return segs.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

describe('the checked-in config JSON Schema', () => {
  it('is exactly what configJsonSchema() produces (regenerate: npm run build && node scripts/gen-config-schema.mjs)', () => {
    expect(checkedIn).toEqual(configJsonSchema());
    // Byte for byte as the generator writes it, so `gen-config-schema.mjs --check` agrees.
    expect(checkedInText).toBe(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  });

  it('is draft 2020-12 with a stable id, a title and a description', () => {
    expect(checkedIn.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(checkedIn.$id).toBe(CONFIG_SCHEMA_ID);
    expect(checkedIn.title).toEqual(expect.any(String));
    expect(checkedIn.description).toEqual(expect.stringContaining('Unknown keys are errors'));
    expect(checkedIn.required).toEqual(['exchanges']);
  });

  it('compiles under ajv strict mode', () => {
    expect(typeof validate).toBe('function');
    expect(ajv.validateSchema(checkedIn)).toBe(true);
  });

  it('closes every object (an unknown key is an error, as in the tool)', () => {
    const open: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Json;
      if (n.type === 'object' && n.additionalProperties !== false) open.push(at);
      for (const [k, v] of Object.entries(n)) walk(v, `${at}/${k}`);
    };
    walk(checkedIn, '#');
    expect(open).toEqual([]);
  });

  it('lists every criterion under weights and describes the top-level fields', () => {
    const props = checkedIn.properties as Record<string, Json>;
    expect(Object.keys(props.weights!.properties as Json)).toEqual([...CRITERION_IDS]);
    for (const key of ['$schema', 'exchanges', 'weights', 'probe']) expect(props[key]!.description, key).toEqual(expect.any(String));
  });
});

describe('good configs against the JSON Schema', () => {
  it.each(listJson(GOOD_DIR))('%s is valid', (file) => {
    const ok = validate(readJson(join(GOOD_DIR, file)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('good/full.json uses every property the schema defines', () => {
    const full = readJson(join(GOOD_DIR, 'full.json'));
    const unused: string[] = [];
    const walk = (schema: Json, value: unknown, at: string) => {
      if (schema.type === 'object' && schema.properties) {
        for (const [key, sub] of Object.entries(schema.properties as Record<string, Json>)) {
          const v = value && typeof value === 'object' ? (value as Json)[key] : undefined;
          if (v === undefined) unused.push(`${at}.${key}`);
          else walk(sub, v, `${at}.${key}`);
        }
      } else if (schema.type === 'array' && schema.items && Array.isArray(value)) {
        walk(schema.items as Json, value[0], `${at}[0]`);
      }
    };
    walk(checkedIn, full, '');
    expect(unused).toEqual([]);
  });

  it('the built-in catalog, written as a config file, is valid', () => {
    expect(validate({ exchanges: CATALOG })).toBe(true);
  });
});

describe('bad configs against the JSON Schema', () => {
  /**
   * Mistakes a JSON Schema cannot express: the tool catches them, an editor cannot.
   * (Cross-field rules, a repeated key that JSON.parse silently merges, checks that need
   * a list of valid values or a parser.)
   */
  const BEYOND_JSON_SCHEMA = new Set([
    'duplicate-exchange-id.json', // ids unique across items
    'weights-all-zero.json', // a sum over fields
    'duplicate-key.json', // JSON.parse keeps the last value
    'url-with-credentials.json', // format "uri" allows user info
    'social-telegram-link-under-x.json', // accounts are parsed, not pattern-matched
    'language-country-code.json', // "jp" has the shape of a code
  ]);
  /** Within a file with several mistakes, the ones only the tool catches. */
  const PATHS_BEYOND_JSON_SCHEMA: Record<string, string[]> = {
    'several-mistakes.json': ['exchanges[0].languages[1]'], // "jp"
  };
  const table = readBadTable();
  const parsed = table.filter((r) => !ENCODING_FIXTURES.has(r.file) && !['trailing-comma.json', 'comment.json'].includes(r.file));

  it('covers most of the bad fixtures', () => {
    const refusedBySchema = parsed.filter((r) => !BEYOND_JSON_SCHEMA.has(r.file));
    expect(refusedBySchema.length).toBeGreaterThanOrEqual(15);
    expect(refusedBySchema.length).toBeGreaterThan(table.length / 2);
  });

  it.each(parsed.filter((r) => !BEYOND_JSON_SCHEMA.has(r.file)))('$file fails, at the same place the tool reports', ({ file, paths }) => {
    expect(validate(readJson(join(BAD_DIR, file)))).toBe(false);
    const where = new Set((validate.errors ?? []).map(errorPath));
    const beyond = PATHS_BEYOND_JSON_SCHEMA[file] ?? [];
    for (const path of paths.filter((p) => !beyond.includes(p))) expect([...where], path).toContain(path);
    for (const path of beyond) expect([...where], path).not.toContain(path);
  });

  it.each([...BEYOND_JSON_SCHEMA])('%s passes the JSON Schema (only the tool catches it)', (file) => {
    expect(validate(readJson(join(BAD_DIR, file)))).toBe(true);
  });
});
