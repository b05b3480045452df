import type { Kysely } from "kysely";
import type { Database } from "#db/schema.ts";
import { apiKeyActor } from "./api.server.ts";
import { authenticateApiKeySecret } from "./api-keys.server.ts";
import { recordAuditEvent } from "./audit-log.server.ts";
import type { Env } from "./env.server.ts";
import { enqueueJob, PermanentJobError, type RetryingJobHandler } from "./jobs.server.ts";
import { hasCompletedAttempt } from "./candidate-invitations.server.ts";
import { newId } from "./ids.server.ts";
import { checkOutgoingUrl, sendOutgoing, type OutgoingEnv } from "./outgoing-http.server.ts";
import { openSecret, sealSecret } from "./secret-box.server.ts";
import { WEBHOOK_RETRY_DELAYS_MS } from "./webhooks.server.ts";

/**
 * Greenhouse's "PATCH – Mark Test as Completed" (https://developers.greenhouse.io/assessment.html):
 * when a candidate invited through send_test completes, RoleFit sends PATCH to the `url` of that
 * send_test request, with no body and the organization's API key as the HTTP Basic username (the
 * same credentials Greenhouse sends RoleFit); Greenhouse then calls test_status. One job per
 * completion, on the shared queue, retried on the webhooks' schedule (about a day).
 */

export const GREENHOUSE_COMPLETE_JOB = "greenhouse-mark-completed";
const KEY_PURPOSE = "greenhouse-api-key";
const reference = (invitationId: string) => `greenhouse-complete:${invitationId}`;

/**
 * Which `url` values are accepted: the same rule as webhook endpoints (https, public addresses
 * unless the operator allows a private origin), not a list of Greenhouse host names. Greenhouse
 * documents no fixed list (its regions and sandboxes use other hosts), and the caller already holds
 * the key the PATCH carries, so a foreign host learns nothing new; what must be stopped is RoleFit
 * being made to call its own network, which the address check (made again at connection) does.
 */
export function checkGreenhouseUrl(url: string, env: OutgoingEnv) {
  return checkOutgoingUrl(url, env);
}

/** Remembers where and with which key to tell Greenhouse that this invitation's test is complete. */
export async function rememberGreenhouseCallback(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
  input: { url: string; apiKey: string },
  sessionSecret: string,
): Promise<void> {
  await db
    .updateTable("candidate_invitations")
    .set({
      greenhouse_url: input.url,
      greenhouse_key: sealSecret(input.apiKey, sessionSecret, KEY_PURPOSE),
    })
    .where("organization_id", "=", organizationId)
    .where("id", "=", invitationId)
    .execute();
}

/** Call with the transaction that completes the attempt; nothing happens for an invitation without a url. */
export async function enqueueGreenhouseCompletion(
  db: Kysely<Database>,
  invitation: { id: string; organization_id: string; greenhouse_url: string | null },
): Promise<void> {
  if (!invitation.greenhouse_url) return;
  await enqueueJob(db, {
    kind: GREENHOUSE_COMPLETE_JOB,
    payload: { invitationId: invitation.id },
    organizationId: invitation.organization_id,
    reference: reference(invitation.id),
    idempotencyKey: reference(invitation.id),
  });
}

/**
 * send_test again for a candidate who has already completed: Greenhouse now listens on the new url
 * and would otherwise wait for ever, so it is told again. Not when a PATCH is still pending: that
 * one reads the url when it runs. Call in the transaction that stores the new url (after it).
 */
export async function renotifyGreenhouseIfCompleted(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<void> {
  // The url was stored in this same transaction, so only completion is left to check.
  if (!(await hasCompletedAttempt(db, organizationId, invitationId))) return;
  const pending = await db
    .selectFrom("jobs")
    .select("id")
    .where("reference", "=", reference(invitationId))
    .where("status", "=", "pending")
    .executeTakeFirst();
  if (pending) return;
  await enqueueJob(db, {
    kind: GREENHOUSE_COMPLETE_JOB,
    payload: { invitationId },
    organizationId,
    reference: reference(invitationId),
    // Each send_test is its own request to be told; the first completion keeps the plain key.
    idempotencyKey: `${reference(invitationId)}:${newId()}`,
  });
}

/** Erasure: the queued PATCH about this candidate (its url and key go with the invitation row). */
export async function deleteGreenhouseJobsAbout(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<void> {
  await db
    .deleteFrom("jobs")
    .where("organization_id", "=", organizationId)
    .where("reference", "=", reference(invitationId))
    .execute();
}

/** Greenhouse answers 4xx when it will never accept the call (e.g. a hired or inactive candidate). */
const retryable = (status: number) => status >= 500 || status === 408 || status === 429;

export function greenhouseCompletionHandler(
  db: Kysely<Database>,
  env: OutgoingEnv & Pick<Env, "sessionSecret">,
): RetryingJobHandler {
  return {
    maxAttempts: WEBHOOK_RETRY_DELAYS_MS.length + 1,
    retryDelayMs: (attempts) =>
      WEBHOOK_RETRY_DELAYS_MS[Math.min(attempts, WEBHOOK_RETRY_DELAYS_MS.length) - 1]!,
    async run(payload: { invitationId: string }, job) {
      const invitation = await db
        .selectFrom("candidate_invitations")
        .select(["id", "organization_id", "greenhouse_url", "greenhouse_key"])
        .where("id", "=", payload.invitationId)
        .executeTakeFirst();
      // Erased meanwhile, or not from Greenhouse: nothing to tell.
      if (!invitation?.greenhouse_url || !invitation.greenhouse_key) return;
      const apiKey = openSecret(invitation.greenhouse_key, env.sessionSecret, KEY_PURPOSE);
      if (!apiKey) throw new PermanentJobError("The stored key cannot be read (was SESSION_SECRET changed?)");
      const key = await authenticateApiKeySecret(db, apiKey);
      if (!key || key.organizationId !== invitation.organization_id)
        throw new PermanentJobError("The API key Greenhouse used has been revoked");
      let statusCode: number | null = null;
      let error: Error | null = null;
      try {
        statusCode = await sendOutgoing(
          {
            method: "PATCH",
            url: invitation.greenhouse_url,
            headers: {
              authorization: `Basic ${Buffer.from(`${apiKey}:`).toString("base64")}`,
              "user-agent": "RoleFit-Greenhouse/1",
            },
            body: "",
          },
          env,
        );
        if (statusCode < 200 || statusCode > 299) {
          const message = `Greenhouse answered ${statusCode}`;
          error = retryable(statusCode) ? new Error(message) : new PermanentJobError(message);
        }
      } catch (e) {
        error = e instanceof Error ? e : new Error(String(e));
      }
      // Every try is in the audit log under the key's name: it is a call made with that key.
      await recordAuditEvent(db, invitation.organization_id, apiKeyActor(key), {
        action: "greenhouse.mark-completed",
        subjectType: "candidate",
        subjectId: invitation.id,
        details: {
          attempt: Number(job.attempts),
          statusCode,
          ...(error ? { error: error.message.slice(0, 200) } : {}),
        },
      });
      if (error) throw error;
    },
  };
}
