#!/usr/bin/env node
/**
 * Renders the fixed sample report (fixtures/reports/sample-report.json) with the BUILT
 * renderers into the golden files under tests/render/golden/, so run `npm run build` first.
 * tests/render/golden.test.ts compares the renderers' output with these files byte for byte:
 * a renderer change shows up as a diff to review, then to regenerate with this script.
 *
 *   node scripts/gen-golden.mjs           write the files, print what was written
 *   node scripts/gen-golden.mjs --check   exit 1 if a checked-in file differs (or is missing)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist', 'render');
const fixture = join(root, 'fixtures', 'reports', 'sample-report.json');
const goldenDir = join(root, 'tests', 'render', 'golden');
const shown = (p) => relative(process.cwd(), p) || p;

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`gen-golden: unknown argument(s) ${unknown.join(' ')}\nusage: node scripts/gen-golden.mjs [--check]\n`);
  process.exit(2);
}
const check = args.includes('--check');

for (const file of ['markdown.js', 'csv.js', 'json.js', 'html.js']) {
  if (!existsSync(join(dist, file))) {
    process.stderr.write(`gen-golden: ${shown(join(dist, file))} not found; run \`npm run build\` first\n`);
    process.exit(2);
  }
}
const load = async (file) => import(pathToFileURL(join(dist, file)).href);
const [{ renderMarkdown }, { renderCsv }, { renderJson }, { renderHtml }] = await Promise.all(
  ['markdown.js', 'csv.js', 'json.js', 'html.js'].map(load),
);

const report = JSON.parse(readFileSync(fixture, 'utf8'));
const outputs = [
  ['sample.md', renderMarkdown(report)],
  ['sample.csv', renderCsv(report)],
  ['sample.json', renderJson(report)],
  ['sample.html', renderHtml(report)],
];

if (check) {
  const stale = [];
  for (const [name, text] of outputs) {
    const path = join(goldenDir, name);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (current !== text) stale.push(`${shown(path)} ${current === undefined ? 'is missing' : 'is out of date'}`);
  }
  if (stale.length === 0) {
    process.stdout.write(`${outputs.length} golden files in ${shown(goldenDir)} are up to date\n`);
    process.exit(0);
  }
  process.stderr.write(`${stale.join('\n')}\nrun \`npm run build && node scripts/gen-golden.mjs\` and review the diff\n`);
  process.exit(1);
}

mkdirSync(goldenDir, { recursive: true });
for (const [name, text] of outputs) {
  const path = join(goldenDir, name);
  writeFileSync(path, text);
  process.stdout.write(`wrote ${shown(path)} (${Buffer.byteLength(text)} bytes)\n`);
}
