/**
 * The framework floor of the HTTP benchmarks: the app's own stack — cluster workers, node:http with
 * RoleFit's middleware pipeline, compression and body limit, its Remix adapter and route-match
 * cache, Remix's request handler and the app's built entry.server (React's renderer into one
 * buffer) — serving a one-route app with no database, no session and no security middleware. What it costs is what any page or answer of the app
 * costs before RoleFit does anything, so its ratio to the bare server is the best ratio the app
 * could reach on this stack and machine.
 *   GET  /a/TOKEN  a document whose body is BODY_FILE's <body> markup (the questionnaire page
 *                  captured from the app), with loader data of the question page's shape.
 *   POST /a/TOKEN  reads the form and answers 302 to the same address, as the app's answer does.
 * WEB_CONCURRENCY workers (default: one per core), like the app. GET /healthz answers 200.
 */
import cluster from "node:cluster";
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs, ServerBuild } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, useLoaderData } from "@remix-run/react";
import compression from "compression";
import { createElement as h } from "react";
import { bodyLimit } from "../../../app/server/body-limit.server";
import { pipeline, type Middleware } from "../../../app/server/http-pipeline.server";
import { createRemixHandler } from "../../../app/server/remix-adapter.server";
import { installRouteMatchCache } from "../../../app/server/route-match-cache.server";

const port = Number(process.env.PORT);
const workers = Number(process.env.WEB_CONCURRENCY) || os.availableParallelism();
const root = path.resolve(import.meta.dirname, "../../..");

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const page = fs.readFileSync(process.env.BODY_FILE!, "utf8");
  // The page's visible markup, without the app's scripts (the floor's own Scripts add Remix's).
  const bodyMarkup = page.slice(page.indexOf(">", page.indexOf("<body")) + 1, page.indexOf("<script"));
  const built = (await import(pathToFileURL(path.join(root, "build/server/index.js")).href)) as ServerBuild;

  const Root = () =>
    h(
      "html",
      { lang: "en" },
      h("head", null, h("meta", { charSet: "utf-8" }), h(Meta), h(Links)),
      h("body", { className: "flex min-h-screen flex-col" }, h(Outlet), h(Scripts)),
    );
  // One block of markup: rendered as React elements instead it costs about 0.03 ms more (measured
  // with renderToString), which the floor leaves out.
  const Page = () => {
    useLoaderData();
    return h("div", { dangerouslySetInnerHTML: { __html: bodyMarkup } });
  };
  const question = {
    view: "question",
    mode: "next",
    screen: {
      number: 11,
      itemId: "item-00000000",
      prompt: "How well does this describe you at work?",
      text: "Hearing no many times in one day does not stop me from reaching my activity goals.",
      options: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"].map(
        (label, i) => ({ value: String(i + 1), label }),
      ),
    },
    progress: { percent: 40, minutesLeft: 8, answered: 10 },
    canChangePrevious: true,
  };
  const manifestEntry = (id: string, parentId: string | undefined, routePath: string) => ({
    id,
    parentId,
    path: routePath,
    index: undefined,
    caseSensitive: undefined,
    hasAction: id !== "root",
    hasLoader: id !== "root",
    hasClientAction: false,
    hasClientLoader: false,
    hasErrorBoundary: false,
    module: built.assets.routes.root!.module,
    imports: [],
    css: [],
  });
  const build: ServerBuild = {
    ...built,
    routes: {
      root: { id: "root", path: "", module: { default: Root } },
      "routes/page": {
        id: "routes/page",
        parentId: "root",
        path: "a/:token",
        module: {
          default: Page,
          loader: ({ params }: LoaderFunctionArgs) => ({ ...question, base: `/a/${params.token}` }),
          action: async ({ request }: ActionFunctionArgs) => {
            await request.formData();
            return redirect(new URL(request.url).pathname);
          },
        },
      },
    } as unknown as ServerBuild["routes"],
    assets: {
      ...built.assets,
      routes: {
        root: manifestEntry("root", undefined, ""),
        "routes/page": manifestEntry("routes/page", "root", "a/:token"),
      },
    } as ServerBuild["assets"],
  };

  installRouteMatchCache();
  const handler = pipeline(
    [
      compression() as unknown as Middleware,
      (req, res, next) => (req.pathname === "/healthz" ? void res.end("ok") : next()),
      bodyLimit(1024 * 1024),
      createRemixHandler({
        build,
        mode: "production",
        origin: `http://127.0.0.1:${port}`,
        // The floor reads nothing from the context but the nonce its entry.server needs.
        getLoadContext: () => ({ nonce: "floor" }) as unknown as AppLoadContext,
      }),
    ],
    (error, _req, res) => {
      console.error(error);
      res.destroy();
    },
  );
  http.createServer(handler).listen(port);
}
