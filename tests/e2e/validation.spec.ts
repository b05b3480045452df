import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signInAsDemo } from "./support/demo";

// The local validation study on the demo workspace (a role with twelve assessed candidates):
// import outcomes from a CSV with one bad row, record one candidate's outcomes by the form, and
// read the study page with its small-sample warning; then the bias audit's question-fairness
// section. Signed in as the demo workspace's owner (support/demo.ts).

test("a manager records job outcomes and opens the validation study", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page);

  await page.goto("/roles");
  await page.getByRole("main").getByRole("link", { name: "Enterprise Account Executive" }).first().click();
  await expect(page.getByRole("heading", { name: "Enterprise Account Executive", level: 1 })).toBeVisible();
  const roleUrl = page.url();
  await page.getByRole("link", { name: "Validation study" }).click();
  await expect(
    page.getByRole("heading", { name: "Validation study: Enterprise Account Executive", level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "No outcomes recorded yet" })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByLabel("Paste CSV")
    .fill(
      [
        "email,rating_6m,quota_pct",
        "amara.okafor@example.com,4,112",
        "lukas.becker@example.com,2,80",
        "nobody@example.com,3,90",
      ].join("\n"),
    );
  await page.getByRole("button", { name: "Import outcomes" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Imported 4 outcome values for 2 candidates." }),
  ).toBeVisible();
  await expect(
    page.getByRole("alert").filter({ hasText: "Row 3: nobody@example.com is not a candidate of this role" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Performance rating at 6 months (1–5)" })).toBeVisible();
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: "Too few people to draw conclusions (2, fewer than 30)" })
      .first(),
  ).toBeVisible();
  await expectAccessible(page);

  await page.goto(roleUrl);
  await page
    .getByRole("row")
    .filter({ hasText: "Priya Raman" })
    .getByRole("link", { name: "Priya Raman" })
    .click();
  await page.getByRole("link", { name: "Job outcomes" }).click();
  await expect(page.getByRole("heading", { name: "Job outcomes: Priya Raman", level: 1 })).toBeVisible();
  await page.getByLabel("Performance rating at 6 months (1–5)").fill("5");
  await page.getByLabel("Quota attainment (%)").fill("130");
  await page.getByLabel("Still employed at 12 months").selectOption("yes");
  await page.getByRole("button", { name: "Save outcomes" }).click();
  await expect(page.getByText("Outcomes saved.")).toBeVisible();
  await expect(page.getByLabel("Quota attainment (%)")).toHaveValue("130");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Validation study" }).click();
  await expect(page.getByText("3 hired people have this outcome recorded").first()).toBeVisible();
  const fitRow = page
    .getByRole("region", { name: "Correlations with Performance rating at 6 months (1–5)" })
    .getByRole("row", { name: /Fit to the role/ });
  await expect(fitRow.getByRole("cell").first()).toHaveText("3");

  // The organization's bias audit has its question-fairness section; twelve candidates are far from enough.
  await page.goto("/fairness");
  await expect(page.getByRole("heading", { name: "Question fairness" })).toBeVisible();
  await expect(page.getByText("Not enough candidates yet for any comparison.")).toBeVisible();
  await expectAccessible(page);
});
