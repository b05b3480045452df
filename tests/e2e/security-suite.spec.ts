import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

// The security suite of issue 9, against the built app: session fixation, logout replay, login
// throttling, cross-site POSTs on every mutating route, invitation token guessing, headers on every
// kind of response, and stored markup rendered as text.

const PASSWORD = "oyster-meadow-lamp-42";
let counter = 0;
const unique = () => `${Date.now()}-${process.pid}-${++counter}`;
/** Each test its own client address, so per-IP limits of other tests do not interfere. */
const ipFor = (name: string) => `192.0.2.${crypto.createHash("sha256").update(name).digest()[0]! % 250}`;
const randomToken = () => crypto.randomBytes(32).toString("base64url");

function sessionCookie(res: APIResponse): string | undefined {
  const line = res.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("rf_session="));
  return line?.value.split(";")[0]!.slice("rf_session=".length) || undefined;
}

async function signUp(request: APIRequestContext, ip: string) {
  const email = `sec.${unique()}@example.com`;
  const res = await request.post("/signup", {
    form: { name: "Security Tester", email, organizationName: `Sec Co ${unique()}`, password: PASSWORD },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text()).toBe(302);
  return { email, cookie: sessionCookie(res)! };
}

async function logIn(request: APIRequestContext, email: string, ip: string, cookie?: string) {
  return request.post("/login", {
    form: { email, password: PASSWORD },
    headers: { "X-Forwarded-For": ip, ...(cookie ? { Cookie: `rf_session=${cookie}` } : {}) },
    maxRedirects: 0,
  });
}

test("session fixation: the session cookie after login is never the one sent before it", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL, storageState: undefined });
  const ip = ipFor("fixation");
  const { email, cookie: first } = await signUp(request, ip);
  // A planted value (what an attacker could set) and a real earlier session: both get replaced.
  for (const planted of ["attacker-chosen-value", first]) {
    const res = await logIn(request, email, ip, planted);
    expect(res.status()).toBe(302);
    const after = sessionCookie(res);
    expect(after).toBeTruthy();
    expect(after).not.toBe(planted);
  }
  await request.dispose();
});

test("logout replay: the old cookie no longer works after logging out", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const ip = ipFor("logout");
  const { email } = await signUp(request, ip);
  const cookie = sessionCookie(await logIn(request, email, ip))!;
  const dashboard = () => request.get("/dashboard", { headers: { Cookie: `rf_session=${cookie}` }, maxRedirects: 0 });
  expect((await dashboard()).status()).toBe(200);
  const out = await request.post("/logout", { headers: { Cookie: `rf_session=${cookie}`, "X-Forwarded-For": ip }, maxRedirects: 0 });
  expect(out.status()).toBe(302);
  const replay = await dashboard();
  expect(replay.status()).toBe(302);
  expect(replay.headers().location).toMatch(/^\/login/);
  await request.dispose();
});

test("login throttling: the 11th failure in a row for one account gets 429", async ({ playwright, baseURL }) => {
  const setup = await playwright.request.newContext({ baseURL });
  const ip = ipFor("throttle");
  const { email } = await signUp(setup, ip);
  await setup.dispose();
  // A client without the new account's cookie (signed in, the login page would redirect).
  const request = await playwright.request.newContext({ baseURL });
  let firstThrottled = 0;
  for (let attempt = 1; attempt <= 12; attempt++) {
    const res = await request.post("/login", { form: { email, password: "wrong-password-here" }, headers: { "X-Forwarded-For": ip }, maxRedirects: 0 });
    if (res.status() === 429) {
      firstThrottled = attempt;
      // The client is told how long to wait (the rest of the 15-minute window).
      expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
      break;
    }
    expect(res.status()).toBe(400);
  }
  console.log(`login throttling: first 429 at failed attempt ${firstThrottled}`);
  expect(firstThrottled).toBe(11);
  // The right password is refused too while the account is throttled.
  expect((await logIn(request, email, ip)).status()).toBe(429);
  await request.dispose();
});

/** Every route module with an action, as a URL (ids and tokens made up: the refusal comes first). */
function mutatingPaths(): string[] {
  const dir = path.join(process.cwd(), "app/routes");
  return fs
    .readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && /export (async )?function action|export const action/.test(fs.readFileSync(path.join(dir, f), "utf8")))
    .map((f) =>
      "/" +
      f
        .replace(/\.tsx?$/, "")
        .split(".")
        .filter((s) => s !== "_index" && !s.startsWith("_"))
        .map((s) => (s === "$token" ? randomToken() : s.startsWith("$") ? crypto.randomUUID() : s))
        .join("/"),
    );
}

test("a cross-site POST is refused with 403 on every mutating route, signed in or not", async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  const ip = ipFor("csrf");
  const { cookie } = await signUp(request, ip);
  const paths = mutatingPaths();
  expect(paths.length).toBeGreaterThan(15);
  const hostile: Array<Record<string, string>> = [
    { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    { "Sec-Fetch-Site": "same-site", Origin: `https://sub.${new URL(baseURL!).hostname}` },
    { Origin: "https://evil.example" },
    { Origin: "null" },
  ];
  for (const p of paths) {
    for (const headers of hostile) {
      const res = await request.post(p, { form: { intent: "note", body: "x" }, headers: { ...headers, Cookie: `rf_session=${cookie}`, "X-Forwarded-For": ip }, maxRedirects: 0 });
      expect(res.status(), `${p} ${JSON.stringify(headers)}`).toBe(403);
      expect(sessionCookie(res), p).toBeUndefined();
    }
  }
  await request.dispose();
});

test("guessed invitation, attempt, join and reset tokens get 404", async ({ request }) => {
  const routes = ["/i/T", "/a/T", "/a/T/report", "/a/T/data", "/a/T/delete", "/join/T", "/reset-password/T"];
  for (let i = 0; i < 10; i++) {
    for (const r of routes) {
      const url = r.replace("T", randomToken());
      const res = await request.get(url, { maxRedirects: 0 });
      expect(res.status(), url).toBe(404);
    }
  }
  // Tokens are looked up by the SHA-256 of the whole token, so a response time cannot reveal a
  // correct prefix; this suite therefore makes no timing measurement.
});

test("security headers on every kind of response", async ({ page, baseURL }) => {
  const request = page.request;
  const ip = ipFor("headers");
  const { email } = await signUp(request, ip);
  // The signed-in session for page.request comes from signUp's Set-Cookie (same context).
  const role = await request.post("/roles/new", { form: { intent: "template", title: "Header check AE", templateId: "ae-enterprise" }, headers: { "X-Forwarded-For": ip }, maxRedirects: 0 });
  expect(role.status(), await role.text()).toBe(302);
  const roleUrl = role.headers().location!;
  const start = await request.post("/assess", { form: { consent: "yes", form: "short" }, headers: { "X-Forwarded-For": ip }, maxRedirects: 0 });
  const attemptUrl = start.headers().location!;
  const asset = (await (await request.get("/")).text()).match(/\/assets\/[\w.-]+\.js/)?.[0];
  expect(asset, email).toBeTruthy();

  const kinds: Array<{ path: string; kind: "html" | "other"; status?: number }> = [
    { path: "/", kind: "html" },
    { path: "/assess", kind: "html" },
    { path: "/dashboard", kind: "html" },
    { path: roleUrl, kind: "html" },
    { path: attemptUrl, kind: "html" },
    { path: "/no-such-page", kind: "html", status: 404 },
    { path: `${attemptUrl}/data`, kind: "other" },
    { path: `${roleUrl}/export`, kind: "other" },
    { path: "/settings/audit/export", kind: "other" },
    { path: "/healthz", kind: "other" },
    { path: asset!, kind: "other" },
    { path: "/favicon.svg", kind: "other" },
  ];
  for (const k of kinds) {
    const res = await request.get(k.path, { maxRedirects: 0 });
    const h = res.headers();
    expect(res.status(), k.path).toBe(k.status ?? 200);
    expect(h["x-content-type-options"], k.path).toBe("nosniff");
    expect(h["content-security-policy"], k.path).toContain("frame-ancestors 'none'");
    expect(h["referrer-policy"], k.path).toBeTruthy();
    if (k.kind === "html") {
      expect(h["content-type"], k.path).toMatch(/text\/html/);
      const nonce = h["content-security-policy"]!.match(/script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/)?.[1];
      expect(nonce, k.path).toBeTruthy();
      const scripts = [...(await res.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      for (const tag of scripts) expect(tag, k.path).toContain(`nonce="${nonce}"`);
      expect(h["cache-control"], k.path).toContain("no-store");
    }
    console.log(`${k.path.replace(/[A-Za-z0-9_-]{43}/, "TOKEN")}: ${res.status()} ${h["content-type"]} cache-control=${h["cache-control"] ?? "-"}`);
  }
  // Candidate data exports are not cached either.
  for (const p of [`${attemptUrl}/data`, `${roleUrl}/export`]) expect((await request.get(p)).headers()["cache-control"], p).toContain("no-store");
});

test("markup stored in names and notes comes back as text, never as markup", async ({ page }) => {
  const request = page.request;
  const ip = ipFor("xss");
  await signUp(request, ip);
  const role = await request.post("/roles/new", { form: { intent: "template", title: "<img src=x onerror=window.__xss=1> AE", templateId: "ae-enterprise" }, headers: { "X-Forwarded-For": ip }, maxRedirects: 0 });
  const roleUrl = role.headers().location!;
  const name = `<script>window.__xss=2</script>Eve ${unique()}`;
  const invite = await request.post(`${roleUrl}/invite`, { form: { intent: "invite-one", name, email: `eve.${unique()}@example.com`, send: "link" }, headers: { "X-Forwarded-For": ip }, maxRedirects: 0 });
  expect(invite.status()).toBeLessThan(400);
  await page.goto(`${roleUrl}?status=all`);
  const link = page.getByRole("link", { name: /Eve/ }).first();
  await expect(link).toBeVisible();
  const candidateUrl = (await link.getAttribute("href"))!;
  const note = "<script>window.__xss=3</script><img src=x onerror=window.__xss=4> \"quoted\" & 'single'";
  const posted = await request.post(candidateUrl, { form: { intent: "note", body: note }, headers: { "X-Forwarded-For": ip }, maxRedirects: 0 });
  expect(posted.status()).toBeLessThan(400);

  const html = await (await request.get(candidateUrl)).text();
  expect(html).toContain("&lt;script&gt;window.__xss=3&lt;/script&gt;");
  expect(html).not.toContain("<script>window.__xss");
  expect(html).not.toContain("<img src=x onerror");
  await page.goto(candidateUrl);
  await expect(page.getByText("<script>window.__xss=3</script>", { exact: false })).toBeVisible();
  await expect(page.getByText(name).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await page.goto(`${roleUrl}?status=all`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});
