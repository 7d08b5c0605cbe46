/**
 * `.github/workflows/supportscope.yml`, written by `supportscope init --ci github`: an hourly
 * probe (so the hour-of-week grid fills), a daily report and the `assert` gate, with the
 * database kept between runs in the Actions cache. tests/cli/init.test.ts parses it.
 */

/** The hourly probe: minute 17, away from the top of the hour when GitHub's runners are busiest. */
export const HOURLY_CRON = '17 * * * *';
/** The daily report and gate. */
export const DAILY_CRON = '40 6 * * *';
export const WORKFLOW_PATH = '.github/workflows/supportscope.yml';

/** A GitHub Actions expression, `${{ … }}` (kept out of the template literal's own `${}`). */
const gh = (expr: string) => `\${{ ${expr} }}`;

export interface WorkflowOptions {
  /** The tool version; the workflow installs the same minor release line. */
  version: string;
  /** The config file, relative to the repository root, when not ./supportscope.config.json. */
  configPath?: string | null;
}

export function githubWorkflowText(opts: WorkflowOptions): string {
  const [major = '0', minor = '1'] = opts.version.split('.');
  const range = major === '0' ? `~${major}.${minor}.0` : `^${major}.0.0`;
  const configEnv = opts.configPath ? `\n  SUPPORTSCOPE_CONFIG: ${JSON.stringify(opts.configPath)}` : '';
  const dbKey = `supportscope-db-${gh('github.run_id')}-${gh('github.run_attempt')}`;
  const install = `      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # Installs the CLI into ./node_modules (and the config's "$schema" with it); npx runs it.
      # Pinned to one release line: a new major/minor version is an edit here, not a surprise.
      - name: Install supportscope
        run: npm install --no-save --no-package-lock "supportscope@${gh('env.SUPPORTSCOPE_VERSION')}"`;
  return `# supportscope: measures how good crypto exchanges' customer support really is.
# Written by \`supportscope init --ci github\`; edit freely.
#
# Two schedules (UTC):
#   - hourly (${HOURLY_CRON}): probe every exchange, so the 7x24 hour-of-week grid fills and
#     "24/7 support" is checked at 3 a.m. on Sunday too;
#   - daily (${DAILY_CRON}): probe, then the report (job summary and an HTML artifact) and the
#     \`assert\` gate, which fails the run when an error-level threshold is missed.
# GitHub may delay scheduled runs when busy and pauses them in repositories without activity
# for 60 days; "Run workflow" (workflow_dispatch) runs the probe and the daily report by hand.
name: supportscope

on:
  schedule:
    - cron: '${HOURLY_CRON}'   # hourly probe
    - cron: '${DAILY_CRON}'   # daily report and assert
  workflow_dispatch:

permissions:
  contents: read

# One run at a time: two runs restoring the same database and saving it back would lose the
# observations of one of them.
concurrency:
  group: supportscope
  cancel-in-progress: false

env:
  SUPPORTSCOPE_VERSION: '${range}'
  SUPPORTSCOPE_DB: supportscope.db${configEnv}

# Where the database lives between runs: the Actions cache.
# - Why the cache: it needs no token with write access and no commits. A data branch would add
#   a binary commit every hour and grow the repository forever; artifacts cannot be read back
#   by the next run without a token and a lookup of the previous run.
# - Cache entries are immutable, so each run saves under a new key (run id and attempt) and
#   restores the newest entry by the "supportscope-db-" prefix (restore-keys). GitHub evicts
#   the oldest entries first when the repository's cache is full, and entries unused for 7 days:
#   the hourly run keeps the newest one in use.
# - The daily job also uploads the database as an artifact (14 days): a backup to restore from
#   if the cache is ever evicted (download it, then run \`supportscope report --db …\` locally).
# - Keep it small with \`supportscope db prune --older-than 180d\` (the hourly and daily rollups,
#   and with them availability and latency history, are kept).
jobs:
  probe:
    runs-on: ubuntu-latest
    timeout-minutes: 45
    steps:
${install}
      - name: Restore the database
        uses: actions/cache/restore@v4
        with:
          path: supportscope.db
          key: ${dbKey}
          restore-keys: |
            supportscope-db-
      - name: Probe
        run: |
          status=0
          npx supportscope probe || status=$?
          # 3 = the run finished but some probes failed: the failures are stored and scored
          # (they are what availability measures), so they do not fail the job.
          if [ "$status" -eq 3 ]; then
            echo "::warning::some probes failed (exit 3); they are stored in the database and scored"
            exit 0
          fi
          exit "$status"
      # Conversation channels (replies to email and ticket questions) come with \`supportscope
      # poll\`, which collects the replies of open conversations. When it lands, add:
      # - name: Poll conversations
      #   run: npx supportscope poll
      - name: Save the database
        if: success() && hashFiles('supportscope.db') != ''
        uses: actions/cache/save@v4
        with:
          path: supportscope.db
          key: ${dbKey}

  report:
    needs: probe
    # The daily schedule, or a run by hand.
    if: github.event_name == 'workflow_dispatch' || github.event.schedule == '${DAILY_CRON}'
    runs-on: ubuntu-latest
    timeout-minutes: 20
    steps:
${install}
      - name: Restore the database
        uses: actions/cache/restore@v4
        with:
          path: supportscope.db
          key: ${dbKey}
          restore-keys: |
            supportscope-db-
          fail-on-cache-miss: true
      - name: Report (job summary)
        run: npx supportscope report --format markdown >> "$GITHUB_STEP_SUMMARY"
      - name: Report (HTML)
        run: npx supportscope report --format html --out supportscope-report.html
      - name: Upload the HTML report
        uses: actions/upload-artifact@v4
        with:
          name: supportscope-report
          path: supportscope-report.html
          retention-days: 30
      - name: Back up the database
        uses: actions/upload-artifact@v4
        with:
          name: supportscope-db
          path: supportscope.db
          retention-days: 14
      # The gate: exit 1 when an error-level assertion (the "assertions" block of the config,
      # or flags such as --min-score 60 --criterion availability=7 --no-red-flags) fails.
      # Warnings and "not measured" are printed and do not fail the job.
      - name: Assert
        run: npx supportscope assert
`;
}
