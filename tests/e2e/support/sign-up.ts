import { expect, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { linkFromOutbox, linkFromOutboxApi } from "./outbox";
import { waitForHydration } from "./questionnaire";

export interface NewAccount {
  name: string;
  email: string;
  organization: string;
  password: string;
}

let counter = 0;
/** A fresh account's details; the password is one the guessability check accepts. */
export function newAccount(prefix = "user"): NewAccount {
  const stamp = `${Date.now()}-${process.pid}-${++counter}`;
  return {
    name: "Robin Tester",
    email: `${prefix}.${stamp}@example.com`,
    organization: `Test Co ${stamp}`,
    password: "oyster-meadow-lamp-42",
  };
}

/** Sign-up as a person does it: the form, the confirmation email in the dev outbox, the link. Ends on the dashboard. */
export async function signUpThroughUi(page: Page, account: NewAccount = newAccount()): Promise<NewAccount> {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(account.name);
  await page.getByLabel("Work email").fill(account.email);
  await page.getByLabel("Organization name").fill(account.organization);
  await page.getByLabel("Password").fill(account.password);
  // Sign-ups are limited per client address; the suite signs up more often than one person would,
  // so this one post comes "through the proxy" (the test server trusts one) from an address of its own.
  // The header is cleared again before the dev outbox, which refuses anything a proxy relayed.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.18.${(counter >> 8) & 255}.${counter & 255}` });
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.setExtraHTTPHeaders({});
  const link = await linkFromOutbox(page, account.email, /Confirm your email/);
  await page.goto(link);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // A click before React has taken the page over can be lost; the caller's next step is a click.
  await waitForHydration(page);
  return account;
}

export function sessionCookie(res: APIResponse): string | undefined {
  const line = res
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("rf_session="));
  return line?.value.split(";")[0]!.slice("rf_session=".length) || undefined;
}

/** The same over HTTP, for the security suite; `ip` is sent as X-Forwarded-For (the test server trusts one proxy). */
export async function signUpThroughApi(
  request: APIRequestContext,
  ip: string,
  account: NewAccount = newAccount("api"),
) {
  const res = await request.post("/signup", {
    form: {
      name: account.name,
      email: account.email,
      organizationName: account.organization,
      password: account.password,
    },
    headers: { "X-Forwarded-For": ip },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text()).toBe(200);
  const link = await linkFromOutboxApi(request, account.email, "/signup/confirm/");
  const confirmed = await request.post(link, { headers: { "X-Forwarded-For": ip }, maxRedirects: 0 });
  expect(confirmed.status()).toBe(302);
  return { ...account, cookie: sessionCookie(confirmed)! };
}
