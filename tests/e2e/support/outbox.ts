import { expect, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Opens the newest outbox message to `to` and returns the path of the first link in it. Mail is
 * delivered by the background job queue within a second, so the page is reloaded until it is there.
 */
export async function linkFromOutbox(page: Page, to: string, subject: RegExp): Promise<string> {
  const message = page
    .getByRole("article")
    .filter({ hasText: `To ${to}` })
    .filter({ has: page.getByRole("heading", { name: subject }) })
    .first();
  await expect(async () => {
    await page.goto("/dev/outbox");
    await expect(message).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  const href = await message.getByRole("link").first().getAttribute("href");
  expect(href).toBeTruthy();
  return new URL(href!).pathname;
}

/** The same for a client without a page: reads the outbox HTML (sent straight, never through a proxy). */
export async function linkFromOutboxApi(
  request: APIRequestContext,
  to: string,
  pathPrefix: string,
): Promise<string> {
  let found: string | undefined;
  await expect(async () => {
    // React separates adjacent text with "<!-- -->"; drop those so "To <address>" reads as one string.
    const html = (await (await request.get("/dev/outbox")).text()).replaceAll("<!-- -->", "");
    // Messages are listed newest first; each article holds "To <address>" and its links.
    for (const article of html.split("<article").slice(1)) {
      if (!article.includes(`To ${to}`)) continue;
      const href = article.match(new RegExp(`href="https?://[^"/]+(${pathPrefix}[^"]+)"`))?.[1];
      if (href) {
        found = href;
        return;
      }
    }
    throw new Error(`no message to ${to} with a ${pathPrefix} link yet`);
  }).toPass({ timeout: 15_000 });
  return found!;
}
