import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { completeShortAssessment, demoRolePath, signInAsDemo, startShortAssessment } from "./support/demo";

/**
 * Screenshots of the main pages at a phone (390 px) and a desk (1280 px) width, compared with the
 * committed baselines in tests/e2e/__screenshots__/visual.spec.ts/, so a layout regression fails the
 * run. Anything that changes from run to run (dates, times, private links) is masked. After an
 * intended change to a page, regenerate the baselines with one command (after `npm run build`):
 *
 *   npx playwright test tests/e2e/visual.spec.ts --update-snapshots
 *
 * and look at the new images before committing them.
 */

const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desk", width: 1280, height: 800 },
] as const;

/** Text that differs between runs: dates ("30 Nov 2026", "2026-11-30"), times, "… ago". */
const VOLATILE_TEXT =
  /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|\bago\b/;

test.describe.configure({ mode: "serial" });

let context: BrowserContext;
let page: Page;
let paths: Record<string, string>;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(240_000);
  context = await browser.newContext();
  page = await context.newPage();
  const report = await completeShortAssessment(page);
  const question = await startShortAssessment(page); // left at question 1
  await signInAsDemo(page);
  const role = await demoRolePath(page);
  await page.goto(role);
  const candidate = await page.locator(`main a[href^="${role}/candidates/"]`).first().getAttribute("href");
  paths = {
    home: "/",
    "assess-intro": "/assess",
    question,
    report,
    dashboard: "/dashboard",
    roles: "/roles",
    "role-ranking": role,
    "candidate-report": candidate!,
    fairness: "/fairness",
  };
});

test.afterAll(async () => {
  await context.close();
});

for (const size of WIDTHS) {
  test(`main pages at ${size.width} px match their baselines`, async () => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      await expect(page, `${name} at ${size.width} px`).toHaveScreenshot(`${name}-${size.width}.png`, {
        fullPage: true,
        mask: [page.getByText(VOLATILE_TEXT), page.locator("input[readonly]")],
      });
      await expectAccessible(page);
    }
  });
}

/** German has the longest words of the four languages: its intro and a question must fit a phone. */
test("a German page at 390 px matches its baseline and does not overflow", async ({ browser }) => {
  test.setTimeout(120_000);
  const german = await browser.newContext({ locale: "de-DE", viewport: { width: 390, height: 844 } });
  const p = await german.newPage();
  for (const [name, go] of [
    ["assess-intro-de", () => p.goto("/assess")],
    ["question-de", () => startGermanShortAssessment(p)],
  ] as const) {
    await go();
    await expect(p.locator("html")).toHaveAttribute("lang", "de");
    // Nothing wider than the screen: a long compound word would push the page sideways.
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(p, `${name} at 390 px`).toHaveScreenshot(`${name}-390.png`, {
      fullPage: true,
      mask: [p.getByText(VOLATILE_TEXT)],
    });
    await expectAccessible(p);
  }
  await german.close();
});

async function startGermanShortAssessment(p: Page) {
  await p.goto("/assess");
  await p.locator('input[name="form"][value="short"]').check();
  await p.locator('input[name="consent"]').check();
  await p.locator('form[method="post"] button[type="submit"]').last().click();
  await p.locator('button[value="skip-self-id"]').click();
  await expect(p.getByRole("progressbar")).toBeVisible();
}
