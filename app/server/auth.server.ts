import { data, redirect } from "@remix-run/node";
import type { MemberRole } from "#db/schema.ts";
import { roleAllows } from "~/domain/accounts/policy.ts";
import type { AppContext } from "./context.server.ts";
import { redirectWithFlash, type Flash } from "./flash.server.ts";
import { findMembership, listUserOrganizations } from "./organizations.server.ts";
import {
  createSession,
  deleteSession,
  findActiveSession,
  setSessionOrganization,
  type ActiveSession,
} from "./sessions.server.ts";

export async function getSession(request: Request, context: AppContext): Promise<ActiveSession | null> {
  const token = await context.cookies.session.parse(request.headers.get("Cookie"));
  return findActiveSession(context.db, token);
}

/** The signed-in session, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request, context: AppContext): Promise<ActiveSession> {
  const session = await getSession(request, context);
  if (session) return session;
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
}

export interface Member {
  session: ActiveSession;
  user: ActiveSession["user"];
  organizationId: string;
  organizationName: string;
  role: MemberRole;
}

/**
 * The signed-in member of the current organization, with at least `needed` rights. This is the
 * guard every organization page uses; its organizationId is what data-access functions receive.
 */
export async function requireMember(
  request: Request,
  context: AppContext,
  needed: MemberRole = "viewer",
): Promise<Member> {
  const session = await requireUser(request, context);
  let membership = session.currentOrganizationId
    ? await findMembership(context.db, session.currentOrganizationId, session.user.id)
    : undefined;
  if (!membership) {
    const [first] = await listUserOrganizations(context.db, session.user.id);
    if (!first) throw redirect("/organizations/new");
    await setSessionOrganization(context.db, session.id, first.id);
    membership = await findMembership(context.db, first.id, session.user.id);
    if (!membership) throw redirect("/organizations/new");
  }
  if (!roleAllows(membership.role, needed)) {
    throw data(
      {
        message: `This needs the ${needed} role; you are a ${membership.role} in ${membership.organizationName}.`,
      },
      { status: 403 },
    );
  }
  return {
    session,
    user: session.user,
    organizationId: membership.organizationId,
    organizationName: membership.organizationName,
    role: membership.role,
  };
}

/** Starts a fresh session (a new id at every login) and redirects with its cookie. */
export async function signIn(
  context: AppContext,
  userId: string,
  organizationId: string | null,
  to: string,
  flash?: Flash,
): Promise<Response> {
  const token = await createSession(context.db, userId, organizationId);
  const headers = { "Set-Cookie": await context.cookies.session.serialize(token) };
  return flash ? redirectWithFlash(context, to, flash, headers) : redirect(to, { headers });
}

/** Ends the session on the server (so a copied cookie stops working) and clears the cookie. */
export async function signOut(request: Request, context: AppContext): Promise<Response> {
  const session = await getSession(request, context);
  if (session) await deleteSession(context.db, session.id);
  return redirectWithFlash(
    context,
    "/login",
    { kind: "info", message: "You are signed out." },
    {
      "Set-Cookie": await context.cookies.session.serialize("", { maxAge: 0 }),
    },
  );
}
