import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type DatabaseConnection } from "kysely";
import pg from "pg";
import type { CountersDatabase, Database } from "./schema.ts";

export type DialectName = "sqlite" | "postgres";

export interface AppDatabase {
  db: Kysely<Database>;
  dialect: DialectName;
  /** SQLite file path when dialect is sqlite. */
  file?: string;
  /** The raw better-sqlite3 handle, for online backup and VACUUM; undefined on PostgreSQL. */
  sqlite?: SQLite.Database;
  /** Where rate-limit counters live: the main database on PostgreSQL, a side file on SQLite. */
  counters: Kysely<CountersDatabase>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** File name inside dataDir for SQLite. */
  fileName?: string;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** How long a statement waits for another process's write lock before it fails with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(options: DatabaseOptions): AppDatabase {
  if (isPostgresUrl(options.databaseUrl)) return openPostgres(options.databaseUrl);
  return openSqlite(path.join(options.dataDir, options.fileName ?? "rolefit.sqlite"));
}

export function openSqlite(file: string): AppDatabase {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Candidate data: readable by this user only. SQLite gives the -wal and -shm files the mode of
  // the database file, so setting it before the first write covers them too.
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, "a", 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
  const sqlite = new SQLite(file);
  // WAL lets readers run while one writer commits, which is the app's shape (many page views,
  // small answer writes). synchronous=FULL makes every commit durable before it is acknowledged:
  // an answer the server said it saved must survive a power cut. NORMAL would be faster but may
  // lose the last commits on power loss; the answer-saving benchmark measures what FULL costs.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  // Deleted rows are overwritten with zeros, so an erased candidate leaves nothing in free pages.
  sqlite.pragma("secure_delete = ON");
  // Wait instead of failing when a second process (db:backup, a CLI) briefly holds the lock.
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Database>({ dialect: new WaitingSqliteDialect(sqlite) });
  const counters = openCounters(file.replace(/(\.sqlite)?$/, "-counters.sqlite"));
  return {
    db,
    dialect: "sqlite",
    file,
    sqlite,
    counters,
    async close() {
      await counters.destroy();
      await db.destroy();
    },
  };
}

/**
 * Rate-limit counters on SQLite: a separate file without fsync (synchronous=OFF), because every
 * limited request writes a counter and losing counters in a power cut only forgives some requests.
 * WAL lets every app process on the machine share it. Not part of backups; never holds personal data
 * beyond the limit keys (addresses and account ids), which expire within a day.
 */
function openCounters(file: string): Kysely<CountersDatabase> {
  if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, "a", 0o600));
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.exec(
    "create table if not exists rate_limit_counters (key text primary key, window_start integer not null, hits integer not null)",
  );
  // From here on a busy file is waited for by RetryingSqliteDialect, without blocking the process.
  sqlite.pragma("busy_timeout = 0");
  return new Kysely<CountersDatabase>({
    dialect: new RetryingSqliteDialect({ database: withStatementCache(sqlite) }),
  });
}

/**
 * Kysely prepares every query anew; on SQLite preparing costs as much as running a small query.
 * The app issues a bounded set of distinct statements, so they are prepared once and reused
 * (better-sqlite3 re-prepares a statement itself if the schema changes under it).
 */
function withStatementCache(sqlite: SQLite.Database, limit = 1000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= limit) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * Transactions on the app's SQLite file begin IMMEDIATE, and wait for the write lock without
 * blocking the process.
 *
 * Kysely opens transactions with a plain (deferred) BEGIN. With several worker processes on one
 * file, a deferred transaction that reads and then writes fails at once with SQLITE_BUSY when
 * another process committed in between (busy_timeout cannot wait out a lock upgrade), so every
 * transaction takes the write lock when it begins.
 *
 * Waiting for that lock through busy_timeout would put the whole worker to sleep inside SQLite
 * (better-sqlite3 is synchronous), in steps that grow to 100 ms: while the other worker committed,
 * this one served nothing, and a request could wait far longer than the lock was held (10% of the
 * answer benchmark's CPU profile was BEGIN IMMEDIATE asleep). Instead BEGIN is tried without
 * waiting and, while another process holds the lock, tried again a millisecond later, the event
 * loop running other requests meanwhile; after busy_timeout it gives up with SQLITE_BUSY as before.
 */
class WaitingSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: withStatementCache(sqlite) });
  }

  override createDriver() {
    const driver = super.createDriver();
    const begin = this.sqlite.prepare("begin immediate");
    const dontWait = this.sqlite.prepare("pragma busy_timeout = 0");
    const wait = this.sqlite.prepare(`pragma busy_timeout = ${BUSY_TIMEOUT_MS}`);
    driver.beginTransaction = () =>
      whileBusy(() => {
        dontWait.get();
        try {
          begin.run();
        } finally {
          wait.get();
        }
      });
    return driver;
  }
}

/**
 * Runs `attempt` until it no longer fails with SQLITE_BUSY (another process holds the write lock),
 * trying again a millisecond later each time with the event loop free; after BUSY_TIMEOUT_MS the
 * last SQLITE_BUSY is thrown.
 */
async function whileBusy<T>(attempt: () => T | Promise<T>): Promise<T> {
  const giveUpAt = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      // SQLITE_BUSY and its extended codes (SQLITE_BUSY_RECOVERY while another process recovers the WAL).
      const busy = String((error as { code?: unknown }).code ?? "").startsWith("SQLITE_BUSY");
      if (!busy || Date.now() >= giveUpAt) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/**
 * The counters file takes a single statement at a time, never a transaction, so a statement refused
 * with SQLITE_BUSY changed nothing and is simply sent again (see whileBusy): every answer counts a
 * hit here, from every worker, and waiting for the other worker's lock through busy_timeout would
 * put this one to sleep.
 */
class RetryingSqliteDialect extends SqliteDialect {
  override createDriver() {
    const driver = super.createDriver();
    const acquire = driver.acquireConnection.bind(driver);
    // SQLite has one connection (Kysely hands it out under a mutex), so it is wrapped once.
    const wrapped = new WeakMap<DatabaseConnection, DatabaseConnection>();
    driver.acquireConnection = async () => {
      const connection = await acquire();
      let retrying = wrapped.get(connection);
      if (!retrying) {
        retrying = {
          executeQuery: (query) => whileBusy(() => connection.executeQuery(query)),
          streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
        };
        wrapped.set(connection, retrying);
      }
      return retrying;
    };
    return driver;
  }
}

export function openPostgres(url: string): AppDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: "postgres",
    counters: db as unknown as Kysely<CountersDatabase>,
    async close() {
      await db.destroy();
    },
  };
}

/** Which dialect a Kysely instance (or transaction) talks to, for the few queries that differ. */
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? "postgres" : "sqlite";
}
