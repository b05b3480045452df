import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { waitForHydration } from "./support/questionnaire";
import { newAccount, signUpThroughUi } from "./support/sign-up";

test("a founder creates a scenario, compares two structures, sees the org chart and seats a person", async ({
  page,
}) => {
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
  // In the ranking (the what-ifs above it may name the same structure).
  await expect(page.getByRole("group").filter({ hasText: "Marketing reports to sales" })).toBeVisible();
  // The weight boxes show the real weights, and raising one rescales the others sensibly.
  const specialization = page.getByRole("spinbutton", { name: /Specialization/ });
  await expect(specialization).toHaveValue("10");
  await specialization.fill("20");
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByRole("status")).toContainText("Weights saved");
  await expect(page.getByRole("spinbutton", { name: /Specialization/ })).toHaveValue("18.2");
  await expect(page.getByRole("spinbutton", { name: /Decision speed/ })).toHaveValue("9.1");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Quarters & hiring" }).click();
  await expect(page.getByRole("img", { name: /Probability the combined role must split/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Hiring plan/ })).toBeVisible();
  // Fan-chart axes: whole-number ticks with titles, never "0.00 / 2.87 / 5.75".
  const headcountFan = page.getByRole("img", { name: "GTM headcount" });
  await expect(headcountFan).toContainText("GTM people");
  await expect(headcountFan).toContainText("Quarter (Q0 = today)");
  await expect(headcountFan).not.toContainText(".00");
  await expect(page.getByRole("heading", { name: "Quarter 0: your team today" })).toBeVisible();
  await expect(page.getByText(/^6 people:/)).toBeVisible();
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
  await page
    .getByLabel("Structure", { exact: true })
    .selectOption({ label: "Sales and marketing leaders as peers" });
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

test("every org page fits a 390 px phone without sideways scrolling", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpThroughUi(page, { ...newAccount("pat"), name: "Pat Phone" });
  await page.goto("/org");
  await waitForHydration(page);
  await page.getByLabel("New scenario").fill("Phone plan");
  await page.getByRole("button", { name: "Create scenario" }).click();
  await page.getByLabel("People in sales and marketing (founders who sell count)").fill("8");
  await page.getByRole("button", { name: "Save company" }).click();
  await expect(page.getByRole("status")).toContainText("Company saved");
  const base = new URL(page.url()).pathname.replace(/\/$/, "");
  for (const path of ["", "/profile", "/plan", "/chart", "/manage"]) {
    await page.goto(`${base}${path}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${base}${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  }
  await page.goto(`${base}/plan`);
  // "102% — over" stays on one line.
  const over = page.getByText(/% — over/).first();
  if (await over.count()) expect((await over.boundingBox())!.height).toBeLessThan(30);
  await page.goto(`${base}/chart`);
  await expect(page.getByRole("list", { name: /outline/ })).toBeVisible();
  await expect(page.getByText("hover")).toHaveCount(0);
  await page.goto("/org");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
