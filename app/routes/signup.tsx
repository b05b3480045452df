import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { signupSchema } from "~/domain/accounts/schemas";
import { signUp } from "~/server/accounts.server";
import { getSession, signIn } from "~/server/auth.server";
import { enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Create your account — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getSession(request, context)) throw redirect("/dashboard");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  enforceRateLimit(context, "signup", 10, 60 * 60 * 1000);
  const submission = parseWithZod(await request.formData(), { schema: signupSchema });
  if (submission.status !== "success") return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const result = await signUp(context.db, submission.value);
  if (!result.ok) {
    return data(
      submission.reply({ fieldErrors: { email: ["An account with this email already exists. Sign in instead, or reset your password."] }, hideFields: ["password"] }),
      { status: 400 },
    );
  }
  return signIn(context, result.userId, result.organizationId, "/dashboard", {
    kind: "success",
    message: `Welcome to RoleFit. ${submission.value.organizationName} is ready.`,
  });
}

export default function Signup() {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <AuthCard title="Create your account" footer={<>Already have an account? <Link to="/login">Sign in</Link></>}>
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.name} label="Your name" autoComplete="name" />
        <TextField meta={fields.email} label="Work email" type="email" autoComplete="email" />
        <TextField meta={fields.organizationName} label="Organization name" autoComplete="organization" help="Your company or team. You can invite colleagues next." />
        <TextField meta={fields.password} label="Password" type="password" autoComplete="new-password" help="At least 10 characters. A few unrelated words work well." />
        <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      </Form>
    </AuthCard>
  );
}
