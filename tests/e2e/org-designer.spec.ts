import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { newAccount, signUpThroughUi } from "./support/sign-up";

test("a founder creates a scenario, compares two structures, sees the org chart and seats a person", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpThroughUi(page, { ...newAccount("fran"), name: "Fran Founder" });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Org designer" }).click();
  await expect(page.getByText("No scenarios yet")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("New scenario").fill("Seed plan");
  await page.getByRole("button", { name: "Create scenario" }).click();

  // The company tab opens first, prefilled with sourced defaults.
  await expect(page.getByText("source: Bridge Group 2017 (H)").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("People in sales and marketing (founders who sell count)").fill("6");
  await page.getByRole("button", { name: "Save company" }).click();
  await expect(page.getByRole("status")).toContainText("Company saved");

  await expect(page.getByText("Recommended for this company today")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Marketing reports to sales" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Quarters & hiring" }).click();
  await expect(page.getByRole("img", { name: /Probability the combined role must split/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Hiring plan/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Org chart" }).click();
  await expect(page.getByRole("img", { name: /Org chart/ })).toBeVisible();
  await page.getByLabel("Person").selectOption({ label: "Fran Founder (not assessed)" });
  await page.getByRole("button", { name: "Place in seat" }).click();
  await expect(page.getByRole("status")).toContainText("Placed in the seat");
  await expect(page.getByRole("listitem").filter({ hasText: "Fran Founder in" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Org chart/ })).toContainText("Fran Founder");
  await expectAccessible(page);

  // A second scenario with another structure, then the two side by side.
  await page.getByRole("link", { name: "Save & export" }).click();
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { name: "Seed plan (copy)", level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Quarters & hiring" }).click();
  await page.getByLabel("Structure", { exact: true }).selectOption({ label: "Sales and marketing leaders as peers" });
  await page.getByRole("button", { name: "Update plan" }).click();
  await expect(page.getByRole("status")).toContainText("Plan updated");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Org designer" }).click();
  await page.getByLabel("Compare Seed plan", { exact: true }).check();
  await page.getByLabel("Compare Seed plan (copy)").check();
  await page.getByRole("button", { name: "Compare selected (2–3)" }).click();
  await expect(page.getByRole("heading", { name: "Compare scenarios" })).toBeVisible();
  const structureRow = page.getByRole("row").filter({ hasText: "Structure used" });
  await expect(structureRow).toContainText("Sales and marketing leaders as peers");
  await expectAccessible(page);
});
