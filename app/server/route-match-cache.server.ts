import { createRequire } from "node:module";

/**
 * Remix v2 matches a request's path against the routes several times per request (the request
 * handler, the static handler, and the partial manifest of lazy route discovery, once per parent
 * path), and each match flattens, ranks and compiles all ~50 routes anew: @remix-run/router's
 * matchRoutes keeps nothing between calls. That was 13–16% of the questionnaire page's CPU in the
 * profile. The routes never change while the process runs, so the result for a path is remembered
 * (the last MAX_PATHS paths).
 *
 * Remix builds fresh route objects for every render, so results are remembered by the routes'
 * shape (ids, paths, index flags, nesting), not by object identity, and every hit is rebuilt on
 * the caller's own route objects, with its own params.
 *
 * Remix calls matchRoutes through the router module's exports object, so wrapping that export
 * (on the instance @remix-run/node loads) reaches those callers. Call it once, at start.
 */
const MAX_PATHS = 2000;

type Route = { id?: string; path?: string; index?: boolean; caseSensitive?: boolean; children?: Route[] };
type Match = {
  params: Record<string, string | undefined>;
  pathname: string;
  pathnameBase: string;
  route: Route;
};
type MatchRoutes = (routes: Route[], location: unknown, basename?: string) => Match[] | null;
type Remembered = { params: Match["params"]; pathname: string; pathnameBase: string; at: number[] }[] | null;

let installed = false;

export function installRouteMatchCache(): void {
  if (installed) return;
  installed = true;
  const fromNode = createRequire(createRequire(import.meta.url).resolve("@remix-run/node"));
  const fromRuntime = createRequire(fromNode.resolve("@remix-run/server-runtime"));
  const router = fromRuntime("@remix-run/router") as {
    matchRoutes: MatchRoutes;
    createStaticHandler: CreateStaticHandler;
  };
  router.matchRoutes = cachedMatchRoutes(router.matchRoutes);
  router.createStaticHandler = prunedStaticHandlers(router.createStaticHandler, router.matchRoutes);
  // @remix-run/react has no exports map: its CommonJS entry is what the server build imports, and
  // its RemixServer calls createServerRoutes through this module's exports object.
  const fromReact = createRequire(fromNode.resolve("@remix-run/react"));
  const reactRoutes = fromReact("./routes.js") as { createServerRoutes: CreateServerRoutes };
  const remix = rememberedServerRoutes(reactRoutes.createServerRoutes);
  reactRoutes.createServerRoutes = remix.create;
  // React Router's createStaticRouter (which RemixServer calls with those routes) converts them to
  // its data routes through the router module's exports object, as matchRoutes above.
  const fromServerRouter = createRequire(fromReact.resolve("react-router-dom/server"));
  const staticRouter = fromServerRouter("@remix-run/router") as { UNSAFE_convertRoutesToDataRoutes: Convert };
  staticRouter.UNSAFE_convertRoutesToDataRoutes = rememberedDataRoutes(
    staticRouter.UNSAFE_convertRoutesToDataRoutes,
    remix.isRemembered,
  );
}

type Convert = (
  routes: unknown[],
  mapRouteProperties: unknown,
  parentPath?: string[],
  manifest?: Record<string, unknown>,
) => unknown[];

/**
 * createStaticRouter converts the route tree into data routes (a copy of every route) for each page
 * it renders: 2.3% of the questionnaire page's CPU, and a fresh tree for the route-match cache to
 * work out again. For a tree built by rememberedServerRoutes (the same objects every request) the
 * copy is made once, and the manifest the caller passes is filled with the same routes it would
 * have received. React Router only reads these routes on the server.
 */
export function rememberedDataRoutes(
  original: Convert,
  isRemembered: (routes: unknown[]) => boolean,
): Convert {
  const remembered = new WeakMap<
    unknown[],
    { mapRouteProperties: unknown; dataRoutes: unknown[]; manifest: Record<string, unknown> }
  >();
  return (routes, mapRouteProperties, parentPath, manifest) => {
    if (parentPath !== undefined || !isRemembered(routes) || (manifest && Object.keys(manifest).length))
      return original(routes, mapRouteProperties, parentPath, manifest);
    const hit = remembered.get(routes);
    if (hit && hit.mapRouteProperties === mapRouteProperties) {
      if (manifest) Object.assign(manifest, hit.manifest);
      return hit.dataRoutes;
    }
    const filled: Record<string, unknown> = {};
    const dataRoutes = original(routes, mapRouteProperties, undefined, filled);
    remembered.set(routes, { mapRouteProperties, dataRoutes, manifest: filled });
    if (manifest) Object.assign(manifest, filled);
    return dataRoutes;
  };
}

type CreateServerRoutes = (
  manifest: Record<string, unknown>,
  routeModules: Record<string, unknown>,
  future: unknown,
  isSpaMode: boolean,
  ...rest: unknown[]
) => unknown[];

/**
 * RemixServer rebuilds the React route tree from the route manifest for every page it renders (a
 * route object, its component wrappers and elements for each of the ~50 routes: 4.5% of the
 * questionnaire page's CPU, plus the route-match cache working out the fresh tree's shape again).
 * The tree follows from the manifest (the build's own object, the same every request), the route
 * modules and two flags, so it is built once and reused while those stay the same objects; React
 * Router copies the routes before using them and never changes them.
 */
export function rememberedServerRoutes(original: CreateServerRoutes): {
  create: CreateServerRoutes;
  /** Whether a route tree is one this function built and handed out (and may hand out again). */
  isRemembered(routes: unknown[]): boolean;
} {
  const remembered = new WeakMap<
    object,
    { modules: unknown[]; future: unknown; isSpaMode: boolean; routes: unknown[] }
  >();
  const handedOut = new WeakSet<unknown[]>();
  const create: CreateServerRoutes = (manifest, routeModules, future, isSpaMode, ...rest) => {
    if (rest.length) return original(manifest, routeModules, future, isSpaMode, ...rest);
    const modules = Object.keys(manifest).map((id) => routeModules[id]);
    const hit = remembered.get(manifest);
    if (
      hit &&
      hit.future === future &&
      hit.isSpaMode === isSpaMode &&
      hit.modules.length === modules.length &&
      hit.modules.every((m, i) => m === modules[i])
    )
      return hit.routes;
    const routes = original(manifest, routeModules, future, isSpaMode);
    remembered.set(manifest, { modules, future, isSpaMode, routes });
    handedOut.add(routes);
    return routes;
  };
  return { create, isRemembered: (routes) => handedOut.has(routes) };
}

type StaticHandler = {
  dataRoutes: Route[];
  query(request: Request, options?: unknown): Promise<unknown>;
  queryRoute(request: Request, options?: unknown): Promise<unknown>;
};
type CreateStaticHandler = (routes: Route[], options?: { basename?: string }) => StaticHandler;

/**
 * The match that remained: Remix's static handler (which runs the loaders and actions) matches the
 * path against all its routes itself, through a function inside the router module that no export
 * reaches (8% of the candidate cycle's CPU in the profile, a third of it compiling each route's
 * pattern anew). So the handler Remix creates is wrapped: each request is matched first with the
 * remembered matches above and handed to a static handler made for just the routes on that
 * match's branch (made once per branch), whose own matching is then a few routes long. The result
 * is the same: the branch that wins among all routes is among the few, and matches there too. A
 * path that matches no route goes to the full handler, which answers its 404.
 */
export function prunedStaticHandlers(
  original: CreateStaticHandler,
  matchRoutes: MatchRoutes,
): CreateStaticHandler {
  return (routes, options) => {
    const full = original(routes, options);
    const byBranch = new Map<string, StaticHandler>();
    const handlerFor = (request: Request): StaticHandler => {
      const matches = matchRoutes(routes, new URL(request.url).pathname, options?.basename);
      if (!matches?.length || matches.some((m) => m.route.id === undefined)) return full;
      const ids = matches.map((m) => m.route.id!);
      const key = ids.join("\u0000");
      let handler = byBranch.get(key);
      if (!handler) byBranch.set(key, (handler = original(onlyBranch(routes, ids), options)));
      return handler;
    };
    return {
      ...full,
      dataRoutes: full.dataRoutes,
      query: (request, queryOptions) => handlerFor(request).query(request, queryOptions),
      queryRoute: (request, queryOptions) => handlerFor(request).queryRoute(request, queryOptions),
    };
  };
}

/** The routes reduced to the chain `ids` (root first), each route otherwise as it was. */
function onlyBranch(routes: Route[], ids: string[]): Route[] {
  const [id, ...rest] = ids;
  const route = routes.find((r) => r.id === id)!;
  return [{ ...route, children: rest.length ? onlyBranch(route.children ?? [], rest) : undefined }];
}

interface Shape {
  id: number;
  /** Where each route object sits: its index, its child index, … */
  positions: Map<Route, number[]>;
  /** The routes that could match paths by their first segment, made when first needed (null: not possible). */
  candidates?: Candidates | null;
}

/**
 * A path missing from the remembered matches (each candidate's link is its own path, so the first
 * request of every link misses) was matched against all ~80 routes: flattened, ranked and each
 * pattern compiled anew, 10–12% of the answer benchmark's CPU. Only routes whose full path starts
 * with the path's first segment, or with a dynamic or splat segment, or that have no segment at all
 * can match it, so the match runs over just those (copies of them, in the same order, so the ranking
 * among them is unchanged), and the result is given back on the caller's own route objects.
 */
interface Candidates {
  /** Lower-cased static first segments of the routes' full paths. */
  statics: Set<string>;
  /** The candidate routes for a first segment ("\u0000" for one that no route names), made once each. */
  forSegment(segment: string): { routes: Route[]; originals: Map<Route, Route> };
}

function candidatesOf(routes: Route[]): Candidates | null {
  const firstSegment = new Map<Route, string | null>();
  const statics = new Set<string>();
  let possible = true;
  const visit = (list: Route[], parent: string[]) =>
    list.forEach((route) => {
      const own = route.path ?? "";
      // Absolute and optional segments, and splats inside a segment, are left to the full match.
      if (own.startsWith("/") || own.includes("?") || /[^/]\*|\*[^/]/.test(own)) possible = false;
      const segments = [...parent, ...own.split("/").filter(Boolean)];
      const first = segments[0] ?? null;
      firstSegment.set(route, first);
      if (first !== null && !first.startsWith(":") && first !== "*") statics.add(first.toLowerCase());
      if (route.children) visit(route.children, segments);
    });
  visit(routes, []);
  if (!possible) return null;
  const made = new Map<string, { routes: Route[]; originals: Map<Route, Route> }>();
  return {
    statics,
    forSegment(segment) {
      let candidates = made.get(segment);
      if (candidates) return candidates;
      const originals = new Map<Route, Route>();
      const keep = (route: Route) => {
        const first = firstSegment.get(route);
        return first == null || first.startsWith(":") || first === "*" || first.toLowerCase() === segment;
      };
      const copy = (list: Route[]): Route[] =>
        list.filter(keep).map((route) => {
          const copied = { ...route, children: route.children && copy(route.children) };
          originals.set(copied, route);
          return copied;
        });
      made.set(segment, (candidates = { routes: copy(routes), originals }));
      return candidates;
    },
  };
}

export function cachedMatchRoutes(original: MatchRoutes): MatchRoutes {
  const shapes = new WeakMap<Route[], Shape>();
  const shapeIds = new Map<string, number>();
  const remembered = new Map<string, Remembered>();

  const shapeOf = (routes: Route[]): Shape => {
    let shape = shapes.get(routes);
    if (shape) return shape;
    const positions = new Map<Route, number[]>();
    const parts: string[] = [];
    const visit = (list: Route[], at: number[]) =>
      list.forEach((route, i) => {
        const position = [...at, i];
        positions.set(route, position);
        parts.push(
          `${position.join(".")}|${route.id ?? ""}|${route.path ?? ""}|${route.index ? 1 : 0}|${route.caseSensitive ? 1 : 0}`,
        );
        if (route.children) visit(route.children, position);
      });
    visit(routes, []);
    const signature = parts.join("\n");
    let id = shapeIds.get(signature);
    if (id === undefined) shapeIds.set(signature, (id = shapeIds.size));
    shapes.set(routes, (shape = { id, positions }));
    return shape;
  };

  const routeAt = (routes: Route[], at: number[]): Route => {
    let route = routes[at[0]!]!;
    for (const i of at.slice(1)) route = route.children![i]!;
    return route;
  };

  return (routes, location, basename) => {
    // Plain paths are remembered, given as a string or as a location object (React Router's render
    // passes one: that match, missed before, was 7% of the questionnaire page's CPU).
    const path = plainPath(location);
    if (path === undefined || !Array.isArray(routes)) return original(routes, location, basename);
    const shape = shapeOf(routes);
    const key = `${shape.id}\u0000${basename ?? ""}\u0000${path}`;
    let hit = remembered.get(key);
    if (hit === undefined) {
      if (shape.candidates === undefined) shape.candidates = candidatesOf(routes);
      const candidates = shape.candidates;
      let matches: Match[] | null;
      if (candidates && (basename ?? "/") === "/" && !path.includes("%")) {
        const first = (path.split("/").find(Boolean) ?? "").toLowerCase();
        const few = candidates.forSegment(candidates.statics.has(first) ? first : "\u0000");
        matches =
          original(few.routes, path, basename)?.map((m) => ({ ...m, route: few.originals.get(m.route)! })) ??
          null;
      } else matches = original(routes, location, basename);
      hit =
        matches &&
        matches.map((m) => ({
          params: m.params,
          pathname: m.pathname,
          pathnameBase: m.pathnameBase,
          at: shape.positions.get(m.route)!,
        }));
      if (hit?.some((m) => m.at === undefined)) return matches; // not one of these routes: do not remember
      remembered.set(key, hit);
      if (remembered.size > MAX_PATHS) remembered.delete(remembered.keys().next().value!);
    }
    return (
      hit &&
      hit.map((m) => ({
        params: { ...m.params },
        pathname: m.pathname,
        pathnameBase: m.pathnameBase,
        route: routeAt(routes, m.at),
      }))
    );
  };
}

/**
 * The path to match, or undefined to not remember: matchRoutes reads nothing of a location but its
 * pathname. Strings with a query string or hash are passed through rather than parsed here.
 */
function plainPath(location: unknown): string | undefined {
  if (typeof location === "string") return /[?#]/.test(location) ? undefined : location;
  const pathname = (location as { pathname?: unknown } | null)?.pathname;
  return typeof pathname === "string" && !/[?#]/.test(pathname) ? pathname : undefined;
}
