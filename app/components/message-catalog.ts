// The words of the candidate pages, by language. A page's data names only its language; the words
// come from here. On the server every language is provided once at start (entry.server.tsx). In
// the browser each language is a script of its own, loaded before the page hydrates
// (entry.client.tsx) or, after a navigation to a page in another language, while the page waits
// (useT suspends until it is there), and then cached like every other asset. Sending the whole
// catalogue with every page's data had made up two thirds of a question page's bytes, and encoding
// it the largest part of what Remix does per page.
import type { Locale } from "~/domain/i18n/locales";
import type { Messages } from "~/domain/i18n/messages/en";

const catalog: Partial<Record<Locale, Messages>> = {};
const loading = new Map<Locale, Promise<void>>();

const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import("~/domain/i18n/messages/en").then((m) => m.EN_MESSAGES),
  es: () => import("~/domain/i18n/messages/es").then((m) => m.ES_MESSAGES),
  de: () => import("~/domain/i18n/messages/de").then((m) => m.DE_MESSAGES),
  fr: () => import("~/domain/i18n/messages/fr").then((m) => m.FR_MESSAGES),
};

/** Makes languages available at once (the server has them all). */
export function provideMessages(messages: Readonly<Partial<Record<Locale, Messages>>>): void {
  Object.assign(catalog, messages);
}

/** A language's words if they are loaded. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return catalog[locale];
}

/** Loads a language's words (once; later calls share the first load). */
export function loadMessages(locale: Locale): Promise<void> {
  if (catalog[locale]) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (messages) => {
        catalog[locale] = messages;
      },
      (error: unknown) => {
        // A failed download (the network dropped) may be tried again by the next render.
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
