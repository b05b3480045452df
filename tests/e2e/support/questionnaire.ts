import { expect, type Page } from "@playwright/test";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The words answerAll looks for, from a language's messages (app/domain/i18n/messages). */
export interface QuestionnaireWords {
  /** "Question {number}" */
  question: string;
  next: string;
  /** The report's and the completion page's headings. */
  finished: string[];
}

const ENGLISH: QuestionnaireWords = {
  question: "Question {number}",
  next: "Next",
  finished: ["Your results", "Thank you — you're done"],
};

/**
 * Answers every question as a person would: with JavaScript, a click on an answer sends it; without,
 * the person picks an answer and presses Next. Returns the number of questions answered.
 */
export async function answerAll(
  page: Page,
  options: { stopAfter?: number; javaScript: boolean; words?: QuestionnaireWords },
): Promise<number> {
  const words = options.words ?? ENGLISH;
  const finished = page.getByRole("heading", { name: new RegExp(words.finished.map(escape).join("|")) });
  const [before, after] = words.question.split("{number}").map(escape) as [string, string];
  const questionLabel = (n: string) => new RegExp(`^${before}${n}${after} ·`);
  let answered = 0;
  for (let guard = 0; guard < 200; guard++) {
    if (options.stopAfter !== undefined && answered >= options.stopAfter) return answered;
    const group = page.getByRole("group").first();
    await expect(finished.or(group)).toBeVisible();
    if (await finished.isVisible()) return answered;
    const label = await page.getByText(questionLabel("\\d+")).innerText();
    const number = Number(label.match(questionLabel("(\\d+)"))![1]);
    const choices = group.getByRole("radio");
    // Without JavaScript the next page streams in; the Next button comes after every answer.
    await expect(page.getByRole("button", { name: words.next, exact: true })).toBeAttached();
    // Vary the answers so the straight-lining check has nothing to flag.
    const choice = (answered * 7 + 3) % (await choices.count());
    if (options.javaScript) {
      // A tap sends the answer only once React runs the page; before that it only selects it.
      await waitForHydration(page);
      await group.locator("label").nth(choice).click();
    } else {
      await choices.nth(choice).check();
      await page.getByRole("button", { name: words.next, exact: true }).click();
    }
    answered++;
    await expect(finished.or(page.getByText(questionLabel(String(number + 1))))).toBeVisible();
  }
  throw new Error("the questionnaire did not end");
}

/** Waits until React has hydrated the page (root.tsx marks <html data-hydrated>). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}
