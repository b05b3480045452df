import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FieldErrors, SubmitButton } from "~/components/forms";
import { EmptyState, PageHeader } from "~/components/page";
import { apiKeysActionSchema } from "~/domain/api/key-form";
import { createApiKey, listApiKeys, revokeApiKey } from "~/server/api-keys.server";
import { actorOf } from "~/server/audit-log.server";
import { requireMember } from "~/server/auth.server";
import { publicOrigin } from "~/server/context.server";
import { redirectWithFlash } from "~/server/flash.server";

export const meta: MetaFunction = () => [{ title: "API keys — RoleFit" }];

// Owners create and revoke the organization's API keys. A new key is shown once, in the response to
// the post that created it; only its hash is stored.

export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  return { keys: await listApiKeys(context.db, member.organizationId), origin: publicOrigin(context) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const member = await requireMember(request, context, "owner");
  const submission = parseWithZod(await request.formData(), { schema: apiKeysActionSchema });
  if (submission.status !== "success") {
    // Revoking posts an id from this page; a malformed one is a key that does not exist.
    if (submission.payload.intent === "revoke")
      throw data({ message: "That key was not found or is already revoked." }, { status: 404 });
    return data({ reply: submission.reply(), created: null }, { status: 400 });
  }
  const value = submission.value;
  switch (value.intent) {
    case "revoke":
      if (!(await revokeApiKey(context.db, member.organizationId, value.keyId, actorOf(member)))) {
        throw data({ message: "That key was not found or is already revoked." }, { status: 404 });
      }
      return redirectWithFlash(context, "/settings/api-keys", {
        kind: "success",
        message: "The key was revoked; calls made with it are now refused.",
      });
    case "create": {
      const input = { name: value.name, scope: value.scope, createdByUserId: member.user.id };
      const { key } = await createApiKey(context.db, member.organizationId, input, actorOf(member));
      // Shown once, in this response only: never cached.
      return data(
        { reply: null, created: { name: value.name, scope: value.scope, key } },
        { headers: { "Cache-Control": "no-store" } },
      );
    }
  }
}

const when = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) +
      " UTC"
    : "never";

export default function ApiKeys() {
  const { keys, origin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.reply?.error ?? {};
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="API keys"
        description={
          <>
            Keys let other systems use the <Link to="/api/v1/docs">RoleFit API</Link> and the Greenhouse
            assessment-partner endpoints for this organization. Every call is in the audit log under the key's
            name.
          </>
        }
        actions={
          <Link to="/settings/organization" className="btn-secondary">
            Organization settings
          </Link>
        }
      />
      {result?.created ? (
        <section className="card border-green-300 bg-green-50" aria-labelledby="new-key-h">
          <h2 id="new-key-h" role="status">
            Key “{result.created.name}” created ({result.created.scope})
          </h2>
          <p className="mt-1 text-sm">
            Copy it now: it is shown only this once and cannot be recovered, only revoked.
          </p>
          <label htmlFor="new-key" className="label mt-3">
            API key
          </label>
          <input id="new-key" readOnly value={result.created.key} className="input font-mono" />
          <p className="mt-2 text-sm">
            Try it:{" "}
            <code className="break-all">
              curl -H "Authorization: Bearer {result.created.key}" {origin}/api/v1/roles
            </code>
          </p>
        </section>
      ) : null}
      <Form method="post" className="card space-y-4" aria-labelledby="create-h">
        <h2 id="create-h">Create a key</h2>
        <input type="hidden" name="intent" value="create" />
        <div>
          <label htmlFor="key-name" className="label">
            Name
          </label>
          <input
            id="key-name"
            name="name"
            className="input"
            maxLength={80}
            required
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? "key-name-error" : "key-name-help"}
          />
          <p id="key-name-help" className="mt-1 text-sm text-slate-600">
            What uses it, e.g. “Greenhouse” or “Nightly sync”. It names the key in the audit log.
          </p>
          {errors.name?.length ? (
            <p id="key-name-error" className="mt-1 text-sm text-red-700">
              {errors.name[0]}
            </p>
          ) : null}
        </div>
        <fieldset>
          <legend className="label">Scope</legend>
          <label className="mt-2 flex items-center gap-2">
            <input type="radio" name="scope" value="read" defaultChecked className="size-4" /> Read: list and
            read roles, candidates, reports, bias audit, scenarios
          </label>
          <label className="mt-2 flex items-center gap-2">
            <input type="radio" name="scope" value="read-write" className="size-4" /> Read-write: also create
            roles, invite and withdraw candidates, record decisions (Greenhouse needs this)
          </label>
          <FieldErrors errors={errors.scope ?? undefined} />
        </fieldset>
        <SubmitButton pendingText="Creating…">Create key</SubmitButton>
      </Form>
      <section aria-labelledby="keys-h" className="card">
        <h2 id="keys-h">Keys</h2>
        {keys.length === 0 ? (
          <EmptyState title="No keys yet" />
        ) : (
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Scope</th>
                <th scope="col">Starts with</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} className="border-t border-slate-200">
                  <td>{k.name}</td>
                  <td>{k.scope}</td>
                  <td>
                    <code>{k.prefix}…</code>
                  </td>
                  <td>{when(k.createdAt)}</td>
                  <td>{when(k.lastUsedAt)}</td>
                  <td>
                    {k.revokedAt ? (
                      <span>Revoked {when(k.revokedAt)}</span>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="keyId" value={k.id} />
                        <SubmitButton className="btn-secondary" pendingText="Revoking…">
                          Revoke<span className="sr-only"> {k.name}</span>
                        </SubmitButton>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
