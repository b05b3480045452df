import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { linkFromOutbox } from "./support/outbox";

const PASSWORD = "orchid-lantern-river";
const stamp = Date.now();
const owner = {
  name: "Olivia Owner",
  email: `olivia.${stamp}@example.com`,
  org: `Vandelay Industries ${stamp}`,
};
const colleague = { name: "Carl Colleague", email: `carl.${stamp}@example.com` };

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page, name: string) {
  await page.getByText(name, { exact: true }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("status")).toContainText("You are signed out");
}

test.describe.configure({ mode: "serial" });

test("a visitor signs up and lands in their new organization", async ({ page }) => {
  await page.goto("/");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Create a free workspace" }).click();
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Work email").fill(owner.email);
  await page.getByLabel("Organization name").fill(owner.org);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await page.getByLabel("Password").fill("Welcome2024!");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/easy to guess/)).toBeVisible();

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await expectAccessible(page);
  const link = await linkFromOutbox(page, owner.email, /Confirm your email/);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Finish creating your account" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: owner.org, level: 1 })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Welcome to RoleFit");
  await expectAccessible(page);
});

test("signs out, is refused with a wrong password, and signs back in", async ({ page }) => {
  await signIn(page, owner.email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
  await signOut(page, owner.name);

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdashboard/);
  await expectAccessible(page);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password", { exact: true }).fill("definitely-not-it");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("don't match");

  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("resets a forgotten password through the emailed link", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  // The sign-in page has an Email field too: wait for the new page before typing.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(owner.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account exists" })).toBeVisible();

  const link = await linkFromOutbox(page, owner.email, /Reset your RoleFit password/);
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-passphrase");
  await page.getByLabel("Repeat the new password").fill("a-brand-new-passphrase");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("status")).toContainText("Your password was changed");

  await signIn(page, owner.email, "a-brand-new-passphrase");
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto(link);
  await expect(page.getByText("already been used")).toBeVisible();
});

test("invites a colleague who accepts and sees the organization", async ({ page, browser }) => {
  await signIn(page, owner.email, "a-brand-new-passphrase");
  await page.getByRole("link", { name: "Members" }).click();
  await expectAccessible(page);
  await page.getByLabel("Email").fill(colleague.email);
  await page.getByLabel("Role", { exact: true }).selectOption("manager");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText(`Invitation sent to ${colleague.email}`);
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: colleague.email })
      .getByRole("button", { name: `Withdraw invitation to ${colleague.email}` }),
  ).toBeVisible();

  const link = await linkFromOutbox(page, colleague.email, /invited you to/);
  const other = await browser.newContext();
  const guest = await other.newPage();
  await guest.goto(link);
  await expect(guest.getByRole("heading", { name: `Join ${owner.org}` })).toBeVisible();
  await expectAccessible(guest);
  await guest.getByLabel("Your name").fill(colleague.name);
  // A password that is too short: the error shows under the field.
  await guest.getByLabel("Choose a password").fill("short");
  await guest.getByRole("button", { name: "Create account and join" }).click();
  await expect(guest.getByText("Use at least 10 characters.")).toBeVisible();
  const password = guest.getByLabel("Choose a password");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  // Fixing it clears the error while typing, so the button is where it will stay, and one click joins.
  await password.fill("colleague-secret-words");
  await expect(password).not.toHaveAttribute("aria-invalid", "true");
  const button = guest.getByRole("button", { name: "Create account and join" });
  const before = (await button.boundingBox())!;
  await password.blur();
  expect((await button.boundingBox())!.y).toBe(before.y);
  await button.click();
  await expect(guest).toHaveURL(/\/dashboard$/);
  await expect(guest.getByRole("heading", { name: owner.org, level: 1 })).toBeVisible();
  await expect(guest.getByText(/Signed in as Carl Colleague \(manager\)/)).toBeVisible();
  await other.close();

  await page.goto("/settings/members");
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: `${colleague.email} · Manager` })
      .getByRole("button", { name: `Remove ${colleague.name}` }),
  ).toBeVisible();

  // An owner changes the colleague's role in place; the only owner cannot step down.
  await page.getByLabel(`Role of ${colleague.name}`).selectOption("viewer");
  await page.getByRole("button", { name: `Change role of ${colleague.name}` }).click();
  await expect(page.getByRole("status")).toContainText(`${colleague.name} is now viewer`);
  await expect(page.getByRole("listitem").filter({ hasText: `${colleague.email} · Viewer` })).toBeVisible();
  await page.getByLabel(`Role of ${owner.name}`).selectOption("manager");
  await page.getByRole("button", { name: `Change role of ${owner.name}` }).click();
  await expect(page.getByText("An organization needs at least one owner")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: `${owner.email} · Owner` })).toBeVisible();
});

test("unknown pages get a friendly 404", async ({ page }) => {
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expectAccessible(page);
});
