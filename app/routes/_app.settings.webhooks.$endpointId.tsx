import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { SubmitButton } from "~/components/forms";
import { PageHeader } from "~/components/page";
import { actorOf } from "~/server/audit-log.server";
import { requireMember } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { notFound, requireId } from "~/server/guards.server";
import {
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  listWebhookEndpoints,
  redeliverWebhook,
  webhookDeliveryLog,
} from "~/server/webhooks.server";

export const meta: MetaFunction = () => [{ title: "Webhook deliveries — RoleFit" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const endpointId = requireId(params.endpointId);
  const endpoint = (await listWebhookEndpoints(context.db, member.organizationId)).find(
    (e) => e.id === endpointId,
  );
  const log = await webhookDeliveryLog(context.db, member.organizationId, endpointId);
  if (!endpoint || !log) notFound();
  return { endpoint, log };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const endpointId = requireId(params.endpointId);
  const form = await request.formData();
  const intent = form.get("intent");
  const here = `/settings/webhooks/${endpointId}`;
  if (intent === "redeliver") {
    const outcome = await redeliverWebhook(
      context.db,
      member.organizationId,
      requireId(form.get("deliveryId")),
    );
    if (outcome === "not-found") notFound();
    if (outcome === "endpoint-off")
      return data(
        { error: "That delivery cannot be sent again: turn the endpoint back on first." },
        { status: 409 },
      );
    return redirectWithFlash(context, here, { kind: "success", message: "Queued to be sent again." });
  }
  if (intent === "enable") {
    if (!(await enableWebhookEndpoint(context.db, member.organizationId, endpointId, actorOf(member))))
      notFound();
    return redirectWithFlash(context, here, {
      kind: "success",
      message: "The endpoint is on again. Redeliver what it missed below.",
    });
  }
  if (intent === "delete") {
    if (!(await deleteWebhookEndpoint(context.db, member.organizationId, endpointId, actorOf(member))))
      notFound();
    return redirectWithFlash(context, "/settings/webhooks", {
      kind: "success",
      message: "Endpoint deleted.",
    });
  }
  return data({ error: "Unknown action." }, { status: 400 });
}

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) +
  " UTC";

export default function WebhookEndpoint() {
  const { endpoint, log } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Webhook deliveries"
        description={<span className="break-all">{endpoint.url}</span>}
        actions={
          <Link to="/settings/webhooks" className="btn-secondary">
            All endpoints
          </Link>
        }
      />
      {result && "error" in result ? (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {result.error}
        </p>
      ) : null}
      {endpoint.status === "disabled" ? (
        <section className="card mb-6 border-red-300" aria-labelledby="off-heading">
          <h2 id="off-heading">Turned off</h2>
          <p className="mt-2 text-slate-700">
            {endpoint.disabledReason}. Nothing is sent to it until it is turned back on.
          </p>
          <Form method="post" className="mt-3">
            <SubmitButton name="intent" value="enable" pendingText="Turning on…">
              Turn back on
            </SubmitButton>
          </Form>
        </section>
      ) : null}
      <section className="card mb-6" aria-labelledby="log-heading">
        <h2 id="log-heading">Latest deliveries</h2>
        {log.length === 0 ? <p className="mt-2 text-slate-700">Nothing sent yet.</p> : null}
        <ul className="mt-3 divide-y divide-slate-200">
          {log.map((d) => (
            <li key={d.id} className="py-3">
              <p>
                <code>{d.eventType}</code> · {when(d.createdAt)} ·{" "}
                <strong>
                  {d.status === "delivered"
                    ? "delivered"
                    : d.status === "failed"
                      ? "failed"
                      : "waiting to retry"}
                </strong>
              </p>
              <ol className="mt-1 text-sm text-slate-600">
                {d.attempts.map((a, i) => (
                  <li key={i}>
                    {when(a.at)}: {a.statusCode !== null ? `answered ${a.statusCode}` : a.error} (
                    {a.durationMs} ms)
                  </li>
                ))}
              </ol>
              {d.status !== "pending" ? (
                <Form method="post" className="mt-1">
                  <input type="hidden" name="deliveryId" value={d.id} />
                  <SubmitButton
                    name="intent"
                    value="redeliver"
                    className="btn-secondary"
                    pendingText="Queuing…"
                  >
                    Redeliver
                  </SubmitButton>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <Form method="post" className="card">
        <h2>Delete this endpoint</h2>
        <p className="mt-2 text-slate-700">Its delivery log goes with it; queued deliveries are not sent.</p>
        <SubmitButton name="intent" value="delete" className="btn-danger mt-3" pendingText="Deleting…">
          Delete endpoint
        </SubmitButton>
      </Form>
    </div>
  );
}
