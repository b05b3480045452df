import crypto from "node:crypto";
import type { AppServices } from "../app/server/context.server.ts";
import { signUp } from "../app/server/accounts.server.ts";

export const DEMO_EMAIL = "demo@example.com";

/**
 * Creates the demo workspace on first run (an empty database) and returns the login to print once.
 * Later features add their demo data here, each as one step that receives the demo organization.
 */
export async function seedDemoWorkspace(services: AppServices): Promise<{ email: string; password: string } | null> {
  const { db } = services;
  const anyOrg = await db.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
  if (anyOrg) return null;
  // A random password: a fixed demo password would be a known login on every self-hosted install.
  const password = `demo-${crypto.randomBytes(9).toString("base64url")}`;
  const result = await signUp(db, { name: "Dana Demo", email: DEMO_EMAIL, password, organizationName: "Acme Robotics (demo)" });
  if (!result.ok) return null;
  for (const step of demoSteps) await step(services, result.organizationId, result.userId);
  return { email: DEMO_EMAIL, password };
}

type DemoStep = (services: AppServices, organizationId: string, ownerUserId: string) => Promise<void>;

const demoSteps: DemoStep[] = [];
