import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { forgotPasswordSchema } from "~/domain/accounts/schemas";
import { requestPasswordReset } from "~/server/password-resets.server";
import { enforceLimit, enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Reset your password — RoleFit" }];

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceRateLimit(context, "forgot-password", 10, 15 * 60 * 1000);
  const submission = parseWithZod(await request.formData(), { schema: forgotPasswordSchema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), sent: false }, { status: 400 });
  await enforceLimit(context.limiter, `forgot-password:email:${submission.value.email}`, 5, 60 * 60 * 1000);
  // The same answer, and the same work, whether or not the address has an account.
  await requestPasswordReset(context.db, submission.value.email);
  return { result: submission.reply({ resetForm: true }), sent: true };
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
    shouldValidate: "onBlur",
    // Once an error shows, clear it while typing: clearing it on blur moved the button away from the click.
    shouldRevalidate: "onInput",
  });
  return (
    <AuthCard title="Reset your password" footer={<Link to="/login">Back to sign in</Link>}>
      {actionData?.sent ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
        >
          If an account exists for that address, we have emailed it a link to reset the password. The link
          works for one hour.
        </p>
      ) : null}
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.email} label="Email" type="email" autoComplete="email" />
        <SubmitButton pendingText="Sending…">Email me a reset link</SubmitButton>
      </Form>
    </AuthCard>
  );
}
