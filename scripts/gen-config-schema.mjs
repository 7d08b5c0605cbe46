#!/usr/bin/env node
/**
 * Writes schema/supportscope.config.schema.json (the editor JSON Schema of
 * supportscope.config.json) from the BUILT library's configJsonSchema(), so run
 * `npm run build` first.
 *
 *   node scripts/gen-config-schema.mjs           write the file, print what was written
 *   node scripts/gen-config-schema.mjs --check   exit 1 if the checked-in file differs
 *
 * tests/config/schema.test.ts compares the checked-in file with configJsonSchema() too,
 * so a stale file fails the test suite even when this script is not run in CI.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const library = join(root, 'dist', 'config', 'index.js');
const target = join(root, 'schema', 'supportscope.config.schema.json');
const shown = relative(process.cwd(), target) || target;

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  process.stderr.write(`gen-config-schema: unknown argument(s) ${unknown.join(' ')}\nusage: node scripts/gen-config-schema.mjs [--check]\n`);
  process.exit(2);
}
const check = args.includes('--check');

if (!existsSync(library)) {
  process.stderr.write(`gen-config-schema: ${relative(process.cwd(), library)} not found; run \`npm run build\` first\n`);
  process.exit(2);
}

const { configJsonSchema } = await import(pathToFileURL(library).href);
const text = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
  if (current === text) {
    process.stdout.write(`${shown} is up to date\n`);
    process.exit(0);
  }
  process.stderr.write(
    `${shown} ${current === undefined ? 'is missing' : 'is out of date'}; run \`npm run build && node scripts/gen-config-schema.mjs\`\n`,
  );
  process.exit(1);
}

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text);
process.stdout.write(`wrote ${shown} (${Buffer.byteLength(text)} bytes)\n`);
