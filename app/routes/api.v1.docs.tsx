import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { PageHeader } from "~/components/page";
import { openApiDocument } from "~/domain/api/openapi";
import { publicOrigin } from "~/server/context.server";

// /api/v1/docs: the API reference, rendered from the same OpenAPI document clients download. No
// external script: plain HTML that works without JavaScript.

export const meta: MetaFunction = () => [{ title: "API reference — RoleFit" }];

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  schema: Record<string, unknown>;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  "x-rolefit-scope": string;
  parameters: Parameter[];
  requestBody?: { content: { "application/json": { schema: { $ref: string } } } };
  responses: Record<string, { description: string; content: Record<string, { schema: { $ref: string } }> }>;
}

export function loader({ context }: LoaderFunctionArgs) {
  const doc = openApiDocument(publicOrigin(context));
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({
      path,
      method: method.toUpperCase(),
      op,
    })),
  );
  return {
    origin: publicOrigin(context),
    description: doc.info.description,
    operations,
    schemas: doc.components.schemas,
  };
}

const refName = (ref: string) => ref.split("/").pop()!;

export default function ApiDocs() {
  const d = useLoaderData<typeof loader>();
  return (
    <div className="space-y-8">
      <PageHeader
        title="RoleFit API v1"
        description={
          <>
            {d.description} The machine-readable document is at{" "}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            .
          </>
        }
      />
      <nav aria-label="Operations" className="card">
        <h2>Operations</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {d.operations.map(({ path, method, op }) => (
            <li key={op.operationId}>
              <a className="underline" href={`#${op.operationId}`}>
                <code>
                  {method} {path}
                </code>
              </a>{" "}
              — {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {d.operations.map(({ path, method, op }) => (
        <section
          key={op.operationId}
          id={op.operationId}
          className="card space-y-3"
          aria-labelledby={`${op.operationId}-h`}
        >
          <h2 id={`${op.operationId}-h`}>
            <code>
              {method} {path}
            </code>
          </h2>
          <p>
            {op.summary}. Needs a <strong>{op["x-rolefit-scope"]}</strong> key.
          </p>
          {op.description ? <p className="text-sm text-slate-700">{op.description}</p> : null}
          {op.parameters.length ? (
            <table className="w-full text-left text-sm">
              <caption className="text-left font-medium">Parameters</caption>
              <thead>
                <tr>
                  <th scope="col">name</th>
                  <th scope="col">in</th>
                  <th scope="col">schema</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`}>
                    <td>
                      <code>{p.name}</code>
                    </td>
                    <td>{p.in}</td>
                    <td>
                      <code>{JSON.stringify(p.schema)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {op.requestBody ? (
            <p className="text-sm">
              Request body:{" "}
              <a
                className="underline"
                href={`#schema-${refName(op.requestBody.content["application/json"].schema.$ref)}`}
              >
                {refName(op.requestBody.content["application/json"].schema.$ref)}
              </a>
            </p>
          ) : null}
          <ul className="text-sm">
            {Object.entries(op.responses).map(([status, r]) => {
              const [type, content] = Object.entries(r.content)[0]!;
              const name = refName(content.schema.$ref);
              return (
                <li key={status}>
                  <code>{status}</code> {r.description} (<code>{type}</code>,{" "}
                  <a className="underline" href={`#schema-${name}`}>
                    {name}
                  </a>
                  )
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <section aria-labelledby="schemas-h" className="space-y-4">
        <h2 id="schemas-h">Schemas</h2>
        {Object.entries(d.schemas).map(([name, schema]) => (
          <div key={name} id={`schema-${name}`} className="card">
            <h3>{name}</h3>
            <pre className="mt-2 overflow-x-auto text-xs">{JSON.stringify(schema, null, 2)}</pre>
          </div>
        ))}
      </section>
    </div>
  );
}
