import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on serious or critical accessibility violations, listing them readably. */
export async function expectAccessible(page: Page) {
  await page.waitForLoadState("load");
  const analyze = () =>
    new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  let results;
  try {
    results = await analyze();
  } catch (error) {
    // A page that was still settling (a redirect after a form post, a revalidation) navigated
    // while axe ran: check the page it settled on.
    if (!/Execution context was destroyed/.test(String(error))) throw error;
    await page.waitForLoadState("load");
    results = await analyze();
  }
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual(
    [],
  );
}
