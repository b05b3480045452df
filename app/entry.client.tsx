import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadMessages } from "./components/message-catalog";
import { asLocale } from "./domain/i18n/locales";

function hydrate() {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  });
}

// The page's words are a script of their own (see message-catalog.ts): load the page's language
// before hydrating, so the first render in the browser has the words the server rendered. Should
// the download fail, hydrate anyway: the words are asked for again when the page renders.
loadMessages(asLocale(document.documentElement.lang)).then(hydrate, hydrate);
