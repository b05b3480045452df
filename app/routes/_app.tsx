import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireMember } from "~/server/auth.server";

// The signed-in area: every page below needs a member of the current organization. Each child
// loader guards itself too (loaders run in parallel), this one only keeps the layout honest.
export async function loader({ request, context }: LoaderFunctionArgs) {
  const member = await requireMember(request, context);
  return { role: member.role, organizationName: member.organizationName };
}

export default function SignedInLayout() {
  return <Outlet />;
}
