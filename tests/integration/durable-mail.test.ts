// Invitation email through a real SMTP conversation: a server that refuses, then accepts. The
// invitation request never fails because of SMTP, the job retries, the link arrives and works, the
// manager sees each state, and "Resend invitation email" mails a new link.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as candidatePage from "~/routes/_app.roles.$roleId.candidates.$candidateId";
import * as roleIndex from "~/routes/_app.roles.$roleId._index";
import * as inviteRoute from "~/routes/_app.roles.$roleId.invite";
import { lookUpCandidateInvitation } from "~/server/candidate-invitations.server";
import { createJobHandlers } from "~/server/job-handlers.server";
import { MAX_JOB_ATTEMPTS, runDueJobs } from "~/server/jobs.server";
import { createMailer } from "~/server/mail.server";
import { callRoute, type CookieJar } from "./support/call-route.ts";
import { organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, type TestContext } from "./support/test-context.ts";

describe("invitation email with a mail server that refuses, then accepts", () => {
  let t: TestContext;
  let smtp: SMTPServer;
  let refusing = true;
  const received: string[] = [];
  let jar: CookieJar;
  let org: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let runSmtpJobs: (minutesLater: number) => Promise<number>;
  /** The app's context with the SMTP mailer, as the server builds it when SMTP_URL is set. */
  let smtpContext: TestContext["context"];

  beforeAll(async () => {
    t = await createTestContext("sqlite");
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (!refusing) return callback();
        callback(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }));
      },
      onData(stream, _session, callback) {
        let body = "";
        stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
        stream.on("end", () => {
          received.push(body);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
    const { port } = smtp.server.address();
    const db = t.context.db;
    const mailer = createMailer({
      db,
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: "RoleFit <test@rolefit.local>",
    });
    const handlers = createJobHandlers({ db, mailer, env: t.context.env });
    runSmtpJobs = (minutesLater) =>
      runDueJobs(db, handlers, { now: () => new Date(Date.now() + minutesLater * 60_000) });
    smtpContext = { ...t.context, mailer, jobHandlers: handlers };
    org = await organizationWithCandidates(t.context, "Mailing", 0);
    jar = await signedIn(t.context, org.ownerEmail);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.close(resolve));
    await t.cleanup();
  });

  const linkTokens = () =>
    received.flatMap((m) =>
      [...m.replace(/=\r?\n/g, "").matchAll(/\/i\/([A-Za-z0-9_-]{20,})/g)].map((x) => x[1]!),
    );
  const deliveryOnList = async () => {
    const list = await callRoute(roleIndex.loader, {
      context: t.context,
      path: `/roles/${org.roleId}?status=all`,
      params: { roleId: org.roleId },
      jar,
    });
    return list.data.page.rows[0].delivery;
  };

  it("answers the invitation at once, retries the refused email and delivers a working link", async () => {
    const invited = await callRoute(inviteRoute.action, {
      context: smtpContext,
      path: `/roles/${org.roleId}/invite`,
      params: { roleId: org.roleId },
      form: { intent: "invite-one", name: "Riley Refused", email: "riley@example.com", send: "email" },
      jar,
    });
    expect(invited.status).toBe(200);
    expect(invited.data.created).toHaveLength(1);
    expect(await deliveryOnList()).toMatchObject({ state: "queued", error: null });

    expect(await runSmtpJobs(0)).toBe(1);
    expect(received).toHaveLength(0);
    const retrying = await deliveryOnList();
    expect(retrying.state).toBe("queued");
    expect(retrying.error).toMatch(/451|temporarily unavailable/i);
    // Not due again yet: the retry waits for its backoff.
    expect(await runSmtpJobs(0)).toBe(0);

    refusing = false;
    expect(await runSmtpJobs(1)).toBe(1);
    expect(received).toHaveLength(1);
    const [token] = linkTokens();
    expect((await lookUpCandidateInvitation(t.context.db, token)).status).toBe("valid");
    expect(await deliveryOnList()).toMatchObject({ state: "sent", error: null });
  });

  it("resends as a new link by email, shows it queued, and the old link stops working", async () => {
    const candidateId = (
      await callRoute(roleIndex.loader, {
        context: t.context,
        path: `/roles/${org.roleId}?status=all`,
        params: { roleId: org.roleId },
        jar,
      })
    ).data.page.rows[0].id;
    const params = { roleId: org.roleId, candidateId };
    const path = `/roles/${org.roleId}/candidates/${candidateId}`;
    const before = await callRoute(candidatePage.loader, { context: t.context, path, params, jar });
    expect(before.data.candidate).toMatchObject({ canResend: true, delivery: { state: "sent" } });

    const resent = await callRoute(candidatePage.action, {
      context: smtpContext,
      path,
      params,
      form: { intent: "resend" },
      jar,
    });
    expect(resent.status).toBe(302);
    const queued = await callRoute(candidatePage.loader, { context: t.context, path, params, jar });
    expect(queued.data.candidate.delivery).toMatchObject({ state: "queued" });

    expect(await runSmtpJobs(0)).toBe(1);
    const [oldToken, newToken] = linkTokens();
    expect(newToken).toBeDefined();
    expect(newToken).not.toBe(oldToken);
    expect((await lookUpCandidateInvitation(t.context.db, newToken)).status).toBe("valid");
    expect((await lookUpCandidateInvitation(t.context.db, oldToken)).status).toBe("unknown");
    const after = await callRoute(candidatePage.loader, { context: t.context, path, params, jar });
    expect(after.data.candidate.delivery).toMatchObject({ state: "sent" });
  });

  it("shows an email the mail server kept refusing as failed, with its answer, once the retries run out", async () => {
    refusing = true;
    const invited = await callRoute(inviteRoute.action, {
      context: smtpContext,
      path: `/roles/${org.roleId}/invite`,
      params: { roleId: org.roleId },
      form: { intent: "invite-one", name: "Fay Failing", email: "fay@example.com", send: "email" },
      jar,
    });
    expect(invited.status).toBe(200);
    // Every try is refused; each run is later than the longest backoff (4 hours) after the last.
    for (let run = 0; run < MAX_JOB_ATTEMPTS; run++) expect(await runSmtpJobs(run * 5 * 60)).toBe(1);
    expect(await runSmtpJobs(MAX_JOB_ATTEMPTS * 5 * 60)).toBe(0);
    const list = await callRoute(roleIndex.loader, {
      context: t.context,
      path: `/roles/${org.roleId}?status=all&q=fay`,
      params: { roleId: org.roleId },
      jar,
    });
    const delivery = list.data.page.rows[0].delivery;
    expect(delivery.state).toBe("failed");
    expect(delivery.error).toMatch(/451|temporarily unavailable/i);
  });
});
