/**
 * The renderers wired into the CLI, in-process through the real commander program (runCli):
 * `report --format table|markdown|json|csv|html [--out]`, and `demo` writing
 * supportscope-report.html in the working directory (`--html <file>`, `--no-html`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { CSV_COLUMNS } from '../../src/render/csv.js';
import type { Report } from '../../src/types/report.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const env = { ...process.env, NO_COLOR: '1', CI: 'true', SUPPORTSCOPE_DB: '', SUPPORTSCOPE_CONFIG: '' };
  const code = await runCli(['node', 'supportscope', ...args], { stdout, stderr, env, cwd });
  return { code, stdout: out, stderr: err };
}

let dir: string;
let db: string;
let demo: Run;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ss-render-cli-'));
  mkdirSync(join(dir, 'a'));
  db = join(dir, 'demo.db');
  demo = await cli(['demo', '--db', db], join(dir, 'a'));
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('supportscope demo', () => {
  it('prints the scorecard and writes supportscope-report.html in the working directory, saying so', () => {
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain('Overall');
    const path = join(dir, 'a', 'supportscope-report.html');
    expect(existsSync(path)).toBe(true);
    const html = readFileSync(path, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    // Big strings: compare booleans, so a failure does not print the page.
    expect(html.includes('class="heatmap availability"')).toBe(true);
    expect(html.includes('class="trend large"')).toBe(true);
    expect(demo.stderr).toMatch(/wrote supportscope-report\.html \(\d+ KB, HTML\)/);
    expect(demo.stderr).toContain(`open ${path} in a browser`);
    expect(demo.stdout).not.toContain('<!doctype');
  });

  it('--html <file> chooses the path; --no-html writes none', async () => {
    mkdirSync(join(dir, 'b', 'out'), { recursive: true });
    const ok = await cli(['demo', '--db', join(dir, 'b.db'), '--html', 'out/report.html', '--out', 'r.json'], join(dir, 'b'));
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'b', 'out', 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(ok.stderr).toMatch(/wrote out\/report\.html \(\d+ KB, HTML\)/);
    expect((JSON.parse(readFileSync(join(dir, 'b', 'r.json'), 'utf8')) as Report).schemaVersion).toBe(1);
    expect(existsSync(join(dir, 'b', 'supportscope-report.html'))).toBe(false);
    const none = await cli(['demo', '--db', join(dir, 'b.db'), '--no-html'], join(dir, 'b'));
    expect(none.code).toBe(0);
    expect(existsSync(join(dir, 'b', 'supportscope-report.html'))).toBe(false);
    expect(none.stderr).not.toContain('HTML');
  }, 120_000);
});

describe('supportscope report --format', () => {
  it('markdown to stdout', async () => {
    const r = await cli(['report', '--db', db, '--format', 'markdown'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Support scorecard\n')).toBe(true);
    expect(r.stdout).toContain('## Ranking');
    expect(r.stdout).toContain('Aurora Exchange');
  });

  it('csv to stdout', async () => {
    const r = await cli(['report', '--db', db, '--format', 'csv'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.filter((l) => l.startsWith('criterion,')).length).toBeGreaterThanOrEqual(80);
  });

  it('json keeps history (trends, grid) and html to --out', async () => {
    const j = await cli(['report', '--db', db, '--format', 'json'], dir);
    const rep = JSON.parse(j.stdout) as Report;
    expect(rep.exchanges.length).toBeGreaterThan(0);
    expect(rep.exchanges[0]!.trend.length).toBeGreaterThan(0);
    const h = await cli(['report', '--db', db, '--format', 'html', '--out', 'r.html'], dir);
    expect(h.code).toBe(0);
    expect(h.stdout).toBe('');
    expect(h.stderr).toMatch(/wrote r\.html \(\d+ KB, html\)/);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html.includes('<meta http-equiv="Content-Security-Policy"')).toBe(true);
    expect(html.match(/<rect class="hm /g)!.length).toBe(rep.exchanges.length * 2 * 168);
  });

  it('table stays the default; a bad format or unwritable --out is exit 2', async () => {
    const t = await cli(['report', '--db', db], dir);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain('Overall');
    expect((await cli(['report', '--db', db, '--format', 'pdf'], dir)).code).toBe(2);
    const bad = await cli(['report', '--db', db, '--format', 'csv', '--out', join(dir, 'no', 'such', 'dir.csv')], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot write the csv report to');
  });
});
