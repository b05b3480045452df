import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { answerAll, waitForHydration } from "./support/questionnaire";

test.describe.configure({ mode: "serial" });

test("a visitor completes the self-assessment with JavaScript and gets a report", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await page.getByRole("link", { name: "Take the free self-assessment" }).click();
  await expect(page.getByRole("heading", { name: "Sales, marketing, or both?" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await expect(page.getByText("Please confirm that you have read how your answers are used.")).toBeVisible();
  await page.getByLabel("I have read how my answers are used and I want to start.").check();
  await page.getByRole("button", { name: "Start the questionnaire" }).click();

  await expect(page.getByRole("heading", { name: "A few optional questions first" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: "Prefer not to say" }).first().check();
  await page.getByRole("button", { name: "Save and start" }).click();

  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
  await expectAccessible(page);

  // Keyboard: 4 answers "Agree" and moves on (the shortcut needs JavaScript running).
  await waitForHydration(page);
  const firstLegend = await page.getByRole("group").first().locator("legend").innerText();
  await page.keyboard.press("4");
  await expect(page.getByRole("group").first().locator("legend")).not.toHaveText(firstLegend);

  // Change the previous answer, then continue.
  await page.getByRole("link", { name: "← Change previous answer" }).click();
  await expect(page.getByText("Changing your previous answer")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Agree", exact: true })).toBeChecked();
  // A tap saves the change at once and returns to the waiting question.
  await page.getByRole("radio", { name: "Disagree", exact: true }).click();
  await expect(page.getByText(/^Question 2/)).toBeVisible();
  await page.getByRole("link", { name: "← Change previous answer" }).click();
  await expect(page.getByRole("radio", { name: "Disagree", exact: true })).toBeChecked();
  await page.getByRole("link", { name: "Keep my answer and continue" }).click();
  await expect(page.getByText(/^Question 2/)).toBeVisible();

  const answered = await answerAll(page, { javaScript: true });
  expect(answered).toBeGreaterThan(30);

  await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Provisional norms");
  await expect(page.getByRole("img", { name: /Where you sit between sales and marketing/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your eleven traits" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Roles that fit you best" })).toBeVisible();
  await expectAccessible(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data (JSON)" }).click();
  const file = await download;
  const json = JSON.parse(
    await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")),
  );
  expect(json.answers.length).toBe(answered + 1);
  expect(json.selfIdentification).toMatchObject({ sex: "prefer-not-to-say" });
  expect(json.consent.statements.length).toBeGreaterThan(0);
  // Answers carry the words chosen, not only the stored index.
  expect(
    json.answers.every(
      (a: { answerLabel: unknown }) => typeof a.answerLabel === "string" && a.answerLabel.length > 1,
    ),
  ).toBe(true);

  await page.getByRole("link", { name: "Delete my data" }).click();
  await expectAccessible(page);
  const reportUrl = page.url();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByRole("status")).toContainText("were deleted");
  // The report's link now says it was deleted (410 Gone), not that the link was mistyped.
  const gone = await page.goto(reportUrl.replace(/\/delete$/, "/report"));
  expect(gone?.status()).toBe(410);
  await expect(page.getByText(/was deleted/)).toBeVisible();
  await expect(page.getByText(/copied the whole link/)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole self-assessment works with plain form posts", async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/assess");
    await page.getByLabel("I have read how my answers are used and I want to start.").check();
    await page.getByRole("button", { name: "Start the questionnaire" }).click();
    await page.getByRole("button", { name: "Skip these questions" }).click();
    const answered = await answerAll(page, { javaScript: false });
    expect(answered).toBeGreaterThan(30);
    await expect(page.getByRole("heading", { name: "Your results" })).toBeVisible();
    await expect(page.getByRole("img", { name: /Where you sit/ })).toBeVisible();
  });
});

test("an attempt resumes where it stopped after the browser is closed", async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto("/assess");
  await page.getByLabel("I have read how my answers are used and I want to start.").check();
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await page.getByRole("button", { name: "Skip these questions" }).click();
  await answerAll(page, { javaScript: true, stopAfter: 5 });
  await expect(page.getByText(/^Question 6/)).toBeVisible();
  const link = page.url();
  const legend = (await page.getByRole("group").first().locator("legend").textContent()) ?? "";
  await first.close();

  const second = await browser.newContext();
  const again = await second.newPage();
  await again.goto(link);
  await expect(again.getByText(/^Question 6/)).toBeVisible();
  await expect(again.getByRole("group").first().locator("legend")).toHaveText(legend);
  await expect(again.getByRole("progressbar")).not.toHaveAttribute("aria-valuenow", "0");
  await second.close();
});

test("a phone-sized screen shows the question without horizontal scrolling", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto("/assess");
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.getByLabel("I have read how my answers are used and I want to start.").check();
  await page.getByRole("button", { name: "Start the questionnaire" }).click();
  await page.getByRole("button", { name: "Skip these questions" }).click();
  await expect(page.getByRole("progressbar")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const box = await page.getByRole("group").first().locator("label").first().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await context.close();
});
