import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { FormErrors, SubmitButton, TextField } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { loginSchema, safeRedirect } from "~/domain/accounts/schemas";
import { checkCredentials } from "~/server/accounts.server";
import { getSession, signIn } from "~/server/auth.server";
import {
  clearPasswordFailures,
  passwordCheckRetryAfter,
  recordPasswordFailure,
} from "~/server/login-throttle.server";
import { formatWait, retryAfterHeaders } from "~/server/rate-limit.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Sign in — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getSession(request, context)) throw redirect("/dashboard");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: loginSchema });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  const { email, password, redirectTo } = submission.value;
  const wait = await passwordCheckRetryAfter(context.limiter, email, context.clientIp);
  if (wait > 0) {
    return data(
      submission.reply({
        formErrors: [
          `Too many failed sign-in attempts. Please wait ${formatWait(wait)} and try again, or reset your password.`,
        ],
        hideFields: ["password"],
      }),
      { status: 429, headers: { "Retry-After": String(wait) } },
    );
  }
  const userId = await checkCredentials(context.db, email, password);
  if (!userId) {
    await recordPasswordFailure(context.limiter, email, context.clientIp);
    return data(
      submission.reply({
        formErrors: ["That email and password don't match an account."],
        hideFields: ["password"],
      }),
      { status: 400 },
    );
  }
  await clearPasswordFailures(context.limiter, email);
  return signIn(context, userId, null, safeRedirect(redirectTo));
}

export default function Login() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: { redirectTo: searchParams.get("redirectTo") ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: loginSchema }),
    shouldValidate: "onSubmit",
  });
  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          New to RoleFit? <Link to="/signup">Create an account</Link>
        </>
      }
    >
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} key={fields.redirectTo.key} />
        <TextField meta={fields.email} label="Email" type="email" autoComplete="email" />
        <TextField meta={fields.password} label="Password" type="password" autoComplete="current-password" />
        <div className="flex items-center justify-between">
          <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
          <Link to="/forgot-password" className="text-sm">
            Forgot password?
          </Link>
        </div>
      </Form>
    </AuthCard>
  );
}
