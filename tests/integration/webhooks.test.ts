import crypto from "node:crypto";
import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCandidateInvitations, markInvitationOpened } from "~/server/candidate-invitations.server";
import { recordDecision } from "~/server/candidates.server";
import { eraseCandidates } from "~/server/erasure.server";
import { runDueJobs } from "~/server/jobs.server";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  listWebhookEndpoints,
  redeliverWebhook,
  WEBHOOK_JOB,
  webhookDeliveryHandler,
  pruneWebhookLog,
  webhookDeliveryLog,
} from "~/server/webhooks.server";
import { checkOutgoingUrl, isPrivateAddress } from "~/server/outgoing-http.server";
import * as webhooksRoute from "~/routes/_app.settings.webhooks._index";
import * as endpointRoute from "~/routes/_app.settings.webhooks.$endpointId";
import { callRoute } from "./support/call-route.ts";
import { Receiver } from "./support/receiver.ts";
import {
  answerInvitation,
  memberWithRole,
  organizationWithCandidates,
  signedIn,
} from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

/**
 * Standard Webhooks verification as a receiver would write it, independently of RoleFit's signing:
 * HMAC-SHA256 of "id.timestamp.body" keyed with the base64-decoded secret (after "whsec_"),
 * compared in constant time with each space-separated "v1,<base64>" signature.
 */
function verifyStandardWebhook(secret: string, headers: http.IncomingHttpHeaders, body: string): boolean {
  const id = String(headers["webhook-id"]);
  const timestamp = String(headers["webhook-timestamp"]);
  const key = Buffer.from(secret.split("_")[1]!, "base64");
  const expected = crypto.createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return String(headers["webhook-signature"])
    .split(" ")
    .some((s) => {
      const [version, sig] = s.split(",");
      const given = Buffer.from(sig ?? "", "base64");
      return version === "v1" && given.length === expected.length && crypto.timingSafeEqual(given, expected);
    });
}

describe.each(testDialects)("webhooks on %s", (dialect) => {
  let t: TestContext;
  const receiver = new Receiver();
  let url = "";
  const at = (offsetMs: number) => () => new Date(Date.now() + offsetMs);
  const run = (offsetMs = 0) => runDueJobs(t.context.db, t.context.jobHandlers, { now: at(offsetMs) });

  beforeAll(async () => {
    t = await createTestContext(dialect);
    url = await receiver.start();
  });
  afterAll(async () => {
    await receiver.stop();
    await t.cleanup();
  });

  it("signs each event per Standard Webhooks, carries ids only, and logs the response code", async () => {
    const org = await organizationWithCandidates(t.context, "Signed", 1);
    const { id, secret } = await createWebhookEndpoint(
      t.context.db,
      org.organizationId,
      { url, description: "ATS", events: ["decision.recorded"] },
      org.ownerUserId,
    );
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    receiver.requests = [];
    await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "advance", {
      userId: org.ownerUserId,
      name: "Olga Owner",
    });
    await t.runJobs();
    expect(receiver.requests).toHaveLength(1);
    const { headers, body } = receiver.requests[0]!;
    expect(verifyStandardWebhook(secret, headers, body)).toBe(true);
    expect(verifyStandardWebhook(secret, headers, body.replace("advance", "reject"))).toBe(false);
    expect(headers["webhook-id"]).toMatch(/^msg_/);
    expect(Math.abs(Number(headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({
      type: "decision.recorded",
      data: {
        organization_id: org.organizationId,
        candidate_id: org.invitations[0]!.id,
        role_id: org.roleId,
        decision: "advance",
      },
    });
    // Ids only: neither the candidate's nor the decider's name or email.
    expect(body).not.toMatch(/Signed Candidate|cand\d|Olga|@/);
    const log = await webhookDeliveryLog(t.context.db, org.organizationId, id);
    expect(log).toHaveLength(1);
    expect(log![0]).toMatchObject({
      status: "delivered",
      eventType: "decision.recorded",
      attempts: [{ statusCode: 200 }],
    });
  });

  it("sends the events of invitations opened and assessments completed to endpoints that chose them", async () => {
    const org = await organizationWithCandidates(t.context, "Flow", 0);
    const { secret } = await createWebhookEndpoint(
      t.context.db,
      org.organizationId,
      { url, description: "all", events: ["invitation.opened", "assessment.completed"] },
      org.ownerUserId,
    );
    const [inv] = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      [{ name: "Flo", email: "flo@example.com" }],
      { createdByUserId: org.ownerUserId },
    );
    receiver.requests = [];
    await markInvitationOpened(t.context.db, inv!.id);
    await markInvitationOpened(t.context.db, inv!.id); // Opened once, announced once.
    await answerInvitation(t.context.db, {
      id: inv!.id,
      organizationId: org.organizationId,
      token: inv!.token,
    });
    // A decision was not chosen by this endpoint: it is not sent.
    await recordDecision(t.context.db, org.organizationId, inv!.id, "hold", {
      userId: org.ownerUserId,
      name: "Owner",
    });
    await t.runJobs();
    expect(receiver.requests.map((r) => JSON.parse(r.body).type)).toEqual([
      "invitation.opened",
      "assessment.completed",
    ]);
    for (const r of receiver.requests) expect(verifyStandardWebhook(secret, r.headers, r.body)).toBe(true);
    expect(JSON.parse(receiver.requests[1]!.body).data.candidate_id).toBe(inv!.id);
  });

  it("retries a receiver that fails, then shows the success in the delivery log; redelivery keeps the webhook-id", async () => {
    const org = await organizationWithCandidates(t.context, "Retry", 1);
    const { id } = await createWebhookEndpoint(
      t.context.db,
      org.organizationId,
      { url, description: "flaky", events: ["decision.recorded"] },
      org.ownerUserId,
    );
    receiver.requests = [];
    receiver.statuses = [500, 503];
    await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "hold", {
      userId: null,
      name: "x",
    });
    expect(await run(0)).toBe(1);
    expect(await run(1_000)).toBe(0); // Not due again before its 5 s back-off.
    expect(await run(6_000)).toBe(1);
    expect(await run(6_000 + 301_000)).toBe(1);
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.headers["webhook-id"])).size).toBe(1);
    const [entry] = (await webhookDeliveryLog(t.context.db, org.organizationId, id))!;
    expect(entry!.status).toBe("delivered");
    expect(entry!.attempts.map((a) => a.statusCode)).toEqual([500, 503, 200]);

    expect(await redeliverWebhook(t.context.db, org.organizationId, entry!.id)).toBe("queued");
    await t.runJobs();
    expect(receiver.requests).toHaveLength(4);
    expect(receiver.requests[3]!.headers["webhook-id"]).toBe(receiver.requests[0]!.headers["webhook-id"]);
    expect((await webhookDeliveryLog(t.context.db, org.organizationId, id))![0]!.attempts).toHaveLength(4);
  });

  it("disables an endpoint after a day of failures and emails its owners; turning it back on works", async () => {
    const org = await organizationWithCandidates(t.context, "Down", 1);
    const { id } = await createWebhookEndpoint(
      t.context.db,
      org.organizationId,
      { url, description: "down", events: ["decision.recorded"] },
      org.ownerUserId,
    );
    receiver.always = 503;
    try {
      await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "reject", {
        userId: null,
        name: "x",
      });
      // Walk the clock through the back-off schedule: 0, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h;
      // the eighth try, 27.6 h after the first, is the first one more than 24 h into the failures.
      let offset = 0;
      for (const step of [0, 6_000, 301_000, 1_801_000, 7_201_000, 18_001_000, 36_001_000, 36_001_000]) {
        offset += step;
        await run(offset);
        const [endpoint] = await listWebhookEndpoints(t.context.db, org.organizationId);
        if (offset < 24 * 3_600_000) expect(endpoint!.status).toBe("active");
      }
      const [endpoint] = await listWebhookEndpoints(t.context.db, org.organizationId);
      expect(endpoint).toMatchObject({ id, status: "disabled" });
      expect(endpoint!.disabledReason).toMatch(/Every delivery failed/);
      const [entry] = (await webhookDeliveryLog(t.context.db, org.organizationId, id))!;
      expect(entry!.attempts.every((a) => a.statusCode === 503)).toBe(true);
      expect(entry!.attempts).toHaveLength(8);
      expect(entry!.status).toBe("failed");
      // The owner is told by email, through the queue.
      await t.runJobs();
      const mail = await t.context.db
        .selectFrom("outbox_messages")
        .selectAll()
        .where("to_address", "=", org.ownerEmail)
        .where("subject", "like", "%webhook%")
        .execute();
      expect(mail).toHaveLength(1);
      expect(mail[0]!.text_body).toContain(url);
      // A disabled endpoint receives nothing, and cannot be redelivered to until it is turned back on.
      const before = receiver.requests.length;
      await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "hold", {
        userId: null,
        name: "x",
      });
      await run(offset + 1000);
      expect(receiver.requests.length).toBe(before);
      expect(await redeliverWebhook(t.context.db, org.organizationId, entry!.id)).toBe("endpoint-off");
    } finally {
      receiver.always = null;
    }
    expect(await enableWebhookEndpoint(t.context.db, org.organizationId, id)).toBe(true);
    const [entry] = (await webhookDeliveryLog(t.context.db, org.organizationId, id))!;
    expect(await redeliverWebhook(t.context.db, org.organizationId, entry!.id)).toBe("queued");
    await t.runJobs();
    expect((await webhookDeliveryLog(t.context.db, org.organizationId, id))![0]!.status).toBe("delivered");
  });

  it("keeps endpoints and deliveries inside their organization", async () => {
    const a = await organizationWithCandidates(t.context, "Iso A", 1);
    const b = await organizationWithCandidates(t.context, "Iso B", 1);
    const ea = await createWebhookEndpoint(
      t.context.db,
      a.organizationId,
      { url, description: "A", events: ["decision.recorded"] },
      a.ownerUserId,
    );
    const eb = await createWebhookEndpoint(
      t.context.db,
      b.organizationId,
      { url, description: "B", events: ["decision.recorded"] },
      b.ownerUserId,
    );
    receiver.requests = [];
    await recordDecision(t.context.db, a.organizationId, a.invitations[0]!.id, "advance", {
      userId: null,
      name: "x",
    });
    await t.runJobs();
    expect(receiver.requests).toHaveLength(1);
    expect(verifyStandardWebhook(ea.secret, receiver.requests[0]!.headers, receiver.requests[0]!.body)).toBe(
      true,
    );
    expect(verifyStandardWebhook(eb.secret, receiver.requests[0]!.headers, receiver.requests[0]!.body)).toBe(
      false,
    );
    // B cannot see, redeliver, re-enable or delete what belongs to A.
    expect(await webhookDeliveryLog(t.context.db, b.organizationId, ea.id)).toBeNull();
    const [entry] = (await webhookDeliveryLog(t.context.db, a.organizationId, ea.id))!;
    expect(await redeliverWebhook(t.context.db, b.organizationId, entry!.id)).toBe("not-found");
    expect(await enableWebhookEndpoint(t.context.db, b.organizationId, ea.id)).toBe(false);
    expect(await deleteWebhookEndpoint(t.context.db, b.organizationId, ea.id)).toBe(false);
    expect((await listWebhookEndpoints(t.context.db, b.organizationId)).map((e) => e.id)).toEqual([eb.id]);
    expect(await deleteWebhookEndpoint(t.context.db, a.organizationId, ea.id)).toBe(true);
  });

  it("erasure removes every queued or logged delivery about the candidate and announces the erasure by id", async () => {
    const org = await organizationWithCandidates(t.context, "Erase", 1);
    const inv = org.invitations[0]!;
    const { id } = await createWebhookEndpoint(
      t.context.db,
      org.organizationId,
      { url, description: "all", events: ["decision.recorded", "candidate.erased"] },
      org.ownerUserId,
    );
    await recordDecision(t.context.db, org.organizationId, inv.id, "advance", { userId: null, name: "x" });
    await t.runJobs();
    await recordDecision(t.context.db, org.organizationId, inv.id, "hold", { userId: null, name: "x" }); // Still queued.
    await eraseCandidates(t.context.db, org.organizationId, [inv.id], {
      userId: org.ownerUserId,
      name: "Owner",
    });
    const bodies = await t.context.db
      .selectFrom("webhook_deliveries")
      .select(["event_type", "body"])
      .where("endpoint_id", "=", id)
      .execute();
    expect(bodies.map((b) => b.event_type)).toEqual(["candidate.erased"]);
    const queued = await t.context.db
      .selectFrom("jobs")
      .select("payload")
      .where("kind", "=", WEBHOOK_JOB)
      .where("status", "=", "pending")
      .where("organization_id", "=", org.organizationId)
      .execute();
    expect(queued).toHaveLength(1);
    receiver.requests = [];
    await t.runJobs();
    expect(receiver.requests.map((r) => JSON.parse(r.body))).toMatchObject([
      { type: "candidate.erased", data: { candidate_id: inv.id } },
    ]);
  });

  it("refuses private and loopback addresses in production unless the operator allowed the origin", async () => {
    const production = { nodeEnv: "production" as const };
    expect(checkOutgoingUrl("http://127.0.0.1:9000/x", production).ok).toBe(false);
    expect(checkOutgoingUrl("http://example.com/x", production).ok).toBe(false);
    expect(checkOutgoingUrl("https://user:pw@example.com/x", production).ok).toBe(false);
    expect(checkOutgoingUrl("https://example.com/x", production).ok).toBe(true);
    expect(checkOutgoingUrl("http://127.0.0.1:9000/x", { nodeEnv: "development" }).ok).toBe(true);
    expect(checkOutgoingUrl("http://10.0.0.5/x", { nodeEnv: "development" }).ok).toBe(false);
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "0.0.0.0",
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])
      expect(isPrivateAddress(a), a).toBe(false);

    // Delivery checks the address it connects to: a loopback receiver is refused in production…
    const org = await organizationWithCandidates(t.context, "Ssrf", 1);
    const { id } = await createWebhookEndpoint(
      t.context.db,
      org.organizationId,
      { url, description: "x", events: ["decision.recorded"] },
      org.ownerUserId,
    );
    const handlers = {
      ...t.context.jobHandlers,
      [WEBHOOK_JOB]: webhookDeliveryHandler(t.context.db, {
        ...production,
        publicOrigin: "https://rolefit.example",
      }),
    };
    receiver.requests = [];
    await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "advance", {
      userId: null,
      name: "x",
    });
    await runDueJobs(t.context.db, handlers);
    expect(receiver.requests).toHaveLength(0);
    const [entry] = (await webhookDeliveryLog(t.context.db, org.organizationId, id))!;
    expect(entry!.status).toBe("failed");
    expect(entry!.attempts[0]!.error).toMatch(/Refused/);
    // …unless the operator listed its origin in WEBHOOK_ALLOW_PRIVATE.
    const allowed = {
      ...t.context.jobHandlers,
      [WEBHOOK_JOB]: webhookDeliveryHandler(t.context.db, {
        ...production,
        webhookPrivateOrigins: [new URL(url).origin],
        publicOrigin: "x",
      }),
    };
    await redeliverWebhook(t.context.db, org.organizationId, entry!.id);
    await runDueJobs(t.context.db, allowed);
    expect(receiver.requests).toHaveLength(1);
  });

  it("lets owners, and only owners, add an endpoint on /settings/webhooks; the secret is shown once", async () => {
    const org = await organizationWithCandidates(t.context, "Page", 1);
    const jar = await signedIn(t.context, org.ownerEmail);
    const add = await callRoute(webhooksRoute.action, {
      context: t.context,
      path: "/settings/webhooks",
      form: { url, description: "ATS", events: ["decision.recorded", "candidate.erased"] },
      jar,
    });
    expect(add.status).toBe(200);
    const secret: string = add.data.created.secret;
    expect(secret).toMatch(/^whsec_/);
    const page = await callRoute(webhooksRoute.loader, {
      context: t.context,
      path: "/settings/webhooks",
      jar,
    });
    expect(page.data.endpoints).toMatchObject([
      { url, events: ["decision.recorded", "candidate.erased"], status: "active" },
    ]);
    expect(JSON.stringify(page.data)).not.toContain(secret.slice(6));
    const audited = await t.context.db
      .selectFrom("audit_events")
      .select(["action", "details"])
      .where("organization_id", "=", org.organizationId)
      .where("action", "=", "webhook.create")
      .execute();
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0]!.details!)).toEqual({ endpointId: add.data.created.id, url });
    // The secret works: a delivery verifies with it.
    receiver.requests = [];
    await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "advance", {
      userId: null,
      name: "x",
    });
    await t.runJobs();
    expect(verifyStandardWebhook(secret, receiver.requests[0]!.headers, receiver.requests[0]!.body)).toBe(
      true,
    );
    const log = await callRoute(endpointRoute.loader, {
      context: t.context,
      path: "/x",
      params: { endpointId: add.data.created.id },
      jar,
    });
    expect(log.data.log[0]).toMatchObject({ status: "delivered", attempts: [{ statusCode: 200 }] });

    const noEvents = await callRoute(webhooksRoute.action, {
      context: t.context,
      path: "/settings/webhooks",
      form: { url },
      jar,
    });
    expect(noEvents.status).toBe(400);
    const production = { ...t.context, env: { ...t.context.env, nodeEnv: "production" as const } };
    const plainHttp = await callRoute(webhooksRoute.action, {
      context: production,
      path: "/settings/webhooks",
      form: { url, events: "decision.recorded" },
      jar,
    });
    expect(plainHttp.status).toBe(400);
    expect(plainHttp.data.reply.error.url[0]).toMatch(/https/);
    const manager = await memberWithRole(t.context, org.organizationId, "manager");
    const refused = await callRoute(webhooksRoute.action, {
      context: t.context,
      path: "/settings/webhooks",
      form: { url, events: "decision.recorded" },
      jar: manager,
    });
    expect(refused.status).not.toBe(200);
    expect(await listWebhookEndpoints(t.context.db, org.organizationId)).toHaveLength(1);
  });

  it("keeps finished deliveries in the log for 30 days", async () => {
    const org = await organizationWithCandidates(t.context, "Prune", 1);
    const { id } = await createWebhookEndpoint(
      t.context.db,
      org.organizationId,
      { url, description: "x", events: ["decision.recorded"] },
      org.ownerUserId,
    );
    await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "advance", {
      userId: null,
      name: "x",
    });
    await t.runJobs();
    await recordDecision(t.context.db, org.organizationId, org.invitations[0]!.id, "hold", {
      userId: null,
      name: "x",
    });
    await pruneWebhookLog(t.context.db, Date.now() + 29 * 86_400_000);
    expect(await webhookDeliveryLog(t.context.db, org.organizationId, id)).toHaveLength(2);
    await pruneWebhookLog(t.context.db, Date.now() + 31 * 86_400_000);
    // The delivered one goes with its tries; the one still waiting to be sent stays.
    expect((await webhookDeliveryLog(t.context.db, org.organizationId, id))!.map((d) => d.status)).toEqual([
      "pending",
    ]);
    expect(
      await t.context.db
        .selectFrom("webhook_attempts")
        .select("id")
        .where("organization_id", "=", org.organizationId)
        .execute(),
    ).toHaveLength(0);
  });
});
