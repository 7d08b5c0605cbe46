/**
 * The SQLite backend (better-sqlite3): WAL, busy timeout, foreign keys, migrations.
 * Every write is one IMMEDIATE transaction, so a process killed at any moment
 * leaves a consistent database, and two processes can probe into one file.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { StoreError } from '../errors.js';
import type { ChannelId, ErrorCode, ObservationInput } from '../types/observation.js';
import type { PageFacts } from '../types/facts.js';
import type { Grade } from '../types/knowledge.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';
import { addRow, addToRollup, emptyRollup, GRAIN_MS, readHourCounts, readRollups, rebuildRollups, RollupWriter, startOf, type Grain, type Rollup, type RollupRow } from './rollups.js';
import type {
  ChannelStats,
  ExchangeRow,
  FactsInput,
  GradeInput,
  HourCount,
  SearchSnapshotRow,
  StoredAnswer,
  PageSnapshot,
  PruneResult,
  RunInfo,
  RunRow,
  Store,
  StoreStats,
  StoredBody,
  TimeWindow,
} from './store.js';

const BUSY_TIMEOUT_MS = 10_000;
/** Parsed page facts kept per store (see factsOf). */
const FACTS_CACHE_ENTRIES = 20_000;
/** Bodies smaller than this are stored as they are: compression would not pay. */
const COMPRESS_MIN_BYTES = 256;

export interface OpenOptions {
  /** Open an existing file only; never create one (for read-only commands). */
  mustExist?: boolean;
  readonly?: boolean;
}

export function openSqliteStore(path: string, options: OpenOptions = {}): SqliteStore {
  const full = resolve(path);
  let db: Db;
  try {
    if (!options.mustExist && !options.readonly) mkdirSync(dirname(full), { recursive: true });
    db = new Database(full, { fileMustExist: Boolean(options.mustExist || options.readonly), readonly: Boolean(options.readonly) });
  } catch (err) {
    throw new StoreError(`${path}: cannot open the database: ${(err as Error).message}`, 'E_DB_OPEN');
  }
  try {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db, path);
    else checkVersion(db, path);
  } catch (err) {
    db.close();
    if (err instanceof StoreError) throw err;
    throw new StoreError(`${path}: not a usable supportscope database: ${(err as Error).message}`, 'E_DB_OPEN');
  }
  return new SqliteStore(db, full);
}

function checkVersion(db: Db, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) {
    throw new StoreError(
      `${path}: the database is at schema version ${version}, newer than this supportscope (${LATEST_VERSION}); upgrade supportscope`,
      'E_DB_VERSION',
    );
  }
}

function migrate(db: Db, path: string): void {
  checkVersion(db, path);
  if ((db.pragma('user_version', { simple: true }) as number) === LATEST_VERSION) return;
  // IMMEDIATE: two processes opening a new file at once migrate it once.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      if (m.backfill === 'rollups') rebuildRollups(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}

function hashBody(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

function compress(body: Buffer): { codec: 'br' | 'identity'; data: Buffer } {
  if (body.length < COMPRESS_MIN_BYTES) return { codec: 'identity', data: body };
  const data = brotliCompressSync(body, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  return data.length < body.length ? { codec: 'br', data } : { codec: 'identity', data: body };
}

function decompress(codec: string, data: Buffer): Buffer {
  return codec === 'br' ? brotliDecompressSync(data) : data;
}

const HOUR_MS = GRAIN_MS.hour;
const DAY_MS = GRAIN_MS.day;
const hourOf = (ms: number): number => startOf(ms, 'hour');

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const toMs = (iso: string): number => Date.parse(iso);

interface RunDbRow {
  id: number;
  started_at: number;
  finished_at: number | null;
  status: RunRow['status'];
  command: string;
  tool_version: string;
  config_source: string | null;
  observations: number;
  failures: number;
}

function runFromDb(r: RunDbRow): RunRow {
  return {
    id: r.id,
    startedAt: iso(r.started_at)!,
    finishedAt: iso(r.finished_at),
    status: r.status,
    command: r.command,
    toolVersion: r.tool_version,
    configSource: r.config_source,
    observations: r.observations,
    failures: r.failures,
  };
}

function windowBounds(w: TimeWindow): [number, number] {
  return [w.since ?? 0, w.until ?? Number.MAX_SAFE_INTEGER];
}

export class SqliteStore implements Store {
  private readonly stmts: {
    insertRun: Statement;
    finishRun: Statement;
    getRun: Statement;
    upsertExchange: Statement;
    insertBody: Statement;
    insertObs: Statement;
    bumpRun: Statement;
    putFacts: Statement;
    putGrade: Statement;
  };
  private readonly rollups: RollupWriter;

  constructor(
    private readonly db: Db,
    readonly path: string,
  ) {
    this.stmts = {
      insertRun: db.prepare(
        `INSERT INTO runs (started_at, status, command, tool_version, config_source) VALUES (?, 'running', ?, ?, ?)`,
      ),
      finishRun: db.prepare(`UPDATE runs SET finished_at = ?, status = ? WHERE id = ?`),
      getRun: db.prepare(`SELECT * FROM runs WHERE id = ?`),
      upsertExchange: db.prepare(
        `INSERT INTO exchanges (id, name, first_seen, last_seen) VALUES (@id, @name, @at, @at)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, last_seen = MAX(last_seen, excluded.last_seen)`,
      ),
      insertBody: db.prepare(
        `INSERT INTO bodies (hash, size, codec, data, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`,
      ),
      insertObs: db.prepare(
        `INSERT INTO observations (run_id, exchange_id, channel, kind, role, url, final_url, started_at, status, outcome,
           error_code, error_message, dns_ms, connect_ms, tls_ms, ttfb_ms, total_ms, bytes, content_type, charset, body_hash, meta)
         VALUES (@runId, @exchangeId, @channel, @kind, @role, @url, @finalUrl, @startedAt, @status, @outcome,
           @errorCode, @errorMessage, @dnsMs, @connectMs, @tlsMs, @ttfbMs, @totalMs, @bytes, @contentType, @charset, @bodyHash, @meta)`,
      ),
      bumpRun: db.prepare(`UPDATE runs SET observations = observations + 1, failures = failures + ? WHERE id = ?`),
      putFacts: db.prepare(
        `INSERT INTO page_facts (body_hash, url, judge_version, facts) VALUES (?, ?, ?, ?)
         ON CONFLICT (body_hash, url) DO UPDATE SET judge_version = excluded.judge_version, facts = excluded.facts
         WHERE excluded.judge_version >= page_facts.judge_version`,
      ),
      putGrade: db.prepare(
        `INSERT INTO answer_grades (body_hash, url, question, lang, grader_version, grade) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (body_hash, url, question, lang) DO UPDATE SET grader_version = excluded.grader_version, grade = excluded.grade
         WHERE excluded.grader_version >= answer_grades.grader_version`,
      ),
    };
    this.rollups = new RollupWriter(db);
  }

  /** The underlying connection, for benchmarks and tests of the store itself. */
  get connection(): Db {
    return this.db;
  }

  async beginRun(info: RunInfo): Promise<number> {
    const at = (info.startedAt ?? new Date()).getTime();
    const res = this.db
      .transaction(() => this.stmts.insertRun.run(at, info.command, info.toolVersion, info.configSource))
      .immediate();
    return Number(res.lastInsertRowid);
  }

  async finishRun(runId: number, status: 'finished' | 'failed' | 'interrupted'): Promise<RunRow> {
    this.db.transaction(() => this.stmts.finishRun.run(Date.now(), status, runId)).immediate();
    return runFromDb(this.stmts.getRun.get(runId) as RunDbRow);
  }

  async recordObservation(
    runId: number,
    exchange: { id: string; name: string },
    obs: ObservationInput,
    facts?: FactsInput | null,
    grade?: GradeInput | null,
  ): Promise<number> {
    const startedAt = toMs(obs.startedAt);
    if (!Number.isFinite(startedAt)) throw new StoreError(`observation has an invalid startedAt: ${obs.startedAt}`);
    const body = obs.body && obs.body.length > 0 ? obs.body : null;
    const hash = body ? hashBody(body) : null;
    // Compress outside the transaction: keeps the write lock short.
    const packed = body ? compress(body) : null;
    const meta = obs.meta && Object.keys(obs.meta).length > 0 ? JSON.stringify(obs.meta) : null;
    const id = this.db
      .transaction(() => {
        this.stmts.upsertExchange.run({ id: exchange.id, name: exchange.name, at: startedAt });
        if (hash && packed) this.stmts.insertBody.run(hash, body!.length, packed.codec, packed.data, Date.now());
        const res = this.stmts.insertObs.run({
          runId,
          exchangeId: exchange.id,
          channel: obs.channel,
          kind: obs.kind,
          role: obs.role ?? null,
          url: obs.url,
          finalUrl: obs.finalUrl && obs.finalUrl !== obs.url ? obs.finalUrl : null,
          startedAt,
          status: obs.status,
          outcome: obs.outcome,
          errorCode: obs.errorCode,
          errorMessage: obs.errorMessage,
          dnsMs: obs.timings.dnsMs,
          connectMs: obs.timings.connectMs,
          tlsMs: obs.timings.tlsMs,
          ttfbMs: obs.timings.ttfbMs,
          totalMs: obs.timings.totalMs,
          bytes: obs.bytes,
          contentType: obs.contentType,
          charset: obs.charset,
          bodyHash: hash,
          meta,
        });
        if (hash && facts) {
          this.factsCache.delete(`${hash}\u0000${facts.url}`);
          this.stmts.putFacts.run(hash, facts.url, facts.judgeVersion, JSON.stringify(facts.facts));
        }
        if (hash && grade) this.stmts.putGrade.run(hash, grade.url, grade.question, grade.lang, grade.graderVersion, JSON.stringify(grade.grade));
        this.stmts.bumpRun.run(obs.outcome === 'error' ? 1 : 0, runId);
        this.rollups.add(obs.channel, exchange.id, {
          startedAt,
          outcome: obs.outcome,
          errorCode: obs.errorCode,
          https: obs.url.startsWith('https:'),
          ttfbMs: obs.timings.ttfbMs,
          totalMs: obs.timings.totalMs,
        });
        return Number(res.lastInsertRowid);
      })
      .immediate();
    return id;
  }

  async listRuns(window: TimeWindow = { since: null, until: null }): Promise<RunRow[]> {
    const [since, until] = windowBounds(window);
    const rows = this.db
      .prepare(`SELECT * FROM runs WHERE started_at BETWEEN ? AND ? ORDER BY id`)
      .all(since, until) as RunDbRow[];
    return rows.map(runFromDb);
  }

  async listExchanges(): Promise<ExchangeRow[]> {
    const rows = this.db.prepare(`SELECT id, name, first_seen, last_seen FROM exchanges ORDER BY id`).all() as {
      id: string;
      name: string;
      first_seen: number;
      last_seen: number;
    }[];
    return rows.map((r) => ({ id: r.id, name: r.name, firstSeen: iso(r.first_seen)!, lastSeen: iso(r.last_seen)! }));
  }

  /**
   * Per exchange: what the channel's probes added up to in the window, exactly. Whole days come
   * from the daily rollups, whole hours of the partial days at the edges from the hourly ones,
   * and the partial hours at the very edges from the raw observations: O(days + edge hours).
   */
  async channelStats(channel: ChannelId, window: TimeWindow): Promise<ChannelStats[]> {
    const [since, until] = windowBounds(window);
    const end = until >= Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : until + 1; // exclusive
    const ceilTo = (ms: number, step: number): number => (ms <= 0 ? 0 : Math.ceil(ms / step) * step);
    const floorTo = (ms: number, step: number): number => (ms >= Number.MAX_SAFE_INTEGER ? ms : Math.floor(ms / step) * step);
    // [since, hourFrom) raw · [hourFrom, dayFrom) hours · [dayFrom, dayTo) days · [dayTo, hourTo) hours · [hourTo, end) raw
    const hourFrom = Math.min(ceilTo(since, HOUR_MS), end);
    const hourTo = Math.max(floorTo(end, HOUR_MS), hourFrom);
    let dayFrom = Math.min(ceilTo(hourFrom, DAY_MS), hourTo);
    let dayTo = Math.max(floorTo(hourTo, DAY_MS), dayFrom);
    if (dayFrom >= dayTo) dayFrom = dayTo = hourTo;
    const byExchange = new Map<string, Rollup>();
    const get = (id: string, at: number): Rollup => {
      let r = byExchange.get(id);
      if (!r) {
        r = emptyRollup(at);
        byExchange.set(id, r);
      }
      return r;
    };
    const add = (grain: Grain, from: number, to: number): void => {
      if (from >= to) return;
      for (const row of readRollups(this.db, channel, grain, from, to)) addRow(get(row.exchangeId, row.firstAt), row);
    };
    add('day', dayFrom, dayTo);
    add('hour', hourFrom, dayFrom);
    add('hour', dayTo, hourTo);
    const raw = this.db
      .prepare(
        `SELECT exchange_id, started_at, outcome, error_code, url LIKE 'https:%', ttfb_ms, total_ms FROM observations
          WHERE channel = ? AND started_at >= ? AND started_at < ?`,
      )
      .raw(true);
    for (const [from, to] of [[since, hourFrom], [hourTo, end]] as const) {
      if (from >= to) continue;
      for (const row of raw.iterate(channel, from, to) as Iterable<[string, number, string, string | null, number, number | null, number | null]>) {
        const [id, startedAt, outcome, errorCode, https, ttfbMs, totalMs] = row;
        addToRollup(get(id, startedAt), { startedAt, outcome, errorCode, https: https === 1, ttfbMs, totalMs });
      }
    }
    return [...byExchange.entries()]
      .map(([exchangeId, r]) => ({
        exchangeId,
        channel,
        observations: r.probes,
        ok: r.ok,
        errors: r.errors,
        skipped: r.skipped,
        errorsByCode: r.codes as Partial<Record<ErrorCode, number>>,
        ttfb: r.ttfb,
        total: r.total,
        httpsShare: r.probes > 0 ? r.https / r.probes : null,
        firstAt: r.probes > 0 ? r.firstAt : null,
        lastAt: r.probes > 0 ? r.lastAt : null,
      }))
      .sort((a, b) => a.exchangeId.localeCompare(b.exchangeId));
  }

  /** Rollup rows of one grain whose hour/day starts in the window (for trend buckets). */
  async rollupRows(channel: ChannelId, window: TimeWindow, grain: Grain): Promise<RollupRow[]> {
    const [since, until] = windowBounds(window);
    return readRollups(this.db, channel, grain, startOf(since, grain), until >= Number.MAX_SAFE_INTEGER ? until : until + 1);
  }

  /** Per exchange and hour in the window: probes that worked and failed, and the hour's median TTFB. */
  async hourCounts(channel: ChannelId, window: TimeWindow): Promise<HourCount[]> {
    const [since, until] = windowBounds(window);
    return readHourCounts(this.db, channel, hourOf(since), until >= Number.MAX_SAFE_INTEGER ? until : until + 1);
  }

  async observedSpan(window: TimeWindow): Promise<{ first: number; last: number } | null> {
    const [since, until] = windowBounds(window);
    const row = this.db
      .prepare(`SELECT MIN(first_at) AS first, MAX(last_at) AS last FROM rollups WHERE hour >= ? AND hour <= ?`)
      .get(hourOf(since), until) as { first: number | null; last: number | null };
    if (row.first === null || row.last === null) return null;
    return { first: Math.max(row.first, since), last: Math.min(row.last, until) };
  }

  /** Recomputes the rollups from the observations (after a bulk import). Returns the rows written. */
  async rebuildRollups(): Promise<number> {
    return this.db.transaction(() => rebuildRollups(this.db)).immediate();
  }

  async latestPages(window: TimeWindow): Promise<Map<string, PageSnapshot[]>> {
    const [since, until] = windowBounds(window);
    // One query: the newest run per exchange whose start page was fetched OK, and its pages.
    // Facts are read in a second step, only for pages not read already (see factsOf): a report
    // with trends asks this for every bucket, and help centers rarely change between runs.
    this.latestPagesStmt ??= this.db
      .prepare(
        `WITH latest AS (
           SELECT exchange_id, MAX(run_id) AS run_id FROM observations INDEXED BY observations_start_ok
            WHERE channel = 'helpCenter' AND role = 'start' AND outcome = 'ok' AND started_at BETWEEN ? AND ?
            GROUP BY exchange_id)
         SELECT o.exchange_id, o.run_id, o.url, COALESCE(o.final_url, o.url), o.role, o.started_at, o.body_hash, o.id
           FROM latest l
           JOIN observations o ON o.run_id = l.run_id AND o.exchange_id = l.exchange_id
          WHERE o.channel = 'helpCenter' AND o.outcome = 'ok'`,
      )
      .raw(true);
    const rows = this.latestPagesStmt.all(since, until) as [string, number, string, string, string | null, number, string | null, number][];
    const out = new Map<string, { snapshot: PageSnapshot; id: number }[]>();
    for (const [exchangeId, runId, url, finalUrl, role, startedAt, hash, id] of rows) {
      let list = out.get(exchangeId);
      if (!list) {
        list = [];
        out.set(exchangeId, list);
      }
      const facts = hash === null ? null : this.factsOf(hash, finalUrl);
      list.push({ snapshot: { exchangeId, runId, url, finalUrl, role, startedAt, bodyHash: hash, facts }, id });
    }
    // Exchanges by id, pages in the order they were fetched.
    const sorted = new Map<string, PageSnapshot[]>();
    for (const id of [...out.keys()].sort()) {
      sorted.set(id, out.get(id)!.sort((a, b) => a.id - b.id).map((p) => p.snapshot));
    }
    return sorted;
  }

  private latestPagesStmt: Statement | undefined;
  private factsStmt: Statement | undefined;

  /**
   * Page facts parsed once per (body, URL) for the life of this store, null when the page was
   * never judged: a report with trends reads the same unchanged pages in many time buckets.
   * Writes of facts through this store drop their entry.
   */
  private readonly factsCache = new Map<string, PageFacts | null>();

  private factsOf(hash: string, url: string): PageFacts | null {
    const key = `${hash}\u0000${url}`;
    let facts = this.factsCache.get(key);
    if (facts === undefined) {
      this.factsStmt ??= this.db.prepare(`SELECT facts FROM page_facts WHERE body_hash = ? AND url = ?`).pluck();
      const json = this.factsStmt.get(hash, url) as string | undefined;
      facts = json === undefined ? null : (JSON.parse(json) as PageFacts);
      if (this.factsCache.size >= FACTS_CACHE_ENTRIES) this.factsCache.delete(this.factsCache.keys().next().value!);
      this.factsCache.set(key, facts);
    }
    return facts;
  }

  async *pageBodies(options: { staleBefore?: number } = {}): AsyncIterable<StoredBody> {
    const stale = options.staleBefore ?? Number.MAX_SAFE_INTEGER;
    const rows = this.db
      .prepare(
        `SELECT DISTINCT o.body_hash AS hash, COALESCE(o.final_url, o.url) AS url, o.content_type AS contentType
           FROM observations o
           LEFT JOIN page_facts f ON f.body_hash = o.body_hash AND f.url = COALESCE(o.final_url, o.url)
          WHERE o.channel = 'helpCenter' AND o.kind = 'page' AND o.body_hash IS NOT NULL
            AND (f.judge_version IS NULL OR f.judge_version < ?)`,
      )
      .all(stale) as { hash: string; url: string; contentType: string | null }[];
    const getBody = this.db.prepare(`SELECT codec, data FROM bodies WHERE hash = ?`);
    for (const r of rows) {
      const b = getBody.get(r.hash) as { codec: string; data: Buffer } | undefined;
      if (!b) continue;
      yield { hash: r.hash, url: r.url, contentType: r.contentType, body: decompress(b.codec, b.data) };
    }
  }

  async putFacts(bodyHash: string, facts: FactsInput): Promise<void> {
    this.factsCache.delete(`${bodyHash}\u0000${facts.url}`);
    this.db
      .transaction(() =>
        this.stmts.putFacts.run(bodyHash, facts.url, facts.judgeVersion, JSON.stringify(facts.facts)),
      )
      .immediate();
  }
  async putGrade(bodyHash: string, grade: GradeInput): Promise<void> {
    this.db
      .transaction(() => this.stmts.putGrade.run(bodyHash, grade.url, grade.question, grade.lang, grade.graderVersion, JSON.stringify(grade.grade)))
      .immediate();
  }

  async latestSearch(window: TimeWindow): Promise<Map<string, { runId: number; rows: SearchSnapshotRow[] }>> {
    const [since, until] = windowBounds(window);
    const rows = this.db
      .prepare(
        `WITH latest AS (
           SELECT exchange_id, MAX(run_id) AS run_id FROM observations INDEXED BY observations_search
            WHERE channel = 'search' AND kind = 'search' AND started_at BETWEEN ? AND ?
            GROUP BY exchange_id)
         SELECT o.exchange_id, o.run_id, o.kind, o.outcome, o.error_code, o.meta, o.url, COALESCE(o.final_url, o.url), o.started_at, g.grade
           FROM latest l
           JOIN observations o ON o.run_id = l.run_id AND o.exchange_id = l.exchange_id
           LEFT JOIN answer_grades g ON g.body_hash = o.body_hash AND g.url = COALESCE(o.final_url, o.url)
             AND g.question = json_extract(o.meta, '$.question') AND g.lang = json_extract(o.meta, '$.lang')
          WHERE o.channel = 'search'
          ORDER BY o.exchange_id, o.id`,
      )
      .raw(true)
      .all(since, until) as [string, number, string, SearchSnapshotRow['outcome'], string | null, string | null, string, string, number, string | null][];
    const out = new Map<string, { runId: number; rows: SearchSnapshotRow[] }>();
    for (const [exchangeId, runId, kind, outcome, errorCode, metaJson, url, finalUrl, startedAt, gradeJson] of rows) {
      if (kind !== 'search' && kind !== 'answer') continue;
      const meta = metaJson ? (JSON.parse(metaJson) as Record<string, unknown>) : {};
      const str = (k: string): string | null => (typeof meta[k] === 'string' ? (meta[k] as string) : null);
      const num = (k: string): number | null => (typeof meta[k] === 'number' ? (meta[k] as number) : null);
      const question = str('question');
      const lang = str('lang');
      if (!question || !lang) continue;
      let entry = out.get(exchangeId);
      if (!entry) {
        entry = { runId, rows: [] };
        out.set(exchangeId, entry);
      }
      entry.rows.push({
        kind,
        question,
        lang,
        locale: str('locale'),
        outcome,
        errorCode,
        results: kind === 'search' ? num('results') : null,
        rank: kind === 'answer' ? num('rank') : null,
        url: kind === 'answer' ? finalUrl : url,
        title: str('title'),
        startedAt,
        grade: gradeJson ? (JSON.parse(gradeJson) as Grade) : null,
      });
    }
    return out;
  }

  async *answerBodies(options: { staleBefore?: number } = {}): AsyncIterable<StoredAnswer> {
    const stale = options.staleBefore ?? Number.MAX_SAFE_INTEGER;
    const rows = this.db
      .prepare(
        `SELECT DISTINCT o.exchange_id, o.body_hash, COALESCE(o.final_url, o.url), o.content_type,
                json_extract(o.meta, '$.question'), json_extract(o.meta, '$.lang')
           FROM observations o
           LEFT JOIN answer_grades g ON g.body_hash = o.body_hash AND g.url = COALESCE(o.final_url, o.url)
             AND g.question = json_extract(o.meta, '$.question') AND g.lang = json_extract(o.meta, '$.lang')
          WHERE o.channel = 'search' AND o.kind = 'answer' AND o.outcome = 'ok' AND o.body_hash IS NOT NULL
            AND json_extract(o.meta, '$.question') IS NOT NULL
            AND (g.grader_version IS NULL OR g.grader_version < ?)`,
      )
      .raw(true)
      .all(stale) as [string, string, string, string | null, string, string][];
    const getBody = this.db.prepare(`SELECT codec, data FROM bodies WHERE hash = ?`);
    for (const [exchangeId, hash, url, contentType, question, lang] of rows) {
      const b = getBody.get(hash) as { codec: string; data: Buffer } | undefined;
      if (!b) continue;
      yield { exchangeId, hash, url, contentType, question, lang, body: decompress(b.codec, b.data) };
    }
  }


  async stats(): Promise<StoreStats> {
    const one = <T>(sql: string): T => this.db.prepare(sql).get() as T;
    const bodies = one<{ n: number; raw: number | null; stored: number | null }>(
      `SELECT COUNT(*) AS n, SUM(size) AS raw, SUM(LENGTH(data)) AS stored FROM bodies`,
    );
    let sizeBytes = 0;
    for (const suffix of ['', '-wal']) {
      try {
        sizeBytes += statSync(this.path + suffix).size;
      } catch {
        /* the WAL may not exist */
      }
    }
    return {
      path: this.path,
      sizeBytes,
      runs: one<{ n: number }>(`SELECT COUNT(*) AS n FROM runs`).n,
      observations: one<{ n: number }>(`SELECT COUNT(*) AS n FROM observations`).n,
      bodies: bodies.n,
      bodyBytesRaw: bodies.raw ?? 0,
      bodyBytesStored: bodies.stored ?? 0,
    };
  }

  /**
   * Columns of other tables that point at bodies (besides observations and page_facts), read
   * from the schema, so a table added by a later migration keeps its bodies through a prune.
   */
  private otherBodyReferences(): Array<{ table: string; column: string }> {
    const rows = this.db
      .prepare(
        `SELECT m.name AS tbl, f."from" AS col FROM sqlite_master m, pragma_foreign_key_list(m.name) f
          WHERE m.type = 'table' AND f."table" = 'bodies'`,
      )
      .all() as { tbl: string; col: string }[];
    return rows
      .filter((r) => r.tbl !== 'observations' && r.tbl !== 'page_facts' && r.tbl !== 'answer_grades')
      .map((r) => ({ table: r.tbl, column: r.col }));
  }

  async prune(options: { before: number; dryRun?: boolean }): Promise<PruneResult> {
    const cutoff = options.before;
    if (!Number.isFinite(cutoff)) throw new StoreError(`prune: invalid cutoff ${cutoff}`);
    const dryRun = Boolean(options.dryRun);
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    // "Still referenced" reads only the observations that stay, so the same predicates count
    // what a dry run would remove and select what a real run removes.
    const bodyKept = [
      `EXISTS (SELECT 1 FROM observations o WHERE o.body_hash = b.hash AND o.started_at >= @cutoff)`,
      ...this.otherBodyReferences().map((r) => `EXISTS (SELECT 1 FROM ${quote(r.table)} x WHERE x.${quote(r.column)} = b.hash)`),
    ].join(' OR ');
    const factKept = `EXISTS (SELECT 1 FROM observations o
        WHERE o.body_hash = f.body_hash AND COALESCE(o.final_url, o.url) = f.url AND o.started_at >= @cutoff)`;
    const p = { cutoff };
    const count = (sql: string): number => (this.db.prepare(sql).pluck().get(p) as number | null) ?? 0;
    const work = () => {
      const observations = count(`SELECT COUNT(*) FROM observations WHERE started_at < @cutoff`);
      const bodies = this.db
        .prepare(`SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH(b.data)), 0) AS bytes FROM bodies b WHERE NOT (${bodyKept})`)
        .get(p) as { n: number; bytes: number };
      const pageFacts = count(`SELECT COUNT(*) FROM page_facts f WHERE NOT (${factKept})`);
      if (!dryRun && observations + bodies.n + pageFacts > 0) {
        this.db.prepare(`DELETE FROM observations WHERE started_at < @cutoff`).run(p);
        this.db.prepare(`DELETE FROM page_facts AS f WHERE NOT (${factKept})`).run(p);
        // Grades are derived from bodies like facts: they go with the observations that used them.
        this.db.prepare(`DELETE FROM answer_grades AS g WHERE NOT EXISTS (SELECT 1 FROM observations o WHERE o.body_hash = g.body_hash AND o.started_at >= @cutoff)`).run(p);
        this.db.prepare(`DELETE FROM bodies AS b WHERE NOT (${bodyKept})`).run(p);
      }
      const remaining = count(`SELECT COUNT(*) FROM observations`);
      return {
        cutoff,
        dryRun,
        observations,
        bodies: bodies.n,
        bodyBytes: bodies.bytes,
        pageFacts,
        kept: {
          observations: dryRun ? remaining - observations : remaining,
          runs: count(`SELECT COUNT(*) FROM runs`),
          hourlyRollups: count(`SELECT COUNT(*) FROM rollups`),
          dailyRollups: count(`SELECT COUNT(*) FROM rollups_daily`),
        },
      };
    };
    let result: Omit<PruneResult, 'freeBytes'>;
    try {
      result = dryRun ? this.db.transaction(work).deferred() : this.db.transaction(work).immediate();
      if (!dryRun) this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (err) {
      throw new StoreError(`${this.path}: prune failed, nothing was deleted: ${(err as Error).message}`, 'E_DB_PRUNE');
    }
    this.factsCache.clear();
    return { ...result, freeBytes: this.freeBytes() };
  }

  private freeBytes(): number {
    const pages = this.db.pragma('freelist_count', { simple: true }) as number;
    const size = this.db.pragma('page_size', { simple: true }) as number;
    return pages * size;
  }

  async vacuum(): Promise<void> {
    try {
      this.db.exec('VACUUM');
      this.db.pragma('optimize');
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (err) {
      throw new StoreError(`${this.path}: vacuum failed: ${(err as Error).message}`, 'E_DB_VACUUM');
    }
  }

  async close(): Promise<void> {
    if (this.db.open) {
      try {
        this.db.pragma('wal_checkpoint(PASSIVE)');
      } catch {
        /* another process may hold the WAL; fine */
      }
      this.db.close();
    }
  }
}
