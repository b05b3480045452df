import { expect, type Page } from "@playwright/test";
import { linkFromOutbox } from "./outbox";
import { answerAll, waitForHydration } from "./questionnaire";

export const DEMO_EMAIL = "demo@example.com";
/** The password the specs give the demo account (its real one is printed once on the console). */
export const DEMO_PASSWORD = "axe-lantern-harbour-demo";

/**
 * Signs in to the demo workspace every first start seeds. Its password is printed only on the
 * console, so the first spec that needs it takes the account over the way a person would: "forgot
 * password", the emailed link, a new password. Later specs in the same run just sign in.
 */
export async function signInAsDemo(page: Page, options: { javaScript?: boolean } = {}) {
  const settle = () => (options.javaScript === false ? Promise.resolve() : waitForHydration(page));
  const signIn = async () => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO_EMAIL);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await signIn();
  // Either the dashboard (the password was set by an earlier spec) or the refusal.
  const refused = page.getByRole("alert").filter({ hasText: "don't match" });
  await expect(
    page.getByRole("heading", { level: 1 }).filter({ hasText: "Acme Robotics" }).or(refused),
  ).toBeVisible();
  if (!(await refused.isVisible())) return settle();
  // Take the account over by email. Count the reset emails first, so the link used is the new one.
  const resets = page
    .getByRole("article")
    .filter({ hasText: `To ${DEMO_EMAIL}` })
    .filter({ has: page.getByRole("heading", { name: /Reset your RoleFit password/ }) });
  await page.goto("/dev/outbox");
  const before = await resets.count();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(DEMO_EMAIL);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account exists" })).toBeVisible();
  await expect(async () => {
    await page.goto("/dev/outbox");
    expect(await resets.count()).toBeGreaterThan(before);
  }).toPass({ timeout: 15_000 });
  await page.goto(await linkFromOutbox(page, DEMO_EMAIL, /Reset your RoleFit password/));
  await page.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn();
  await expect(page).toHaveURL(/\/dashboard$/);
  await settle();
}

/** The demo role with twelve assessed candidates. */
export async function demoRolePath(page: Page): Promise<string> {
  await page.goto("/roles");
  const href = await page
    .getByRole("main")
    .getByRole("link", { name: "Enterprise Account Executive" })
    .first()
    .getAttribute("href");
  expect(href).toBeTruthy();
  return href!;
}

/** Starts the short self-assessment (a fixed order of questions); returns the first question's path. */
export async function startShortAssessment(page: Page): Promise<string> {
  await page.goto("/assess");
  await page.getByRole("radio", { name: /Short/ }).check();
  await page.getByLabel("I have read how my answers are used and I want to start.").check();
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await page.getByRole("button", { name: "Skip these questions" }).click();
  await expect(page.getByText(/^Question 1 ·/)).toBeVisible();
  return new URL(page.url()).pathname;
}

/**
 * Takes the short self-assessment with the same answers every time, so its report is the same in
 * every run. Returns the report's path.
 */
export async function completeShortAssessment(page: Page): Promise<string> {
  const start = await startShortAssessment(page);
  await answerAll(page, { javaScript: true });
  await expect(page.getByRole("heading", { name: /Your results|you're done/ })).toBeVisible();
  if (!/\/report$/.test(page.url())) await page.goto(`${start.replace(/\/$/, "")}/report`);
  return new URL(page.url()).pathname;
}
