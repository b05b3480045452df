import type { ActionFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { sendTestRequestSchema, type sendTestResponseSchema } from "~/domain/api/greenhouse";
import {
  ApiProblem,
  apiId,
  apiRoute,
  auditApiCall,
  basicApiKey,
  jsonResponse,
  notFoundProblem,
  parseJsonBody,
  requireBasicApiKey,
  requireMethod,
} from "~/server/api.server";
import { apiInvitationEmail } from "~/server/api-bodies.server";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import {
  checkGreenhouseUrl,
  rememberGreenhouseCallback,
  renotifyGreenhouseIfCompleted,
} from "~/server/greenhouse.server";
import { findRole } from "~/server/roles.server";

/** The same hourly limit per organization as the invite page and the API (they share the counter). */
const INVITES_PER_HOUR = 60;

// Greenhouse Assessment Partner API, send_test: invite the candidate to the role (the test) and
// email them the link; the invitation id is the partner_interview_id. The request's `url` and key
// are kept with the invitation, to tell Greenhouse when the candidate completes (greenhouse.server).
export const action = apiRoute(async ({ request, context }: ActionFunctionArgs) => {
  requireMethod(request, "POST");
  const client = await requireBasicApiKey(request, context, "read-write");
  const input = await parseJsonBody(request, sendTestRequestSchema);
  const callback = input.url ? checkGreenhouseUrl(input.url, context.env) : null;
  if (callback && !callback.ok) {
    throw new ApiProblem(400, "Bad Request", "Some fields are not valid.", {
      errors: [{ field: "url", message: callback.message }],
    });
  }
  const role = await findRole(context.db, client.organizationId, apiId(input.partner_test_id));
  if (!role || role.status !== "active") throw notFoundProblem();
  const email = input.candidate.email;
  // Sending the same test to the same person again returns the open invitation: no second email.
  const open = await context.db
    .selectFrom("candidate_invitations")
    .select("id")
    .where("organization_id", "=", client.organizationId)
    .where("role_id", "=", role.id)
    .where("email", "=", email)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", new Date().toISOString())
    .executeTakeFirst();
  let id = open?.id;
  if (!id) {
    const wait = await context.limiter.hit(
      `invite-candidates:org:${client.organizationId}`,
      INVITES_PER_HOUR,
      60 * 60 * 1000,
    );
    if (wait > 0) {
      throw new ApiProblem(
        429,
        "Too Many Requests",
        `Too many invitations this hour. Wait ${wait} seconds.`,
        { headers: { "Retry-After": String(wait) } },
      );
    }
    const name = `${input.candidate.first_name} ${input.candidate.last_name}`.trim();
    const [created] = await createCandidateInvitations(
      context.db,
      client.organizationId,
      role.id,
      [{ name, email }],
      {
        createdByUserId: null,
        email: await apiInvitationEmail(context, client, role.title),
      },
    );
    id = created!.id;
    await auditApiCall(context, client, request, {
      action: "candidates.invite",
      subjectType: "role",
      subjectId: role.id,
      details: { invitations: [id], emailed: true },
    });
  }
  if (callback?.ok) {
    // Sent again, Greenhouse's latest url is the one it listens on; if the candidate has already
    // finished, it is told so there.
    await context.db.transaction().execute(async (trx) => {
      await rememberGreenhouseCallback(
        trx,
        client.organizationId,
        id,
        { url: callback.url, apiKey: basicApiKey(request)! },
        context.env.sessionSecret,
      );
      await renotifyGreenhouseIfCompleted(trx, client.organizationId, id);
    });
  }
  const body: z.infer<typeof sendTestResponseSchema> = { partner_interview_id: id };
  return jsonResponse(body);
});
