/**
 * `init [--ci github] [--force]`: a starter config, and a scheduled CI workflow. Never
 * overwrites a file without --force: when one exists, nothing at all is written (exit 2).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAME } from '../../config/index.js';
import { UsageError } from '../../errors.js';
import { toolVersion } from '../../version.js';
import type { Context } from '../context.js';
import { SCHEMA_PATH_IN_PACKAGE, starterConfigText } from '../templates/config.js';
import { githubWorkflowText, WORKFLOW_PATH } from '../templates/githubWorkflow.js';

interface PlannedFile {
  path: string;
  /** As printed: relative to the working directory when inside it. */
  shown: string;
  text: string;
}

const toPosix = (p: string) => p.split(sep).join('/');

export async function initCommand(ctx: Context, opts: { ci?: string; force?: boolean }): Promise<number> {
  const cwd = ctx.io.cwd;
  const show = (abs: string) => {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : abs;
  };
  // --config (or SUPPORTSCOPE_CONFIG) chooses where the config goes; else ./supportscope.config.json.
  const configAbs = resolve(cwd, ctx.configPath ?? CONFIG_FILE_NAME);
  const schemaRel = toPosix(relative(dirname(configAbs), join(cwd, SCHEMA_PATH_IN_PACKAGE)));
  const planned: PlannedFile[] = [{ path: configAbs, shown: show(configAbs), text: starterConfigText({ schemaPath: schemaRel }) }];
  if (opts.ci === 'github') {
    const workflowAbs = join(cwd, WORKFLOW_PATH);
    const configRel = show(configAbs);
    planned.push({
      path: workflowAbs,
      shown: show(workflowAbs),
      text: githubWorkflowText({ version: toolVersion(), configPath: configRel === CONFIG_FILE_NAME ? null : configRel }),
    });
  } else if (opts.ci !== undefined) {
    throw new UsageError(`--ci: expected "github", got ${JSON.stringify(opts.ci)}`);
  }

  const existing = planned.filter((f) => existsSync(f.path));
  if (existing.length > 0 && !opts.force) {
    throw new UsageError(
      `${existing.map((f) => f.shown).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written (use --force to overwrite)`,
      'E_EXISTS',
    );
  }
  for (const f of planned) {
    mkdirSync(dirname(f.path), { recursive: true });
    const overwrite = existsSync(f.path);
    writeFileSync(f.path, f.text);
    ctx.out(`${overwrite ? 'overwrote' : 'wrote'} ${f.shown}\n`);
  }
  const lines = [
    '',
    'Next:',
    `  edit ${planned[0]!.shown}: your exchanges (\`supportscope exchanges\` lists the built-in catalog), weights and assertions`,
    '  supportscope probe            # one run now',
    '  supportscope report           # the scorecard',
    '  supportscope assert           # the thresholds, as CI will check them',
  ];
  if (opts.ci === 'github') {
    lines.push(`  commit ${planned[0]!.shown} and ${WORKFLOW_PATH}: GitHub then probes hourly and reports daily`);
  }
  ctx.out(`${lines.join('\n')}\n`);
  return 0;
}
