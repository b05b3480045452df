import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { forgotPasswordSchema } from "~/domain/accounts/schemas";
import { publicOrigin } from "~/server/context.server";
import { startPasswordReset } from "~/server/password-resets.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Reset your password — RoleFit" }];

export async function action({ request, context }: ActionFunctionArgs) {
  enforceRateLimit(context, "forgot-password", 10, 15 * 60 * 1000);
  const submission = parseWithZod(await request.formData(), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sent: false }, { status: 400 });
  const reset = await startPasswordReset(context.db, submission.value.email);
  if (reset) {
    const link = `${publicOrigin(context, request)}/reset-password/${reset.token}`;
    await context.mailer.send({
      to: submission.value.email,
      subject: "Reset your RoleFit password",
      text: `Hello ${reset.name},\n\nSomeone (hopefully you) asked to reset your RoleFit password. Open this link within an hour to choose a new one:\n\n${link}\n\nIf you did not ask, ignore this email; your password stays as it is.`,
    });
  }
  // The same answer whether or not the address has an account, so the form cannot be used to find out.
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
        <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900">
          If an account exists for that address, we have emailed it a link to reset the password. The link works for one hour.
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
