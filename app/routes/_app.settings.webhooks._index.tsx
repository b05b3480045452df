import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmissionErrors, SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { webhookEndpointSchema } from "~/domain/webhooks/schemas";
import { actorOf } from "~/server/audit-log.server";
import { requireMember } from "~/server/auth.server";
import { checkOutgoingUrl } from "~/server/outgoing-http.server";
import { createWebhookEndpoint, listWebhookEndpoints, WEBHOOK_EVENTS } from "~/server/webhooks.server";

export const meta: MetaFunction = () => [{ title: "Webhooks — RoleFit" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  return {
    endpoints: await listWebhookEndpoints(context.db, member.organizationId),
    events: WEBHOOK_EVENTS,
    production: context.env.nodeEnv === "production",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const submission = parseWithZod(await request.formData(), { schema: webhookEndpointSchema });
  if (submission.status !== "success") return data({ reply: submission.reply() }, { status: 400 });
  const checked = checkOutgoingUrl(submission.value.url, context.env);
  if (!checked.ok)
    return data({ reply: submission.reply({ fieldErrors: { url: [checked.message] } }) }, { status: 400 });
  const input = { ...submission.value, url: checked.url };
  const created = await createWebhookEndpoint(
    context.db,
    member.organizationId,
    input,
    member.user.id,
    actorOf(member),
  );
  return { created: { id: created.id, url: checked.url, secret: created.secret } };
}

export default function Webhooks() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Webhooks"
        description="RoleFit tells your other systems (an applicant-tracking system, a chat tool) when something happens, signed so they can check it came from here."
      />
      {result && "reply" in result ? (
        <div className="mb-4">
          <SubmissionErrors result={result.reply} />
        </div>
      ) : null}
      {result && "created" in result ? (
        <section className="card mb-6" aria-labelledby="secret-heading">
          <h2 id="secret-heading" role="status">
            Endpoint added: copy its signing secret now
          </h2>
          <p className="mt-2 text-slate-700">
            This is the only time the secret is shown. Your receiver uses it to check the{" "}
            <code>webhook-signature</code> header of every delivery to {result.created.url}.
          </p>
          <p className="mt-3 break-all rounded-md bg-slate-100 p-3 font-mono text-sm">
            {result.created.secret}
          </p>
        </section>
      ) : null}

      <section className="card mb-6" aria-labelledby="endpoints-heading">
        <h2 id="endpoints-heading">Endpoints</h2>
        {d.endpoints.length === 0 ? (
          <p className="mt-2 text-slate-700">None yet.</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200">
            {d.endpoints.map((e) => (
              <li key={e.id} className="py-3">
                <Link to={`/settings/webhooks/${e.id}`} className="font-medium break-all">
                  {e.url}
                </Link>
                <span
                  className={
                    e.status === "active"
                      ? "ml-2 text-sm text-emerald-700"
                      : "ml-2 text-sm font-semibold text-red-700"
                  }
                >
                  {e.status === "active" ? (e.failingSince ? "active, failing" : "active") : "turned off"}
                </span>
                {e.description ? <span className="block text-sm text-slate-600">{e.description}</span> : null}
                <span className="block text-sm text-slate-600">{e.events.join(", ")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Form method="post" className="card space-y-4">
        <h2>Add an endpoint</h2>
        <div>
          <label htmlFor="url" className="label">
            Address
          </label>
          <input
            id="url"
            name="url"
            type="url"
            required
            className="input"
            placeholder="https://ats.example.com/rolefit"
            aria-describedby="url-help"
          />
          <p id="url-help" className="help">
            Must start with https://. Addresses on private networks are refused unless the operator allows
            them (WEBHOOK_ALLOW_PRIVATE).{" "}
            {d.production ? null : (
              <>While developing, plain http:// to this machine (localhost, 127.0.0.1) works too.</>
            )}
          </p>
        </div>
        <div>
          <label htmlFor="description" className="label">
            Description (optional)
          </label>
          <input id="description" name="description" maxLength={100} className="input" />
        </div>
        <fieldset>
          <legend className="label">Events to send</legend>
          {d.events.map((ev) => (
            <label key={ev.type} className="mt-1 flex items-center gap-2">
              <input type="checkbox" name="events" value={ev.type} defaultChecked className="size-4" />
              {ev.label} <code className="text-sm text-slate-600">{ev.type}</code>
            </label>
          ))}
        </fieldset>
        <SubmitButton pendingText="Adding…">Add endpoint</SubmitButton>
      </Form>
    </div>
  );
}
