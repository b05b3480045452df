import { data } from "@remix-run/node";
import { idSchema } from "~/domain/accounts/schemas";

/** A 404 with a plain message: used for missing rows and for rows of another organization alike. */
export function notFound(
  message = "There is nothing at this address, or it belongs to another organization.",
): never {
  throw data({ message }, { status: 404 });
}

/** An id from the URL or a form: a malformed one is simply not found, never a database error. */
export function requireId(value: unknown): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}
