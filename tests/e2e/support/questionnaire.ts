import { expect, type Page } from "@playwright/test";

/**
 * Answers every question as a person would: with JavaScript, a click on an answer sends it; without,
 * the person picks an answer and presses Next. Returns the number of questions answered.
 */
export async function answerAll(
  page: Page,
  options: { stopAfter?: number; javaScript: boolean },
): Promise<number> {
  const finished = page.getByRole("heading", { name: /Your results|you're done/ });
  let answered = 0;
  for (let guard = 0; guard < 200; guard++) {
    if (options.stopAfter !== undefined && answered >= options.stopAfter) return answered;
    const group = page.getByRole("group").first();
    await expect(finished.or(group)).toBeVisible();
    if (await finished.isVisible()) return answered;
    const label = await page.getByText(/^Question \d+ ·/).innerText();
    const number = Number(label.match(/^Question (\d+)/)![1]);
    const choices = group.getByRole("radio");
    // Without JavaScript the next page streams in; the Next button comes after every answer.
    await expect(page.getByRole("button", { name: "Next" })).toBeAttached();
    // Vary the answers so the straight-lining check has nothing to flag.
    const choice = (answered * 7 + 3) % (await choices.count());
    if (options.javaScript) {
      // A tap sends the answer only once React runs the page; before that it only selects it.
      await waitForHydration(page);
      await group.locator("label").nth(choice).click();
    } else {
      await choices.nth(choice).check();
      await page.getByRole("button", { name: "Next" }).click();
    }
    answered++;
    await expect(finished.or(page.getByText(new RegExp(`^Question ${number + 1} ·`)))).toBeVisible();
  }
  throw new Error("the questionnaire did not end");
}

/** Waits until React has hydrated the page (root.tsx marks <html data-hydrated>). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}
