import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import {
  profileFromCompact,
  rankRole,
  type CandidateRecord,
  type ListedCandidate,
} from "~/domain/hiring/ranking";
import type { RoleTargets } from "~/domain/fit/types";
import { FIT_MODEL_VERSION, roleFit } from "~/domain/fit/fit";
import type { AttemptScores } from "~/domain/assessment/scoring";
import type { Decision } from "~/domain/hiring/candidate-status";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import { asLocale, candidateLocale, type Locale } from "~/domain/i18n/locales";
import { invitationMailReference, type InvitationEmail } from "./candidate-invitations.server.ts";
import { hashToken, newId, nowIso, randomToken } from "./ids.server.ts";
import { enqueueWebhookEvent } from "./webhooks.server.ts";
import { parseReminderDays } from "~/domain/reminders/schedule";
import { enqueueMail } from "./mail.server.ts";
import { scheduleReminders } from "./reminders.server.ts";
import { statusMailReference, type StatusEmailComposer } from "./status-emails.server.ts";

// Candidates are invitations of one organization; every function takes the organization id.

/** The invitation and attempt columns every candidate query needs (invitations left-join attempts). */
const candidateColumns = [
  "candidate_invitations.id",
  "candidate_invitations.candidate_name",
  "candidate_invitations.email",
  "candidate_invitations.created_at",
  "candidate_invitations.expires_at",
  "candidate_invitations.opened_at",
  "candidate_invitations.revoked_at",
  "attempts.status as attempt_status",
  "attempts.completed_at",
  "attempts.locale as attempt_locale",
] as const;

type CompactProfile = Record<string, [number, number]>;

export async function listRoleCandidates(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  /** Turns a stored profile (JSON) into its object; the ranking cache passes a remembering one. */
  parseProfile: (json: string) => CompactProfile = (json) => JSON.parse(json) as CompactProfile,
): Promise<CandidateRecord[]> {
  const [rows, decisions] = await Promise.all([
    db
      .selectFrom("candidate_invitations")
      .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
      .leftJoin("attempt_scores", "attempt_scores.attempt_id", "attempts.id")
      .select([...candidateColumns, "attempt_scores.profile", "attempt_scores.quality_flag_count"])
      .where("candidate_invitations.organization_id", "=", organizationId)
      .where("candidate_invitations.role_id", "=", roleId)
      .execute(),
    // Decisions separately, oldest first, so the last one seen per candidate is the current one:
    // far cheaper than a correlated subquery per candidate when a role has thousands.
    db
      .selectFrom("candidate_decisions")
      .innerJoin("candidate_invitations", "candidate_invitations.id", "candidate_decisions.invitation_id")
      .select([
        "candidate_decisions.invitation_id",
        "candidate_decisions.decision",
        "candidate_decisions.decided_by_name",
        "candidate_decisions.decided_at",
      ])
      .where("candidate_decisions.organization_id", "=", organizationId)
      .where("candidate_invitations.role_id", "=", roleId)
      .orderBy("candidate_decisions.decided_at")
      .orderBy("candidate_decisions.id")
      .execute(),
  ]);
  const latest = new Map<string, CandidateRecord["decision"]>();
  for (const d of decisions)
    latest.set(d.invitation_id, { decision: d.decision, by: d.decided_by_name, at: d.decided_at });
  return rows.map((r) => ({
    id: r.id,
    name: r.candidate_name,
    email: r.email,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    openedAt: r.opened_at,
    revokedAt: r.revoked_at,
    attemptStatus: r.attempt_status,
    completedAt: r.completed_at,
    locale: r.attempt_locale === null ? null : asLocale(r.attempt_locale),
    profile: r.profile ? parseProfile(r.profile) : null,
    qualityFlagCount: Number(r.quality_flag_count ?? 0),
    decision: latest.get(r.id) ?? null,
  }));
}

/**
 * The ranked list of a role, cached per process. Ranking thousands of candidates costs a few
 * hundred milliseconds, but it only changes when the role's targets, its invitations, their
 * attempts or decisions change; a cheap aggregate over those rows is the cache key, so every
 * process (and every change made by another process) is seen at the next request. Statuses also
 * change with time (an invitation expires), so an entry lives at most a minute. Exports do not use
 * this: they rank afresh.
 */
const rankingCache = new Map<string, { key: string; at: number; listed: ListedCandidate[]; fits: FitMemo }>();

/**
 * A candidate's fit depends only on the stored profile and the role's targets, so after a change
 * that leaves both alone (a decision, an invitation, another candidate finishing) the fits of
 * everyone else are reused: profiles are remembered by their stored JSON (so they are parsed once)
 * and fits by profile. Parsing and fitting 10,000 profiles had been most of a cold ranking.
 */
interface FitMemo {
  targetsKey: string;
  profiles: Map<string, CompactProfile>;
  fits: WeakMap<CompactProfile, ReturnType<typeof roleFit>>;
}
const RANKING_TTL_MS = 60_000;

export async function rankedRoleCandidates(
  db: Kysely<Database>,
  organizationId: string,
  role: { id: string; targets: RoleTargets; updatedAt: string },
): Promise<ListedCandidate[]> {
  const [invitations, decisions] = await Promise.all([
    db
      .selectFrom("candidate_invitations")
      .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
      .select((eb) => [
        eb.fn.countAll<string | number>().as("n"),
        eb.fn.max("candidate_invitations.created_at").as("created"),
        eb.fn.max("candidate_invitations.revoked_at").as("revoked"),
        eb.fn.count("candidate_invitations.revoked_at").as("revokedCount"),
        eb.fn.max("candidate_invitations.opened_at").as("opened"),
        eb.fn.count("candidate_invitations.opened_at").as("openedCount"),
        eb.fn.max("candidate_invitations.expires_at").as("expires"),
        eb.fn.max("attempts.updated_at").as("attempts"),
        eb.fn.count("attempts.id").as("started"),
      ])
      .where("candidate_invitations.organization_id", "=", organizationId)
      .where("candidate_invitations.role_id", "=", role.id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("candidate_decisions")
      .innerJoin("candidate_invitations", "candidate_invitations.id", "candidate_decisions.invitation_id")
      .select((eb) => [
        eb.fn.countAll<string | number>().as("n"),
        eb.fn.max("candidate_decisions.decided_at").as("latest"),
      ])
      .where("candidate_decisions.organization_id", "=", organizationId)
      .where("candidate_invitations.role_id", "=", role.id)
      .executeTakeFirstOrThrow(),
  ]);
  // The fit model version is part of the key: a process that loads a new model never serves old fits.
  const key = JSON.stringify([FIT_MODEL_VERSION, role.updatedAt, role.targets, invitations, decisions]);
  const cacheKey = `${organizationId}:${role.id}`;
  const hit = rankingCache.get(cacheKey);
  if (hit && hit.key === key && Date.now() - hit.at < RANKING_TTL_MS) return hit.listed;
  const targetsKey = JSON.stringify([FIT_MODEL_VERSION, role.targets]);
  const previous = hit?.fits.targetsKey === targetsKey ? hit.fits : null;
  // A fresh map each time, so profiles of candidates no longer listed are let go.
  const fits: FitMemo = { targetsKey, profiles: new Map(), fits: previous?.fits ?? new WeakMap() };
  const parseProfile = (json: string) => {
    let profile = previous?.profiles.get(json) ?? fits.profiles.get(json);
    if (!profile) profile = JSON.parse(json) as CompactProfile;
    fits.profiles.set(json, profile);
    return profile;
  };
  const fitOf = (profile: CompactProfile) => {
    let fit = fits.fits.get(profile);
    if (!fit) fits.fits.set(profile, (fit = roleFit(profileFromCompact(profile), role.targets)));
    return fit;
  };
  const listed = rankRole(
    role.targets,
    await listRoleCandidates(db, organizationId, role.id, parseProfile),
    Date.now(),
    fitOf,
  );
  rankingCache.delete(cacheKey);
  rankingCache.set(cacheKey, { key, at: Date.now(), listed, fits });
  if (rankingCache.size > 50) rankingCache.delete(rankingCache.keys().next().value!);
  return listed;
}

/** Addresses with an open (not withdrawn, not expired) invitation for the role. */
export async function openInvitationEmails(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom("candidate_invitations")
    .select("email")
    .where("organization_id", "=", organizationId)
    .where("role_id", "=", roleId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", nowIso())
    .execute();
  return new Set(rows.map((r) => r.email));
}

export interface CandidateDetail {
  id: string;
  roleId: string;
  name: string;
  email: string;
  createdAt: string;
  expiresAt: string;
  openedAt: string | null;
  revokedAt: string | null;
  attempt: {
    id: string;
    status: "in_progress" | "completed";
    completedAt: string | null;
    versionId: string;
    answered: number;
    /** The language the questionnaire is answered in. */
    locale: Locale;
  } | null;
  scores: AttemptScores | null;
  decisions: Array<{ decision: Decision; by: string; at: string }>;
  notes: Array<{ id: string; author: string; body: string; at: string }>;
}

export async function findCandidate(
  db: Kysely<Database>,
  organizationId: string,
  roleId: string,
  invitationId: string,
): Promise<CandidateDetail | null> {
  const inv = await db
    .selectFrom("candidate_invitations")
    .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .leftJoin("attempt_scores", "attempt_scores.attempt_id", "attempts.id")
    .select([
      ...candidateColumns,
      "candidate_invitations.role_id",
      "attempts.id as attempt_id",
      "attempts.instrument_version_id",
      "attempt_scores.scores",
    ])
    .where("candidate_invitations.organization_id", "=", organizationId)
    .where("candidate_invitations.role_id", "=", roleId)
    .where("candidate_invitations.id", "=", invitationId)
    .executeTakeFirst();
  if (!inv) return null;
  const [decisions, notes, answered] = await Promise.all([
    db
      .selectFrom("candidate_decisions")
      .select(["decision", "decided_by_name", "decided_at"])
      .where("organization_id", "=", organizationId)
      .where("invitation_id", "=", invitationId)
      .orderBy("decided_at", "desc")
      .execute(),
    db
      .selectFrom("candidate_notes")
      .select(["id", "author_name", "body", "created_at"])
      .where("organization_id", "=", organizationId)
      .where("invitation_id", "=", invitationId)
      .orderBy("created_at", "asc")
      .execute(),
    inv.attempt_id
      ? db
          .selectFrom("answers")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("attempt_id", "=", inv.attempt_id)
          .executeTakeFirstOrThrow()
      : null,
  ]);
  return {
    id: inv.id,
    roleId: inv.role_id,
    name: inv.candidate_name,
    email: inv.email,
    createdAt: inv.created_at,
    expiresAt: inv.expires_at,
    openedAt: inv.opened_at,
    revokedAt: inv.revoked_at,
    attempt:
      inv.attempt_id && inv.attempt_status && inv.instrument_version_id
        ? {
            id: inv.attempt_id,
            status: inv.attempt_status,
            completedAt: inv.completed_at,
            versionId: inv.instrument_version_id,
            answered: Number(answered?.n ?? 0),
            locale: asLocale(inv.attempt_locale),
          }
        : null,
    scores: inv.scores ? (JSON.parse(inv.scores) as AttemptScores) : null,
    decisions: decisions.map((d) => ({ decision: d.decision, by: d.decided_by_name, at: d.decided_at })),
    notes: notes.map((n) => ({ id: n.id, author: n.author_name, body: n.body, at: n.created_at })),
  };
}

async function invitationExists(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("candidate_invitations")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("id", "=", invitationId)
    .executeTakeFirst();
  return !!row;
}

export async function recordDecision(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
  decision: Decision,
  by: Actor,
  options: { email?: StatusEmailComposer } = {},
): Promise<boolean> {
  return db
    .transaction()
    .execute(
      async (trx) =>
        (await recordDecisionIn(trx, organizationId, invitationId, decision, by, options)) !== null,
    );
}

/**
 * Records a decision inside the caller's transaction (bulk actions record many in one): the row,
 * its audit row, the "decision.recorded" webhook and, with `email`, the candidate's status email.
 * The email's idempotency key is the decision's id, so a retried job or a replayed enqueue never
 * sends it twice. Returns the decision's id, or null when the candidate is not the organization's.
 */
export async function recordDecisionIn(
  trx: Kysely<Database>,
  organizationId: string,
  invitationId: string,
  decision: Decision,
  by: Actor,
  options: { email?: StatusEmailComposer } = {},
): Promise<string | null> {
  const inv = await trx
    .selectFrom("candidate_invitations")
    .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
    .select([
      "candidate_invitations.role_id",
      "candidate_invitations.candidate_name",
      "candidate_invitations.email",
      "attempts.locale",
    ])
    .where("candidate_invitations.organization_id", "=", organizationId)
    .where("candidate_invitations.id", "=", invitationId)
    .executeTakeFirst();
  if (!inv) return null;
  const at = nowIso();
  const id = newId();
  await trx
    .insertInto("candidate_decisions")
    .values({
      id,
      organization_id: organizationId,
      invitation_id: invitationId,
      decision,
      decided_by_user_id: by.userId,
      decided_by_name: by.name,
      decided_at: at,
    })
    .execute();
  await recordAuditEvent(trx, organizationId, by, {
    action: "candidate.decide",
    subjectType: "candidate",
    subjectId: invitationId,
    details: options.email ? { decision, emailed: true } : { decision },
  });
  // The decider's name stays out of the webhook payload: ids and the decision only.
  await enqueueWebhookEvent(
    trx,
    organizationId,
    "decision.recorded",
    { candidate_id: invitationId, role_id: inv.role_id, decision, decided_at: at },
    invitationId,
  );
  if (options.email)
    await enqueueMail(
      trx,
      {
        to: inv.email,
        ...options.email({ name: inv.candidate_name, locale: asLocale(inv.locale) }, decision),
      },
      { organizationId, reference: statusMailReference(invitationId), idempotencyKey: `status-email:${id}` },
    );
  return id;
}

export async function addNote(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
  body: string,
  by: Actor,
): Promise<boolean> {
  if (!(await invitationExists(db, organizationId, invitationId))) return false;
  await db
    .insertInto("candidate_notes")
    .values({
      id: newId(),
      organization_id: organizationId,
      invitation_id: invitationId,
      author_user_id: by.userId,
      author_name: by.name,
      body,
      created_at: nowIso(),
    })
    .execute();
  return true;
}

export async function withdrawInvitation(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<boolean> {
  const result = await db
    .updateTable("candidate_invitations")
    .set({ revoked_at: nowIso() })
    .where("organization_id", "=", organizationId)
    .where("id", "=", invitationId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * A fresh link for the invitation (the old one stops working) with a new expiry (pass the role's
 * deadline); an attempt in progress moves to the new link, keeping its answers. With `email`, the
 * link is emailed to the candidate and the role's reminders start again for it, in the same
 * transaction. Returns the new token, or null.
 */
/**
 * Issues a new link (the old one stops working) and returns its token, or null for a completed
 * assessment. With `email`, the new link is emailed: the mail job is queued in the same transaction.
 */
export async function renewInvitationLink(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
  ttlDays: number,
  options: { email?: InvitationEmail } = {},
): Promise<string | null> {
  const token = randomToken();
  return db.transaction().execute(async (trx) => {
    const inv = await trx
      .selectFrom("candidate_invitations")
      .innerJoin("roles", "roles.id", "candidate_invitations.role_id")
      .leftJoin("attempts", "attempts.invitation_id", "candidate_invitations.id")
      .select([
        "candidate_invitations.id",
        "candidate_invitations.candidate_name",
        "candidate_invitations.email",
        "roles.reminder_days",
        "roles.candidate_locale",
        "candidate_invitations.locale",
        "attempts.id as attempt_id",
        "attempts.status",
        "attempts.locale as attempt_locale",
      ])
      .where("candidate_invitations.organization_id", "=", organizationId)
      .where("candidate_invitations.id", "=", invitationId)
      .executeTakeFirst();
    if (!inv || inv.status === "completed") return null;
    // The language the candidate is answering in, once started; else the employer's.
    const locale = candidateLocale({
      attemptLocale: inv.attempt_locale,
      invitationLocale: inv.locale,
      roleLocale: inv.candidate_locale,
    });
    const at = nowIso();
    const expires = new Date(Date.now() + ttlDays * 86_400_000).toISOString();
    await trx
      .updateTable("candidate_invitations")
      .set({
        token_hash: hashToken(token),
        revoked_at: null,
        expires_at: expires,
        last_sent_at: at,
        send_count: (eb) => eb("send_count", "+", 1),
        reminders_sent: 0,
      })
      .where("id", "=", invitationId)
      .execute();
    if (inv.attempt_id)
      await trx
        .updateTable("attempts")
        .set({ token_hash: hashToken(token), updated_at: at })
        .where("id", "=", inv.attempt_id)
        .execute();
    if (options.email) {
      const link = `${options.email.origin}/i/${token}`;
      const candidate = { name: inv.candidate_name, email: inv.email };
      await enqueueMail(
        trx,
        { to: inv.email, ...options.email.compose(candidate, link, expires, locale) },
        { organizationId, reference: invitationMailReference(invitationId) },
      );
      const reminder = { id: inv.id, organizationId, email: inv.email, link, sentAt: at, expiresAt: expires };
      await scheduleReminders(trx, reminder, parseReminderDays(inv.reminder_days));
    }
    return token;
  });
}
