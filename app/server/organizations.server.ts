import type { Kysely } from "kysely";
import type { Database, MemberRole } from "#db/schema.ts";
import { newId, nowIso } from "./ids.server.ts";

// Every function that touches one organization's data takes its id first after db, so a route
// cannot read or change another organization's rows by forgetting a where clause.

export async function listUserOrganizations(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select(["organizations.id", "organizations.name", "memberships.role"])
    .where("memberships.user_id", "=", userId)
    .orderBy("organizations.name")
    .execute();
}

export async function findMembership(db: Kysely<Database>, organizationId: string, userId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select([
      "memberships.id",
      "memberships.role",
      "organizations.id as organizationId",
      "organizations.name as organizationName",
    ])
    .where("memberships.organization_id", "=", organizationId)
    .where("memberships.user_id", "=", userId)
    .executeTakeFirst();
}

export async function createOrganization(
  db: Kysely<Database>,
  ownerUserId: string,
  name: string,
): Promise<string> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("organizations").values({ id, name, created_at: now }).execute();
    await trx
      .insertInto("memberships")
      .values({ id: newId(), organization_id: id, user_id: ownerUserId, role: "owner", created_at: now })
      .execute();
  });
  return id;
}

export async function listMembers(db: Kysely<Database>, organizationId: string) {
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "memberships.id",
      "memberships.role",
      "memberships.created_at",
      "users.id as userId",
      "users.name",
      "users.email",
    ])
    .where("memberships.organization_id", "=", organizationId)
    .orderBy("users.name")
    .execute();
}

export type RemoveMemberResult =
  { ok: true; name: string } | { ok: false; error: "not-found" | "last-owner" };

/** Removes a membership of this organization; the last owner cannot be removed. */
export async function removeMember(
  db: Kysely<Database>,
  organizationId: string,
  membershipId: string,
): Promise<RemoveMemberResult> {
  return db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["memberships.id", "memberships.role", "memberships.user_id", "users.name"])
      .where("memberships.organization_id", "=", organizationId)
      .where("memberships.id", "=", membershipId)
      .executeTakeFirst();
    if (!member) return { ok: false, error: "not-found" } as const;
    if (member.role === "owner") {
      const owners = await trx
        .selectFrom("memberships")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("organization_id", "=", organizationId)
        .where("role", "=", "owner")
        .executeTakeFirstOrThrow();
      if (Number(owners.n) <= 1) return { ok: false, error: "last-owner" } as const;
    }
    await trx
      .deleteFrom("memberships")
      .where("organization_id", "=", organizationId)
      .where("id", "=", membershipId)
      .execute();
    // Their shared profile leaves the team map with them: it was shared with colleagues, not with
    // an organization they no longer belong to (and could no longer withdraw it from).
    await trx
      .deleteFrom("team_map_entries")
      .where("organization_id", "=", organizationId)
      .where("user_id", "=", member.user_id)
      .execute();
    // Sessions that pointed at this organization fall back to the user's other organizations.
    await trx
      .updateTable("sessions")
      .set({ current_organization_id: null })
      .where("user_id", "=", member.user_id)
      .where("current_organization_id", "=", organizationId)
      .execute();
    return { ok: true, name: member.name } as const;
  });
}

export type ChangeMemberRoleResult =
  { ok: true; name: string } | { ok: false; error: "not-found" | "last-owner" };

/** Gives a member of this organization another role; the last owner cannot stop being one. */
export async function changeMemberRole(
  db: Kysely<Database>,
  organizationId: string,
  membershipId: string,
  role: MemberRole,
): Promise<ChangeMemberRoleResult> {
  return db.transaction().execute(async (trx) => {
    const member = await trx
      .selectFrom("memberships")
      .innerJoin("users", "users.id", "memberships.user_id")
      .select(["memberships.role", "users.name"])
      .where("memberships.organization_id", "=", organizationId)
      .where("memberships.id", "=", membershipId)
      .executeTakeFirst();
    if (!member) return { ok: false, error: "not-found" } as const;
    if (member.role === "owner" && role !== "owner") {
      const owners = await trx
        .selectFrom("memberships")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("organization_id", "=", organizationId)
        .where("role", "=", "owner")
        .executeTakeFirstOrThrow();
      if (Number(owners.n) <= 1) return { ok: false, error: "last-owner" } as const;
    }
    await trx
      .updateTable("memberships")
      .set({ role })
      .where("organization_id", "=", organizationId)
      .where("id", "=", membershipId)
      .execute();
    return { ok: true, name: member.name } as const;
  });
}

export async function addMembership(
  db: Kysely<Database>,
  organizationId: string,
  userId: string,
  role: MemberRole,
): Promise<void> {
  const existing = await db
    .selectFrom("memberships")
    .select(["id"])
    .where("organization_id", "=", organizationId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
  if (existing) return;
  await db
    .insertInto("memberships")
    .values({ id: newId(), organization_id: organizationId, user_id: userId, role, created_at: nowIso() })
    .execute();
}
