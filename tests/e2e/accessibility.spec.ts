import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { DEMO_EMAIL, signInAsDemo } from "./support/demo";
import { linkFromOutbox } from "./support/outbox";
import { answerAll } from "./support/questionnaire";

/**
 * axe on every page the other specs do not already check: the password-reset pages, the outbox,
 * and the pages that need data — reached here through the demo workspace every first start seeds
 * (a role with twelve assessed candidates, a team map, two scenarios, a diagnostic round), signed
 * in with the shared fixture (support/demo.ts). Plus the questionnaire's forced-choice and scenario
 * screens, which the other specs pass without checking.
 */

test.describe.configure({ mode: "serial" });

/** The href of the first link matching selector, for pages reached by following the app's own links. */
async function hrefOf(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href, `a link matching ${selector}`).toBeTruthy();
  return href!;
}

async function visit(page: Page, path: string, heading?: string | RegExp) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  if (heading) await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
  await expectAccessible(page);
}

test("password reset pages, the outbox, and the demo workspace's pages with data", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await visit(page, "/forgot-password");
  await page.getByLabel("Email").fill(DEMO_EMAIL);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account exists" })).toBeVisible();
  await expectAccessible(page);

  const link = await linkFromOutbox(page, DEMO_EMAIL, /Reset your RoleFit password/);
  await expectAccessible(page); // the dev outbox
  await visit(page, link); // the reset form; signInAsDemo completes a reset itself if it needs one
  await visit(page, "/login");
  await signInAsDemo(page);
  await expectAccessible(page); // a dashboard with roles and candidates

  // Hiring: the role list, the role, its edit, invite, fairness and compare pages, a candidate.
  await visit(page, "/roles");
  const role = (await page
    .getByRole("main")
    .getByRole("link", { name: "Enterprise Account Executive" })
    .first()
    .getAttribute("href"))!;
  await visit(page, role, "Enterprise Account Executive");
  await visit(page, `${role}/edit`);
  await visit(page, `${role}/invite`);
  await visit(page, `${role}/fairness`);
  await page.goto(role);
  await page.getByRole("checkbox", { name: "Select Amara Okafor" }).check();
  await page.getByRole("checkbox", { name: "Select Lukas Becker" }).check();
  await page.getByRole("checkbox", { name: "Select Priya Raman" }).check();
  await page.getByRole("button", { name: "Compare selected (2–4)" }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  await expect(page.getByText("Amara Okafor").first()).toBeVisible();
  await expectAccessible(page);
  await page.goto(role);
  await visit(page, await hrefOf(page, `a[href^="${role}/candidates/"]`));

  // Team map with people, and one person's entry.
  await visit(page, "/team");
  await visit(page, await hrefOf(page, 'main a[href^="/team/"]'));

  // Organization-wide fairness, the audit log, a new organization.
  await visit(page, "/fairness");
  await visit(page, "/settings/audit");
  await visit(page, "/organizations/new");

  // Org designer with scenarios: every tab of one, the diagnostic round's results.
  await visit(page, "/org");
  const scenario = await hrefOf(page, 'main a[href^="/org/scenarios/"]');
  for (const tab of ["", "/profile", "/plan", "/chart", "/manage"]) await visit(page, `${scenario}${tab}`);
  await visit(page, "/org");
  await visit(page, await hrefOf(page, 'main a[href^="/org/diagnostics/"]'));

  // A new diagnostic round and its anonymous answer page, in a fresh browser.
  await page.goto("/org");
  await page.getByLabel("Start a new round").fill("Axe check round");
  await page.getByRole("button", { name: "Create link" }).click();
  const diagnosticLink = await page.getByLabel("Invitation link for Axe check round").inputValue();
  expect(diagnosticLink).toMatch(/\/d\/[A-Za-z0-9_-]+$/);
  await expectAccessible(page);
  const respondentContext = await browser.newContext();
  const respondent = await respondentContext.newPage();
  await visit(respondent, new URL(diagnosticLink).pathname);
  await respondentContext.close();
});

test("the questionnaire's forced-choice pair and scenario screens", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/assess");
  await page.getByLabel("I have read how my answers are used and I want to start.").check();
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await page.getByRole("button", { name: "Skip these questions" }).click();

  const prompts = { forcedChoice: /Which is more like you\?/, scenario: /What would you most likely do\?/ };
  const checked = new Set<string>();
  for (let i = 0; i < 120 && checked.size < 2; i++) {
    const legend = page.getByRole("group").first().locator("legend");
    await expect(legend).toBeVisible();
    const text = await legend.innerText();
    for (const [name, prompt] of Object.entries(prompts)) {
      if (!checked.has(name) && prompt.test(text)) {
        await expectAccessible(page);
        checked.add(name);
      }
    }
    if ((await answerAll(page, { stopAfter: 1, javaScript: true })) === 0) break;
  }
  expect([...checked].sort()).toEqual(["forcedChoice", "scenario"]);
});
