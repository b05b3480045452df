import type { Kysely } from "kysely";
import type { AuditAction, AuditEventsTable, Database } from "#db/schema.ts";
import { newId, nowIso } from "./ids.server.ts";

export interface Actor {
  userId: string | null;
  name: string;
}

/** The signed-in member as the actor of an audit row. */
export const actorOf = (member: { user: { id: string; name: string } }): Actor => ({
  userId: member.user.id,
  name: member.user.name,
});

export interface AuditEvent {
  action: AuditAction;
  subjectType: AuditEventsTable["subject_type"];
  subjectId: string;
  details?: Record<string, unknown>;
}

/**
 * Writes one audit row: who did what to which record, when. Never names or answer content. Call it
 * with the transaction of the action it records (a data-access function's `trx`), so that an action
 * and its row are stored together or not at all.
 */
export async function recordAuditEvent(
  db: Kysely<Database>,
  organizationId: string,
  actor: Actor,
  event: AuditEvent,
): Promise<void> {
  await db
    .insertInto("audit_events")
    .values({
      id: newId(),
      organization_id: organizationId,
      actor_user_id: actor.userId,
      actor_name: actor.name,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId,
      details: event.details ? JSON.stringify(event.details) : null,
      created_at: nowIso(),
    })
    .execute();
}

/**
 * Reads what a member is about to see (a view or an export) and records that they saw it in one
 * transaction: nothing is shown without its row, and no row is left for a read that failed. `event`
 * may depend on what was read, and return null when there is nothing to record (not found).
 */
export async function auditedRead<T>(
  db: Kysely<Database>,
  organizationId: string,
  actor: Actor,
  event: AuditEvent | ((result: T) => AuditEvent | null),
  read: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await read(trx);
    const row = typeof event === "function" ? event(result) : event;
    if (row) await recordAuditEvent(trx, organizationId, actor, row);
    return result;
  });
}

/**
 * Whether a page request is a new view of that page, for the "viewed" audit rows. A page's loader
 * also runs again right after an action on the page (the revalidation or the redirect back to it,
 * with or without JavaScript); those requests come from the page itself, so their Referer is the
 * same address. A missing Referer counts as a view: the log errs towards recording.
 */
export function isNewPageView(request: Request): boolean {
  if (request.method !== "GET") return false;
  const referer = request.headers.get("Referer");
  if (!referer) return true;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return true;
  }
  return pageKey(from) !== pageKey(new URL(request.url));
}

/** The page an address shows, without single fetch's ".data" suffix and "_routes" parameter. */
function pageKey(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("_routes");
  search.sort();
  const path = url.pathname === "/_root.data" ? "/" : url.pathname.replace(/\.data$/, "");
  return `${url.origin}${path}?${search}`;
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(
  db: Kysely<Database>,
  organizationId: string,
  options: { from?: string; to?: string; page?: number; limit?: number } = {},
) {
  const scoped = () => {
    let q = db.selectFrom("audit_events").where("organization_id", "=", organizationId);
    if (options.from) q = q.where("created_at", ">=", options.from);
    if (options.to) q = q.where("created_at", "<", options.to);
    return q;
  };
  const limit = options.limit ?? AUDIT_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const [rows, count] = await Promise.all([
    scoped()
      .selectAll()
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(limit)
      .offset((page - 1) * limit)
      .execute(),
    scoped()
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / limit)) };
}

export interface AuditSubject {
  /** What a person reads: a candidate's name, a role's title, or that the record is gone. */
  label: string;
  href: string | null;
}

/**
 * Names for the records a page of audit events points at, looked up now rather than stored: the log
 * keeps ids only, so once a candidate is erased their name is gone from here too.
 */
export async function describeAuditSubjects(
  db: Kysely<Database>,
  organizationId: string,
  events: ReadonlyArray<{ subject_type: string; subject_id: string }>,
): Promise<Map<string, AuditSubject>> {
  const idsOf = (type: string) => [
    ...new Set(events.filter((e) => e.subject_type === type).map((e) => e.subject_id)),
  ];
  const [candidateIds, roleIds, entryIds] = [idsOf("candidate"), idsOf("role"), idsOf("team-member")];
  const [candidates, roles, entries, organization] = await Promise.all([
    candidateIds.length
      ? db
          .selectFrom("candidate_invitations")
          .select(["id", "candidate_name", "role_id"])
          .where("organization_id", "=", organizationId)
          .where("id", "in", candidateIds)
          .execute()
      : [],
    roleIds.length
      ? db
          .selectFrom("roles")
          .select(["id", "title"])
          .where("organization_id", "=", organizationId)
          .where("id", "in", roleIds)
          .execute()
      : [],
    entryIds.length
      ? db
          .selectFrom("team_map_entries")
          .innerJoin("users", "users.id", "team_map_entries.user_id")
          .select(["team_map_entries.id", "users.name"])
          .where("team_map_entries.organization_id", "=", organizationId)
          .where("team_map_entries.id", "in", entryIds)
          .execute()
      : [],
    db.selectFrom("organizations").select("name").where("id", "=", organizationId).executeTakeFirst(),
  ]);
  const out = new Map<string, AuditSubject>();
  const key = (type: string, id: string) => `${type}:${id}`;
  for (const c of candidates)
    out.set(key("candidate", c.id), {
      label: c.candidate_name,
      href: `/roles/${c.role_id}/candidates/${c.id}`,
    });
  for (const r of roles) out.set(key("role", r.id), { label: `Role “${r.title}”`, href: `/roles/${r.id}` });
  for (const e of entries)
    out.set(key("team-member", e.id), { label: `Team map: ${e.name}`, href: `/team/${e.id}` });
  const gone: Record<string, string> = {
    candidate: "Erased candidate",
    role: "Deleted role",
    "team-member": "Removed team map entry",
  };
  for (const e of events) {
    const k = key(e.subject_type, e.subject_id);
    if (out.has(k)) continue;
    if (e.subject_type === "organization")
      out.set(k, { label: organization?.name ?? "This organization", href: null });
    else out.set(k, { label: gone[e.subject_type] ?? e.subject_type, href: null });
  }
  return out;
}
