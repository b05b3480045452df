import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, NewPasswordFields, SubmitButton } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { withGuessablePasswordCheck } from "~/domain/accounts/password-strength";
import { resetPasswordSchema } from "~/domain/accounts/schemas";
import { redirectWithFlash } from "~/server/flash.server";
import { checkResetToken, completePasswordReset } from "~/server/password-resets.server";

export const meta: MetaFunction = () => [{ title: "Choose a new password — RoleFit" }];

const problems = {
  unknown: "This reset link is not valid. Check that you copied the whole link, or ask for a new one.",
  expired: "This reset link has expired. Reset links work for one hour; ask for a new one.",
  used: "This reset link has already been used. Ask for a new one if you still need to reset your password.",
} as const;

export async function loader({ params, context }: LoaderFunctionArgs) {
  const check = await checkResetToken(context.db, params.token);
  if (check.status !== "valid")
    return data({ problem: problems[check.status] }, { status: check.status === "unknown" ? 404 : 410 });
  return { problem: null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), {
    schema: withGuessablePasswordCheck(resetPasswordSchema),
  });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password", "confirm"] }), { status: 400 });
  const result = await completePasswordReset(context.db, params.token ?? "", submission.value.password);
  if (result.status !== "valid") {
    return data(
      submission.reply({ formErrors: [problems[result.status]], hideFields: ["password", "confirm"] }),
      { status: 410 },
    );
  }
  return redirectWithFlash(context, "/login", {
    kind: "success",
    message: "Your password was changed. Sign in with the new one; other devices were signed out.",
  });
}

export default function ResetPassword() {
  const { problem } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (problem) {
    return (
      <AuthCard title="This link doesn't work" footer={<Link to="/login">Back to sign in</Link>}>
        <p className="text-slate-700">{problem}</p>
        <p className="mt-4">
          <Link to="/forgot-password" className="btn-primary">
            Ask for a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password">
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <NewPasswordFields password={fields.password} confirm={fields.confirm} />
        <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
      </Form>
    </AuthCard>
  );
}
