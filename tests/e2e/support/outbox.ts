import { expect, type Page } from "@playwright/test";

/** Opens the newest outbox message to `to` and returns the first link in it. */
export async function linkFromOutbox(page: Page, to: string, subject: RegExp): Promise<string> {
  await page.goto("/dev/outbox");
  const message = page.getByRole("article").filter({ hasText: `To ${to}` }).filter({ has: page.getByRole("heading", { name: subject }) }).first();
  await expect(message).toBeVisible();
  const href = await message.getByRole("link").first().getAttribute("href");
  expect(href).toBeTruthy();
  return new URL(href!).pathname;
}
