import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormErrors, NewPasswordFields, SubmitButton, TextField } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { withGuessablePasswordCheck } from "~/domain/accounts/password-strength";
import { signupSchema } from "~/domain/accounts/schemas";
import { getSession } from "~/server/auth.server";
import { enforceLimit, enforceRateLimit, retryAfterHeaders } from "~/server/rate-limit.server";
import { requestSignup } from "~/server/signups.server";

export const headers = retryAfterHeaders;

export const meta: MetaFunction = () => [{ title: "Create your account — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getSession(request, context)) throw redirect("/dashboard");
  return { devOutbox: context.mailer.kind === "outbox" && context.isLocalRequest };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await enforceRateLimit(context, "signup", 10, 60 * 60 * 1000);
  const submission = parseWithZod(await request.formData(), {
    schema: withGuessablePasswordCheck(signupSchema, (v) => [v.email, v.name, v.organizationName]),
  });
  if (submission.status !== "success")
    return data({ result: submission.reply({ hideFields: ["password"] }), sentTo: null }, { status: 400 });
  // A few confirmation emails an hour per address, so the form cannot flood someone's inbox.
  await enforceLimit(context.limiter, `signup:email:${submission.value.email}`, 3, 60 * 60 * 1000);
  // The same answer whether or not the address has an account: the email says which it is.
  await requestSignup(context.db, submission.value);
  return { result: submission.reply({ resetForm: true }), sentTo: submission.value.email };
}

export default function Signup() {
  const { devOutbox } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signupSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  if (actionData?.sentTo) {
    return (
      <AuthCard
        title="Check your email"
        footer={
          <>
            Already confirmed? <Link to="/login">Sign in</Link>
          </>
        }
      >
        <p role="status" className="text-slate-700">
          We sent a message to <strong>{actionData.sentTo}</strong>. Open the link in it within 24 hours to
          finish creating your account.
        </p>
        <p className="mt-3 text-sm text-slate-600">
          Nothing there after a few minutes? Check the spam folder, or sign up again to get a new link.
        </p>
        {devOutbox ? (
          <p className="mt-3 text-sm text-slate-600">
            Email is not set up on this server, so the message is in the{" "}
            <Link to="/dev/outbox">dev outbox</Link>.
          </p>
        ) : null}
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account? <Link to="/login">Sign in</Link>
        </>
      }
    >
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField meta={fields.name} label="Your name" autoComplete="name" />
        <TextField meta={fields.email} label="Work email" type="email" autoComplete="email" />
        <TextField
          meta={fields.organizationName}
          label="Organization name"
          autoComplete="organization"
          help="Your company or team. You can invite colleagues next."
        />
        <NewPasswordFields password={fields.password} label="Password" />
        <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
      </Form>
    </AuthCard>
  );
}
