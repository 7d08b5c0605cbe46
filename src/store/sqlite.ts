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
import { LatencyHistogram } from '../metrics/histogram.js';
import { LATEST_VERSION, MIGRATIONS } from './migrations.js';
import type {
  ChannelStats,
  ExchangeRow,
  FactsInput,
  HourlyStats,
  PageSnapshot,
  RunInfo,
  RunRow,
  Store,
  StoreStats,
  StoredBody,
  TimeWindow,
} from './store.js';

const BUSY_TIMEOUT_MS = 10_000;
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

const HOUR_MS = 3_600_000;
const hourOf = (ms: number): number => Math.floor(ms / HOUR_MS) * HOUR_MS;

/** One rollup row in memory: what an hour of one exchange's channel added up to. */
interface Rollup {
  probes: number;
  ok: number;
  errors: number;
  skipped: number;
  https: number;
  codes: Record<string, number>;
  ttfb: LatencyHistogram;
  total: LatencyHistogram;
  firstAt: number;
  lastAt: number;
}

interface RollupDbRow {
  exchange_id: string;
  hour: number;
  probes: number;
  ok: number;
  errors: number;
  skipped: number;
  https: number;
  error_codes: string;
  ttfb_hist: Buffer;
  total_hist: Buffer;
  first_at: number;
  last_at: number;
}

function emptyRollup(at: number): Rollup {
  return { probes: 0, ok: 0, errors: 0, skipped: 0, https: 0, codes: {}, ttfb: new LatencyHistogram(), total: new LatencyHistogram(), firstAt: at, lastAt: at };
}

function rollupFromDb(r: RollupDbRow): Rollup {
  return {
    probes: r.probes,
    ok: r.ok,
    errors: r.errors,
    skipped: r.skipped,
    https: r.https,
    codes: JSON.parse(r.error_codes) as Record<string, number>,
    ttfb: LatencyHistogram.fromBuffer(r.ttfb_hist),
    total: LatencyHistogram.fromBuffer(r.total_hist),
    firstAt: r.first_at,
    lastAt: r.last_at,
  };
}

/** The fields of one observation that rollups count. */
interface Countable {
  startedAt: number;
  outcome: string;
  errorCode: string | null;
  https: boolean;
  ttfbMs: number | null;
  totalMs: number | null;
}

function addToRollup(r: Rollup, o: Countable): void {
  r.probes++;
  if (o.outcome === 'ok') {
    r.ok++;
    if (o.ttfbMs !== null) r.ttfb.add(o.ttfbMs);
    if (o.totalMs !== null) r.total.add(o.totalMs);
  } else if (o.outcome === 'skipped') r.skipped++;
  else r.errors++;
  if (o.errorCode) r.codes[o.errorCode] = (r.codes[o.errorCode] ?? 0) + 1;
  if (o.https) r.https++;
  r.firstAt = Math.min(r.firstAt, o.startedAt);
  r.lastAt = Math.max(r.lastAt, o.startedAt);
}

function rollupParams(channel: string, hour: number, exchangeId: string, r: Rollup): unknown[] {
  return [
    channel, hour, exchangeId, r.probes, r.ok, r.errors, r.skipped, r.https,
    JSON.stringify(r.codes), r.ttfb.toBuffer(), r.total.toBuffer(), r.firstAt, r.lastAt,
  ];
}

const UPSERT_ROLLUP = `INSERT OR REPLACE INTO rollups (channel, hour, exchange_id, probes, ok, errors, skipped, https,
  error_codes, ttfb_hist, total_hist, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Recomputes every rollup from the observations (migration backfill; after bulk imports). */
export function rebuildRollups(db: Db): number {
  db.exec('DELETE FROM rollups');
  const groups = new Map<string, { channel: string; hour: number; exchangeId: string; r: Rollup }>();
  const rows = db
    .prepare(`SELECT channel, exchange_id, started_at, outcome, error_code, url LIKE 'https:%' AS https, ttfb_ms, total_ms FROM observations`)
    .raw(true);
  for (const row of rows.iterate() as Iterable<[string, string, number, string, string | null, number, number | null, number | null]>) {
    const [channel, exchangeId, startedAt, outcome, errorCode, https, ttfbMs, totalMs] = row;
    const hour = hourOf(startedAt);
    const key = `${channel}\u0000${hour}\u0000${exchangeId}`;
    let g = groups.get(key);
    if (!g) {
      g = { channel, hour, exchangeId, r: emptyRollup(startedAt) };
      groups.set(key, g);
    }
    addToRollup(g.r, { startedAt, outcome, errorCode, https: https === 1, ttfbMs, totalMs });
  }
  const insert = db.prepare(UPSERT_ROLLUP);
  for (const g of groups.values()) insert.run(...rollupParams(g.channel, g.hour, g.exchangeId, g.r));
  return groups.size;
}

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
    getRollup: Statement;
    putRollup: Statement;
  };

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
      getRollup: db.prepare(`SELECT * FROM rollups WHERE channel = ? AND hour = ? AND exchange_id = ?`),
      putRollup: db.prepare(UPSERT_ROLLUP),
    };
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
        if (hash && facts) this.stmts.putFacts.run(hash, facts.url, facts.judgeVersion, JSON.stringify(facts.facts));
        this.stmts.bumpRun.run(obs.outcome === 'error' ? 1 : 0, runId);
        const hour = hourOf(startedAt);
        const existing = this.stmts.getRollup.get(obs.channel, hour, exchange.id) as RollupDbRow | undefined;
        const rollup = existing ? rollupFromDb(existing) : emptyRollup(startedAt);
        addToRollup(rollup, {
          startedAt,
          outcome: obs.outcome,
          errorCode: obs.errorCode,
          https: obs.url.startsWith('https:'),
          ttfbMs: obs.timings.ttfbMs,
          totalMs: obs.timings.totalMs,
        });
        this.stmts.putRollup.run(...rollupParams(obs.channel, hour, exchange.id, rollup));
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
   * Per exchange: what the channel's probes added up to in the window. Whole hours come from
   * the rollups; the partial hours at either edge of the window from the raw observations,
   * so the answer is exact and costs O(hours), not O(observations).
   */
  async channelStats(channel: ChannelId, window: TimeWindow): Promise<ChannelStats[]> {
    const [since, until] = windowBounds(window);
    // Whole hours: [fullFrom, fullTo). Edges: [since, fullFrom) and [fullTo, until].
    const fullFrom = since <= 0 ? 0 : Math.ceil(since / HOUR_MS) * HOUR_MS;
    const fullTo = until >= Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : hourOf(until + 1);
    const byExchange = new Map<string, Rollup>();
    const get = (id: string, at: number): Rollup => {
      let r = byExchange.get(id);
      if (!r) {
        r = emptyRollup(at);
        byExchange.set(id, r);
      }
      return r;
    };
    if (fullFrom < fullTo) {
      const rows = this.db
        .prepare(
          `SELECT exchange_id, probes, ok, errors, skipped, https, error_codes, ttfb_hist, total_hist, first_at, last_at
             FROM rollups WHERE channel = ? AND hour >= ? AND hour < ?`,
        )
        .raw(true);
      type Row = [string, number, number, number, number, number, string, Buffer, Buffer, number, number];
      for (const [id, probes, ok, errors, skipped, https, codes, ttfb, total, firstAt, lastAt] of rows.iterate(channel, fullFrom, fullTo) as Iterable<Row>) {
        const r = get(id, firstAt);
        r.probes += probes;
        r.ok += ok;
        r.errors += errors;
        r.skipped += skipped;
        r.https += https;
        if (codes !== '{}') for (const [code, n] of Object.entries(JSON.parse(codes) as Record<string, number>)) r.codes[code] = (r.codes[code] ?? 0) + n;
        r.ttfb.addEncoded(ttfb);
        r.total.addEncoded(total);
        r.firstAt = Math.min(r.firstAt, firstAt);
        r.lastAt = Math.max(r.lastAt, lastAt);
      }
    }
    const edges: Array<[number, number]> = fullFrom < fullTo ? [[since, fullFrom - 1], [fullTo, until]] : [[since, until]];
    const raw = this.db
      .prepare(
        `SELECT exchange_id, started_at, outcome, error_code, url LIKE 'https:%', ttfb_ms, total_ms FROM observations
          WHERE channel = ? AND started_at BETWEEN ? AND ?`,
      )
      .raw(true);
    for (const [from, to] of edges) {
      if (from > to) continue;
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

  async hourlyStats(channel: ChannelId, window: TimeWindow): Promise<HourlyStats[]> {
    const [since, until] = windowBounds(window);
    const rows = this.db
      .prepare(
        `SELECT exchange_id, hour, probes, ok, errors, skipped, ttfb_hist FROM rollups
          WHERE channel = ? AND hour >= ? AND hour <= ? ORDER BY hour, exchange_id`,
      )
      .raw(true)
      .all(channel, hourOf(since), until) as [string, number, number, number, number, number, Buffer][];
    return rows.map(([exchangeId, hour, probes, ok, errors, skipped, ttfb]) => ({
      exchangeId,
      hour,
      probes,
      ok,
      errors,
      skipped,
      ttfb: LatencyHistogram.fromBuffer(ttfb),
    }));
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
    const latest = this.db
      .prepare(
        `SELECT exchange_id AS id, MAX(run_id) AS runId FROM observations INDEXED BY observations_start_ok
          WHERE channel = 'helpCenter' AND role = 'start' AND outcome = 'ok'
            AND started_at BETWEEN ? AND ?
          GROUP BY exchange_id`,
      )
      .all(since, until) as { id: string; runId: number }[];
    const pages = this.db.prepare(
      `SELECT o.url, COALESCE(o.final_url, o.url) AS finalUrl, o.role, o.started_at AS startedAt, f.facts
         FROM observations o
         LEFT JOIN page_facts f ON f.body_hash = o.body_hash AND f.url = COALESCE(o.final_url, o.url)
        WHERE o.run_id = ? AND o.exchange_id = ? AND o.channel = 'helpCenter' AND o.outcome = 'ok'
        ORDER BY o.id`,
    );
    const out = new Map<string, PageSnapshot[]>();
    for (const { id, runId } of latest) {
      const rows = pages.all(runId, id) as {
        url: string;
        finalUrl: string;
        role: string | null;
        startedAt: number;
        facts: string | null;
      }[];
      out.set(
        id,
        rows.map((r) => ({
          exchangeId: id,
          runId,
          url: r.url,
          finalUrl: r.finalUrl,
          role: r.role,
          startedAt: r.startedAt,
          facts: r.facts ? (JSON.parse(r.facts) as PageFacts) : null,
        })),
      );
    }
    return out;
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
    this.db
      .transaction(() =>
        this.stmts.putFacts.run(bodyHash, facts.url, facts.judgeVersion, JSON.stringify(facts.facts)),
      )
      .immediate();
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
