import { redirect } from "@remix-run/node";
import type { AppContext } from "./context.server.ts";

export interface Flash {
  kind: "success" | "info" | "error";
  message: string;
}

/** Redirects and shows `message` once on the next page. */
export async function redirectWithFlash(
  context: Pick<AppContext, "cookies">,
  to: string,
  flash: Flash,
  headers: HeadersInit = {},
): Promise<Response> {
  const h = new Headers(headers);
  h.append("Set-Cookie", await context.cookies.flash.serialize(flash));
  return redirect(to, { headers: h });
}

/** Reads the pending flash message and the header that clears it. */
export async function takeFlash(
  request: Request,
  context: Pick<AppContext, "cookies">,
): Promise<{ flash: Flash | null; setCookie: string | null }> {
  const value = await context.cookies.flash.parse(request.headers.get("Cookie"));
  if (!value || typeof value !== "object" || typeof value.message !== "string")
    return { flash: null, setCookie: null };
  const kind = ["success", "info", "error"].includes(value.kind) ? value.kind : "info";
  return {
    flash: { kind, message: value.message.slice(0, 300) },
    setCookie: await context.cookies.flash.serialize("", { maxAge: 0 }),
  };
}
