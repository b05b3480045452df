import type { LoaderFunctionArgs } from "@remix-run/node";
import { idSchema } from "~/domain/accounts/schemas";
import { findLogo } from "~/server/organization-settings.server";

// An organization's logo, for its candidate emails. Public (mail clients fetch it without a
// session) and by a random id that is new on every upload, so the address reveals nothing and the
// bytes behind it never change: cached for a year. The response is the image and nothing else.
export async function loader({ params, context }: LoaderFunctionArgs) {
  const id = idSchema.safeParse(params.logoId);
  const logo = id.success ? await findLogo(context.db, id.data) : null;
  if (!logo) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(logo.bytes, {
    headers: {
      "Content-Type": logo.contentType,
      "Content-Length": String(logo.bytes.byteLength),
      "Cache-Control": "public, max-age=31536000, immutable",
      // Mail clients and their image proxies load it from other origins.
      "Cross-Origin-Resource-Policy": "cross-origin",
      "Content-Disposition": "inline",
    },
  });
}
