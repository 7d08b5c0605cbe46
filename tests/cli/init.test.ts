/**
 * `supportscope init [--ci github] [--force]` through the built binary: the starter config
 * validates with parseConfigText; the workflow parses as YAML with the schedule crons, the
 * steps the README promises and a valid structure; nothing is ever overwritten without --force.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseConfigText } from '../../src/config/index.js';
import { CATALOG } from '../../src/config/catalog.js';
import { DAILY_CRON, githubWorkflowText, HOURLY_CRON } from '../../src/cli/templates/githubWorkflow.js';
import { starterConfigText } from '../../src/cli/templates/config.js';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ss-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CONFIG = 'supportscope.config.json';
const WORKFLOW = join('.github', 'workflows', 'supportscope.yml');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
}
interface Workflow {
  name: string;
  on: { schedule: Array<{ cron: string }>; workflow_dispatch: unknown };
  concurrency?: unknown;
  env?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[]; needs?: string; if?: string }>;
}

const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe('supportscope init', () => {
  it('writes a starter config that validates, with $schema, three catalog exchanges, weights, probe settings and assertions', async () => {
    const r = await runCli(['init'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote supportscope\.config\.json\n/);
    expect(existsSync(join(dir, WORKFLOW))).toBe(false);
    const text = readFileSync(join(dir, CONFIG), 'utf8');
    const raw = JSON.parse(text);
    expect(raw.$schema).toBe('node_modules/supportscope/schema/supportscope.config.schema.json');
    const config = parseConfigText(text, CONFIG);
    expect(config.exchanges).toHaveLength(3);
    for (const x of config.exchanges) expect(CATALOG.map((c) => c.id)).toContain(x.id);
    expect(Object.keys(raw.weights).length).toBe(10);
    expect(raw.probe).toMatchObject({ respectRobots: true });
    expect(config.assertions!.length).toBeGreaterThanOrEqual(2);
    expect(config.assertions).toContainEqual({ redFlags: 'error' });
    expect(config.assertions!.some((a) => 'criterion' in a && a.level === 'error')).toBe(true);
    // The file the tool would load from that directory is the one written.
    const exchanges = await runCli(['exchanges', '--json'], { cwd: dir });
    expect(JSON.parse(exchanges.stdout).exchanges.map((x: { id: string }) => x.id)).toEqual(config.exchanges.map((x) => x.id));
  });

  it('--ci github also writes a workflow with hourly and daily crons, the probe, report, artifact and assert steps', async () => {
    const r = await runCli(['init', '--ci', 'github'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote supportscope.config.json\nwrote .github/workflows/supportscope.yml\n');
    const text = readFileSync(join(dir, WORKFLOW), 'utf8');
    const w = parseYaml(text) as Workflow;

    // Triggers.
    const crons = w.on.schedule.map((s) => s.cron);
    expect(crons).toEqual([HOURLY_CRON, DAILY_CRON]);
    expect(HOURLY_CRON).toMatch(/^\d{1,2} \* \* \* \*$/); // every hour
    expect(DAILY_CRON).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/); // once a day
    expect(w.on).toHaveProperty('workflow_dispatch');
    expect(w.concurrency).toBeTruthy();

    // Structure: jobs.<id>.steps[], each with uses or run (not both), on a runner.
    expect(Object.keys(w.jobs).length).toBeGreaterThan(0);
    for (const [id, job] of Object.entries(w.jobs)) {
      expect(job['runs-on'], id).toBe('ubuntu-latest');
      expect(Array.isArray(job.steps), id).toBe(true);
      for (const step of job.steps) {
        expect(typeof step.uses === 'string' || typeof step.run === 'string', JSON.stringify(step)).toBe(true);
        expect(step.uses !== undefined && step.run !== undefined, JSON.stringify(step)).toBe(false);
      }
    }
    const steps = allSteps(w);
    const uses = (prefix: string) => steps.filter((s) => s.uses?.startsWith(prefix));
    const runs = (re: RegExp) => steps.filter((s) => s.run !== undefined && re.test(s.run));

    // Node 20, install, the database kept in the cache (restored by prefix, saved under a new key).
    for (const s of uses('actions/setup-node@')) expect(String(s.with?.['node-version'])).toBe('20');
    expect(uses('actions/setup-node@').length).toBe(Object.keys(w.jobs).length);
    expect(runs(/npm install .*supportscope/).length).toBe(Object.keys(w.jobs).length);
    const restores = uses('actions/cache/restore@');
    expect(restores.length).toBeGreaterThan(0);
    for (const s of restores) {
      expect(s.with?.path).toBe('supportscope.db');
      expect(String(s.with?.['restore-keys'])).toMatch(/^supportscope-db-\s*$/);
      expect(String(s.with?.key)).toMatch(/^supportscope-db-\$\{\{ github\.run_id \}\}/);
    }
    expect(uses('actions/cache/save@')).toHaveLength(1);
    expect(w.env?.SUPPORTSCOPE_DB).toBe('supportscope.db');

    // The probe tolerates exit 3, and only 3.
    const [probe] = runs(/supportscope probe/);
    expect(probe!.run).toContain('-eq 3');
    expect(probe!.run).toMatch(/exit "\$status"/);

    // The daily job: Markdown to the job summary, HTML as an artifact, then the gate.
    const report = Object.values(w.jobs).find((j) => j.steps.some((s) => /supportscope assert/.test(s.run ?? '')))!;
    expect(report.if).toContain(`github.event.schedule == '${DAILY_CRON}'`);
    expect(report.if).toContain("github.event_name == 'workflow_dispatch'");
    const order = report.steps.map((s) => s.run ?? s.uses ?? '');
    const at = (re: RegExp) => order.findIndex((s) => re.test(s));
    expect(at(/report --format markdown >> "\$GITHUB_STEP_SUMMARY"/)).toBeGreaterThan(-1);
    expect(at(/report --format html --out supportscope-report\.html/)).toBeGreaterThan(-1);
    const upload = report.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.path === 'supportscope-report.html');
    expect(upload).toBeDefined();
    expect(at(/^actions\/cache\/restore@/)).toBeLessThan(at(/report --format markdown/));
    expect(at(/supportscope assert/)).toBe(order.length - 1);

    // The documented choices are in the file: why the cache, and where `poll` will go.
    expect(text).toMatch(/# Where the database lives between runs: the Actions cache\.\n# - Why the cache:/);
    expect(text).toMatch(/#\s+run: npx supportscope poll/);
    expect(text).not.toMatch(/\t/);
  });

  it('never overwrites without --force: exit 2 naming the file, nothing written', async () => {
    writeFileSync(join(dir, CONFIG), '{"mine": true}\n');
    const r = await runCli(['init', '--ci', 'github'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('supportscope: supportscope.config.json already exists; nothing was written (use --force to overwrite)\n');
    expect(readFileSync(join(dir, CONFIG), 'utf8')).toBe('{"mine": true}\n');
    expect(existsSync(join(dir, WORKFLOW))).toBe(false);

    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, WORKFLOW), 'name: mine\n');
    const both = await runCli(['init', '--ci', 'github'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('supportscope.config.json, .github/workflows/supportscope.yml already exist');

    const forced = await runCli(['init', '--ci', 'github', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('overwrote supportscope.config.json\noverwrote .github/workflows/supportscope.yml\n');
    expect(() => parseConfigText(readFileSync(join(dir, CONFIG), 'utf8'), CONFIG)).not.toThrow();
    expect((parseYaml(readFileSync(join(dir, WORKFLOW), 'utf8')) as Workflow).on.schedule).toHaveLength(2);
  });

  it('--config puts the config elsewhere, with $schema relative to it, and the workflow points at it', async () => {
    const r = await runCli(['--config', 'ops/monitor.json', 'init', '--ci', 'github'], { cwd: dir });
    expect(r.code).toBe(0);
    const raw = JSON.parse(readFileSync(join(dir, 'ops', 'monitor.json'), 'utf8'));
    expect(raw.$schema).toBe('../node_modules/supportscope/schema/supportscope.config.schema.json');
    const w = parseYaml(readFileSync(join(dir, WORKFLOW), 'utf8')) as Workflow;
    expect(w.env?.SUPPORTSCOPE_CONFIG).toBe('ops/monitor.json');
  });

  it('an unknown --ci provider is a usage error', async () => {
    const r = await runCli(['init', '--ci', 'jenkins'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'jenkins' is invalid/);
    expect(existsSync(join(dir, CONFIG))).toBe(false);
  });
});

describe('the templates', () => {
  it('the config template validates against the config schema whatever its $schema path', () => {
    const config = parseConfigText(starterConfigText({ schemaPath: 'x/y.json' }), 't');
    expect(config.exchanges.map((x) => x.id)).toEqual(['lbank', 'binance', 'coinbase']);
  });

  it('the workflow pins the release line of the running version', () => {
    const w = parseYaml(githubWorkflowText({ version: '0.4.2' })) as Workflow;
    expect(w.env?.SUPPORTSCOPE_VERSION).toBe('~0.4.0');
    expect((parseYaml(githubWorkflowText({ version: '2.1.0' })) as Workflow).env?.SUPPORTSCOPE_VERSION).toBe('^2.0.0');
    expect(w.env).not.toHaveProperty('SUPPORTSCOPE_CONFIG');
  });
});
