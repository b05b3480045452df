import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { BODY_LIMIT_BYTES } from "../../app/server/http-security.server";
import { startApp, type RunningProcess } from "../bench/support/app-process";
import { sessionCookie, signUpThroughApi } from "./support/sign-up";

// The security suite against the built app: session fixation, logout replay, login throttling,
// cross-site POSTs on every mutating route, token guessing, headers on every kind of response,
// stored markup rendered as text, and the findings of the adversarial probe — links that ignore
// the Host header, the dev outbox behind a proxy, body limits, content types, redirects after
// sign-in, forwarded addresses and Secure cookies — each with its variants.

const PASSWORD = "oyster-meadow-lamp-42";
let counter = 0;
const unique = () => `${Date.now()}-${process.pid}-${++counter}`;
/** Each test its own client address, so per-IP limits of other tests do not interfere. */
const ipFor = (name: string) => `192.0.2.${crypto.createHash("sha256").update(name).digest()[0]! % 250}`;
const randomToken = () => crypto.randomBytes(32).toString("base64url");

async function signUp(request: APIRequestContext, ip: string) {
  const account = await signUpThroughApi(request, ip, {
    name: "Security Tester",
    email: `sec.${unique()}@example.com`,
    organization: `Sec Co ${unique()}`,
    password: PASSWORD,
  });
  return { email: account.email, cookie: account.cookie };
}

async function logIn(request: APIRequestContext, email: string, ip: string, cookie?: string) {
  return request.post("/login", {
    form: { email, password: PASSWORD },
    headers: { "X-Forwarded-For": ip, ...(cookie ? { Cookie: `rf_session=${cookie}` } : {}) },
    maxRedirects: 0,
  });
}

test("session fixation: the session cookie after login is never the one sent before it", async ({
  playwright,
  baseURL,
}) => {
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
  const dashboard = () =>
    request.get("/dashboard", { headers: { Cookie: `rf_session=${cookie}` }, maxRedirects: 0 });
  expect((await dashboard()).status()).toBe(200);
  const out = await request.post("/logout", {
    headers: { Cookie: `rf_session=${cookie}`, "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  expect(out.status()).toBe(302);
  const replay = await dashboard();
  expect(replay.status()).toBe(302);
  expect(replay.headers().location).toMatch(/^\/login/);
  await request.dispose();
});

test("login throttling: the 11th failure in a row for one account gets 429", async ({
  playwright,
  baseURL,
}) => {
  const setup = await playwright.request.newContext({ baseURL });
  const ip = ipFor("throttle");
  const { email } = await signUp(setup, ip);
  await setup.dispose();
  // A client without the new account's cookie (signed in, the login page would redirect).
  const request = await playwright.request.newContext({ baseURL });
  let firstThrottled = 0;
  for (let attempt = 1; attempt <= 12; attempt++) {
    const res = await request.post("/login", {
      form: { email, password: "wrong-password-here" },
      headers: { "X-Forwarded-For": ip },
      maxRedirects: 0,
    });
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
    .filter(
      (f) =>
        /\.tsx?$/.test(f) &&
        /export (async )?function action|export const action/.test(
          fs.readFileSync(path.join(dir, f), "utf8"),
        ),
    )
    .map(
      (f) =>
        "/" +
        f
          .replace(/\.tsx?$/, "")
          .split(".")
          .filter((s) => s !== "_index" && !s.startsWith("_"))
          .map((s) => (s === "$token" ? randomToken() : s.startsWith("$") ? crypto.randomUUID() : s))
          .join("/"),
    );
}

test("a cross-site POST is refused with 403 on every mutating route, signed in or not", async ({
  playwright,
  baseURL,
}) => {
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
      const res = await request.post(p, {
        form: { intent: "note", body: "x" },
        headers: { ...headers, Cookie: `rf_session=${cookie}`, "X-Forwarded-For": ip },
        maxRedirects: 0,
      });
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

test("security headers on every kind of response", async ({ page }) => {
  const request = page.request;
  const ip = ipFor("headers");
  const { email } = await signUp(request, ip);
  // The signed-in session for page.request comes from signUp's Set-Cookie (same context).
  const role = await request.post("/roles/new", {
    form: { intent: "template", title: "Header check AE", templateId: "ae-enterprise" },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  expect(role.status(), await role.text()).toBe(302);
  const roleUrl = role.headers().location!;
  const start = await request.post("/assess", {
    form: { consent: "yes", form: "short" },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
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
    console.log(
      `${k.path.replace(/[A-Za-z0-9_-]{43}/, "TOKEN")}: ${res.status()} ${h["content-type"]} cache-control=${h["cache-control"] ?? "-"}`,
    );
  }
  // Candidate data exports are not cached either.
  for (const p of [`${attemptUrl}/data`, `${roleUrl}/export`])
    expect((await request.get(p)).headers()["cache-control"], p).toContain("no-store");
});

test("markup stored in names and notes comes back as text, never as markup", async ({ page }) => {
  const request = page.request;
  const ip = ipFor("xss");
  await signUp(request, ip);
  const role = await request.post("/roles/new", {
    form: { intent: "template", title: "<img src=x onerror=window.__xss=1> AE", templateId: "ae-enterprise" },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  const roleUrl = role.headers().location!;
  const name = `<script>window.__xss=2</script>Eve ${unique()}`;
  const invite = await request.post(`${roleUrl}/invite`, {
    form: { intent: "invite-one", name, email: `eve.${unique()}@example.com`, send: "link" },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  expect(invite.status()).toBeLessThan(400);
  await page.goto(`${roleUrl}?status=all`);
  const link = page.getByRole("link", { name: /Eve/ }).first();
  await expect(link).toBeVisible();
  const candidateUrl = (await link.getAttribute("href"))!;
  const note = "<script>window.__xss=3</script><img src=x onerror=window.__xss=4> \"quoted\" & 'single'";
  const posted = await request.post(candidateUrl, {
    form: { intent: "note", body: note },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
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

// ---- Merged from the former security.spec.ts --------------------------------------------------

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
    // Plain http: no HSTS (it would pin a local install to https).
    expect(res.headers()["strict-transport-security"], path).toBeUndefined();
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("session cookies are HttpOnly and SameSite=Lax, Secure over https (through a trusted proxy) and not over plain http", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  const { email } = await signUp(request, ipFor("cookies"));
  const login = (headers: Record<string, string>) =>
    request.post("/login", {
      form: { email, password: PASSWORD },
      headers: { "X-Forwarded-For": ipFor("cookies"), ...headers },
      maxRedirects: 0,
    });
  const plain = await login({});
  const plainCookie = plain
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("rf_session="))!.value;
  expect(plainCookie).toMatch(/HttpOnly/i);
  expect(plainCookie).toMatch(/SameSite=Lax/i);
  expect(plainCookie).not.toMatch(/Secure/i);
  const https = await login({ "X-Forwarded-Proto": "https" });
  const httpsCookie = https
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("rf_session="))!.value;
  expect(httpsCookie).toMatch(/;\s*Secure/i);
  expect(https.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
  await request.dispose();
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

// ---- Findings of the adversarial probe ----------------------------------------------------------

/** Every link in the outbox message(s) to `to`. */
async function outboxLinks(request: APIRequestContext, to: string): Promise<string[]> {
  const html = (await (await request.get("/dev/outbox")).text()).replaceAll("<!-- -->", "");
  return html
    .split("<article")
    .slice(1)
    .filter((a) => a.includes(`To ${to}`))
    .flatMap((a) => [...a.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
}

test("emailed links ignore the Host and forwarding headers a client sends", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  const ip = ipFor("host-poisoning");
  const { email } = await signUp(request, ip);
  const poisoned: Array<Record<string, string>> = [
    { Host: "attacker.example" },
    { "X-Forwarded-Host": "attacker.example" },
    { Forwarded: "host=attacker.example;proto=https" },
    { Host: "attacker.example:3101", "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https" },
  ];
  for (const headers of poisoned) {
    const res = await request.post("/forgot-password", {
      form: { email },
      headers: { "X-Forwarded-For": ip, ...headers },
      maxRedirects: 0,
    });
    expect(res.status(), JSON.stringify(headers)).toBe(200);
  }
  await expect(async () =>
    expect((await outboxLinks(request, email)).filter((l) => l.includes("/reset-password/")).length).toBe(
      poisoned.length,
    ),
  ).toPass({
    timeout: 15_000,
  });
  const links = await outboxLinks(request, email);
  for (const link of links) {
    expect(link).not.toContain("attacker.example");
    // APP_URL is unset on the test server: links use the local address it listens on.
    expect(new URL(link).origin).toBe(`http://localhost:${new URL(baseURL!).port}`);
  }
  // The same for a candidate link shown to a manager.
  const role = await request.post("/roles/new", {
    form: { intent: "template", title: "Host check", templateId: "sdr" },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  const invite = await request.post(`${role.headers().location}/invite`, {
    form: { intent: "invite-one", name: "Hal Host", email: `hal.${unique()}@example.com`, send: "link" },
    headers: { "X-Forwarded-For": ip, Host: "attacker.example", "X-Forwarded-Host": "attacker.example" },
  });
  const page = await invite.text();
  expect(page).toMatch(/\/i\/[A-Za-z0-9_-]{43}/);
  expect(page).not.toContain("attacker.example");
  await request.dispose();
});

test("the dev outbox refuses every request that came through a proxy, whatever address it claims", async ({
  request,
}) => {
  expect((await request.get("/dev/outbox")).status()).toBe(200);
  const proxied: Array<Record<string, string>> = [
    { "X-Forwarded-For": "127.0.0.1" },
    { "X-Forwarded-For": "::1" },
    { "X-Forwarded-For": "203.0.113.9, 127.0.0.1" },
    { Forwarded: "for=127.0.0.1" },
    { "X-Real-IP": "127.0.0.1" },
    { Via: "1.1 proxy.local" },
    { "X-Forwarded-Host": "localhost" },
  ];
  for (const headers of proxied) {
    const res = await request.get("/dev/outbox", { headers });
    expect(res.status(), JSON.stringify(headers)).toBe(404);
    expect(await res.text()).not.toMatch(/reset-password|\/join\/|signup\/confirm/);
  }
});

/** A raw request, for bodies Playwright's client will not send (chunked, declared-but-unsent). */
function rawPost(
  baseURL: string,
  path: string,
  headers: Record<string, string>,
  write: (req: http.ClientRequest) => void,
): Promise<{ status: number; body: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // The server may close the connection once it has refused; that is not a test failure.
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error),
    );
    write(req);
  });
}

test("request bodies over the limit are refused with 413 before being read: declared, chunked and multipart", async ({
  request,
  baseURL,
}) => {
  const big = "x".repeat(BODY_LIMIT_BYTES + 1024);
  const declared = await request.post("/login", {
    data: `email=a%40b.c&password=${big}`,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  expect(declared.status()).toBe(413);
  expect(await declared.text()).toMatch(/too large/);

  // 200 MB announced, nothing sent: the answer comes without waiting for the body.
  const announced = await rawPost(
    baseURL!,
    "/login",
    { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(200 * 1024 * 1024) },
    (req) => req.flushHeaders(),
  );
  expect(announced.status).toBe(413);

  // Chunked: no length up front; cut off once past the limit.
  const chunked = await rawPost(
    baseURL!,
    "/signup",
    { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
    (req) => {
      const piece = Buffer.alloc(64 * 1024, "a");
      for (let sent = 0; sent <= BODY_LIMIT_BYTES + piece.length; sent += piece.length) req.write(piece);
      req.end();
    },
  );
  expect(chunked.status).toBe(413);

  const multipart = await request.post("/forgot-password", {
    multipart: { email: "a@b.c", file: { name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(big) } },
  });
  expect(multipart.status()).toBe(413);

  // Four of them at once leave the server answering promptly.
  await Promise.all(
    Array.from({ length: 4 }, () =>
      rawPost(
        baseURL!,
        "/login",
        { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": String(100 * 1024 * 1024) },
        (req) => req.flushHeaders(),
      ),
    ),
  );
  const started = Date.now();
  expect((await request.get("/healthz")).status()).toBe(200);
  console.log(`healthz after four refused 100 MB posts: ${Date.now() - started} ms`);
});

test("form routes answer other content types with 415 or 400, never 500", async ({ request, baseURL }) => {
  const paths = [
    "/login",
    "/signup",
    "/forgot-password",
    "/assess",
    `/i/${randomToken()}`,
    `/d/${randomToken()}`,
    `/reset-password/${randomToken()}`,
    `/signup/confirm/${randomToken()}`,
  ];
  const bodies: Array<{ type: string; data: string }> = [
    { type: "application/json", data: JSON.stringify({ email: "a@b.c", password: "x" }) },
    { type: "text/plain", data: "email=a@b.c" },
    { type: "application/xml", data: "<a/>" },
    { type: "multipart/form-data", data: "--x\r\n" },
    { type: "multipart/form-data; boundary=zzz", data: "not multipart at all" },
    { type: "application/x-www-form-urlencoded; charset=utf-16", data: "%%%%" },
  ];
  for (const p of paths) {
    for (const b of bodies) {
      const res = await request.post(p, {
        data: b.data,
        headers: { "Content-Type": b.type, "X-Forwarded-For": ipFor(`ct-${p}`) },
        maxRedirects: 0,
      });
      expect(res.status(), `${p} ${b.type}`).toBeGreaterThanOrEqual(400);
      expect(res.status(), `${p} ${b.type}`).toBeLessThan(500);
    }
    const chunkedJson = await rawPost(
      baseURL!,
      p,
      { "Content-Type": "application/json", "Transfer-Encoding": "chunked" },
      (req) => req.end('{"a":1}'),
    );
    expect(chunkedJson.status, `${p} chunked json`).toBe(415);
    const noType = await rawPost(baseURL!, p, { "Content-Length": "3" }, (req) => req.end("a=b"));
    expect(noType.status, `${p} no content type`).toBe(415);
  }
});

test("a sign-in redirect stays on this site whatever characters it holds, and never fails", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  const ip = ipFor("redirects");
  const { email } = await signUp(request, ip);
  const targets = [
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "\\/evil.example",
    "/%09/evil.example",
    "/%2F%2Fevil.example",
    "https://evil.example",
    "/\u3000/evil.example",
    "/\uff0f\uff0fevil.example",
    "/\u2028/evil.example",
    "/\u200b/evil.example",
    "/\ud800/evil.example",
    `/${"a".repeat(5000)}`,
  ];
  for (const redirectTo of targets) {
    // A fresh client each time: a signed-in client posting to /login is sent to the dashboard anyway.
    const client = await playwright.request.newContext({ baseURL });
    const res = await client.post("/login", {
      form: { email, password: PASSWORD, redirectTo },
      headers: { "X-Forwarded-For": ip },
      maxRedirects: 0,
    });
    expect(res.status(), JSON.stringify(redirectTo)).toBe(302);
    const location = res.headers().location!;
    const target = new URL(location, baseURL);
    expect(target.origin, JSON.stringify(redirectTo)).toBe(new URL(baseURL!).origin);
    expect(location.startsWith("//") || location.startsWith("/\\"), location).toBe(false);
    await client.dispose();
  }
  await request.dispose();
});

test.describe("on a server with the default proxy trust and APP_URL set", () => {
  let server: RunningProcess;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const dataDir = path.join("tests/.tmp", `e2e-default-${process.pid}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    server = await startApp({
      port: 3102,
      dataDir,
      env: { TRUST_PROXY: "", APP_URL: "https://rolefit.example" },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test("per-address limits cannot be dodged by rotating X-Forwarded-For", async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await request.post("/forgot-password", {
        form: { email: `rotate${i}@example.com` },
        headers: { "X-Forwarded-For": `203.0.113.${i}`, Origin: "https://rolefit.example" },
      });
      statuses.push(res.status());
    }
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
    await request.dispose();
  });

  test("the dev outbox is off when APP_URL is set, even for this machine", async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    expect((await request.get("/dev/outbox")).status()).toBe(404);
    await request.dispose();
  });

  test("cookies are Secure when APP_URL is https", async ({ playwright }) => {
    const login = server.output().match(/email:\s+(\S+)\s+password:\s+(\S+)/);
    expect(login, server.output()).toBeTruthy();
    const request = await playwright.request.newContext({ baseURL: server.url });
    const res = await request.post("/login", {
      form: { email: login![1]!, password: login![2]! },
      headers: { Origin: "https://rolefit.example" },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(302);
    const cookie = res
      .headersArray()
      .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("rf_session="))!.value;
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(sessionCookie(res)).toBeTruthy();
    await request.dispose();
  });
});

test("a confirmation link is only in the outbox, and sign-up answers the same for a taken address", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext({ baseURL });
  const ip = ipFor("enumeration");
  const { email } = await signUp(request, ip);
  const fresh = await playwright.request.newContext({ baseURL });
  const form = (address: string) => ({
    name: "Someone",
    email: address,
    organizationName: "Enum Co",
    password: PASSWORD,
  });
  const taken = await fresh.post("/signup", { form: form(email), headers: { "X-Forwarded-For": ip } });
  const other = await fresh.post("/signup", {
    form: form(`new.${unique()}@example.com`),
    headers: { "X-Forwarded-For": ip },
  });
  expect(taken.status()).toBe(other.status());
  const strip = (html: string) =>
    html
      .replace(/<strong>[^<]*<\/strong>/g, "")
      .replace(/nonce="[^"]+"/g, "")
      .replace(/"[A-Za-z0-9_-]{20,}"/g, "");
  expect(strip(await taken.text()).length).toBe(strip(await other.text()).length);
  // The owner of the taken address hears about it, with a way in and no confirmation link.
  await expect(async () =>
    expect((await outboxLinks(request, email)).some((l) => l.endsWith("/login"))).toBe(true),
  ).toPass({ timeout: 15_000 });
  const links = await outboxLinks(request, email);
  expect(links.some((l) => l.endsWith("/forgot-password"))).toBe(true);
  expect(links.filter((l) => l.includes("/signup/confirm/"))).toHaveLength(1); // only the first sign-up's
  await fresh.dispose();
  await request.dispose();
});
