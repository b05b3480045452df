import crypto from "node:crypto";
import { signUp } from "./accounts.server.ts";
import type { AppServices } from "./context.server.ts";
import { seedDemoHiring, seedDemoOrgDesign, seedDemoSelfAssessments } from "./demo-data.server.ts";

export const DEMO_EMAIL = "demo@example.com";

/** The login to print once, and links into the demo data. */
export interface DemoLogin {
  email: string;
  password: string;
  /** Extra lines for the console: links into the demo data. */
  notes: string[];
}

/**
 * Creates the demo workspace on first run (an empty database) and returns the login to print once.
 * The server calls it only when DEMO_SEED is on (the default; env.demoSeed). Later features add
 * their demo data here, each as one step that receives the demo organization.
 */
export async function seedDemoWorkspace(services: AppServices, origin = ""): Promise<DemoLogin | null> {
  const { db } = services;
  const anyOrg = await db.selectFrom("organizations").select("id").limit(1).executeTakeFirst();
  if (anyOrg) return null;
  // A random password: a fixed demo password would be a known login on every self-hosted install.
  const password = `demo-${crypto.randomBytes(9).toString("base64url")}`;
  const result = await signUp(db, {
    name: "Dana Demo",
    email: DEMO_EMAIL,
    password,
    organizationName: "Acme Robotics (demo)",
  });
  if (!result.ok) return null;
  const notes: string[] = [];
  for (const step of demoSteps) {
    const note = await step(services, result.organizationId, result.userId, origin);
    if (note) notes.push(note);
  }
  return { email: DEMO_EMAIL, password, notes };
}

/** One piece of demo data; may return a line to print (a link into it). */
type DemoStep = (
  services: AppServices,
  organizationId: string,
  ownerUserId: string,
  origin: string,
) => Promise<string | void>;

const demoSteps: DemoStep[] = [
  async ({ db }, _org, _owner, origin) =>
    `a sample self-assessment report: ${origin}${await seedDemoSelfAssessments(db)}`,
  async ({ db }, organizationId, ownerUserId, origin) =>
    `a role with twelve assessed candidates: ${origin}${await seedDemoHiring(db, organizationId, { userId: ownerUserId, name: "Dana Demo" })}`,
  async ({ db }, organizationId, ownerUserId, origin) =>
    `two org-design scenarios and a diagnostic: ${origin}${await seedDemoOrgDesign(db, organizationId, ownerUserId)}`,
];
