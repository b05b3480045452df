import crypto from "node:crypto";
import { recordAuditEvent, type Actor } from "./audit-log.server.ts";
import type { Kysely } from "kysely";
import type { Database, WebhookEventType } from "#db/schema.ts";
import type { Env } from "./env.server.ts";
import { newId, nowIso } from "./ids.server.ts";
import { enqueueJob, PermanentJobError, type RetryingJobHandler } from "./jobs.server.ts";
import { enqueueMail } from "./mail.server.ts";
import { sendOutgoing, type OutgoingEnv } from "./outgoing-http.server.ts";

/**
 * Signed webhooks (Standard Webhooks): an event becomes one delivery per subscribed endpoint, each
 * delivered by a job of the shared queue, enqueued in the same transaction as the event itself.
 * Bodies carry ids only (never names or emails), and erasure deletes every delivery about the
 * candidate before queuing the "candidate.erased" event.
 */

export { WEBHOOK_EVENTS } from "~/domain/webhooks/schemas";

export const WEBHOOK_JOB = "webhook-delivery";

/**
 * Waits after each failed try: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. Eight tries in all, the
 * last 27 h 35 min after the first, so a receiver that is down for a day still gets the event.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [
  5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000,
] as const;
/** An endpoint whose every try has failed for this long is disabled and its owners are emailed. */
export const WEBHOOK_DISABLE_AFTER_MS = 24 * 3_600_000;

// ---------------------------------------------------------------------------------------------
// Signing (https://www.standardwebhooks.com): HMAC-SHA256 over "id.timestamp.body" with the
// base64-decoded secret; the header value is "v1," followed by the base64 signature.

export function newWebhookSecret(): string {
  return `whsec_${crypto.randomBytes(24).toString("base64")}`;
}

export function signWebhook(
  secret: string,
  messageId: string,
  timestampSeconds: number,
  body: string,
): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return `v1,${crypto.createHmac("sha256", key).update(`${messageId}.${timestampSeconds}.${body}`).digest("base64")}`;
}

// ---------------------------------------------------------------------------------------------
// Endpoints (owners only; every function takes the organization id).

export interface WebhookEndpointInput {
  url: string;
  description: string;
  events: WebhookEventType[];
}

/** Creates an endpoint and returns its secret, which is shown once. */
export async function createWebhookEndpoint(
  db: Kysely<Database>,
  organizationId: string,
  input: WebhookEndpointInput,
  createdByUserId: string | null,
  /** Who added it, for the audit row written in the same transaction (ids and the address only). */
  actor?: Actor,
): Promise<{ id: string; secret: string }> {
  const id = newId();
  const secret = newWebhookSecret();
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("webhook_endpoints")
      .values({
        id,
        organization_id: organizationId,
        url: input.url,
        description: input.description,
        secret: secret.replace(/^whsec_/, ""),
        events: JSON.stringify(input.events),
        status: "active",
        disabled_reason: null,
        failing_since: null,
        created_by_user_id: createdByUserId,
        created_at: at,
        updated_at: at,
      })
      .execute();
    if (actor)
      await recordEndpointAudit(trx, organizationId, actor, "webhook.create", {
        endpointId: id,
        url: input.url,
      });
  });
  return { id, secret };
}

export interface WebhookEndpointSummary {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  status: "active" | "disabled";
  disabledReason: string | null;
  failingSince: string | null;
  createdAt: string;
}

export async function listWebhookEndpoints(
  db: Kysely<Database>,
  organizationId: string,
): Promise<WebhookEndpointSummary[]> {
  const rows = await db
    .selectFrom("webhook_endpoints")
    .select([
      "id",
      "url",
      "description",
      "events",
      "status",
      "disabled_reason",
      "failing_since",
      "created_at",
    ])
    .where("organization_id", "=", organizationId)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    description: r.description,
    events: JSON.parse(r.events) as WebhookEventType[],
    status: r.status,
    disabledReason: r.disabled_reason,
    failingSince: r.failing_since,
    createdAt: r.created_at,
  }));
}

export interface WebhookDeliveryLogEntry {
  id: string;
  messageId: string;
  eventType: WebhookEventType;
  status: "pending" | "delivered" | "failed";
  createdAt: string;
  attempts: Array<{ statusCode: number | null; error: string | null; durationMs: number; at: string }>;
}

/** The latest deliveries of one endpoint with every try, newest first; null when not this organization's. */
export async function webhookDeliveryLog(
  db: Kysely<Database>,
  organizationId: string,
  endpointId: string,
  limit = 50,
): Promise<WebhookDeliveryLogEntry[] | null> {
  const endpoint = await db
    .selectFrom("webhook_endpoints")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("id", "=", endpointId)
    .executeTakeFirst();
  if (!endpoint) return null;
  const deliveries = await db
    .selectFrom("webhook_deliveries")
    .select(["id", "message_id", "event_type", "status", "created_at"])
    .where("organization_id", "=", organizationId)
    .where("endpoint_id", "=", endpointId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
  const attempts = deliveries.length
    ? await db
        .selectFrom("webhook_attempts")
        .select(["delivery_id", "status_code", "error", "duration_ms", "attempted_at"])
        .where("organization_id", "=", organizationId)
        .where(
          "delivery_id",
          "in",
          deliveries.map((d) => d.id),
        )
        .orderBy("attempted_at")
        .execute()
    : [];
  return deliveries.map((d) => ({
    id: d.id,
    messageId: d.message_id,
    eventType: d.event_type,
    status: d.status,
    createdAt: d.created_at,
    attempts: attempts
      .filter((a) => a.delivery_id === d.id)
      .map((a) => ({
        statusCode: a.status_code === null ? null : Number(a.status_code),
        error: a.error,
        durationMs: Number(a.duration_ms),
        at: a.attempted_at,
      })),
  }));
}

export async function deleteWebhookEndpoint(
  db: Kysely<Database>,
  organizationId: string,
  endpointId: string,
  actor?: Actor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const deliveries = await trx
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("organization_id", "=", organizationId)
      .where("endpoint_id", "=", endpointId)
      .execute();
    for (const d of deliveries)
      await trx
        .deleteFrom("jobs")
        .where("reference", "=", `webhook-delivery:${d.id}`)
        .where("status", "=", "pending")
        .execute();
    const result = await trx
      .deleteFrom("webhook_endpoints")
      .where("organization_id", "=", organizationId)
      .where("id", "=", endpointId)
      .executeTakeFirst();
    const deleted = Number(result.numDeletedRows) === 1;
    if (deleted && actor)
      await recordEndpointAudit(trx, organizationId, actor, "webhook.delete", { endpointId });
    return deleted;
  });
}

/** Turns a disabled endpoint back on, with a clean failure record. */
export async function enableWebhookEndpoint(
  db: Kysely<Database>,
  organizationId: string,
  endpointId: string,
  actor?: Actor,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("webhook_endpoints")
      .set({
        status: "active",
        disabled_reason: null,
        failing_since: null,
        consecutive_failures: 0,
        updated_at: nowIso(),
      })
      .where("organization_id", "=", organizationId)
      .where("id", "=", endpointId)
      .executeTakeFirst();
    const enabled = Number(result.numUpdatedRows) === 1;
    if (enabled && actor)
      await recordEndpointAudit(trx, organizationId, actor, "webhook.enable", { endpointId });
    return enabled;
  });
}

/** Where the organization's events go is worth a line in the audit log (ids and the address only). */
function recordEndpointAudit(
  db: Kysely<Database>,
  organizationId: string,
  actor: Actor,
  action: "webhook.create" | "webhook.enable" | "webhook.delete",
  details: Record<string, string>,
) {
  return recordAuditEvent(db, organizationId, actor, {
    action,
    subjectType: "organization",
    subjectId: organizationId,
    details,
  });
}

/**
 * Sends a delivery of this organization again (same webhook-id, so a receiver that has it can
 * ignore it). Only while its endpoint is on.
 */
export async function redeliverWebhook(
  db: Kysely<Database>,
  organizationId: string,
  deliveryId: string,
): Promise<"queued" | "not-found" | "endpoint-off"> {
  return db.transaction().execute(async (trx) => {
    const delivery = await trx
      .selectFrom("webhook_deliveries")
      .innerJoin("webhook_endpoints", "webhook_endpoints.id", "webhook_deliveries.endpoint_id")
      .select(["webhook_deliveries.id", "webhook_endpoints.status as endpointStatus"])
      .where("webhook_deliveries.organization_id", "=", organizationId)
      .where("webhook_deliveries.id", "=", deliveryId)
      .executeTakeFirst();
    if (!delivery) return "not-found";
    if (delivery.endpointStatus !== "active") return "endpoint-off";
    await trx
      .updateTable("webhook_deliveries")
      .set({ status: "pending" })
      .where("id", "=", deliveryId)
      .execute();
    await enqueueDeliveryJob(trx, organizationId, deliveryId, `redeliver:${newId()}`);
    return "queued";
  });
}

// ---------------------------------------------------------------------------------------------
// Events.

async function enqueueDeliveryJob(
  db: Kysely<Database>,
  organizationId: string,
  deliveryId: string,
  key: string,
) {
  await enqueueJob(db, {
    kind: WEBHOOK_JOB,
    payload: { deliveryId },
    organizationId,
    reference: `webhook-delivery:${deliveryId}`,
    idempotencyKey: `webhook-delivery:${deliveryId}:${key}`,
  });
}

/**
 * Queues the event for every active endpoint of the organization that chose it. Call it with the
 * transaction that records the event. `data` holds ids only; `subjectId` is the candidate's
 * invitation id, by which erasure finds the deliveries.
 */
export async function enqueueWebhookEvent(
  db: Kysely<Database>,
  organizationId: string,
  type: WebhookEventType,
  data: Record<string, string | number | null>,
  subjectId: string | null,
  now = new Date(),
): Promise<number> {
  const endpoints = await db
    .selectFrom("webhook_endpoints")
    .select(["id", "events"])
    .where("organization_id", "=", organizationId)
    .where("status", "=", "active")
    .execute();
  const chosen = endpoints.filter((e) => (JSON.parse(e.events) as string[]).includes(type));
  if (chosen.length === 0) return 0;
  const messageId = `msg_${newId()}`;
  const body = JSON.stringify({
    type,
    timestamp: now.toISOString(),
    data: { organization_id: organizationId, ...data },
  });
  for (const endpoint of chosen) {
    const id = newId();
    await db
      .insertInto("webhook_deliveries")
      .values({
        id,
        organization_id: organizationId,
        endpoint_id: endpoint.id,
        message_id: messageId,
        event_type: type,
        subject_id: subjectId,
        body,
        status: "pending",
        last_status_code: null,
        last_error: null,
        last_attempt_at: null,
        delivered_at: null,
        created_at: now.toISOString(),
      })
      .execute();
    await enqueueDeliveryJob(db, organizationId, id, "first");
  }
  return chosen.length;
}

/** How long a finished delivery stays in the log. */
export const WEBHOOK_LOG_DAYS = 30;

/** Deletes finished deliveries (and their tries) older than WEBHOOK_LOG_DAYS; returns how many. */
export async function pruneWebhookLog(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const cutoff = new Date(now - WEBHOOK_LOG_DAYS * 86_400_000).toISOString();
  const result = await db
    .deleteFrom("webhook_deliveries")
    .where("status", "!=", "pending")
    .where("created_at", "<", cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Erasure: every delivery (queued or logged) about this candidate, and its queued jobs. */
export async function deleteWebhookDeliveriesAbout(
  db: Kysely<Database>,
  organizationId: string,
  invitationId: string,
): Promise<void> {
  const rows = await db
    .selectFrom("webhook_deliveries")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("subject_id", "=", invitationId)
    .execute();
  for (const r of rows)
    await db
      .deleteFrom("jobs")
      .where("organization_id", "=", organizationId)
      .where("reference", "=", `webhook-delivery:${r.id}`)
      .execute();
  await db
    .deleteFrom("webhook_deliveries")
    .where("organization_id", "=", organizationId)
    .where("subject_id", "=", invitationId)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Delivery (the job).

export function webhookDeliveryHandler(
  db: Kysely<Database>,
  env: OutgoingEnv & Pick<Env, "publicOrigin">,
): RetryingJobHandler {
  const maxAttempts = WEBHOOK_RETRY_DELAYS_MS.length + 1;
  return {
    maxAttempts,
    retryDelayMs: (attempts) =>
      WEBHOOK_RETRY_DELAYS_MS[Math.min(attempts, WEBHOOK_RETRY_DELAYS_MS.length) - 1]!,
    async run(payload: { deliveryId: string }, job, now) {
      const row = await db
        .selectFrom("webhook_deliveries")
        .innerJoin("webhook_endpoints", "webhook_endpoints.id", "webhook_deliveries.endpoint_id")
        .select([
          "webhook_deliveries.id",
          "webhook_deliveries.organization_id",
          "webhook_deliveries.endpoint_id",
          "webhook_deliveries.message_id",
          "webhook_deliveries.body",
          "webhook_endpoints.url",
          "webhook_endpoints.secret",
          "webhook_endpoints.status as endpointStatus",
        ])
        .where("webhook_deliveries.id", "=", payload.deliveryId)
        .executeTakeFirst();
      // Erased, or the endpoint was deleted: nothing left to deliver.
      if (!row) return;
      if (row.endpointStatus !== "active") {
        await db
          .updateTable("webhook_deliveries")
          .set({ status: "failed", last_error: "Endpoint disabled" })
          .where("id", "=", row.id)
          .execute();
        throw new PermanentJobError("Endpoint disabled");
      }
      const timestamp = Math.floor(now.getTime() / 1000);
      const headers = {
        "content-type": "application/json",
        "user-agent": "RoleFit-Webhooks/1",
        "webhook-id": row.message_id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": signWebhook(row.secret, row.message_id, timestamp, row.body),
      };
      const started = Date.now();
      let statusCode: number | null = null;
      let error: Error | null = null;
      try {
        statusCode = await sendOutgoing({ method: "POST", url: row.url, headers, body: row.body }, env);
        if (statusCode < 200 || statusCode > 299) error = new Error(`The endpoint answered ${statusCode}`);
      } catch (e) {
        error = e instanceof Error ? e : new Error(String(e));
      }
      const at = now.toISOString();
      const last = error instanceof PermanentJobError || Number(job.attempts) >= maxAttempts;
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("webhook_attempts")
          .values({
            id: newId(),
            organization_id: row.organization_id,
            delivery_id: row.id,
            status_code: statusCode,
            error: error ? error.message.slice(0, 300) : null,
            duration_ms: Date.now() - started,
            attempted_at: at,
          })
          .execute();
        await trx
          .updateTable("webhook_deliveries")
          .set((eb) => ({
            status: error ? (last ? "failed" : "pending") : "delivered",
            attempts: eb("attempts", "+", 1),
            last_status_code: statusCode,
            last_error: error ? error.message.slice(0, 300) : null,
            last_attempt_at: at,
            delivered_at: error ? null : at,
          }))
          .where("id", "=", row.id)
          .execute();
        if (!error) {
          await trx
            .updateTable("webhook_endpoints")
            .set({ failing_since: null, consecutive_failures: 0, updated_at: at })
            .where("id", "=", row.endpoint_id)
            .execute();
          return;
        }
        await recordEndpointFailure(
          trx,
          row.organization_id,
          row.endpoint_id,
          row.url,
          now,
          env.publicOrigin,
        );
      });
      if (error) throw error;
    },
  };
}

/** Counts a failed try; disables the endpoint (and emails its owners) after a day of nothing but failures. */
async function recordEndpointFailure(
  trx: Kysely<Database>,
  organizationId: string,
  endpointId: string,
  url: string,
  now: Date,
  origin: string,
) {
  const at = now.toISOString();
  await trx
    .updateTable("webhook_endpoints")
    .set((eb) => ({
      failing_since: eb.fn.coalesce("failing_since", eb.val(at)),
      consecutive_failures: eb("consecutive_failures", "+", 1),
      updated_at: at,
    }))
    .where("id", "=", endpointId)
    .execute();
  const endpoint = await trx
    .selectFrom("webhook_endpoints")
    .select(["status", "failing_since"])
    .where("id", "=", endpointId)
    .executeTakeFirstOrThrow();
  if (
    endpoint.status !== "active" ||
    now.getTime() - Date.parse(endpoint.failing_since ?? at) < WEBHOOK_DISABLE_AFTER_MS
  )
    return;
  const reason = `Every delivery failed from ${endpoint.failing_since} to ${at}`;
  await trx
    .updateTable("webhook_endpoints")
    .set({ status: "disabled", disabled_reason: reason, updated_at: at })
    .where("id", "=", endpointId)
    .execute();
  const owners = await trx
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .innerJoin("organizations", "organizations.id", "memberships.organization_id")
    .select(["users.email", "organizations.name as organizationName"])
    .where("memberships.organization_id", "=", organizationId)
    .where("memberships.role", "=", "owner")
    .execute();
  for (const owner of owners) {
    await enqueueMail(
      trx,
      {
        to: owner.email,
        subject: `A webhook endpoint of ${owner.organizationName} was turned off`,
        text:
          `RoleFit turned off the webhook endpoint ${url} because every delivery to it failed for 24 hours.\n\n` +
          `No more events are sent to it. See its delivery log, fix the receiver, then turn it back on and redeliver ` +
          `what it missed:\n${origin}/settings/webhooks/${endpointId}\n`,
      },
      {
        organizationId,
        reference: `webhook-endpoint:${endpointId}`,
        idempotencyKey: `webhook-disabled:${endpointId}:${at}:${owner.email}`,
      },
    );
  }
}
