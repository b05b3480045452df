import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { answerAll } from "./support/questionnaire";
import { newAccount, signUpThroughUi } from "./support/sign-up";

test("a manager creates a role, invites a candidate who completes it, and reads the ranked report", async ({
  page,
  browser,
}) => {
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
  // The form starts empty again, and the links can be taken all at once.
  await expect(one.getByLabel("Name")).toHaveValue("");
  await expect(one.getByLabel("Email", { exact: true })).toHaveValue("");
  const csv = decodeURIComponent(
    (await page.getByRole("link", { name: "Download links as CSV" }).getAttribute("href"))!,
  );
  expect(csv).toMatch(
    /^data:text\/csv;charset=utf-8,\uFEFFname,email,link\r\nCara Candidate,cara\.\d+@example\.com,http/,
  );
  expect(csv).toContain(link);
  await expect(page.getByRole("button", { name: "Copy all 1 link" })).toBeVisible();

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

  // A saved note leaves an empty box behind, so a second click cannot post it twice.
  await page.getByLabel("Add a note").fill("Strong discovery questions in the screen.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status")).toContainText("Note added");
  await expect(page.getByText("Strong discovery questions in the screen.")).toHaveCount(1);
  await expect(page.getByLabel("Add a note")).toHaveValue("");

  // Comparing needs two: with one ticked the list says so next to the button, the tick kept.
  await page.getByRole("link", { name: "All candidates" }).click();
  await page.getByRole("checkbox", { name: "Select Cara Candidate" }).check();
  await page.getByRole("button", { name: "Compare selected (2–4)" }).click();
  await expect(page.getByRole("alert")).toHaveText("Tick at least two candidates to compare.");
  await expect(page.getByRole("checkbox", { name: "Select Cara Candidate" })).toBeChecked();
  await expect(page.getByRole("heading", { name: "Enterprise AE, Nordics", level: 1 })).toBeVisible();

  // Erasure, end to end from the page: the confirmation shows, erasing removes the candidate.
  await page.getByRole("link", { name: "Cara Candidate" }).click();
  await page.getByRole("link", { name: "Erase this candidate…" }).click();
  await expect(page.getByRole("heading", { name: "Erase Cara Candidate?", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Fit to/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Erase permanently" }).click();
  await expect(page.getByRole("status")).toContainText("erased from every table");
  await expect(page.getByRole("heading", { name: "Enterprise AE, Nordics", level: 1 })).toBeVisible();
  await expect(page.getByText("No candidates yet")).toBeVisible();
  // Her link now says the data was deleted.
  const erased = await browser.newContext();
  const gone = await erased.newPage();
  const response = await gone.goto(link);
  expect(response?.status()).toBe(410);
  await expect(gone.getByText(/was deleted/)).toBeVisible();
  await erased.close();
});

test("the team map and settings pages are accessible", async ({ page }) => {
  await signUpThroughUi(page, newAccount("axe"));
  for (const path of [
    "/team",
    "/settings/organization",
    "/settings/members",
    "/account/password",
    "/roles?archived=1",
  ]) {
    await page.goto(path);
    await expectAccessible(page);
  }
});
