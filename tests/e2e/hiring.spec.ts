import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { answerAll } from "./support/questionnaire";
import { newAccount, signUpThroughUi } from "./support/sign-up";

test("a manager creates a role, invites a candidate who completes it, and reads the ranked report", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await signUpThroughUi(page, { ...newAccount("hana"), name: "Hana Hiring" });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await expect(page.getByText("No roles yet")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create your first role" }).click();
  await expectAccessible(page);
  const templateForm = page.getByRole("form", { name: "From a template" });
  await templateForm.getByLabel("Role title").fill("Enterprise AE, Nordics");
  await templateForm.getByRole("radio", { name: /Account executive, enterprise/ }).check();
  await templateForm.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { name: "Enterprise AE, Nordics", level: 1 })).toBeVisible();
  await expect(page.getByText("No candidates yet")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Invite candidates" }).first().click();
  await expectAccessible(page);
  const one = page.getByRole("form", { name: "One candidate" });
  await one.getByLabel("Name").fill("Cara Candidate");
  await one.getByLabel("Email", { exact: true }).fill(`cara.${stamp}@example.com`);
  await one.getByLabel("Just create links; I'll send them").check();
  await one.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 invitation created" })).toBeVisible();
  const link = await page.getByLabel("Invitation link for Cara Candidate").inputValue();
  expect(link).toMatch(/\/i\/[A-Za-z0-9_-]{43}$/);

  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await candidate.goto(link);
  await expect(candidate.getByRole("heading", { name: "Hello Cara Candidate" })).toBeVisible();
  await expect(candidate.getByText("This is an automated assessment")).toBeVisible();
  await expect(candidate.getByText("Need an accommodation or a different process?")).toBeVisible();
  await expectAccessible(candidate);
  await candidate.getByLabel("I have read how my answers are used and I want to start.").check();
  await candidate.getByRole("button", { name: "Start the questionnaire" }).click();
  await candidate.getByRole("button", { name: "Skip these questions" }).click();
  await answerAll(candidate, { javaScript: true });
  await expect(candidate.getByRole("heading", { name: /you're done/ })).toBeVisible();
  await expectAccessible(candidate);
  await candidateContext.close();

  await page.getByRole("link", { name: "Back to the role" }).click();
  const row = page.getByRole("row").filter({ hasText: "Cara Candidate" });
  await expect(row).toContainText("Completed");
  await expect(row.getByRole("cell").nth(1)).toHaveText("1");
  await expectAccessible(page);
  await row.getByRole("link", { name: "Cara Candidate" }).click();
  await expect(page.getByRole("heading", { name: "Cara Candidate", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Fit to Enterprise AE, Nordics/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Interview guide" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Advance" }).click();
  await expect(page.getByRole("status")).toContainText("Decision recorded: Advance");
  await expect(page.getByText(/Advance — Hana Hiring/)).toBeVisible();
});

test("the team map and settings pages are accessible", async ({ page }) => {
  await signUpThroughUi(page, newAccount("axe"));
  for (const path of ["/team", "/settings/organization", "/settings/members", "/account/password", "/roles?archived=1"]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});
