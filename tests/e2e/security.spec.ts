import { expect, test } from "@playwright/test";

test("a cross-site POST to /login is refused with 403", async ({ request }) => {
  const res = await request.post("/login", {
    form: { email: "x@example.com", password: "whatever-long" },
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).toMatch(/another site/);
});

test("every page carries a nonce-based CSP and the other security headers", async ({ request }) => {
  for (const path of ["/", "/login", "/signup", "/no-such-page"]) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(res.headers()["referrer-policy"], path).toBeTruthy();
    expect(res.headers()["cache-control"], path).toContain("no-store");
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("session cookies are HttpOnly and SameSite=Lax, and not Secure over plain http", async ({ page }) => {
  const email = `cookie.${Date.now()}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Cookie Check");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Organization name").fill("Cookie Co");
  await page.getByLabel("Password").fill("oyster-meadow-lamp");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "rf_session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });
});

test("/healthz reports the database", async ({ request }) => {
  const res = await request.get("/healthz");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: { dialect: "sqlite", status: "ok" } });
});

test("errors show a page, never a stack trace", async ({ request }) => {
  const res = await request.get("/reset-password/%E0%A4%A");
  expect(res.status()).toBeLessThan(500);
  expect(await res.text()).not.toMatch(/at .*\.(ts|js):\d+/);
});
