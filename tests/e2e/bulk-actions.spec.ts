import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { answerAll, waitForHydration } from "./support/questionnaire";
import { newAccount, signUpThroughUi, type NewAccount } from "./support/sign-up";

/**
 * Bulk reject on the ranked list with its confirmation step and the status emails, once with
 * JavaScript and once without. The spec works in an organization of its own (not the demo
 * workspace), so the decisions it records never reach another spec's pages or baselines.
 */
test.describe.configure({ mode: "serial" });

let account: NewAccount;
let context: BrowserContext;
let page: Page;
let rolePath: string;
const stamp = Date.now();
const people = {
  ann: { name: "Ann Bulk", email: `ann.${stamp}@example.com` },
  ben: { name: "Ben Bulk", email: `ben.${stamp}@example.com` },
  cy: { name: "Cy Bulk", email: `cy.${stamp}@example.com` },
};
const ROLE = "Bulk SDR";

async function invite(person: { name: string; email: string }): Promise<string> {
  await page.goto(`${rolePath}/invite`);
  const one = page.getByRole("form", { name: "One candidate" });
  await one.getByLabel("Name").fill(person.name);
  await one.getByLabel("Email", { exact: true }).fill(person.email);
  await one.getByLabel("Just create links; I'll send them").check();
  await one.getByRole("button", { name: "Invite" }).click();
  return page.getByLabel(`Invitation link for ${person.name}`).inputValue();
}

async function complete(browser: Browser, link: string) {
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await candidate.goto(link);
  await candidate.getByLabel("I have read how my answers are used and I want to start.").check();
  await candidate.getByRole("button", { name: "Start the questionnaire" }).click();
  await candidate.getByRole("button", { name: "Skip these questions" }).click();
  await answerAll(candidate, { javaScript: true });
  await candidateContext.close();
}

/** The subjects of the dev outbox's messages to one address (the job queue sends within a second). */
async function subjectsTo(p: Page, email: string, expected: number): Promise<string[]> {
  const messages = p.getByRole("article").filter({ hasText: `To ${email}` });
  await expect(async () => {
    await p.goto("/dev/outbox");
    expect(await messages.count()).toBe(expected);
  }).toPass({ timeout: 15_000 });
  return messages.getByRole("heading").allInnerTexts();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(420_000);
  context = await browser.newContext();
  page = await context.newPage();
  account = await signUpThroughUi(page, { ...newAccount("bulk"), name: "Bea Bulk" });
  await page.goto("/roles/new");
  const templateForm = page.getByRole("form", { name: "From a template" });
  await templateForm.getByLabel("Role title").fill(ROLE);
  await templateForm.getByRole("radio", { name: /Sales development/ }).check();
  await templateForm.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { name: ROLE, level: 1 })).toBeVisible();
  rolePath = new URL(page.url()).pathname;
  const annLink = await invite(people.ann);
  const benLink = await invite(people.ben);
  await invite(people.cy);
  await complete(browser, annLink);
  await complete(browser, benLink);
});

test.afterAll(async () => {
  await context.close();
});

test("with JavaScript: select, see the count, confirm the reject, and the finished candidate is emailed", async () => {
  await page.goto(`${rolePath}?status=all`);
  await waitForHydration(page);
  const toolbar = page.getByRole("group", { name: "Selected candidates" });
  await expect(toolbar.getByText("0 selected")).toBeVisible();
  // Nothing selected: the actions wait.
  await expect(toolbar.getByRole("button", { name: "Reject" })).toBeDisabled();
  await page.getByRole("checkbox", { name: `Select ${people.ann.name}` }).check();
  await page.getByRole("checkbox", { name: `Select ${people.cy.name}` }).check();
  await expect(toolbar.getByText("2 selected")).toBeVisible();
  await toolbar.getByLabel(/Email the candidates/).check();
  await expectAccessible(page);
  await toolbar.getByRole("button", { name: "Reject" }).click();

  const confirm = page.getByRole("heading", { name: "Reject 2 candidates?" });
  await expect(confirm).toBeFocused();
  await expect(page.getByText("Each candidate rejected gets your rejection email.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Yes, reject 2 candidates" }).click();

  await expect(page.getByRole("status")).toContainText(
    "Rejected 1 candidate and emailed them. Skipped 1 who have not finished.",
  );
  // The list is as it was: the same filter.
  await expect(page).toHaveURL(new RegExp(`${rolePath}\\?status=all$`));
  await expect(page.getByRole("row").filter({ hasText: people.ann.name })).toContainText("Reject");

  const subjects = await subjectsTo(page, people.ann.email, 1);
  expect(subjects).toEqual([`Your application for ${ROLE} at ${account.organization}`]);
  await expect(page.getByRole("article").filter({ hasText: `To ${people.ann.email}` })).toContainText(
    `Hello ${people.ann.name},`,
  );
  // The HTML part shows as the candidate's mail client would, in a frame that runs nothing.
  const htmlPart = page
    .getByRole("article")
    .filter({ hasText: `To ${people.ann.email}` })
    .locator(`iframe[title^="HTML part"]`);
  await expect(htmlPart).toHaveAttribute("sandbox", "");
  await expect(htmlPart.contentFrame().getByText(`Hello ${people.ann.name},`)).toBeVisible();
  expect(
    await page
      .getByRole("article")
      .filter({ hasText: `To ${people.cy.email}` })
      .count(),
  ).toBe(0);
});

test("without JavaScript: select all on the page, confirm, and only the one not yet rejected is emailed", async ({
  browser,
}) => {
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const p = await plain.newPage();
  await p.goto("/login");
  await p.getByLabel("Email").fill(account.email);
  await p.getByLabel("Password", { exact: true }).fill(account.password);
  await p.getByRole("button", { name: "Sign in" }).click();
  await expect(p).toHaveURL(/\/dashboard$/);

  await p.goto(`${rolePath}?status=all&q=Bulk`);
  await p.getByRole("checkbox", { name: "Select all on this page" }).check();
  await p.getByLabel(/Email the candidates/).check();
  await p.getByRole("group", { name: "Selected candidates" }).getByRole("button", { name: "Reject" }).click();

  await expect(p.getByRole("heading", { name: "Reject 3 candidates?" })).toBeVisible();
  for (const person of Object.values(people))
    await expect(p.getByRole("listitem").filter({ hasText: person.name })).toBeVisible();
  // (axe needs JavaScript in the page; the same confirmation was checked with it above.)

  await p.getByRole("button", { name: "Yes, reject 3 candidates" }).click();

  await expect(p.getByRole("status")).toContainText(
    "Rejected 1 candidate and emailed them. Skipped 1 who have not finished and 1 who already had that decision.",
  );
  await expect(p).toHaveURL(new RegExp(`${rolePath}\\?status=all&q=Bulk$`));
  expect(await subjectsTo(p, people.ben.email, 1)).toEqual([
    `Your application for ${ROLE} at ${account.organization}`,
  ]);
  // Ann was rejected and emailed once, in the first test; not again.
  expect(await subjectsTo(p, people.ann.email, 1)).toHaveLength(1);
  await plain.close();
});

test("at 390 px the list and its toolbar fit the screen", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${rolePath}?status=all`);
  await waitForHydration(page);
  await page.getByRole("checkbox", { name: `Select ${people.ben.name}` }).check();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const toolbar = await page.getByRole("group", { name: "Selected candidates" }).boundingBox();
  expect(toolbar!.x).toBeGreaterThanOrEqual(0);
  expect(toolbar!.x + toolbar!.width).toBeLessThanOrEqual(390);
  for (const name of ["Reject", "Export selected as JSON", "Compare selected (2–4)"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box!.x + box!.width, name).toBeLessThanOrEqual(390);
  }
  await expectAccessible(page);
});
