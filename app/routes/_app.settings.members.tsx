import { getFormProps, getSelectProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FieldErrors, FormErrors, SubmitButton, TextField } from "~/components/forms";
import { EmptyState, PageHeader } from "~/components/page";
import { memberRoleLabels, roleAllows } from "~/domain/accounts/policy";
import { inviteColleagueSchema, membersActionSchema } from "~/domain/accounts/schemas";
import { requireMember } from "~/server/auth.server";
import { publicOrigin } from "~/server/context.server";
import { redirectWithFlash } from "~/server/flash.server";
import { changeMemberRole, listMembers, removeMember } from "~/server/organizations.server";
import { enforceLimit, retryAfterHeaders } from "~/server/rate-limit.server";
import { inviteColleague, listOpenInvitations, revokeInvitation } from "~/server/team-invitations.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Members — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  const [members, invitations] = await Promise.all([
    listMembers(context.db, member.organizationId),
    roleAllows(member.role, "owner") ? listOpenInvitations(context.db, member.organizationId) : [],
  ]);
  return {
    members,
    invitations,
    isOwner: roleAllows(member.role, "owner"),
    myUserId: member.user.id,
    organizationName: member.organizationName,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const submission = parseWithZod(await request.formData(), { schema: membersActionSchema });
  if (submission.status !== "success") {
    // Only the invitation form has fields a person types; the other intents carry ids of this page.
    if (submission.payload.intent !== "invite")
      throw data({ message: "That member or invitation was not found." }, { status: 404 });
    return data(submission.reply(), { status: 400 });
  }
  const value = submission.value;
  switch (value.intent) {
    case "change-role": {
      const result = await changeMemberRole(
        context.db,
        member.organizationId,
        value.membershipId,
        value.role,
      );
      if (!result.ok && result.error === "not-found")
        throw data({ message: "That member was not found." }, { status: 404 });
      if (!result.ok)
        return redirectWithFlash(context, "/settings/members", { kind: "error", message: LAST_OWNER });
      return redirectWithFlash(context, "/settings/members", {
        kind: "success",
        message: `${result.name} is now ${memberRoleLabels[value.role].toLowerCase()} of ${member.organizationName}.`,
      });
    }
    case "remove": {
      const result = await removeMember(context.db, member.organizationId, value.membershipId);
      if (!result.ok && result.error === "not-found")
        throw data({ message: "That member was not found." }, { status: 404 });
      if (!result.ok)
        return redirectWithFlash(context, "/settings/members", { kind: "error", message: LAST_OWNER });
      return redirectWithFlash(context, "/settings/members", {
        kind: "success",
        message: `${result.name} was removed from ${member.organizationName}.`,
      });
    }
    case "revoke": {
      if (!(await revokeInvitation(context.db, member.organizationId, value.invitationId))) {
        throw data({ message: "That invitation was not found or is no longer open." }, { status: 404 });
      }
      return redirectWithFlash(context, "/settings/members", {
        kind: "success",
        message: "The invitation was withdrawn; its link no longer works.",
      });
    }
    case "invite": {
      await enforceLimit(context.limiter, `invite-members:org:${member.organizationId}`, 50, 60 * 60 * 1000);
      const { email, role } = value;
      const { alreadyMember } = await inviteColleague(
        context.db,
        member.organizationId,
        { email, role, invitedByUserId: member.user.id },
        {
          origin: publicOrigin(context),
          inviterName: member.user.name,
          organizationName: member.organizationName,
        },
      );
      if (alreadyMember) {
        return data(
          submission.reply({
            fieldErrors: { email: [`${email} is already a member of ${member.organizationName}.`] },
          }),
          { status: 400 },
        );
      }
      return redirectWithFlash(context, "/settings/members", {
        kind: "success",
        message: `Invitation sent to ${email}.`,
      });
    }
  }
}

const LAST_OWNER = "An organization needs at least one owner. Make someone else an owner first.";

export default function Members() {
  const d = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { role: "manager" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: inviteColleagueSchema }),
    shouldValidate: "onBlur",
    // Once an error shows, clear it while typing: clearing it on blur moved the button away from the click.
    shouldRevalidate: "onInput",
  });
  return (
    <>
      <PageHeader
        title="Members"
        description={`People who can see ${d.organizationName}'s roles, candidates and plans.`}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <section className="card lg:col-span-2" aria-labelledby="members-heading">
          <h2 id="members-heading" className="mb-4">
            Members
          </h2>
          <ul className="divide-y divide-slate-200">
            {d.members.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                <div>
                  <p className="font-medium">
                    {m.name}{" "}
                    {m.userId === d.myUserId ? <span className="text-sm text-slate-600">(you)</span> : null}
                  </p>
                  <p className="text-sm text-slate-600">
                    {m.email} · {memberRoleLabels[m.role]}
                  </p>
                </div>
                {d.isOwner ? (
                  <div className="flex flex-wrap items-end gap-2">
                    <Form method="post" className="flex flex-wrap items-end gap-2">
                      <input type="hidden" name="membershipId" value={m.id} />
                      <label className="sr-only" htmlFor={`role-${m.id}`}>
                        Role of {m.name}
                      </label>
                      <select id={`role-${m.id}`} name="role" defaultValue={m.role} className="input w-auto">
                        <option value="viewer">Viewer</option>
                        <option value="manager">Manager</option>
                        <option value="owner">Owner</option>
                      </select>
                      <SubmitButton
                        name="intent"
                        value="change-role"
                        className="btn-secondary"
                        pendingText="Saving…"
                      >
                        Change role<span className="sr-only"> of {m.name}</span>
                      </SubmitButton>
                    </Form>
                    {m.userId !== d.myUserId ? (
                      <Form method="post">
                        <input type="hidden" name="membershipId" value={m.id} />
                        <SubmitButton
                          name="intent"
                          value="remove"
                          className="btn-danger"
                          pendingText="Removing…"
                        >
                          Remove<span className="sr-only"> {m.name}</span>
                        </SubmitButton>
                      </Form>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          {d.isOwner ? (
            <>
              <h2 className="mb-2 mt-8">Open invitations</h2>
              {d.invitations.length === 0 ? (
                <EmptyState title="No open invitations" />
              ) : (
                <ul className="divide-y divide-slate-200">
                  {d.invitations.map((i) => (
                    <li key={i.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                      <p>
                        {i.email} · {memberRoleLabels[i.role]}{" "}
                        <span className="text-sm text-slate-600">
                          until {new Date(i.expires_at).toLocaleDateString("en-GB")}
                        </span>
                      </p>
                      <Form method="post">
                        <input type="hidden" name="invitationId" value={i.id} />
                        <SubmitButton
                          name="intent"
                          value="revoke"
                          className="btn-secondary"
                          pendingText="Withdrawing…"
                        >
                          Withdraw<span className="sr-only"> invitation to {i.email}</span>
                        </SubmitButton>
                      </Form>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </section>
        {d.isOwner ? (
          <section className="card h-fit" aria-labelledby="invite-heading">
            <h2 id="invite-heading" className="mb-4">
              Invite a colleague
            </h2>
            <Form method="post" {...getFormProps(form)} className="space-y-4">
              <FormErrors id={form.errorId} errors={form.errors} />
              <input type="hidden" name="intent" value="invite" />
              <TextField meta={fields.email} label="Email" type="email" autoComplete="off" />
              <div>
                <label htmlFor={fields.role.id} className="label">
                  Role
                </label>
                <select {...getSelectProps(fields.role)} key={fields.role.key} className="input">
                  <option value="viewer">Viewer — can read</option>
                  <option value="manager">
                    Manager — can also create roles, invite candidates and decide
                  </option>
                  <option value="owner">Owner — can also manage members and settings</option>
                </select>
                <FieldErrors id={fields.role.errorId} errors={fields.role.errors} />
              </div>
              <SubmitButton pendingText="Sending…">Send invitation</SubmitButton>
            </Form>
          </section>
        ) : null}
      </div>
    </>
  );
}
