import type { Kysely } from "kysely";
import type { AuditAction, AuditEventsTable, Database } from "#db/schema.ts";
import { newId, nowIso } from "./ids.server.ts";

export interface Actor {
  userId: string | null;
  name: string;
}

/** The signed-in member as the actor of an audit row. */
export const actorOf = (member: { user: { id: string; name: string } }): Actor => ({ userId: member.user.id, name: member.user.name });

/** Writes one audit row: who did what to which record, when. Never names or answer content. */
export async function recordAuditEvent(
  db: Kysely<Database>,
  organizationId: string,
  actor: Actor,
  event: { action: AuditAction; subjectType: AuditEventsTable["subject_type"]; subjectId: string; details?: Record<string, unknown> },
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

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditEvents(db: Kysely<Database>, organizationId: string, options: { from?: string; to?: string; page?: number; limit?: number } = {}) {
  const scoped = () => {
    let q = db.selectFrom("audit_events").where("organization_id", "=", organizationId);
    if (options.from) q = q.where("created_at", ">=", options.from);
    if (options.to) q = q.where("created_at", "<", options.to);
    return q;
  };
  const limit = options.limit ?? AUDIT_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const [rows, count] = await Promise.all([
    scoped().selectAll().orderBy("created_at", "desc").orderBy("id").limit(limit).offset((page - 1) * limit).execute(),
    scoped().select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / limit)) };
}
