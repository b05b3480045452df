import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EmptyState, PageHeader } from "~/components/page";
import { listOutbox } from "~/server/mail.server";

export const meta: MetaFunction = () => [{ title: "Dev outbox — RoleFit" }];

// Mail that would have been sent, for installs without SMTP. It holds live reset and invitation
// links, so it exists only while SMTP and APP_URL are unset (a local install) and only for requests
// made on this machine straight to the app, never through a proxy. A message with an HTML part
// shows it as a mail client would (sandboxed), with the text part below.
export async function loader({ context }: LoaderFunctionArgs) {
  if (context.mailer.kind !== "outbox" || context.env.appUrl || !context.isLocalRequest) {
    throw data({ message: "There is nothing at this address." }, { status: 404 });
  }
  return { messages: await listOutbox(context.db) };
}

export default function Outbox() {
  const { messages } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Dev outbox"
        description="Email is not configured (SMTP_URL is unset), so messages are kept here. Only this machine can open this page."
      />
      {messages.length === 0 ? (
        <EmptyState title="No messages yet">Password resets and invitations will show up here.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {messages.map((m) => (
            <li key={m.id} className="card">
              <article aria-label={m.subject}>
                <h2>{m.subject}</h2>
                <p className="text-sm text-slate-600">
                  To {m.to_address}
                  {m.reply_to ? ` · Reply-To ${m.reply_to}` : ""} ·{" "}
                  {new Date(m.created_at).toLocaleString("en-GB", { timeZone: "UTC" })} UTC
                </p>
                {m.html_body ? (
                  <details className="mt-3" open>
                    <summary className="cursor-pointer text-sm font-medium">HTML part</summary>
                    {/* The message's own HTML, as a mail client shows it: in a sandbox with no
                        scripts, forms or access to this page (an employer's words and logo). */}
                    <iframe
                      title={`HTML part of “${m.subject}”`}
                      sandbox=""
                      srcDoc={m.html_body}
                      className="mt-2 h-96 w-full rounded border border-slate-200 bg-white"
                    />
                  </details>
                ) : null}
                {m.html_body ? (
                  <details className="mt-3" open>
                    <summary className="cursor-pointer text-sm font-medium">Text part</summary>
                    <TextPart text={m.text_body} />
                  </details>
                ) : (
                  <TextPart text={m.text_body} />
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** A message's plain text, its links clickable (a text-only message shows just this). */
function TextPart({ text }: { text: string }) {
  return (
    <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm text-slate-800">
      {linkify(text)}
    </pre>
  );
}

function linkify(text: string) {
  return text.split(/(https?:\/\/\S+)/g).map((part, i) =>
    /^https?:\/\//.test(part) ? (
      <a key={i} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
