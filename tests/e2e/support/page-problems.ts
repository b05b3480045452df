import type { Page } from "@playwright/test";

/**
 * Everything that goes wrong in the page from now on: uncaught errors and console errors (React
 * reports a hydration mismatch there). A test expects the list to stay empty.
 */
export function pageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  return problems;
}
