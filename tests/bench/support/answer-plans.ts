/**
 * Self-assessment attempts created through the app's own server functions in a DATA_DIR before
 * the server starts, each past the self-identification step, with the next K questions and a valid
 * answer for each precomputed by the questionnaire's own sequencing (nextStep + simulatedAnswer).
 * Request j answers question ⌊j / n⌋ of attempt j mod n, so every request is a real answer that
 * the app accepts and stores as one row, and two requests for one attempt are n requests apart.
 */
import path from "node:path";
import { openSqlite } from "../../../db/connection.ts";
import { migrateToLatest } from "../../../db/migrate.ts";
import type { GivenAnswer } from "../../../app/domain/assessment/answers";
import { nextStep } from "../../../app/domain/assessment/sequence";
import { simulatedAnswer } from "../../../app/domain/assessment/simulate";
import { demoPerson } from "../../../app/server/demo-data.server";
import { recordSelfId, startSelfAssessment } from "../../../app/server/attempts.server";
import { hashToken } from "../../../app/server/ids.server";
import { currentVersion } from "../../../app/server/instrument-versions.server";
import { mulberry32 } from "../../../app/domain/psychometrics/prng";

export interface AttemptPlan {
  token: string;
  /** Form bodies answering the attempt's next questions in order. */
  bodies: string[];
}

export const answerBody = (itemId: string, value: string) =>
  new URLSearchParams({ intent: "answer", itemId, value, mode: "next" }).toString();

/** Creates n attempts in DATA_DIR/rolefit.sqlite (migrating it first) and plans k answers each. */
export async function seedAnswerPlans(dataDir: string, n: number, k: number): Promise<AttemptPlan[]> {
  const database = openSqlite(path.join(dataDir, "rolefit.sqlite"));
  try {
    await migrateToLatest(database);
    // Seeding only: the measured server opens the file with the app's own pragmas.
    database.sqlite!.pragma("synchronous = OFF");
    const version = await currentVersion(database.db);
    const plans: AttemptPlan[] = [];
    for (let i = 0; i < n; i++) {
      const token = await startSelfAssessment(database.db, "adaptive");
      await recordSelfId(database.db, token, null);
      const row = await database.db
        .selectFrom("attempts")
        .select("seed")
        .where("token_hash", "=", hashToken(token))
        .executeTakeFirstOrThrow();
      const seed = Number(row.seed);
      const person = demoPerson(seed, (i % 5) / 2 - 1);
      const random = mulberry32(seed ^ 0x5bd1e995);
      const answers: GivenAnswer[] = [];
      const bodies: string[] = [];
      for (;;) {
        const step = nextStep({ version, form: "adaptive", seed }, answers);
        if (step.done) {
          // Leave out the completing answer: it would also score the attempt, a different write.
          bodies.pop();
          break;
        }
        if (bodies.length === k) break;
        const raw = simulatedAnswer(version, step.screen.item, person, random());
        answers.push({ itemId: step.screen.item.id, raw, responseMs: 5000 });
        bodies.push(answerBody(step.screen.item.id, String(raw)));
      }
      plans.push({ token, bodies });
    }
    return plans;
  } finally {
    await database.close();
  }
}

/**
 * The j-th request of a run: attempt j mod n, its ⌊j / n⌋-th planned answer. Returns null when
 * the plan is used up (the run then has to stop rather than send a replay that stores nothing).
 */
export function plannedRequest(
  plans: AttemptPlan[],
  j: number,
): { token: string; body: string; attempt: number } | null {
  const attempt = j % plans.length;
  const body = plans[attempt]!.bodies[Math.floor(j / plans.length)];
  return body === undefined ? null : { token: plans[attempt]!.token, body, attempt };
}
