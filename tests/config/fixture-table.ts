/**
 * The bad-config fixtures and what each must produce, read from the table in
 * fixtures/configs/README.md (one row per file: file, mistake, path(s), message fragment),
 * so the README and the tests cannot disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CONFIG_FIXTURES = join(ROOT, 'fixtures', 'configs');
export const BAD_DIR = join(CONFIG_FIXTURES, 'bad');
export const GOOD_DIR = join(CONFIG_FIXTURES, 'good');

export interface BadFixture {
  file: string;
  mistake: string;
  paths: string[];
  fragment: string;
}

const code = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** Rows of the table under "## bad/" in the README. */
export function readBadTable(): BadFixture[] {
  const readme = readFileSync(join(CONFIG_FIXTURES, 'README.md'), 'utf8');
  const start = readme.indexOf('## bad/');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const rows: BadFixture[] = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('| `')) continue;
    const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
    if (cells.length !== 4) throw new Error(`README row does not have 4 cells: ${line}`);
    const [fileCell, mistake, pathCell, fragmentCell] = cells as [string, string, string, string];
    const fragment = fragmentCell.replace(/^`|`$/g, '');
    rows.push({ file: code(fileCell)[0]!, mistake, paths: code(pathCell), fragment });
  }
  return rows;
}

export const listJson = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

/** Files whose bytes are not UTF-8 JSON, so only loadConfigFile (not parseConfigText) can see the mistake. */
export const ENCODING_FIXTURES = new Set(['utf16-with-bom.json', 'latin1-encoded.json']);
