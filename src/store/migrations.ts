/**
 * Versioned schema migrations. `PRAGMA user_version` holds the applied version.
 * Append only: never edit a migration that has shipped; add a new one.
 *
 * Design notes
 * - Times are INTEGER epoch milliseconds (UTC): compact, and range scans are cheap.
 * - Bodies are stored once per SHA-256 of the raw bytes, compressed; observations
 *   point at them. An unchanged page costs one small observation row.
 * - Page facts are keyed by (body hash, final URL): the judges are pure functions of
 *   those two, so an unchanged page is judged once, and `rejudge` refreshes them
 *   when the judges change (judge_version).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Fills what the new tables derive from existing rows (runs in the migration's transaction). */
  backfill?: 'rollups';
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'runs, exchanges, observations, bodies, page facts',
    sql: `
      CREATE TABLE runs (
        id            INTEGER PRIMARY KEY,
        started_at    INTEGER NOT NULL,
        finished_at   INTEGER,
        status        TEXT NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'finished', 'failed', 'interrupted')),
        command       TEXT NOT NULL,
        tool_version  TEXT NOT NULL,
        config_source TEXT,
        observations  INTEGER NOT NULL DEFAULT 0,
        failures      INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE exchanges (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        first_seen INTEGER NOT NULL,
        last_seen  INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE bodies (
        hash       TEXT PRIMARY KEY,
        size       INTEGER NOT NULL,
        codec      TEXT NOT NULL CHECK (codec IN ('br', 'identity')),
        data       BLOB NOT NULL,
        created_at INTEGER NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE observations (
        id            INTEGER PRIMARY KEY,
        run_id        INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        exchange_id   TEXT NOT NULL REFERENCES exchanges(id),
        channel       TEXT NOT NULL,
        kind          TEXT NOT NULL,
        role          TEXT,
        url           TEXT NOT NULL,
        final_url     TEXT,            -- NULL when equal to url
        started_at    INTEGER NOT NULL,
        status        INTEGER,
        outcome       TEXT NOT NULL CHECK (outcome IN ('ok', 'error', 'skipped')),
        error_code    TEXT,
        error_message TEXT,
        dns_ms        REAL,
        connect_ms    REAL,
        tls_ms        REAL,
        ttfb_ms       REAL,
        total_ms      REAL,
        bytes         INTEGER,
        content_type  TEXT,
        charset       TEXT,
        body_hash     TEXT REFERENCES bodies(hash),
        meta          TEXT
      );
      -- report: per exchange and channel over a time window
      CREATE INDEX observations_channel_time ON observations (channel, started_at, exchange_id, outcome, ttfb_ms);
      -- report: the newest run with a good start page, per exchange
      CREATE INDEX observations_start_ok ON observations (exchange_id, run_id)
        WHERE channel = 'helpCenter' AND role = 'start' AND outcome = 'ok';
      -- report: the pages of one run of one exchange
      CREATE INDEX observations_run ON observations (run_id, exchange_id, channel);
      CREATE INDEX observations_body ON observations (body_hash) WHERE body_hash IS NOT NULL;

      CREATE TABLE page_facts (
        body_hash     TEXT NOT NULL REFERENCES bodies(hash) ON DELETE CASCADE,
        url           TEXT NOT NULL,
        judge_version INTEGER NOT NULL,
        facts         TEXT NOT NULL,
        PRIMARY KEY (body_hash, url)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'hourly and daily rollups per exchange and channel',
    // One row per exchange, channel and UTC hour: counts by outcome and error code, and
    // latency histograms (src/metrics/histogram.ts). Written in the same transaction as each
    // observation; `report` reads these for whole hours and raw rows only for the partial
    // hours at the window's edges, and pruning observations keeps them.
    sql: `
      CREATE TABLE rollups (
        channel     TEXT NOT NULL,
        hour        INTEGER NOT NULL,   -- epoch ms of the hour's start, UTC
        exchange_id TEXT NOT NULL REFERENCES exchanges(id),
        probes      INTEGER NOT NULL,
        ok          INTEGER NOT NULL,
        errors      INTEGER NOT NULL,
        skipped     INTEGER NOT NULL,
        https       INTEGER NOT NULL,
        error_codes TEXT NOT NULL,      -- JSON {code: count}
        ttfb_hist   BLOB NOT NULL,      -- histogram of successful probes' TTFB, ms (LatencyHistogram.toBuffer)
        total_hist  BLOB NOT NULL,      -- histogram of successful probes' total time, ms
        first_at    INTEGER NOT NULL,
        last_at     INTEGER NOT NULL,
        ttfb_p50    REAL,               -- the hour's median TTFB, ms (for the hour-of-week grid)
        PRIMARY KEY (channel, hour, exchange_id)
      ) WITHOUT ROWID;
      -- the same per UTC day, so a month's report reads days, not hours
      CREATE TABLE rollups_daily (
        channel     TEXT NOT NULL,
        day         INTEGER NOT NULL,   -- epoch ms of the day's start, UTC
        exchange_id TEXT NOT NULL REFERENCES exchanges(id),
        probes      INTEGER NOT NULL,
        ok          INTEGER NOT NULL,
        errors      INTEGER NOT NULL,
        skipped     INTEGER NOT NULL,
        https       INTEGER NOT NULL,
        error_codes TEXT NOT NULL,
        ttfb_hist   BLOB NOT NULL,
        total_hist  BLOB NOT NULL,
        first_at    INTEGER NOT NULL,
        last_at     INTEGER NOT NULL,
        PRIMARY KEY (channel, day, exchange_id)
      ) WITHOUT ROWID;
      -- report: the newest run with a good start page, per exchange, in a window (covering;
      -- time first, so a trend bucket reads only its own entries)
      DROP INDEX observations_start_ok;
      CREATE INDEX observations_start_ok ON observations (started_at, exchange_id, run_id)
        WHERE channel = 'helpCenter' AND role = 'start' AND outcome = 'ok';
    `,
    backfill: 'rollups',
  },
  {
    version: 3,
    name: 'answer grades of help-center search results',
    // A grade is a pure function of (article body, URL, question, language) and the grader's
    // version, so an unchanged article is graded once however often it is searched for; like
    // page facts, grades go when their body is pruned, and `rejudge` refreshes stale ones.
    sql: `
      CREATE TABLE answer_grades (
        body_hash      TEXT NOT NULL REFERENCES bodies(hash) ON DELETE CASCADE,
        url            TEXT NOT NULL,
        question       TEXT NOT NULL,
        lang           TEXT NOT NULL,
        grader_version INTEGER NOT NULL,
        grade          TEXT NOT NULL,
        PRIMARY KEY (body_hash, url, question, lang)
      ) WITHOUT ROWID;
      -- report: the newest run that searched, per exchange, in a window
      CREATE INDEX observations_search ON observations (started_at, exchange_id, run_id)
        WHERE channel = 'search' AND kind = 'search';
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
