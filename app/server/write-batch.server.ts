import { sql, type Kysely } from "kysely";
import { dialectOf } from "#db/connection.ts";
import type { Database } from "#db/schema.ts";

/**
 * Group commit. Under synchronous=FULL every commit waits for the disk (fsync), and on SQLite one
 * process writes at a time; with each answer in its own transaction, fifty candidates answering at
 * once meant fifty fsyncs in a row, each holding the write lock (and, better-sqlite3 being
 * synchronous, the whole worker) while it waited. Writes handed to `inWriteBatch` that arrive
 * together are run one after another inside ONE transaction, committed with one fsync, and each
 * caller's promise settles only after that commit: an acknowledged write is as durable as before.
 *
 * Each write runs inside its own savepoint, so one that fails (a unique-index conflict, a refusal
 * it throws) is rolled back alone and rejects only its own caller; the others still commit. Writes
 * run in the order they arrived and each sees the ones before it, so two writes to one attempt in
 * one batch behave as if they had come one after the other. A batch collects what arrives before
 * the next turn of the event loop, and while a batch commits the next one fills up, so a lone
 * write waits for nothing and busy moments share fsyncs.
 *
 * SQLite only. On PostgreSQL each write keeps its own transaction: the pool already commits
 * concurrent transactions side by side and the server flushes their WAL together, and a batch would
 * hold the row locks of many attempts at once (an answer locks its attempt's row), so two app
 * processes batching the same attempts in different orders could deadlock each other's batches.
 */
export type BatchedWrite<T> = (trx: Kysely<Database>) => Promise<T>;

interface Pending {
  work: BatchedWrite<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Never more than this many writes in one transaction, so the write lock is not held for long. */
const MAX_BATCH = 64;

class WriteBatcher {
  private queue: Pending[] = [];
  private running = false;

  constructor(private readonly db: Kysely<Database>) {}

  run<T>(work: BatchedWrite<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.running) {
        this.running = true;
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain() {
    while (this.queue.length) await this.commit(this.queue.splice(0, MAX_BATCH));
    this.running = false;
  }

  private async commit(batch: Pending[]) {
    let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[];
    try {
      outcomes = await this.db.transaction().execute(async (trx) => {
        // A lone write needs no savepoint: if it fails, the transaction is rolled back with it.
        if (batch.length === 1) return [{ ok: true as const, value: await batch[0]!.work(trx) }];
        const results: typeof outcomes = [];
        for (const item of batch) {
          await sql`savepoint batched_write`.execute(trx);
          try {
            const value = await item.work(trx);
            await sql`release savepoint batched_write`.execute(trx);
            results.push({ ok: true, value });
          } catch (error) {
            await sql`rollback to savepoint batched_write`.execute(trx);
            await sql`release savepoint batched_write`.execute(trx);
            results.push({ ok: false, error });
          }
        }
        return results;
      });
    } catch (error) {
      // The transaction itself failed (begin, commit, a lone write): nothing of it was stored.
      for (const item of batch) item.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) =>
      outcome.ok ? batch[i]!.resolve(outcome.value) : batch[i]!.reject(outcome.error),
    );
  }
}

const batchers = new WeakMap<Kysely<Database>, WriteBatcher>();

/**
 * Runs `work` in a write transaction shared with the other writes arriving at the same moment
 * (on SQLite; in its own on PostgreSQL); resolves with its result once that transaction has
 * committed. Inside a transaction already, runs it there.
 */
export function inWriteBatch<T>(db: Kysely<Database>, work: BatchedWrite<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  if (dialectOf(db) === "postgres") return db.transaction().execute(work);
  let batcher = batchers.get(db);
  if (!batcher) batchers.set(db, (batcher = new WriteBatcher(db)));
  return batcher.run(work);
}
