import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import {
  bulkSkipReason,
  type BulkAction,
  type BulkCandidate,
  type BulkResult,
  type SkipReason,
} from "~/domain/hiring/bulk-actions";
import type { Decision } from "~/domain/hiring/candidate-status";
import { accommodationContact } from "~/domain/hiring/invitation-email";
import { reminderEmail } from "~/domain/reminders/schedule";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import { candidateLocale } from "~/domain/i18n/locales";
import { invitationMailReference } from "./candidate-invitations.server.ts";
import { recordDecisionIn } from "./candidates.server.ts";
import { hashToken, nowIso } from "./ids.server.ts";
import { enqueueMail, MAIL_JOB } from "./mail.server.ts";
import { REMINDER_JOB } from "./reminders.server.ts";
import type { StatusEmailComposer } from "./status-emails.server.ts";

/** Some of the ids are not candidates of this role in this organization: nothing was done. */
export class ForeignCandidatesError extends Error {}

/**
 * Runs one bulk action on candidates of one role, in one transaction with one audit row that lists
 * every id asked for, what was done and what was skipped. Every id must be a candidate of this role
 * in this organization; otherwise nothing is done (ForeignCandidatesError). Decisions go through
 * recordDecisionIn, so each keeps its own audit row, webhook and optional status email.
 */
export async function runBulkAction(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  input: { action: BulkAction; ids: readonly string[]; run: string },
  by: Actor,
  options: { email?: StatusEmailComposer; now?: Date } = {},
): Promise<BulkResult> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const rows = input.ids.length
      ? await trx
          .selectFrom("candidate_invitations")
          .innerJoin("organizations", "organizations.id", "candidate_invitations.organization_id")
          .innerJoin("roles", "roles.id", "candidate_invitations.role_id")
          .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
          .leftJoin("users as inviter", "inviter.id", "candidate_invitations.created_by_user_id")
          .select([
            "candidate_invitations.id",
            "candidate_invitations.candidate_name",
            "candidate_invitations.email",
            "candidate_invitations.token_hash",
            "candidate_invitations.expires_at",
            "candidate_invitations.revoked_at",
            "candidate_invitations.last_sent_at",
            "attempts.status as attemptStatus",
            "roles.title as roleTitle",
            "organizations.name as organizationName",
            "organizations.candidate_contact",
            "inviter.email as inviterEmail",
            "candidate_invitations.locale as invitationLocale",
            "roles.candidate_locale as roleLocale",
            "attempts.locale as attemptLocale",
          ])
          .where("candidate_invitations.organization_id", "=", organizationId)
          .where("candidate_invitations.role_id", "=", roleId)
          .where("candidate_invitations.id", "in", input.ids)
          .execute()
      : [];
    if (rows.length !== new Set(input.ids).size) throw new ForeignCandidatesError();
    // In the order asked for, so the summary and the audit row read like the list.
    const order = new Map(input.ids.map((id, i) => [id, i]));
    rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

    const result: BulkResult = { action: input.action, done: [], skipped: {}, emailed: 0 };
    const skip = (reason: SkipReason, id: string) => (result.skipped[reason] ??= []).push(id);
    const state = (
      r: (typeof rows)[number],
      extra: Partial<Pick<BulkCandidate, "currentDecision" | "linkEmailed" | "remindedByThisRun">> = {},
    ): BulkCandidate => ({
      finished: r.attemptStatus === "completed",
      withdrawn: !!r.revoked_at,
      expired: Date.parse(r.expires_at) <= now.getTime(),
      linkEmailed: false,
      currentDecision: null,
      remindedByThisRun: false,
      ...extra,
    });

    if (input.action === "advance" || input.action === "hold" || input.action === "reject") {
      const decision = input.action;
      const current = await currentDecisions(
        trx,
        organizationId,
        rows.map((r) => r.id),
      );
      for (const r of rows) {
        const reason = bulkSkipReason(decision, state(r, { currentDecision: current.get(r.id) ?? null }));
        if (reason) skip(reason, r.id);
        else {
          await recordDecisionIn(trx, organizationId, r.id, decision, by, { email: options.email });
          result.done.push(r.id);
          if (options.email) result.emailed++;
        }
      }
    } else if (input.action === "withdraw") {
      for (const r of rows) {
        const reason = bulkSkipReason("withdraw", state(r));
        if (reason) skip(reason, r.id);
        else {
          await trx
            .updateTable("candidate_invitations")
            .set({ revoked_at: now.toISOString() })
            .where("organization_id", "=", organizationId)
            .where("id", "=", r.id)
            .where("revoked_at", "is", null)
            .execute();
          result.done.push(r.id);
        }
      }
    } else {
      const links = await emailedLinks(trx, organizationId, rows);
      const key = (id: string) => `remind-now:${id}:${input.run}`;
      const sentBefore = new Set(
        (
          await trx
            .selectFrom("jobs")
            .select("idempotency_key")
            .where(
              "idempotency_key",
              "in",
              rows.map((r) => key(r.id)),
            )
            .execute()
        ).map((j) => j.idempotency_key),
      );
      for (const r of rows) {
        const link = links.get(r.id);
        const reason = bulkSkipReason(
          "remind",
          state(r, { linkEmailed: !!r.last_sent_at && !!link, remindedByThisRun: sentBefore.has(key(r.id)) }),
        );
        if (reason) skip(reason, r.id);
        else if (link) {
          const { replyTo } = accommodationContact(r.candidate_contact, r.inviterEmail);
          const content = reminderEmail({
            candidateName: r.candidate_name,
            organizationName: r.organizationName,
            roleTitle: r.roleTitle,
            link,
            expiresAt: r.expires_at,
            replyTo,
            locale: candidateLocale(r),
          });
          await enqueueMail(
            trx,
            { to: r.email, ...content },
            { organizationId, reference: invitationMailReference(r.id), idempotencyKey: key(r.id) },
          );
          // Shown on the list as the last reminder; the role's own schedule carries on as before.
          await trx
            .updateTable("candidate_invitations")
            .set({ last_reminder_at: nowIso() })
            .where("id", "=", r.id)
            .execute();
          result.done.push(r.id);
        }
      }
    }

    await recordAuditEvent(trx, organizationId, by, {
      action: "candidates.bulk-action",
      subjectType: "role",
      subjectId: roleId,
      details: {
        action: input.action,
        candidates: [...input.ids],
        done: result.done,
        skipped: result.skipped,
        ...(result.emailed ? { emailed: result.emailed } : {}),
      },
    });
    return result;
  });
}

async function currentDecisions(
  db: Kysely<Database>,
  organizationId: string,
  ids: string[],
): Promise<Map<string, Decision>> {
  const rows = await db
    .selectFrom("candidate_decisions")
    .select(["invitation_id", "decision"])
    .where("organization_id", "=", organizationId)
    .where("invitation_id", "in", ids)
    .orderBy("decided_at")
    .orderBy("id")
    .execute();
  // Oldest first: the last one seen per candidate is the current one.
  return new Map(rows.map((r) => [r.invitation_id, r.decision as Decision]));
}

/**
 * The current link of each invitation, where RoleFit still has it. The database keeps only a hash
 * of the token; the link itself exists in the queued invitation email and its reminder jobs. A
 * link counts only if its token's hash is the invitation's current one (a replaced link is dead).
 */
async function emailedLinks(
  db: Kysely<Database>,
  organizationId: string,
  rows: Array<{ id: string; token_hash: string }>,
): Promise<Map<string, string>> {
  const byReference = new Map(rows.map((r) => [invitationMailReference(r.id), r]));
  const jobs = await db
    .selectFrom("jobs")
    .select(["reference", "kind", "payload"])
    .where("organization_id", "=", organizationId)
    .where("kind", "in", [REMINDER_JOB, MAIL_JOB])
    .where("reference", "in", [...byReference.keys()])
    .execute();
  const out = new Map<string, string>();
  for (const job of jobs) {
    const row = byReference.get(job.reference!);
    if (!row || out.has(row.id)) continue;
    const payload = JSON.parse(job.payload) as { link?: string; message?: { text?: string } };
    const candidates = [
      payload.link,
      ...(payload.message?.text?.match(/https?:\/\/\S+\/i\/[A-Za-z0-9_-]+/g) ?? []),
    ].filter((l): l is string => typeof l === "string");
    const link = candidates.find((l) => hashToken(l.slice(l.lastIndexOf("/") + 1)) === row.token_hash);
    if (link) out.set(row.id, link);
  }
  return out;
}
