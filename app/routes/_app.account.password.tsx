import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { FormErrors, NewPasswordFields, SubmitButton, TextField } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { withGuessablePasswordCheck } from "~/domain/accounts/password-strength";
import { changePasswordSchema } from "~/domain/accounts/schemas";
import { changePassword } from "~/server/accounts.server";
import { requireUser, signIn } from "~/server/auth.server";
import { passwordCheckRetryAfter, recordPasswordFailure } from "~/server/login-throttle.server";
import { formatWait, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Change password — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await requireUser(request, context);
  const hidden = { hideFields: ["currentPassword", "password", "confirm"] };
  const submission = parseWithZod(await request.formData(), {
    schema: withGuessablePasswordCheck(changePasswordSchema, () => [session.user.email, session.user.name]),
  });
  if (submission.status !== "success") return data(submission.reply(hidden), { status: 400 });
  // The current-password check is a password guess like a sign-in, so it shares the sign-in throttle:
  // a stolen session cannot be used to guess the password it would need to take the account over.
  const wait = await passwordCheckRetryAfter(context.limiter, session.user.email, context.clientIp);
  if (wait > 0) {
    return data(
      submission.reply({
        formErrors: [`Too many wrong passwords. Please wait ${formatWait(wait)} and try again.`],
        ...hidden,
      }),
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const result = await changePassword(
    context.db,
    session.user.id,
    submission.value.currentPassword,
    submission.value.password,
  );
  if (!result.ok) {
    await recordPasswordFailure(context.limiter, session.user.email, context.clientIp);
    return data(
      submission.reply({
        fieldErrors: { currentPassword: ["That is not your current password."] },
        ...hidden,
      }),
      { status: 400 },
    );
  }
  // Every session ended with the change, this one included; continue in a fresh one.
  return signIn(context, session.user.id, session.currentOrganizationId, "/dashboard", {
    kind: "success",
    message: "Your password was changed. You were signed out everywhere else.",
  });
}

export default function ChangePassword() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <div className="max-w-md">
      <PageHeader title="Change password" description="Changing it signs you out on every other device." />
      <Form method="post" {...getFormProps(form)} className="card space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField
          meta={fields.currentPassword}
          label="Current password"
          type="password"
          autoComplete="current-password"
        />
        <NewPasswordFields password={fields.password} confirm={fields.confirm} />
        <SubmitButton pendingText="Saving…">Change password</SubmitButton>
      </Form>
    </div>
  );
}
