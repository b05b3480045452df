import { expect, test, type Page } from "@playwright/test";
import { completeShortAssessment, demoRolePath, signInAsDemo, startShortAssessment } from "./support/demo";

/**
 * Every main page at a 390 px phone width: nothing may make the page scroll sideways (a wide table
 * or chart scrolls inside its own region instead), the navigation folds into one menu row that
 * works without JavaScript, and the hiring pages keep their key column on screen.
 */

const PHONE = { width: 390, height: 844 };

test.use({ viewport: PHONE });

/** The href of the first link matching selector on the current page. */
async function hrefOf(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href, `a link matching ${selector}`).toBeTruthy();
  return href!;
}

/** How far a page is wider than the viewport, in CSS pixels (0 when it fits). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test("no page scrolls sideways at 390 px", async ({ page }) => {
  test.setTimeout(300_000);
  const tooWide: string[] = [];
  const check = async (path: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    const extra = await overflow(page);
    if (extra > 0)
      tooWide.push(`${path.replace(/[0-9a-f-]{36}|[A-Za-z0-9_-]{43}/g, ":id")} is ${extra} px too wide`);
  };

  // Candidates and visitors.
  for (const path of ["/", "/assess", "/login", "/signup", "/forgot-password"]) await check(path);
  await check(await startShortAssessment(page)); // question 1
  await check(await completeShortAssessment(page)); // every question answered at this width, then the report

  // Hiring manager.
  await signInAsDemo(page);
  const role = await demoRolePath(page);
  for (const path of [
    "/dashboard",
    "/roles",
    "/roles/new",
    role,
    `${role}/edit`,
    `${role}/invite`,
    `${role}/fairness`,
  ])
    await check(path);
  await page.goto(role);
  const candidates = page.locator(`main a[href^="${role}/candidates/"]`);
  const [first, second] = [
    await candidates.nth(0).getAttribute("href"),
    await candidates.nth(1).getAttribute("href"),
  ];
  await check(first!);
  await check(`${first}/erase`);
  await check(`${role}/compare?c=${first!.split("/").pop()}&c=${second!.split("/").pop()}`);
  for (const path of [
    "/team",
    "/fairness",
    "/settings/members",
    "/settings/organization",
    "/settings/audit",
    "/account/password",
    "/organizations/new",
  ]) {
    await check(path);
  }
  await page.goto("/team");
  await check(await hrefOf(page, 'main a[href^="/team/"]'));

  // Org designer: every tab of a scenario, the comparison and a diagnostic round.
  await check("/org");
  const scenario = await hrefOf(page, 'main a[href^="/org/scenarios/"]');
  for (const tab of ["", "/profile", "/plan", "/chart", "/manage"]) await check(`${scenario}${tab}`);
  await page.goto("/org");
  const scenarios = await page
    .locator('main a[href^="/org/scenarios/"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!.split("/")[3]!))]);
  await check(await hrefOf(page, 'main a[href^="/org/diagnostics/"]'));
  await check(
    `/org/compare?${scenarios
      .slice(0, 2)
      .map((id) => `s=${id}`)
      .join("&")}`,
  );

  expect(tooWide).toEqual([]);
});

test("the hiring pages keep what matters on screen at 390 px", async ({ page }) => {
  await signInAsDemo(page);
  const role = await demoRolePath(page);
  await page.goto(role);
  // The ranking: the fit of the first candidate is inside the viewport, not off to the right.
  const fit = page.getByRole("table").first().getByRole("row").nth(1).getByRole("cell").nth(3);
  const box = (await fit.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);

  // The candidate report: a trait's target and the person's estimate read as short lines under the
  // bar, not squeezed into a column one word wide.
  await page.locator(`main a[href^="${role}/candidates/"]`).first().click();
  const target = page.getByText(/^target -?\d\.\d (or more|to -?\d\.\d) · /).first();
  await expect(target).toBeVisible();
  const { width, lines } = await target.evaluate((el) => ({
    width: el.getBoundingClientRect().width,
    lines: el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
  }));
  expect(width).toBeGreaterThanOrEqual(150);
  expect(lines).toBeLessThanOrEqual(3.5);
  // The chart axis has its numbers.
  await expect(page.getByRole("table").first().locator("thead")).toContainText("+3");
  await expect(page.getByRole("list", { name: "Chart legend" }).first()).toContainText("Sales trait");
});

test("the navigation is one row with a menu that opens without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await signInAsDemo(page, { javaScript: false }); // forms only
  await expect(page).toHaveURL(/\/dashboard$/);
  const header = (await page.locator("header").first().boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(72); // one row: logo, menu, account
  await expect(page.getByRole("link", { name: "Roles" })).toBeHidden();
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Roles" }).click();
  await expect(page).toHaveURL(/\/roles$/);
  await expect(page.getByRole("heading", { name: "Roles", level: 1 })).toBeVisible();
  await context.close();
});
