import type { Locale } from "~/domain/i18n/locales";
import crypto from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { simulateAttempt, type SimulatedPerson } from "~/domain/assessment/simulate";
import type { SelfId } from "~/domain/assessment/schemas";
import type { Decision } from "~/domain/hiring/candidate-status";
import { rankRole } from "~/domain/hiring/ranking";
import { TRAIT_IDS, type TraitId } from "~/domain/instrument";
import { mulberry32, normalSampler } from "~/domain/psychometrics";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { defaultProfile } from "~/domain/org/profile";
import { importCompletedAttempt, reportedTraitsFor } from "./attempts.server.ts";
import { createCandidateInvitations } from "./candidate-invitations.server.ts";
import { createDiagnosticRound, recordDiagnosticResponse } from "./diagnostics.server.ts";
import { createScenario } from "./org-scenarios.server.ts";
import { listRoleCandidates, recordDecision } from "./candidates.server.ts";
import { createRole } from "./roles.server.ts";
import { randomToken } from "./ids.server.ts";
import { addMembership } from "./organizations.server.ts";
import { hashPassword } from "./password.server.ts";
import { setRoleTeamLink } from "./team-gap.server.ts";
import { currentVersion } from "./instrument-versions.server.ts";

/**
 * A simulated person leaning toward sales (lean > 0) or marketing (lean < 0). Marketing traits sit
 * at −lean unless `marketing` gives their level (someone strong in sales need not be weak in
 * marketing).
 */
export function demoPerson(seed: number, lean: number, marketing = -lean): SimulatedPerson {
  const normal = normalSampler(mulberry32(seed));
  const traits = Object.fromEntries(
    TRAIT_IDS.map((t, i) => [t, 0.7 * normal() + (i < 5 ? lean : i < 10 ? marketing : 0.2)]),
  ) as Record<TraitId, number>;
  return { traits, balance: lean * 1.2 + 0.3 * normal() };
}

/** Completes an attempt for a simulated person, exactly as the questionnaire would have served it. */
export async function seedCompletedAttempt(
  db: Kysely<Database>,
  input: {
    person: SimulatedPerson;
    seed: number;
    kind: "self" | "invited";
    organizationId: string | null;
    invitationId: string | null;
    token?: string;
    selfId?: SelfId;
    startedAt: Date;
    locale?: Locale;
  },
): Promise<{ id: string; token: string }> {
  const version = await currentVersion(db);
  const reported = await reportedTraitsFor(db, input.invitationId);
  const answers = simulateAttempt(version, "adaptive", input.seed, input.person, { reported });
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

// The enterprise AE demo role tells one story under the fit model (docs/fit-model.md): Priya is a
// strong seller far above every need of the role (fit about 99, no gaps); a few solid sellers follow
// with a gap or a trait the questionnaire cannot tell; the marketing-leaning candidates fall short of
// the core needs. Decisions follow the ranking the manager sees (decisionsByRank): advance the top,
// hold the middle, reject the bottom, and two candidates are not reviewed yet. `marketing` sets the
// level of the marketing traits when it is not simply the opposite of the sales lean.
const DEMO_CANDIDATES: Array<{
  name: string;
  lean: number;
  marketing?: number;
  sex: string;
  race: string;
  age: string;
  /** False for the candidates nobody has decided on yet. */
  reviewed?: false;
  /** The language they answered in (English when absent). */
  locale?: Locale;
}> = [
  { name: "Amara Okafor", lean: 1.1, sex: "female", race: "black", age: "25-34" },
  { name: "Lukas Becker", lean: 0.9, sex: "male", race: "white", age: "35-44", locale: "de" },
  { name: "Mei Tanaka", lean: 0.4, sex: "female", race: "asian", age: "25-34" },
  {
    name: "Diego Hernández",
    lean: 0.8,
    sex: "male",
    race: "hispanic-latino",
    age: "35-44",
    locale: "es",
  },
  { name: "Sofia Rossi", lean: -0.6, sex: "female", race: "white", age: "45-54" },
  { name: "Noah Williams", lean: 0.2, sex: "male", race: "black", age: "under-25" },
  {
    name: "Priya Raman",
    lean: 2.0,
    marketing: 0.3,
    sex: "female",
    race: "asian",
    age: "35-44",
  },
  { name: "Ethan Clarke", lean: -0.3, sex: "male", race: "white", age: "25-34" },
  {
    name: "Fatima Zahra",
    lean: 0.6,
    sex: "female",
    race: "prefer-not-to-say",
    age: "25-34",
  },
  { name: "Jonas Lindqvist", lean: 0.0, sex: "male", race: "white", age: "55-64", reviewed: false },
  { name: "Grace Kim", lean: 0.95, sex: "female", race: "asian", age: "45-54" },
  {
    name: "Samuel Mensah",
    lean: -0.1,
    sex: "prefer-not-to-say",
    race: "black",
    age: "35-44",
    reviewed: false,
  },
];

/** A completed self-assessment for the person, shared on the team map by the member. */
export async function shareOnTeamMap(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
  person: SimulatedPerson,
  seed: number,
): Promise<void> {
  const { id: attemptId } = await seedCompletedAttempt(db, {
    person,
    seed,
    kind: "self",
    organizationId: null,
    invitationId: null,
    startedAt: new Date(Date.now() - 30 * 86_400_000),
  });
  await db
    .insertInto("team_map_entries")
    .values({
      id: crypto.randomUUID(),
      organization_id: organizationId,
      user_id: userId,
      attempt_id: attemptId,
      shared_at: new Date().toISOString(),
    })
    .execute();
}

/** A member of the demo organization who cannot sign in (a random password nobody knows). */
async function demoTeammate(db: Kysely<Database>, organizationId: string, name: string): Promise<string> {
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto("users")
    .values({
      id,
      email: `${name.toLowerCase().replace(/ /g, ".")}@acme-robotics.example`,
      name,
      password_hash: await hashPassword(crypto.randomBytes(24).toString("base64url")),
      created_at: now,
      password_changed_at: now,
    })
    .execute();
  await addMembership(db, organizationId, id, "viewer");
  return id;
}

/** The demo's decisions for candidates in rank order: the top four advance, the bottom three are rejected, the rest held. */
function decisionsByRank(rankedIds: readonly string[]): Array<[string, Decision]> {
  return rankedIds.map((id, position) => [
    id,
    position < 4 ? "advance" : position >= rankedIds.length - 3 ? "reject" : "hold",
  ]);
}

/** A role with a dozen finished candidates and decisions, two open invitations, and a team map entry. */
export async function seedDemoHiring(
  db: Kysely<Database>,
  organizationId: string,
  owner: { userId: string; name: string },
): Promise<string> {
  const template = ROLE_TEMPLATES.find((t) => t.id === "ae-enterprise")!;
  const roleId = await createRole(db, organizationId, {
    title: "Enterprise Account Executive",
    templateId: template.id,
    source: "template",
    targets: template.targets,
    createdByUserId: owner.userId,
  });
  const people = [
    ...DEMO_CANDIDATES,
    { name: "Olivia Brown", lean: 0, sex: "", race: "", age: "" },
    { name: "Ravi Patel", lean: 0, sex: "", race: "", age: "" },
  ];
  const invitations = await createCandidateInvitations(
    db,
    organizationId,
    roleId,
    people.map((p) => ({
      name: p.name,
      email: `${p.name
        .toLowerCase()
        .normalize("NFD")
        .replace(/[^a-z ]/g, "")
        .replace(/ /g, ".")}@example.com`,
    })),
    { createdByUserId: owner.userId },
  );
  for (const [i, person] of DEMO_CANDIDATES.entries()) {
    const inv = invitations[i]!;
    await seedCompletedAttempt(db, {
      person: demoPerson(500 + i, person.lean, person.marketing),
      seed: 9000 + i,
      kind: "invited",
      organizationId,
      invitationId: inv.id,
      token: inv.token,
      selfId: { sex: person.sex, raceEthnicity: person.race, ageBand: person.age },
      startedAt: new Date(Date.now() - (14 - i) * 86_400_000),
      ...(person.locale ? { locale: person.locale } : {}),
    });
  }
  const reviewed = new Set(
    DEMO_CANDIDATES.flatMap((p, i) => (p.reviewed === false ? [] : [invitations[i]!.id])),
  );
  const ranked = rankRole(template.targets, await listRoleCandidates(db, organizationId, roleId));
  const decisions = decisionsByRank(ranked.filter((c) => c.fit && reviewed.has(c.id)).map((c) => c.id));
  for (const [invitationId, decision] of decisions)
    await recordDecision(db, organizationId, invitationId, decision, owner);

  const pmm = ROLE_TEMPLATES.find((t) => t.id === "product-marketing-manager")!;
  await createRole(db, organizationId, {
    title: "Product Marketing Manager",
    templateId: pmm.id,
    source: "template",
    targets: pmm.targets,
    createdByUserId: owner.userId,
  });

  await shareOnTeamMap(db, organizationId, owner.userId, demoPerson(42, 0.3), 4242);
  // Two account executives already on the team: thorough at discovery and research, disciplined
  // with the pipeline, but neither closes nor persuades. The enterprise AE role is linked to the team
  // map, so ordered "for this team" a candidate who closes moves ahead of one with a higher fit.
  const teammate: Partial<Record<TraitId, number>> = {
    "rejection-resilience": 0.8,
    "closing-drive": -1.2,
    discovery: 1.6,
    persuasion: -1.0,
    "pipeline-discipline": 1.5,
    "market-research": 1.0,
    "customer-feedback": 0.8,
  };
  for (const [i, name] of ["Marco Silva", "Aisha Khan"].entries()) {
    const userId = await demoTeammate(db, organizationId, name);
    const traits = Object.fromEntries(TRAIT_IDS.map((t) => [t, teammate[t] ?? 0])) as Record<TraitId, number>;
    await shareOnTeamMap(db, organizationId, userId, { traits, balance: 0.4 }, 4300 + i);
  }
  await setRoleTeamLink(db, organizationId, roleId, { kind: "team-map" });
  return `/roles/${roleId}`;
}

/** Two org-design scenarios and a finished relationship diagnostic with both teams' answers. */
export async function seedDemoOrgDesign(
  db: Kysely<Database>,
  organizationId: string,
  ownerUserId: string,
): Promise<string> {
  const today = defaultProfile();
  const first = await createScenario(db, organizationId, {
    name: "Today: seed stage",
    // Who does what today: the plan's quarter 0 (the founder counts as one of the sellers).
    profile: { ...today, team: { sellers: 3, accountManagers: 1, marketers: 1 } },
    structureId: "combined",
    createdByUserId: ownerUserId,
  });
  await createScenario(db, organizationId, {
    name: "After Series A",
    profile: {
      ...today,
      stage: "series-a",
      gtmHeadcount: 14,
      arr: 8_000_000,
      salesMotion: "consultative",
      averageDealSize: { low: 40_000, mode: 60_000, high: 90_000 },
      salesCycleDays: { low: 75, mode: 100, high: 140 },
    },
    structureId: "shared-vp",
    createdByUserId: ownerUserId,
  });
  const round = await createDiagnosticRound(db, organizationId, "Autumn relationship check", ownerUserId);
  const random = mulberry32(77);
  const rate = (centre: number) => Math.max(1, Math.min(5, Math.round(centre + (random() - 0.5) * 2.2)));
  for (let i = 0; i < 5; i++)
    await recordDiagnosticResponse(
      db,
      { id: round.id, organization_id: organizationId },
      "sales",
      Array.from({ length: 20 }, (_, s) => rate(s % 4 === 0 ? 2.2 : 3.2)),
    );
  for (let i = 0; i < 4; i++)
    await recordDiagnosticResponse(
      db,
      { id: round.id, organization_id: organizationId },
      "marketing",
      Array.from({ length: 20 }, (_, s) => rate(s % 4 === 0 ? 3.6 : 2.7)),
    );
  return `/org/scenarios/${first}`;
}
