/**
 * The sample report behind the golden files is a valid Report (schema/report.schema.json)
 * and exercises what the renderers must handle: red flags, an exchange measured on one
 * criterion only, trend gaps, empty hour-of-week cells and hostile exchange strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CRITERION_IDS } from '../../src/types/report.js';
import { loadSample, report, ROOT } from './reports.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'report.schema.json'), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('fixtures/reports/sample-report.json', () => {
  const sample = loadSample();

  it('validates against schema/report.schema.json', () => {
    const ok = validate(sample);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema refuses a broken report (so the check above can fail)', () => {
    const broken = structuredClone(sample);
    (broken.exchanges[0]!.criteria.availability as { score: unknown }).score = 11;
    (broken.exchanges[1]!.hourOfWeek as unknown[]).pop();
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/exchanges/0/criteria/availability/score');
    expect(paths).toContain('/exchanges/1/hourOfWeek');
  });

  it('a report with no exchange is valid too', () => {
    expect(validate(report([]))).toBe(true);
  });

  it('exercises every case the renderers must handle', () => {
    const xs = sample.exchanges;
    expect(xs.length).toBeGreaterThanOrEqual(4);
    expect(xs.length).toBeLessThanOrEqual(5);
    expect(xs.some((x) => x.redFlags.length > 0)).toBe(true);
    expect(xs.some((x) => CRITERION_IDS.filter((id) => x.criteria[id].score !== null).length === 1)).toBe(true);
    expect(xs.some((x) => x.trend.some((p) => p.overall === null) && x.trend.some((p) => p.overall !== null))).toBe(true);
    expect(xs.some((x) => x.hourOfWeek.flat().some((c) => c.probes === 0))).toBe(true);
    expect(xs.some((x) => x.hourOfWeek.flat().some((c) => c.probes > 0 && c.ok === 0))).toBe(true);
    const names = xs.map((x) => x.name).join('\n');
    for (const s of ['<script>alert(1)</script>', '"', '|', '=HYPERLINK("']) expect(names).toContain(s);
    expect(names).toMatch(/[\u0600-\u06ff]/); // Persian
    expect(names).toMatch(/[\u4e00-\u9fff]/); // Chinese
    // eslint-disable-next-line no-control-regex
    expect(JSON.stringify(xs)).toMatch(/\\u0007|\\u001b/);
    expect(sample.buckets.count).toBe(xs[0]!.trend.length);
  });
});
