import type { AppLoadContext } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { ApiKeyScope, Database } from "#db/schema.ts";
import { nextStep } from "~/domain/assessment/sequence";
import { simulatedAnswer } from "~/domain/assessment/simulate";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument";
import { findAttempt, startInvitedAttempt, submitAnswer } from "~/server/attempts.server";
import * as loginRoute from "~/routes/login";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { createUser, signUp } from "~/server/accounts.server";
import { createApiKey } from "~/server/api-keys.server";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import { demoPerson, seedCompletedAttempt } from "~/server/demo-data.server";
import { addMembership } from "~/server/organizations.server";
import { createRole } from "~/server/roles.server";
import { callRoute, CookieJar } from "./call-route.ts";

export const FIXTURE_PASSWORD = "fixture-password-words";

let counter = 0;

/** An organization with an owner, a role from a template, and completed candidates. */
export async function organizationWithCandidates(context: AppLoadContext, name: string, candidates = 2) {
  const n = ++counter;
  const owner = await signUp(context.db, {
    name: `${name} Owner`,
    email: `owner${n}.${Date.now()}@example.com`,
    password: FIXTURE_PASSWORD,
    organizationName: name,
  });
  if (!owner.ok) throw new Error("sign-up failed");
  const template = ROLE_TEMPLATES.find((t) => t.id === "ae-enterprise")!;
  const roleId = await createRole(context.db, owner.organizationId, {
    title: `${name} AE`,
    templateId: template.id,
    source: "template",
    targets: template.targets,
    createdByUserId: owner.userId,
  });
  const invitations = await createCandidateInvitations(
    context.db,
    owner.organizationId,
    roleId,
    Array.from({ length: candidates }, (_, i) => ({
      name: `${name} Candidate ${i + 1}`,
      email: `cand${n}-${i}@example.com`,
    })),
    { createdByUserId: owner.userId },
  );
  for (const [i, inv] of invitations.entries()) {
    await seedCompletedAttempt(context.db, {
      person: demoPerson(n * 100 + i, 0.5 - i),
      seed: n * 1000 + i,
      kind: "invited",
      organizationId: owner.organizationId,
      invitationId: inv.id,
      token: inv.token,
      startedAt: new Date(),
    });
  }
  return {
    organizationId: owner.organizationId,
    ownerUserId: owner.userId,
    ownerEmail: (
      await context.db
        .selectFrom("users")
        .select("email")
        .where("id", "=", owner.userId)
        .executeTakeFirstOrThrow()
    ).email,
    roleId,
    invitations,
  };
}

export type OrganizationWithCandidates = Awaited<ReturnType<typeof organizationWithCandidates>>;

/** An API key of the organization, created by its owner as on the API keys page; `key` is the secret. */
export function ownerApiKey(
  context: AppLoadContext,
  org: { organizationId: string; ownerUserId: string },
  name: string,
  scope: ApiKeyScope = "read-write",
) {
  return createApiKey(context.db, org.organizationId, { name, scope, createdByUserId: org.ownerUserId });
}

/**
 * What the API tests (REST and Greenhouse) start from: organization A with a read-write and a read
 * key, and organization B, the other tenant, with a read-write key; both with completed candidates.
 */
export async function organizationsWithApiKeys(
  context: AppLoadContext,
  spec: {
    a: { name: string; candidates: number; writeKey: string; readKey: string };
    b: { name: string; candidates: number; writeKey: string };
  },
) {
  const a = await organizationWithCandidates(context, spec.a.name, spec.a.candidates);
  const b = await organizationWithCandidates(context, spec.b.name, spec.b.candidates);
  return {
    a,
    b,
    writeKey: (await ownerApiKey(context, a, spec.a.writeKey)).key,
    readKey: (await ownerApiKey(context, a, spec.a.readKey, "read")).key,
    bKey: (await ownerApiKey(context, b, spec.b.writeKey)).key,
  };
}

/** A signed-in cookie jar for a user. */
export async function signedIn(context: AppLoadContext, email: string): Promise<CookieJar> {
  const jar = new CookieJar();
  const res = await callRoute(loginRoute.action, {
    context,
    path: "/login",
    form: { email, password: FIXTURE_PASSWORD },
    jar,
  });
  if (res.status !== 302) throw new Error(`login failed for ${email}: ${res.status}`);
  return jar;
}

/** Adds a user with the given role to the organization and signs them in. */
export async function memberWithRole(
  context: AppLoadContext,
  organizationId: string,
  role: "owner" | "manager" | "viewer",
): Promise<CookieJar> {
  const email = `${role}${++counter}.${Date.now()}@example.com`;
  const userId = await createUser(context.db, { name: `A ${role}`, email, password: FIXTURE_PASSWORD });
  await addMembership(context.db, organizationId, userId, role);
  return signedIn(context, email);
}

/** A simulated candidate with a mixed profile (some traits low, some average, some high). */
export const simulatedPerson = {
  traits: Object.fromEntries(TRAIT_IDS.map((t, i) => [t, (i % 3) - 1])) as Record<TraitId, number>,
  balance: 0.4,
};

/**
 * Starts an invited attempt and answers every question through the same functions the
 * questionnaire's pages call, so it completes as a real candidate's would (with its jobs).
 */
export async function answerInvitation(
  db: Kysely<Database>,
  invitation: { id: string; organizationId: string; token: string },
): Promise<void> {
  await startInvitedAttempt(db, invitation);
  for (;;) {
    const attempt = (await findAttempt(db, invitation.token))!;
    const step = nextStep(attempt, attempt.answers);
    if (step.done) return;
    const value = String(simulatedAnswer(attempt.version, step.screen.item, simulatedPerson, 0.5));
    const saved = await submitAnswer(db, invitation.token, {
      itemId: step.screen.item.id,
      value,
      mode: "next",
    } as never);
    if (!saved.ok) throw new Error(`answer refused: ${JSON.stringify(saved)}`);
  }
}
