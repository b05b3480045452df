import { sql, type Kysely, type KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "#db/schema.ts";
import { nextStep } from "~/domain/assessment/sequence";
import { findAttempt, recordSelfId, startSelfAssessment, submitAnswer } from "~/server/attempts.server";
import { inWriteBatch } from "~/server/write-batch.server";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

describe.each(testDialects)("group commit (inWriteBatch) on %s", (dialect) => {
  let t: TestContext;
  let db: Kysely<Database>;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    db = t.context.db;
    await sql`create table batch_probe (id varchar(20) primary key)`.execute(db);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  const insert = (trx: Kysely<Database>, id: string) =>
    sql`insert into batch_probe (id) values (${id})`.execute(trx);
  const stored = async (prefix: string) =>
    (
      await sql<{ id: string }>`select id from batch_probe where id like ${`${prefix}%`} order by id`.execute(
        db,
      )
    ).rows.map((r) => r.id);

  it("commits writes posted together in one transaction on SQLite (each in its own on PostgreSQL), in the order they came", async () => {
    const seen: Kysely<Database>[] = [];
    const results = await Promise.all(
      ["a1", "a2", "a3", "a4"].map((id) =>
        inWriteBatch(db, async (trx) => {
          seen.push(trx);
          await insert(trx, id);
          return id;
        }),
      ),
    );
    expect(results).toEqual(["a1", "a2", "a3", "a4"]);
    expect(new Set(seen).size).toBe(dialect === "sqlite" ? 1 : 4);
    expect(await stored("a")).toEqual(["a1", "a2", "a3", "a4"]);
  });

  it("rolls back a failing write alone: the others in its batch are stored and resolve", async () => {
    await inWriteBatch(db, (trx) => insert(trx, "b-taken"));
    const results = await Promise.allSettled([
      inWriteBatch(db, (trx) => insert(trx, "b1")),
      inWriteBatch(db, async (trx) => {
        await insert(trx, "b-partial");
        await insert(trx, "b-taken"); // primary key conflict
      }),
      inWriteBatch(db, async (trx) => {
        await insert(trx, "b2");
        throw new Error("refused by its own check");
      }),
      inWriteBatch(db, (trx) => insert(trx, "b3")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/refused by its own check/);
    expect(await stored("b")).toEqual(["b-taken", "b1", "b3"]);
  });

  it("a lone failing write stores nothing and rejects", async () => {
    await expect(
      inWriteBatch(db, async (trx) => {
        await insert(trx, "c1");
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    expect(await stored("c")).toEqual([]);
  });

  it("runs inside a transaction it is given, as part of it", async () => {
    await expect(
      db.transaction().execute(async (trx) => {
        await inWriteBatch(trx, (inner) => insert(inner, "d1"));
        throw new Error("outer rolls back");
      }),
    ).rejects.toThrow("outer rolls back");
    expect(await stored("d")).toEqual([]);
  });

  /** A new self-assessment and its first two questions, the second as it follows `firstRaw`. */
  async function attemptWithTwoQuestions(firstRaw: number) {
    const token = await startSelfAssessment(db, "adaptive");
    await recordSelfId(db, token, null);
    const attempt = (await findAttempt(db, token))!;
    const first = nextStep(attempt, []);
    if (first.done) throw new Error("no first question");
    const firstAnswer = { itemId: first.screen.item.id, raw: firstRaw, responseMs: null };
    const second = nextStep(attempt, [firstAnswer]);
    if (second.done) throw new Error("no second question");
    return { token, first, second };
  }

  it("saves two answers to one attempt posted at once as if one came after the other", async () => {
    const { token, first, second } = await attemptWithTwoQuestions(4);
    // The second answer is to the question that is waiting only once the first is saved; a third,
    // a replay of the first with another value, must be refused without undoing the others.
    const results = await Promise.all([
      submitAnswer(db, token, { itemId: first.screen.item.id, value: "4", mode: "next" }),
      submitAnswer(db, token, { itemId: second.screen.item.id, value: "2", mode: "next" }),
      submitAnswer(db, token, { itemId: first.screen.item.id, value: "1", mode: "next" }),
    ]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(results[1]).toMatchObject({ ok: true });
    expect(results[2]).toMatchObject({ ok: false, status: 409 });
    const after = (await findAttempt(db, token))!;
    expect(after.answers.map((a) => [a.itemId, a.raw])).toEqual([
      [first.screen.item.id, 4],
      [second.screen.item.id, 2],
    ]);
  });

  it("takes the answers to one attempt in the order they arrived, even when the first one's reads come back last", async () => {
    const { token, first, second } = await attemptWithTwoQuestions(3);
    // The first answer's first query answers 50 ms late, as a busy pooled connection can: the
    // second answer must still wait for it rather than find its question not yet waiting.
    let delayed = false;
    const slowFirstRead: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        if (!delayed) {
          delayed = true;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return args.result;
      },
    };
    const results = await Promise.all([
      submitAnswer(db.withPlugin(slowFirstRead), token, {
        itemId: first.screen.item.id,
        value: "3",
        mode: "next",
      }),
      submitAnswer(db, token, { itemId: second.screen.item.id, value: "2", mode: "next" }),
    ]);
    expect(delayed).toBe(true);
    expect(results).toEqual([
      { ok: true, completed: false },
      { ok: true, completed: false },
    ]);
    const after = (await findAttempt(db, token))!;
    expect(after.answers.map((a) => [a.itemId, a.raw])).toEqual([
      [first.screen.item.id, 3],
      [second.screen.item.id, 2],
    ]);
  });
});
