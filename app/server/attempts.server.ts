import crypto from "node:crypto";
import type { Kysely } from "kysely";
import { dialectOf } from "#db/connection.ts";
import { compact } from "./erasure.server.ts";
import type { Database } from "#db/schema.ts";
import { decideAnswer, type AnswerPost, type AnswerRefusal } from "~/domain/assessment/answer-rules";
import { EN_MESSAGES } from "~/domain/i18n/messages/en";
import { answerLabel, parseAnswerValue, answerToText, type GivenAnswer } from "~/domain/assessment/answers";
import { consentPoints, INVITED_CONSENT_KEYS, SELF_CONSENT_KEYS } from "~/domain/assessment/consent";
import { localizeItem } from "~/domain/instrument/translations";
import { scoreAttempt, type AttemptScores } from "~/domain/assessment/scoring";
import type { SelfId } from "~/domain/assessment/schemas";
import { findItem, nextStep, withProgressShown, type NextStep } from "~/domain/assessment/sequence";
import { restoreStep, storeStep } from "~/domain/assessment/stored-step";
import { requiredTraits, type RoleTargets } from "~/domain/fit/types";
import { asLocale, type Locale } from "~/domain/i18n/locales";
import { TRAIT_IDS, type FormId, type InstrumentVersion, type TraitId } from "~/domain/instrument";
import { rememberDeletedLinks } from "./deleted-links.server.ts";
import { hashToken, looksLikeToken, newId, nowIso, randomToken } from "./ids.server.ts";
import { attemptAccess, type AttemptAccess } from "./attempt-access.server.ts";
import { currentVersion, versionById } from "./instrument-versions.server.ts";
import { enqueueGreenhouseCompletion } from "./greenhouse.server.ts";
import { enqueueWebhookEvent } from "./webhooks.server.ts";
import { inWriteBatch } from "./write-batch.server.ts";
import { inArrivalOrder } from "./arrival-order.server.ts";

/** An attempt as stored, without its answers. */
export interface AttemptState {
  id: string;
  kind: "self" | "invited";
  organizationId: string | null;
  invitationId: string | null;
  form: FormId;
  seed: number;
  /** The traits the attempt reports: an invitation's role's required traits; null for all. */
  reported: TraitId[] | null;
  /** The largest progress fraction the attempt has shown. */
  progressShown: number;
  status: "in_progress" | "completed";
  selfIdStepDone: boolean;
  consentedAt: string;
  createdAt: string;
  completedAt: string | null;
  /** The language the questionnaire is shown in, and so answered in. */
  locale: Locale;
  version: InstrumentVersion;
  /** The waiting step as the last answer write stored it, if it is for the attempt as it is now. */
  storedStep: NextStep | null;
}

/** An attempt with its answers, in order. */
export interface LoadedAttempt extends AttemptState {
  answers: GivenAnswer[];
}

const newSeed = () => crypto.randomInt(1, 2 ** 31 - 1);

/** Starts a self-assessment and returns the token of its private link. */
export async function startSelfAssessment(
  db: Kysely<Database>,
  form: FormId,
  locale: Locale = "en",
): Promise<string> {
  const token = randomToken();
  await insertAttempt(db, { token, kind: "self", organizationId: null, invitationId: null, form, locale });
  return token;
}

/**
 * Starts the attempt of an invitation. Its token is the invitation's own, so the invitation link
 * is also the resume link; one invitation has at most one attempt (unique invitation_id).
 */
export async function startInvitedAttempt(
  db: Kysely<Database>,
  invitation: { id: string; organizationId: string; token: string },
  locale: Locale = "en",
): Promise<void> {
  const existing = await db
    .selectFrom("attempts")
    .select("id")
    .where("invitation_id", "=", invitation.id)
    .executeTakeFirst();
  if (existing) return;
  try {
    await insertAttempt(db, {
      token: invitation.token,
      kind: "invited",
      organizationId: invitation.organizationId,
      invitationId: invitation.id,
      form: "adaptive",
      locale,
    });
  } catch (error) {
    // Two tabs consenting at once: the unique invitation_id let one through, which is all we need.
    if (
      await db
        .selectFrom("attempts")
        .select("id")
        .where("invitation_id", "=", invitation.id)
        .executeTakeFirst()
    )
      return;
    throw error;
  }
}

/**
 * What an attempt will report: for an invitation, the required traits of its role as they are now
 * (stored with the attempt, so later edits of the role do not change its questions); null for a
 * self-assessment, which reports every trait.
 */
export async function reportedTraitsFor(
  db: Kysely<Database>,
  invitationId: string | null,
): Promise<TraitId[] | null> {
  if (!invitationId) return null;
  const row = await db
    .selectFrom("candidate_invitations")
    .innerJoin("roles", "roles.id", "candidate_invitations.role_id")
    .select("roles.targets")
    .where("candidate_invitations.id", "=", invitationId)
    .executeTakeFirst();
  if (!row) return null;
  const traits = requiredTraits(JSON.parse(row.targets) as RoleTargets);
  return traits.length > 0 && traits.length < TRAIT_IDS.length ? traits : null;
}

async function insertAttempt(
  db: Kysely<Database>,
  input: {
    token: string;
    kind: "self" | "invited";
    organizationId: string | null;
    invitationId: string | null;
    form: FormId;
    seed?: number;
    at?: string;
    locale?: Locale;
  },
): Promise<string> {
  const version = await currentVersion(db);
  const reported = await reportedTraitsFor(db, input.invitationId);
  const now = input.at ?? nowIso();
  const id = newId();
  await db
    .insertInto("attempts")
    .values({
      id,
      token_hash: hashToken(input.token),
      kind: input.kind,
      organization_id: input.organizationId,
      invitation_id: input.invitationId,
      instrument_version_id: version.id,
      form: input.form,
      seed: input.seed ?? newSeed(),
      reported_traits: reported ? JSON.stringify(reported) : null,
      locale: input.locale ?? "en",
      status: "in_progress",
      consented_at: now,
      created_at: now,
      updated_at: now,
      last_answer_at: null,
      completed_at: null,
    })
    .execute();
  return id;
}

/**
 * Stores a whole attempt answered elsewhere (demo data, imports) through the same path as live
 * answers: the answers must be exactly the sequence the attempt would have served.
 */
export async function importCompletedAttempt(
  db: Kysely<Database>,
  input: {
    token: string;
    kind: "self" | "invited";
    organizationId: string | null;
    invitationId: string | null;
    form: FormId;
    seed: number;
    answers: GivenAnswer[];
    selfId?: SelfId;
    startedAt: Date;
    locale?: Locale;
  },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const id = await insertAttempt(trx, { ...input, at: input.startedAt.toISOString() });
    const version = await currentVersion(trx);
    const reported = await reportedTraitsFor(trx, input.invitationId);
    if (!nextStep({ version, form: input.form, seed: input.seed, reported }, input.answers).done)
      throw new Error("the imported answers do not complete the attempt");
    let at = input.startedAt.getTime();
    for (const [i, answer] of input.answers.entries()) {
      at += answer.responseMs ?? 5000;
      await trx
        .insertInto("answers")
        .values({
          id: newId(),
          attempt_id: id,
          item_id: answer.itemId,
          value: answerToText(answer.raw),
          position: i + 1,
          response_ms: answer.responseMs,
          answered_at: new Date(at).toISOString(),
        })
        .execute();
    }
    if (input.selfId) {
      await trx
        .insertInto("self_identifications")
        .values({
          attempt_id: id,
          sex: input.selfId.sex ?? null,
          race_ethnicity: input.selfId.raceEthnicity ?? null,
          age_band: input.selfId.ageBand ?? null,
          created_at: input.startedAt.toISOString(),
        })
        .execute();
    }
    await trx
      .updateTable("attempts")
      .set({ self_id_step_done: 1, last_answer_at: new Date(at).toISOString() })
      .where("id", "=", id)
      .execute();
    await completeAttempt(trx, id, version, input.answers, new Date(at).toISOString());
    return id;
  });
}

async function attemptRow(db: Kysely<Database>, token: unknown, lock = false) {
  if (!looksLikeToken(token)) return undefined;
  let query = db.selectFrom("attempts").selectAll().where("token_hash", "=", hashToken(token));
  // On PostgreSQL two app processes may take answers for one attempt: lock its row for the
  // transaction. SQLite serialises write transactions already.
  if (lock && dialectOf(db) === "postgres") query = query.forUpdate();
  return query.executeTakeFirst();
}

async function loadAnswers(
  db: Kysely<Database>,
  attemptId: string,
  version: InstrumentVersion,
): Promise<GivenAnswer[]> {
  const rows = await db
    .selectFrom("answers")
    .select(["item_id", "value", "response_ms"])
    .where("attempt_id", "=", attemptId)
    .orderBy("position")
    .execute();
  const answers: GivenAnswer[] = [];
  for (const row of rows) {
    const item = findItem(version, row.item_id);
    const raw = item ? parseAnswerValue(item, row.value) : null;
    if (raw !== null) answers.push({ itemId: row.item_id, raw, responseMs: row.response_ms });
  }
  return answers;
}

async function toState(
  db: Kysely<Database>,
  row: NonNullable<Awaited<ReturnType<typeof attemptRow>>>,
): Promise<AttemptState> {
  const version = await versionById(db, row.instrument_version_id);
  return {
    id: row.id,
    kind: row.kind,
    organizationId: row.organization_id,
    invitationId: row.invitation_id,
    form: row.form,
    seed: Number(row.seed),
    reported: row.reported_traits ? (JSON.parse(row.reported_traits) as TraitId[]) : null,
    progressShown: Number(row.progress_shown),
    status: row.status,
    selfIdStepDone: Number(row.self_id_step_done) === 1,
    consentedAt: row.consented_at,
    createdAt: row.created_at,
    completedAt: row.completed_at,
    locale: asLocale(row.locale),
    version,
    storedStep: restoreStep(version, row.next_step, row.updated_at),
  };
}

async function toLoaded(
  db: Kysely<Database>,
  row: NonNullable<Awaited<ReturnType<typeof attemptRow>>>,
): Promise<LoadedAttempt> {
  const state = await toState(db, row);
  return { ...state, answers: await loadAnswers(db, row.id, state.version) };
}

export async function findAttempt(db: Kysely<Database>, token: unknown): Promise<LoadedAttempt | null> {
  const row = await attemptRow(db, token);
  return row ? toLoaded(db, row) : null;
}

/** The step waiting for an answer: as stored by the last answer write, else from the answers. */
function waitingStep(attempt: LoadedAttempt): NextStep {
  return attempt.storedStep ?? nextStep(attempt, attempt.answers);
}

/** The attempt's waiting screen, with progress never below what it has already shown. */
export function attemptNextStep(attempt: LoadedAttempt): NextStep {
  return withProgressShown(waitingStep(attempt), attempt.progressShown);
}

/** What the questionnaire page shows for an attempt, read with as little as it needs. */
export interface QuestionnairePage {
  attempt: AttemptState;
  access: AttemptAccess;
  /** The waiting step (progress never below what was shown); null when no question is due. */
  step: NextStep | null;
  /** How many answers the attempt has (when a question is due). */
  answered: number;
  /** The last answer, when it was asked for (to change it). */
  last: GivenAnswer | null;
}

/**
 * The questionnaire page of an attempt: the attempt, what its candidate may do, and the waiting
 * step. The answers are read only when the step is not stored (an attempt last written before
 * steps were stored) or the last answer is to be changed; otherwise the page is one read of the
 * attempt (and, for an invitation, one of its access).
 */
export async function questionnairePage(
  db: Kysely<Database>,
  token: unknown,
  options: { changeLast?: boolean } = {},
): Promise<QuestionnairePage | null> {
  const row = await attemptRow(db, token);
  if (!row) return null;
  const attempt = await toState(db, row);
  const access = await attemptAccess(db, attempt);
  if (attempt.status === "completed" || access.closedReason || !attempt.selfIdStepDone)
    return { attempt, access, step: null, answered: 0, last: null };
  const answers =
    options.changeLast || !attempt.storedStep ? await loadAnswers(db, attempt.id, attempt.version) : null;
  const step = withProgressShown(attempt.storedStep ?? nextStep(attempt, answers!), attempt.progressShown);
  return {
    attempt,
    access,
    step,
    answered: step.progress.answered,
    last: options.changeLast ? (answers!.at(-1) ?? null) : null,
  };
}

export type SubmitResult =
  | { ok: true; completed: boolean }
  | {
      ok: false;
      status: 400 | 404 | 409 | 410;
      message: string;
      /** The message key of an answer's refusal, for the candidate's language (absent for 404/410). */
      reason?: AnswerRefusal;
    };

type AttemptRow = NonNullable<Awaited<ReturnType<typeof attemptRow>>>;

/** What saving `post` does to an attempt: the decision, and the answers and whether it is done after it. */
function planAnswer(attempt: LoadedAttempt, post: AnswerPost) {
  const completed = attempt.status === "completed";
  // Only a new answer needs the waiting question; a replay or a change is decided without it.
  const needsWaiting =
    !completed && post.mode !== "change" && !attempt.answers.some((a) => a.itemId === post.itemId);
  const decision = decideAnswer(
    {
      version: attempt.version,
      form: attempt.form,
      seed: attempt.seed,
      reported: attempt.reported,
      answers: attempt.answers,
      completed,
      waiting: needsWaiting ? waitingStep(attempt) : undefined,
    },
    post,
  );
  if (decision.kind !== "insert" && decision.kind !== "update")
    return { decision, answers: attempt.answers, after: null, done: false, progress: attempt.progressShown };
  const answers =
    decision.kind === "insert"
      ? [
          ...attempt.answers,
          { itemId: decision.itemId, raw: decision.raw, responseMs: null as number | null },
        ]
      : attempt.answers.map((a) => (a.itemId === decision.itemId ? { ...a, raw: decision.raw } : a));
  const after = nextStep(attempt, answers);
  return {
    decision,
    answers,
    after,
    done: after.done,
    progress: Math.max(attempt.progressShown, after.progress.fraction),
  };
}

/** The attempt's state as far as answers go: every answer write changes updated_at. */
const sameState = (a: AttemptRow, b: AttemptRow) =>
  a.updated_at === b.updated_at && a.status === b.status && a.last_answer_at === b.last_answer_at;

/**
 * Saves one answer. Idempotent per item: a replay changes nothing. Deciding (the adaptive test's
 * waiting question, from every answer so far, and whether this answer ends the attempt) is CPU
 * work, so it is done before the write transaction, which then only checks that the attempt has
 * not changed since and writes; otherwise it decides again inside. The write lock is thus held for
 * the writes alone, not for the decision (with several workers, every other answer waited for it).
 * The unique (attempt, position) index refuses a second answer that raced in from another tab or
 * process. The last answer completes the attempt and stores its scores. The write goes through the
 * write batcher: answers posted at the same moment are committed together, each checked as above
 * against the state the answers before it in the batch left. Answers to one attempt that reach
 * this process together are taken in the order they arrived (see inArrivalOrder).
 */
export function submitAnswer(
  db: Kysely<Database>,
  token: string,
  post: AnswerPost,
  now = new Date(),
): Promise<SubmitResult> {
  return inArrivalOrder(`answer:${token}`, () => saveAnswer(db, token, post, now));
}

async function saveAnswer(
  db: Kysely<Database>,
  token: string,
  post: AnswerPost,
  now: Date,
): Promise<SubmitResult> {
  try {
    const seen = await attemptRow(db, token);
    if (!seen) return { ok: false, status: 404, message: "This assessment link is not valid." };
    const seenAttempt = await toLoaded(db, seen);
    const planned = planAnswer(seenAttempt, post);
    // Answers arriving together share one transaction and one fsync (group commit); this one is
    // acknowledged only once that transaction has committed.
    return await inWriteBatch(db, async (trx) => {
      const row = await attemptRow(trx, token, true);
      if (!row) return { ok: false, status: 404, message: "This assessment link is not valid." } as const;
      if (row.kind === "invited" && row.status !== "completed") {
        const { closedReason } = await attemptAccess(trx, {
          kind: row.kind,
          invitationId: row.invitation_id,
        });
        if (closedReason) return { ok: false, status: 410, message: closedReason } as const;
      }
      const fresh = sameState(seen, row);
      const attempt = fresh ? seenAttempt : await toLoaded(trx, row);
      const { decision, answers, after, done, progress } = fresh ? planned : planAnswer(attempt, post);
      if (decision.kind === "reject")
        return {
          ok: false,
          status: decision.status,
          message: decision.message,
          reason: decision.reason,
        } as const;
      if (decision.kind === "unchanged") return { ok: true, completed: false } as const;

      const at = now.toISOString();
      if (decision.kind === "insert") {
        // Response time as the server saw it: since the previous answer (or the start).
        const since = Date.parse(row.last_answer_at ?? row.updated_at);
        const responseMs = Math.max(0, Math.min(now.getTime() - since, 24 * 3_600_000));
        answers[answers.length - 1] = { ...answers[answers.length - 1]!, responseMs };
        await trx
          .insertInto("answers")
          .values({
            id: newId(),
            attempt_id: row.id,
            item_id: decision.itemId,
            value: answerToText(decision.raw),
            position: attempt.answers.length + 1,
            response_ms: responseMs,
            answered_at: at,
          })
          .execute();
      } else {
        await trx
          .updateTable("answers")
          .set({ value: answerToText(decision.raw), answered_at: at })
          .where("attempt_id", "=", row.id)
          .where("item_id", "=", decision.itemId)
          .execute();
      }
      await trx
        .updateTable("attempts")
        .set({
          last_answer_at: at,
          updated_at: at,
          progress_shown: progress,
          // The next page reads the step chosen here rather than choosing it again.
          next_step: after && !done ? storeStep(after, at) : null,
        })
        .where("id", "=", row.id)
        .execute();

      if (!done) return { ok: true, completed: false } as const;
      await completeAttempt(trx, row.id, attempt.version, answers, at);
      return { ok: true, completed: true } as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return {
        ok: false,
        status: 409,
        message: EN_MESSAGES["answer.justAnswered"],
        reason: "answer.justAnswered",
      };
    }
    throw error;
  }
}

/** Why a write to an attempt was refused: unknown link (404) or a closed invitation (410). */
export type AttemptWriteOutcome = { ok: true } | { ok: false; status: 404 | 410; message: string };

const UNKNOWN_ATTEMPT = { ok: false, status: 404, message: "This assessment link is not valid." } as const;

/** Refuses writes to an invited attempt whose invitation was withdrawn or has expired. */
async function closedInvitation(
  trx: Kysely<Database>,
  row: { kind: string; invitation_id: string | null },
): Promise<AttemptWriteOutcome | null> {
  const { closedReason } = await attemptAccess(trx, {
    kind: row.kind as LoadedAttempt["kind"],
    invitationId: row.invitation_id,
  });
  return closedReason ? { ok: false, status: 410, message: closedReason } : null;
}

/** Completes an attempt whose questions are all answered but that was not completed (defensive). */
export async function finishAttempt(db: Kysely<Database>, token: string): Promise<AttemptWriteOutcome> {
  return db.transaction().execute(async (trx): Promise<AttemptWriteOutcome> => {
    const row = await attemptRow(trx, token, true);
    if (!row) return UNKNOWN_ATTEMPT;
    if (row.status === "completed") return { ok: true };
    const closed = await closedInvitation(trx, row);
    if (closed) return closed;
    const attempt = await toLoaded(trx, row);
    if (!nextStep(attempt, attempt.answers).done) return { ok: true };
    await completeAttempt(trx, row.id, attempt.version, attempt.answers, nowIso());
    return { ok: true };
  });
}

async function completeAttempt(
  trx: Kysely<Database>,
  attemptId: string,
  version: InstrumentVersion,
  answers: GivenAnswer[],
  at: string,
) {
  const scores = scoreAttempt(version, answers);
  await trx
    .updateTable("attempts")
    .set({ status: "completed", completed_at: at, updated_at: at })
    .where("id", "=", attemptId)
    .execute();
  const invited = await trx
    .selectFrom("attempts")
    .innerJoin("candidate_invitations", "candidate_invitations.id", "attempts.invitation_id")
    .select([
      "candidate_invitations.id",
      "candidate_invitations.organization_id",
      "candidate_invitations.role_id",
      "candidate_invitations.greenhouse_url",
    ])
    .where("attempts.id", "=", attemptId)
    .executeTakeFirst();
  if (invited) {
    const data = { candidate_id: invited.id, role_id: invited.role_id, completed_at: at };
    await enqueueWebhookEvent(trx, invited.organization_id, "assessment.completed", data, invited.id);
    await enqueueGreenhouseCompletion(trx, invited);
  }
  await trx
    .insertInto("attempt_scores")
    .values({
      attempt_id: attemptId,
      instrument_version_id: version.id,
      scores: JSON.stringify(scores),
      sales_orientation: scores.composites.sales.theta,
      marketing_orientation: scores.composites.marketing.theta,
      quality_flag_count: scores.quality.flags.length,
      profile: JSON.stringify(compactProfile(scores)),
      computed_at: at,
    })
    .execute();
}

/** {trait: [θ, SE]}: the part of the scores that ranking needs, small enough to load by the thousand. */
export type CompactProfile = Record<string, [number, number]>;

function compactProfile(scores: AttemptScores): CompactProfile {
  return Object.fromEntries(
    Object.entries(scores.traits).map(([t, s]) => [t, [round4(s.theta), round4(s.se)]]),
  );
}
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return (
    e?.code === "23505" ||
    e?.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    /UNIQUE constraint failed/.test(e?.message ?? "")
  );
}

export async function attemptScores(db: Kysely<Database>, attemptId: string): Promise<AttemptScores | null> {
  const row = await db
    .selectFrom("attempt_scores")
    .select("scores")
    .where("attempt_id", "=", attemptId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.scores) as AttemptScores) : null;
}

/** Records the optional self-identification step (answers or a skip); it is asked once. */
export async function recordSelfId(
  db: Kysely<Database>,
  token: string,
  selfId: SelfId | null,
): Promise<AttemptWriteOutcome> {
  return db.transaction().execute(async (trx): Promise<AttemptWriteOutcome> => {
    const row = await attemptRow(trx, token, true);
    if (!row || row.status === "completed") return UNKNOWN_ATTEMPT;
    const closed = await closedInvitation(trx, row);
    if (closed) return closed;
    const given = selfId && (selfId.sex || selfId.raceEthnicity || selfId.ageBand);
    if (given && !Number(row.self_id_step_done)) {
      await trx
        .insertInto("self_identifications")
        .values({
          attempt_id: row.id,
          sex: selfId.sex ?? null,
          race_ethnicity: selfId.raceEthnicity ?? null,
          age_band: selfId.ageBand ?? null,
          created_at: nowIso(),
        })
        .onConflict((oc) => oc.column("attempt_id").doNothing())
        .execute();
    }
    // The first question, stored for the state this write leaves (see stored-step.ts).
    const at = nowIso();
    const state = await toState(trx, row);
    const first = state.storedStep ?? nextStep(state, await loadAnswers(trx, row.id, state.version));
    await trx
      .updateTable("attempts")
      .set({ self_id_step_done: 1, updated_at: at, next_step: storeStep(first, at) })
      .where("id", "=", row.id)
      .execute();
    return { ok: true };
  });
}

/** Everything stored about the attempt, for the candidate's own download. */
export async function exportAttemptData(db: Kysely<Database>, token: string) {
  const attempt = await findAttempt(db, token);
  if (!attempt) return null;
  const [scores, selfId, answerRows] = await Promise.all([
    attemptScores(db, attempt.id),
    db
      .selectFrom("self_identifications")
      .select(["sex", "race_ethnicity", "age_band"])
      .where("attempt_id", "=", attempt.id)
      .executeTakeFirst(),
    db
      .selectFrom("answers")
      .select(["item_id", "value", "position", "response_ms", "answered_at"])
      .where("attempt_id", "=", attempt.id)
      .orderBy("position")
      .execute(),
  ]);
  return {
    exportedAt: nowIso(),
    attempt: {
      kind: attempt.kind,
      form: attempt.form,
      instrumentVersion: attempt.version.id,
      status: attempt.status,
      startedAt: attempt.createdAt,
      completedAt: attempt.completedAt,
      language: attempt.locale,
    },
    consent: {
      givenAt: attempt.consentedAt,
      statements: consentPoints(
        attempt.kind === "invited" ? [...INVITED_CONSENT_KEYS, ...SELF_CONSENT_KEYS] : SELF_CONSENT_KEYS,
        attempt.locale,
      ),
    },
    answers: answerRows.map((r) => {
      const item = findItem(attempt.version, r.item_id);
      const shown =
        item && attempt.locale !== "en"
          ? localizeItem(item, attempt.version.translations?.[attempt.locale])
          : item;
      return {
        position: r.position,
        itemId: r.item_id,
        // The words as the candidate read them, in the attempt's language.
        statement: shown?.text ?? null,
        // The stored value ("3", "sales", an option id) and the words it stands for.
        answer: r.value,
        answerLabel: item ? answerLabel(item, r.value) : null,
        responseMs: r.response_ms,
        answeredAt: r.answered_at,
      };
    }),
    scores,
    selfIdentification: selfId
      ? { sex: selfId.sex, raceEthnicity: selfId.race_ethnicity, ageBand: selfId.age_band }
      : null,
  };
}

/**
 * Deletes the attempt with its answers, scores and self-identification, then compacts the SQLite
 * file and its WAL like an employer's erasure does, so no copy of the rows stays on disk.
 */
/**
 * The language the candidate switched to, for an attempt not yet finished: the rest of its
 * questions are shown in it. The attempt keeps one language, the last one; a finished attempt's
 * language is the one it was answered in, so the switcher only changes how its report reads.
 */
export async function setAttemptLocale(db: Kysely<Database>, token: unknown, locale: Locale): Promise<void> {
  if (!looksLikeToken(token)) return;
  await db
    .updateTable("attempts")
    .set({ locale })
    .where("token_hash", "=", hashToken(token))
    .where("status", "=", "in_progress")
    .execute();
}

export async function deleteAttemptData(db: Kysely<Database>, token: string): Promise<boolean> {
  if (!looksLikeToken(token)) return false;
  const deleted = await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom("attempts")
      .where("token_hash", "=", hashToken(token))
      .executeTakeFirst();
    const removed = Number(result.numDeletedRows) > 0;
    if (removed) await rememberDeletedLinks(trx, [hashToken(token)]);
    return removed;
  });
  if (deleted) await compact(db);
  return deleted;
}
