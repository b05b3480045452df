import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { defaultWeights, normaliseWeights, type CriterionWeights } from "~/domain/org/criteria";
import { defaultProfile, type CompanyProfile } from "~/domain/org/profile";
import { SCENARIO_FILE_FORMAT, SCENARIO_FILE_VERSION, type ScenarioFile } from "~/domain/org/schemas";
import type { StructureId } from "~/domain/org/structures";
import { newId, nowIso } from "./ids.server.ts";

// Org-design scenarios of one organization; every function takes its id.

export interface Scenario {
  id: string;
  name: string;
  profile: CompanyProfile;
  weights: CriterionWeights;
  structureId: StructureId;
  quarters: number;
  chartQuarter: number;
  updatedAt: string;
}

type Row = Database["org_scenarios"];

function toScenario(
  row: Pick<
    Row,
    "id" | "name" | "profile" | "weights" | "structure_id" | "quarters" | "chart_quarter" | "updated_at"
  >,
): Scenario {
  return {
    id: row.id,
    name: row.name,
    profile: JSON.parse(row.profile) as CompanyProfile,
    // Older rows hold the form's raw 0–10 weights; reading them normalised keeps every page in percent.
    weights: readWeights(row.weights),
    structureId: row.structure_id as StructureId,
    quarters: Number(row.quarters),
    chartQuarter: Number(row.chart_quarter),
    updatedAt: row.updated_at,
  };
}

function readWeights(json: string): CriterionWeights {
  try {
    return normaliseWeights(JSON.parse(json) as Partial<CriterionWeights>);
  } catch {
    return defaultWeights();
  }
}

const columns = [
  "id",
  "name",
  "profile",
  "weights",
  "structure_id",
  "quarters",
  "chart_quarter",
  "updated_at",
] as const;

export async function listScenarios(db: Kysely<Database>, organizationId: string): Promise<Scenario[]> {
  const rows = await db
    .selectFrom("org_scenarios")
    .select(columns)
    .where("organization_id", "=", organizationId)
    .orderBy("updated_at", "desc")
    .execute();
  return rows.map(toScenario);
}

export async function findScenario(
  db: Kysely<Database>,
  organizationId: string,
  scenarioId: string,
): Promise<Scenario | null> {
  const row = await db
    .selectFrom("org_scenarios")
    .select(columns)
    .where("organization_id", "=", organizationId)
    .where("id", "=", scenarioId)
    .executeTakeFirst();
  return row ? toScenario(row) : null;
}

export async function createScenario(
  db: Kysely<Database>,
  organizationId: string,
  input: Partial<Omit<Scenario, "id" | "updatedAt">> & { name: string; createdByUserId: string | null },
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db
    .insertInto("org_scenarios")
    .values({
      id,
      organization_id: organizationId,
      name: input.name,
      profile: JSON.stringify(input.profile ?? defaultProfile()),
      weights: JSON.stringify(input.weights ?? defaultWeights()),
      structure_id: input.structureId ?? "shared-vp",
      quarters: input.quarters ?? 12,
      chart_quarter: input.chartQuarter ?? 4,
      created_by_user_id: input.createdByUserId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export async function updateScenario(
  db: Kysely<Database>,
  organizationId: string,
  scenarioId: string,
  changes: Partial<
    Pick<Scenario, "name" | "profile" | "weights" | "structureId" | "quarters" | "chartQuarter">
  >,
): Promise<boolean> {
  const result = await db
    .updateTable("org_scenarios")
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.profile ? { profile: JSON.stringify(changes.profile) } : {}),
      ...(changes.weights ? { weights: JSON.stringify(changes.weights) } : {}),
      ...(changes.structureId ? { structure_id: changes.structureId } : {}),
      ...(changes.quarters !== undefined ? { quarters: changes.quarters } : {}),
      ...(changes.chartQuarter !== undefined ? { chart_quarter: changes.chartQuarter } : {}),
      updated_at: nowIso(),
    })
    .where("organization_id", "=", organizationId)
    .where("id", "=", scenarioId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function duplicateScenario(
  db: Kysely<Database>,
  organizationId: string,
  scenarioId: string,
  createdByUserId: string,
): Promise<string | null> {
  const source = await findScenario(db, organizationId, scenarioId);
  if (!source) return null;
  return createScenario(db, organizationId, { ...source, name: `${source.name} (copy)`, createdByUserId });
}

export async function deleteScenario(
  db: Kysely<Database>,
  organizationId: string,
  scenarioId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("org_scenarios")
    .where("organization_id", "=", organizationId)
    .where("id", "=", scenarioId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export function scenarioFile(s: Scenario): ScenarioFile {
  return {
    format: SCENARIO_FILE_FORMAT,
    version: SCENARIO_FILE_VERSION,
    name: s.name,
    structureId: s.structureId,
    quarters: s.quarters,
    chartQuarter: s.chartQuarter,
    weights: s.weights,
    profile: s.profile,
  };
}

/** People placed in seats of the scenario, with their name and whether they share an assessment. */
export async function listSeatAssignments(db: Kysely<Database>, organizationId: string, scenarioId: string) {
  return db
    .selectFrom("org_seat_assignments")
    .innerJoin("users", "users.id", "org_seat_assignments.user_id")
    .innerJoin("memberships", (j) =>
      j
        .onRef("memberships.user_id", "=", "org_seat_assignments.user_id")
        .onRef("memberships.organization_id", "=", "org_seat_assignments.organization_id"),
    )
    .select([
      "org_seat_assignments.id",
      "org_seat_assignments.seat_id",
      "org_seat_assignments.user_id",
      "users.name",
    ])
    .where("org_seat_assignments.organization_id", "=", organizationId)
    .where("org_seat_assignments.scenario_id", "=", scenarioId)
    .orderBy("users.name")
    .execute();
}

/** Places a member of the organization in a seat (moving them if they sat elsewhere in this scenario). */
export async function assignSeat(
  db: Kysely<Database>,
  organizationId: string,
  scenarioId: string,
  seatId: string,
  userId: string,
): Promise<boolean> {
  const member = await db
    .selectFrom("memberships")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  const scenario = await db
    .selectFrom("org_scenarios")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("id", "=", scenarioId)
    .executeTakeFirst();
  if (!member || !scenario) return false;
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("org_seat_assignments")
      .where("scenario_id", "=", scenarioId)
      .where("user_id", "=", userId)
      .execute();
    await trx
      .insertInto("org_seat_assignments")
      .values({
        id: newId(),
        organization_id: organizationId,
        scenario_id: scenarioId,
        seat_id: seatId,
        user_id: userId,
        assigned_at: nowIso(),
      })
      .execute();
  });
  return true;
}

export async function unassignSeat(
  db: Kysely<Database>,
  organizationId: string,
  scenarioId: string,
  assignmentId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("org_seat_assignments")
    .where("organization_id", "=", organizationId)
    .where("scenario_id", "=", scenarioId)
    .where("id", "=", assignmentId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/**
 * The flip analysis searches many what-ifs (a few hundred ms); its result depends only on the
 * inputs, so it is remembered per distinct input for the life of the process (last 50 kept).
 */
const flipCache = new Map<string, unknown>();
export function memoizedByInput<T>(key: unknown, compute: () => T): T {
  const k = JSON.stringify(key);
  if (flipCache.has(k)) {
    const value = flipCache.get(k) as T;
    flipCache.delete(k);
    flipCache.set(k, value);
    return value;
  }
  const value = compute();
  flipCache.set(k, value);
  if (flipCache.size > 50) flipCache.delete(flipCache.keys().next().value!);
  return value;
}
