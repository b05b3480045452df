import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { AuthCard } from "~/components/page";
import { signIn } from "~/server/auth.server";
import { confirmSignup, findPendingSignup } from "~/server/signups.server";

export const meta: MetaFunction = () => [
  { title: "Finish creating your account — RoleFit" },
  { name: "robots", content: "noindex" },
];

const problems = {
  unknown:
    "This link is not valid or was already used. If you already confirmed, sign in; otherwise sign up again for a new link.",
  expired: "This link has expired: confirmation links work for 24 hours. Sign up again for a new one.",
  "email-taken": "This address already has an account. Sign in, or reset the password if you forgot it.",
} as const;

export async function loader({ params, context }: LoaderFunctionArgs) {
  const pending = await findPendingSignup(context.db, params.token);
  if (pending.status !== "valid")
    return data(
      { problem: problems[pending.status], pending: null },
      { status: pending.status === "unknown" ? 404 : 410 },
    );
  return {
    problem: null,
    pending: { name: pending.name, email: pending.email, organizationName: pending.organizationName },
  };
}

// Creating the account takes a click (a POST), so a mail scanner that opens links creates nothing.
export async function action({ params, context }: ActionFunctionArgs) {
  const result = await confirmSignup(context.db, params.token);
  if (!result.ok) return data({ problem: problems[result.error] }, { status: 410 });
  return signIn(context, result.userId, result.organizationId, "/dashboard", {
    kind: "success",
    message: "Welcome to RoleFit. Your workspace is ready.",
  });
}

export default function ConfirmSignup() {
  const { problem, pending } = useLoaderData<typeof loader>();
  if (problem || !pending) {
    return (
      <AuthCard title="This link doesn't work" footer={<Link to="/login">Sign in</Link>}>
        <p className="text-slate-700">{problem}</p>
        <p className="mt-4">
          <Link to="/signup" className="btn-primary">
            Sign up again
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Finish creating your account" footer={<Link to="/login">Sign in instead</Link>}>
      <p className="text-slate-700">
        {pending.name}, your address <strong>{pending.email}</strong> is confirmed. Create your account and
        the workspace <strong>{pending.organizationName}</strong>?
      </p>
      <Form method="post" className="mt-4">
        <SubmitButton pendingText="Creating your account…">Create my account</SubmitButton>
      </Form>
    </AuthCard>
  );
}
