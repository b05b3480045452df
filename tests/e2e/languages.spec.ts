import { expect, test, type Page } from "@playwright/test";
import { DE_MESSAGES } from "../../app/domain/i18n/messages/de.ts";
import type { Messages } from "../../app/domain/i18n/messages/en.ts";
import { ES_MESSAGES } from "../../app/domain/i18n/messages/es.ts";
import { FR_MESSAGES } from "../../app/domain/i18n/messages/fr.ts";
import { DE_ITEM_TEXTS } from "../../app/domain/instrument/translations/de.ts";
import { ES_ITEM_TEXTS } from "../../app/domain/instrument/translations/es.ts";
import { expectAccessible } from "./support/axe";
import { demoRolePath, signInAsDemo } from "./support/demo";
import { pageProblems } from "./support/page-problems";
import { answerAll, waitForHydration, type QuestionnaireWords } from "./support/questionnaire";

/**
 * Candidates in their own language: a whole self-assessment in Spanish without JavaScript (the
 * browser asks for Spanish), one in German with JavaScript (chosen with the switcher), and an
 * invitation whose role the employer set to French, opened by a browser that asks for English.
 */

test.describe.configure({ mode: "serial" });

const wordsOf = (m: Messages): QuestionnaireWords => ({
  question: m["question.number"],
  next: m["question.next"],
  finished: [m["report.title"], m["questionnaire.doneTitle"]],
});

/** The statement or scenario on the page is one of the language's item texts. */
async function expectStatementIn(page: Page, texts: Readonly<Record<string, string>>) {
  const legend = (await page.getByRole("group").first().locator("legend").innerText()).trim();
  const options = await page.getByRole("group").first().getByRole("radio").count();
  const written = Object.values(texts);
  // A Likert statement or a scenario shows its text in the legend; a pair shows its two statements.
  const shown = written.some((text) => legend.includes(text))
    ? true
    : (
        await Promise.all(
          Array.from({ length: options }, (_, i) =>
            page.getByRole("group").first().locator("label").nth(i).innerText(),
          ),
        )
      ).every((label) => written.some((text) => label.includes(text)));
  expect(shown, `“${legend}” is written in the page's language`).toBe(true);
}

test("a whole self-assessment in Spanish without JavaScript, from the browser's language", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "es-ES" });
  const page = await context.newPage();
  // axe runs as a script, so each page is checked again as the same Spanish browser with scripts on
  // (the server sends both the same page; showing it changes nothing).
  const checker = await (await browser.newContext({ locale: "es-ES" })).newPage();
  const expectAccessibleInSpanish = async () => {
    await checker.goto(page.url());
    await expect(checker.locator("html")).toHaveAttribute("lang", "es");
    await expectAccessible(checker);
  };
  await page.goto("/assess");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: ES_MESSAGES["assess.title"] })).toBeVisible();
  await expectAccessibleInSpanish();

  await page.getByLabel(ES_MESSAGES["start.consent"]).check();
  await page.getByRole("button", { name: ES_MESSAGES["start.submit"] }).click();
  await expect(page.getByRole("heading", { name: ES_MESSAGES["selfId.title"] })).toBeVisible();
  await page.getByRole("button", { name: ES_MESSAGES["selfId.skip"] }).click();

  await expect(page.getByText(ES_MESSAGES["progress.done"].replace("{percent}", "0"))).toBeVisible();
  await expectStatementIn(page, ES_ITEM_TEXTS);
  await expectAccessibleInSpanish();
  const answered = await answerAll(page, { javaScript: false, words: wordsOf(ES_MESSAGES) });
  expect(answered).toBeGreaterThan(30);

  await expect(page.getByRole("heading", { level: 1, name: ES_MESSAGES["report.title"] })).toBeVisible();
  await expect(page.getByRole("heading", { name: ES_MESSAGES["report.traitsTitle"] })).toBeVisible();
  await expect(page.getByText(/español/).first()).toBeVisible();
  await expectAccessibleInSpanish();

  // The candidate reads the report in English instead: the switcher is a plain form.
  await page.getByLabel(ES_MESSAGES["language.label"]).selectOption("en");
  await page.getByRole("button", { name: ES_MESSAGES["language.submit"] }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your results" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await checker.context().close();
  await context.close();
});

test("a whole self-assessment in German with JavaScript, chosen with the switcher", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  // Each language's words load in the browser when a page first needs them (the switch below is a
  // navigation inside the page): nothing may fail or be rendered differently on the way.
  const problems = pageProblems(page);
  await page.goto("/assess");
  await expect(page.getByRole("heading", { level: 1, name: "Sales, marketing, or both?" })).toBeVisible();
  await waitForHydration(page);
  await page.getByLabel("Language").selectOption("de");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page.getByRole("heading", { level: 1, name: DE_MESSAGES["assess.title"] })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expectAccessible(page);

  await page.getByLabel(DE_MESSAGES["start.consent"]).check();
  await page.getByRole("button", { name: DE_MESSAGES["start.submit"] }).click();
  await page.getByRole("button", { name: DE_MESSAGES["selfId.skip"] }).click();
  await expect(page.getByRole("progressbar")).toBeVisible();
  await expectStatementIn(page, DE_ITEM_TEXTS);
  await expectAccessible(page);
  const answered = await answerAll(page, { javaScript: true, words: wordsOf(DE_MESSAGES) });
  expect(answered).toBeGreaterThan(30);

  await expect(page.getByRole("heading", { level: 1, name: DE_MESSAGES["report.title"] })).toBeVisible();
  await expect(page.getByRole("heading", { name: DE_MESSAGES["report.rolesTitle"] })).toBeVisible();
  await expectAccessible(page);
  expect(problems).toEqual([]);

  // A mistyped link says so in German too, error page and all.
  const missing = await page.goto(`/a/${"x".repeat(43)}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: DE_MESSAGES["error.linkTitle"] })).toBeVisible();
  await expect(page.getByText(DE_MESSAGES["questionnaire.invalid"])).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await context.close();
});

test("the employer sets a role's language: its invitation opens in French for an English browser", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInAsDemo(page);
  const role = await demoRolePath(page);
  await page.goto(`${role}/edit`);
  await page.getByLabel("Candidate's language").selectOption("fr");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now in French" })).toBeVisible();

  await page.goto(`${role}/invite`);
  const one = page.getByRole("form", { name: "One candidate" });
  await one.getByLabel("Name").fill("Camille Martin");
  await one.getByLabel("Email", { exact: true }).fill(`camille.${Date.now()}@example.com`);
  await one.getByLabel("Just create links; I'll send them").check();
  await one.getByRole("button", { name: "Invite" }).click();
  const link = await page.getByLabel("Invitation link for Camille Martin").inputValue();

  const candidateContext = await browser.newContext({ locale: "en-US" });
  const candidate = await candidateContext.newPage();
  await candidate.goto(link);
  await expect(candidate.locator("html")).toHaveAttribute("lang", "fr");
  await expect(
    candidate.getByRole("heading", { name: FR_MESSAGES["invite.hello"].replace("{name}", "Camille Martin") }),
  ).toBeVisible();
  await expectAccessible(candidate);
  await candidateContext.close();

  // Back to the default, as the other specs expect.
  await page.goto(`${role}/edit`);
  await page.getByLabel("Candidate's language").selectOption("");
  await page.getByRole("button", { name: "Save language" }).click();
  await expect(page.getByRole("status").filter({ hasText: "browser language" })).toBeVisible();
});

test("a link from a Spanish page to an English one shows the English words, without reloading the page", async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: "es-ES" });
  const page = await context.newPage();
  const problems = pageProblems(page);
  await page.goto("/assess");
  await expect(page.getByRole("heading", { level: 1, name: ES_MESSAGES["assess.title"] })).toBeVisible();
  await waitForHydration(page);
  // A document load would reset this mark; a navigation inside the page keeps it.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await page.getByRole("link", { name: "RoleFit" }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("footer")).toContainText("open source, self-hosted");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});
