import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, NewPasswordFields, SubmitButton, TextField } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { memberRoleLabels } from "~/domain/accounts/policy";
import { withGuessablePasswordCheck } from "~/domain/accounts/password-strength";
import { acceptInvitationNewAccountSchema } from "~/domain/accounts/schemas";
import { createUser, findUserByEmail } from "~/server/accounts.server";
import { getSession, signIn } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { setSessionOrganization } from "~/server/sessions.server";
import { acceptInvitation, lookUpInvitation } from "~/server/team-invitations.server";

export const meta: MetaFunction = () => [{ title: "Join an organization — RoleFit" }];

const problems = {
  unknown: "This invitation link is not valid. Check that you copied the whole link.",
  expired: "This invitation has expired. Ask the person who invited you to send a new one.",
  used: "This invitation has already been accepted. Sign in to reach the organization.",
  revoked: "This invitation was withdrawn. Ask the organization's owner for a new one.",
} as const;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const invitation = await lookUpInvitation(context.db, params.token);
  if (invitation.status !== "valid") {
    return data(
      { problem: problems[invitation.status], invitation: null, mode: null },
      { status: invitation.status === "unknown" ? 404 : 410 },
    );
  }
  const session = await getSession(request, context);
  const hasAccount = !!(await findUserByEmail(context.db, invitation.email));
  const mode = session
    ? session.user.email === invitation.email
      ? "join"
      : "wrong-account"
    : hasAccount
      ? "sign-in"
      : "create";
  return {
    problem: null,
    mode,
    invitation: {
      email: invitation.email,
      role: memberRoleLabels[invitation.role],
      organizationName: invitation.organizationName,
      invitedBy: invitation.invitedBy,
      signedInAs: session?.user.email ?? null,
      path: new URL(request.url).pathname,
    },
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const invitation = await lookUpInvitation(context.db, params.token);
  if (invitation.status !== "valid")
    throw data(
      { message: problems[invitation.status] },
      { status: invitation.status === "unknown" ? 404 : 410 },
    );
  const session = await getSession(request, context);
  const welcome = { kind: "success" as const, message: `You joined ${invitation.organizationName}.` };

  if (session) {
    if (session.user.email !== invitation.email) {
      throw data(
        {
          message: `This invitation is for ${invitation.email}. Sign out and sign in with that address to accept it.`,
        },
        { status: 403 },
      );
    }
    if (!(await acceptInvitation(context.db, invitation.id, session.user.id)))
      throw data({ message: problems.used }, { status: 410 });
    await setSessionOrganization(context.db, session.id, invitation.organizationId);
    return redirectWithFlash(context, "/dashboard", welcome);
  }

  const submission = parseWithZod(await request.formData(), {
    schema: withGuessablePasswordCheck(acceptInvitationNewAccountSchema, (v) => [v.name]),
  });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  if (await findUserByEmail(context.db, invitation.email)) {
    return data(
      submission.reply({
        formErrors: ["An account with this email already exists. Sign in to accept the invitation."],
      }),
      { status: 400 },
    );
  }
  const userId = await createUser(context.db, {
    name: submission.value.name,
    email: invitation.email,
    password: submission.value.password,
  });
  if (!(await acceptInvitation(context.db, invitation.id, userId)))
    throw data({ message: problems.used }, { status: 410 });
  return signIn(context, userId, invitation.organizationId, "/dashboard", welcome);
}

export default function Join() {
  const { problem, invitation, mode } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: acceptInvitationNewAccountSchema }),
    shouldValidate: "onBlur",
    // Once an error shows, clear it while typing: clearing it on blur moved the button away from the click.
    shouldRevalidate: "onInput",
  });
  if (problem || !invitation) {
    return (
      <AuthCard title="This invitation doesn't work" footer={<Link to="/login">Sign in</Link>}>
        <p className="text-slate-700">{problem}</p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Join ${invitation.organizationName}`}>
      <p className="mb-6 text-slate-700">
        {invitation.invitedBy ? `${invitation.invitedBy} invited` : "You were invited as"}{" "}
        <strong>{invitation.email}</strong> to join as <strong>{invitation.role}</strong>.
      </p>
      {mode === "join" ? (
        <Form method="post">
          <SubmitButton pendingText="Joining…">Join {invitation.organizationName}</SubmitButton>
        </Form>
      ) : mode === "wrong-account" ? (
        <p className="text-slate-700">
          You are signed in as {invitation.signedInAs}. Sign out, then open this link again and sign in as{" "}
          {invitation.email}.
        </p>
      ) : mode === "sign-in" ? (
        <p>
          <Link className="btn-primary" to={`/login?redirectTo=${encodeURIComponent(invitation.path)}`}>
            Sign in to accept
          </Link>
        </p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <FormErrors id={form.errorId} errors={form.errors} />
          <input type="hidden" name="intent" value="create" />
          <TextField meta={fields.name} label="Your name" autoComplete="name" />
          <NewPasswordFields password={fields.password} label="Choose a password" />
          <SubmitButton pendingText="Creating your account…">Create account and join</SubmitButton>
        </Form>
      )}
    </AuthCard>
  );
}
