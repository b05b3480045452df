import { expect, type Page } from "@playwright/test";
import { linkFromOutbox } from "./outbox";

/** The demo workspace's owner, seeded on every first start (DEMO_SEED is on by default). */
export const DEMO_EMAIL = "demo@example.com";
/** The password the suite gives the demo account when it takes it over. */
export const DEMO_PASSWORD = "axe-lantern-harbour-demo";

/**
 * Signs in as the demo workspace's owner and ends on the dashboard. The seeded password is random
 * and printed only on the server's console, so the first spec of a run takes the account over the
 * way a person would ("forgot password", the emailed link, a new password); every later spec signs
 * in with that password at once.
 */
export async function signInAsDemo(page: Page): Promise<void> {
  if (await signInWithSuitePassword(page)) return;
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(DEMO_EMAIL);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account exists" })).toBeVisible();
  await page.goto(await linkFromOutbox(page, DEMO_EMAIL, /Reset your RoleFit password/));
  await page.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel("Repeat the new password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await signInWithSuitePassword(page), "sign-in after the reset").toBe(true);
}

async function signInWithSuitePassword(page: Page): Promise<boolean> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO_EMAIL);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  const refused = page.getByText("That email and password don't match an account.");
  await expect.poll(async () => /\/dashboard$/.test(page.url()) || (await refused.isVisible())).toBe(true);
  return /\/dashboard$/.test(page.url());
}
