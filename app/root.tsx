import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { AppHeader } from "./components/app-header";
import { FlashMessage } from "./components/flash-message";
import { I18nProvider, usePageI18n, useT } from "./components/i18n";
import { useNonce } from "./components/nonce";
import { getSession } from "./server/auth.server";
import { takeFlash } from "./server/flash.server";
import type { CandidateErrorPage } from "./server/locale.server";
import { listUserOrganizations } from "./server/organizations.server";
import styles from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "RoleFit — sales and marketing fit" },
  {
    name: "description",
    content: "Measure sales and marketing strengths, hire for the role, and plan your go-to-market team.",
  },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const session = await getSession(request, context);
  const { flash, setCookie } = await takeFlash(request, context);
  const viewer = session
    ? {
        name: session.user.name,
        email: session.user.email,
        currentOrganizationId: session.currentOrganizationId,
        organizations: await listUserOrganizations(context.db, session.user.id),
      }
    : null;
  return data({ viewer, flash }, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const rootData = useRouteLoaderData<typeof loader>("root");
  // Candidates taking an assessment see RoleFit without account navigation around the question.
  const candidateFlow = useMatches().some(
    (m) => (m.handle as { candidateFlow?: boolean } | undefined)?.candidateFlow,
  );
  const pageI18n = usePageI18n();
  // A candidate's error page has no route data; its language comes with the error.
  const errorPage = candidateErrorPage(useRouteError());
  const i18n = errorPage ? { locale: errorPage.locale } : pageI18n;
  return (
    <html lang={i18n.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        <I18nProvider value={i18n}>
          <PageFrame
            viewer={rootData?.viewer ?? null}
            flash={rootData?.flash ?? null}
            minimal={candidateFlow}
          >
            {children}
          </PageFrame>
        </I18nProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

/** Skip link, header, flash, main and footer, in the page's language. */
function PageFrame({
  viewer,
  flash,
  minimal,
  children,
}: {
  viewer: Parameters<typeof AppHeader>[0]["viewer"];
  flash: Parameters<typeof FlashMessage>[0]["flash"];
  minimal: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
      >
        {t("frame.skip")}
      </a>
      <AppHeader viewer={viewer} minimal={minimal} />
      <FlashMessage flash={flash} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-600">
        {t("frame.footer")}
      </footer>
    </>
  );
}

export default function App() {
  // Marks the page once React has taken it over, so browser tests (and CSS, if ever needed) can
  // tell a server-rendered page from a live one before using what only works with JavaScript.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage error={error} />;
}

/** The words a candidate page's refusal carries for its error page (locale.server.ts), if any. */
function candidateErrorPage(error: unknown): CandidateErrorPage | null {
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || !error.data) return null;
  const page = (error.data as { page?: CandidateErrorPage }).page;
  return page && typeof page.title === "string" ? page : null;
}

export function ErrorPage({ error }: { error: unknown }) {
  if (isRouteErrorResponse(error)) {
    const message =
      typeof error.data === "object" && error.data && "message" in error.data
        ? String(error.data.message)
        : undefined;
    const candidate = candidateErrorPage(error);
    if (candidate) {
      return (
        <div className="mx-auto max-w-lg py-16 text-center">
          <p className="text-sm font-semibold text-brand-700">{candidate.label}</p>
          <h1 className="mt-2">{candidate.title}</h1>
          <p className="mt-2 text-slate-700">{message}</p>
          <p className="mt-6">
            <Link to="/" className="btn-secondary">
              {candidate.home}
            </Link>
          </p>
        </div>
      );
    }
    const copy: Record<number, [string, string]> = {
      400: ["That request didn't make sense", "Something in the address or the form was not valid."],
      403: ["You can't do that here", "Your role in this organization doesn't allow it."],
      404: ["Page not found", "There is nothing at this address, or it belongs to another organization."],
      429: ["Too many attempts", "Please wait a little and try again."],
    };
    const [title, fallback] = copy[error.status] ?? ["Something went wrong", "Please try again."];
    return (
      <div className="mx-auto max-w-lg py-16 text-center">
        <p className="text-sm font-semibold text-brand-700">Error {error.status}</p>
        <h1 className="mt-2">{title}</h1>
        <p className="mt-2 text-slate-700">{message ?? fallback}</p>
        <p className="mt-6">
          <Link to="/" className="btn-secondary">
            Go to the home page
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">Error 500</p>
      <h1 className="mt-2">Something went wrong on our side</h1>
      <p className="mt-2 text-slate-700">It has been logged. Please try again in a moment.</p>
      <p className="mt-6">
        <Link to="/" className="btn-secondary">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
