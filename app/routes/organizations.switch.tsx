import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { switchOrganizationSchema } from "~/domain/accounts/schemas";
import { requireUser } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { findMembership } from "~/server/organizations.server";
import { setSessionOrganization } from "~/server/sessions.server";

export const loader = () => redirect("/dashboard");

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requireUser(request, context);
  const submission = parseWithZod(await request.formData(), { schema: switchOrganizationSchema });
  // Not a member looks the same as not existing: another organization's id reveals nothing.
  const membership =
    submission.status === "success"
      ? await findMembership(context.db, submission.value.organizationId, session.user.id)
      : undefined;
  if (!membership) throw data({ message: "That organization was not found among yours." }, { status: 404 });
  await setSessionOrganization(context.db, session.id, membership.organizationId);
  return redirectWithFlash(context, "/dashboard", {
    kind: "info",
    message: `Switched to ${membership.organizationName}.`,
  });
}
