/**
 * The renderers against the golden files (tests/render/golden/), byte for byte: a renderer
 * change shows up here as a diff. Regenerate after review with
 * `npm run build && node scripts/gen-golden.mjs` (`--check` in CI).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import type { Report } from '../../src/types/report.js';
import { GOLDEN_DIR, loadSample } from './reports.js';

const cases: Array<[string, (r: Report) => string]> = [
  ['sample.md', renderMarkdown],
  ['sample.csv', renderCsv],
  ['sample.json', renderJson],
  ['sample.html', renderHtml],
];

describe('golden files', () => {
  const sample = loadSample();
  for (const [file, render] of cases) {
    it(`${file} is what the renderer writes for the sample report`, () => {
      const golden = readFileSync(join(GOLDEN_DIR, file), 'utf8');
      const actual = render(sample);
      // A readable first difference before the byte-for-byte comparison.
      if (actual !== golden) {
        const a = actual.split('\n');
        const g = golden.split('\n');
        const line = a.findIndex((l, i) => l !== g[i]);
        expect({ line: line + 1, actual: a[line] }).toEqual({ line: line + 1, actual: g[line] });
      }
      expect(Buffer.from(actual, 'utf8').equals(Buffer.from(golden, 'utf8'))).toBe(true);
    });
  }

  it('rendering is deterministic and does not change the report', () => {
    const before = JSON.stringify(sample);
    for (const [, render] of cases) expect(render(sample)).toBe(render(loadSample()));
    expect(JSON.stringify(sample)).toBe(before);
  });

  it('sample.json round-trips to the fixture', () => {
    expect(JSON.parse(readFileSync(join(GOLDEN_DIR, 'sample.json'), 'utf8'))).toEqual(sample);
  });
});
