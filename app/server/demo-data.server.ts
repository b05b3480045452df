import crypto from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { simulateAttempt, type SimulatedPerson } from "~/domain/assessment/simulate";
import type { SelfId } from "~/domain/assessment/self-id";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument";
import { mulberry32, normalSampler } from "~/domain/psychometrics";
import { importCompletedAttempt } from "./attempts.server.ts";
import { randomToken } from "./ids.server.ts";
import { currentVersion } from "./instrument-versions.server.ts";

/** A simulated person leaning toward sales (lean > 0) or marketing (lean < 0). */
export function demoPerson(seed: number, lean: number): SimulatedPerson {
  const normal = normalSampler(mulberry32(seed));
  const traits = Object.fromEntries(
    TRAIT_IDS.map((t, i) => [t, 0.7 * normal() + (i < 5 ? lean : i < 10 ? -lean : 0.2)]),
  ) as Record<TraitId, number>;
  return { traits, balance: lean * 1.2 + 0.3 * normal() };
}

/** Completes an attempt for a simulated person, exactly as the questionnaire would have served it. */
export async function seedCompletedAttempt(
  db: Kysely<Database>,
  input: { person: SimulatedPerson; seed: number; kind: "self" | "invited"; organizationId: string | null; invitationId: string | null; token?: string; selfId?: SelfId; startedAt: Date },
): Promise<{ id: string; token: string }> {
  const version = await currentVersion(db);
  const answers = simulateAttempt(version, "adaptive", input.seed, input.person);
  const token = input.token ?? randomToken();
  const id = await importCompletedAttempt(db, { ...input, token, form: "adaptive", answers });
  return { id, token };
}

/** A few finished self-assessments; returns the private link of one to print for the demo. */
export async function seedDemoSelfAssessments(db: Kysely<Database>): Promise<string> {
  const leans = [1.0, -0.9, 0.2];
  let firstToken = "";
  for (const [i, lean] of leans.entries()) {
    const { token } = await seedCompletedAttempt(db, {
      person: demoPerson(100 + i, lean),
      seed: crypto.randomInt(1, 2 ** 31 - 1),
      kind: "self",
      organizationId: null,
      invitationId: null,
      startedAt: new Date(Date.now() - (i + 1) * 86_400_000),
    });
    firstToken ||= token;
  }
  return `/a/${firstToken}/report`;
}
