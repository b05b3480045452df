import { createStaticHandler, matchRoutes } from "@remix-run/router";
import { describe, expect, it } from "vitest";
import {
  cachedMatchRoutes,
  prunedStaticHandlers,
  rememberedDataRoutes,
  rememberedServerRoutes,
} from "./route-match-cache.server.ts";

type R = { id: string; path?: string; index?: boolean; children?: R[] };
// Fresh objects of the same shape every call, as Remix builds them for every render.
const routesOfSameShape = (): R[] => [
  {
    id: "root",
    path: "",
    children: [
      { id: "a", path: "a/:token" },
      { id: "home", index: true },
    ],
  },
];

/** A stand-in for @remix-run/router's matchRoutes: "/a/X" matches root and a, "/" root and home. */
function fakeMatchRoutes(routes: R[], location: unknown) {
  const path = String(location);
  const root = routes[0]!;
  const a = /^\/a\/([^/]+)$/.exec(path);
  if (a)
    return [
      { params: { token: a[1] }, pathname: "/", pathnameBase: "/", route: root },
      { params: { token: a[1] }, pathname: path, pathnameBase: path, route: root.children![0]! },
    ];
  if (path === "/")
    return [
      { params: {}, pathname: "/", pathnameBase: "/", route: root },
      { params: {}, pathname: "/", pathnameBase: "/", route: root.children![1]! },
    ];
  return null;
}

describe("cachedMatchRoutes", () => {
  it("matches a path once per shape and answers on the caller's own route objects", () => {
    let calls = 0;
    const match = cachedMatchRoutes((r, l) => (calls++, fakeMatchRoutes(r as R[], l)) as never);
    const first = match(routesOfSameShape(), "/a/tok")!;
    first[1]!.params.token = "changed by a caller";
    const routes = routesOfSameShape();
    const second = match(routes, "/a/tok")!;
    expect(calls).toBe(1);
    expect(second.map((m) => m.route)).toEqual([routes[0], routes[0]!.children![0]]);
    expect(second[1]!.route).toBe(routes[0]!.children![0]);
    expect(second[1]!.params.token).toBe("tok");
  });

  it("keeps shapes, paths and basenames apart, treats a location object as its path, and passes query strings through", () => {
    let calls = 0;
    const match = cachedMatchRoutes((r, l) => (calls++, fakeMatchRoutes(r as R[], l)) as never);
    match(routesOfSameShape(), "/a/x");
    match([{ id: "other", path: "", children: [{ id: "a", path: "a/:token" }] }] as never, "/a/x");
    match(routesOfSameShape(), "/a/x", "/base");
    match(routesOfSameShape(), "/");
    expect(calls).toBe(4);
    match(routesOfSameShape(), "/a/x?q=1");
    match(routesOfSameShape(), "/a/x?q=1");
    expect(calls).toBe(6);
    const viaObject = match(routesOfSameShape(), { pathname: "/a/x", search: "", hash: "" })!;
    expect(calls).toBe(6);
    expect(viaObject[1]!.params.token).toBe("x");
    match(routesOfSameShape(), {});
    expect(calls).toBe(7);
  });

  it("remembers a path that matches nothing", () => {
    let calls = 0;
    const match = cachedMatchRoutes((r, l) => (calls++, fakeMatchRoutes(r as R[], l)) as never);
    expect(match(routesOfSameShape(), "/nowhere")).toBeNull();
    expect(match(routesOfSameShape(), "/nowhere")).toBeNull();
    expect(calls).toBe(1);
  });
});

describe("prunedStaticHandlers", () => {
  type DataRoute = R & { loader?: () => unknown; children?: DataRoute[] };
  const loads = (id: string) => () => ({ id });
  // Like the app's: a static segment beside a dynamic one, nested paths, a layout with an index.
  const routes = (): DataRoute[] => [
    {
      id: "root",
      path: "",
      loader: loads("root"),
      children: [
        { id: "home", index: true, loader: loads("home") },
        { id: "a-new", path: "a/new", loader: loads("a-new") },
        { id: "a", path: "a/:token", loader: loads("a") },
        { id: "a-report", path: "a/:token/report", loader: loads("a-report") },
        {
          id: "org",
          path: "org",
          loader: loads("org"),
          children: [
            { id: "org-index", index: true, loader: loads("org-index") },
            { id: "org-role", path: "roles/:roleId", loader: loads("org-role") },
          ],
        },
      ],
    },
  ];

  type Context = {
    statusCode: number;
    matches: { route: { id: string }; params: object }[];
    loaderData: object;
  };
  const outcome = async (handler: { query(r: Request): Promise<unknown> }, path: string) => {
    const context = (await handler.query(new Request(`http://localhost${path}`))) as Context;
    return {
      status: context.statusCode,
      matches: context.matches.map((m) => [m.route.id, m.params]),
      loaderData: context.loaderData,
    };
  };

  it("answers every path as the full handler does, matching each path against its branch only", async () => {
    const created: number[] = [];
    const create = ((r: never, o: never) => {
      let count = 0;
      const visit = (list: DataRoute[]) => list.forEach((x) => (count++, x.children && visit(x.children)));
      visit(r);
      created.push(count);
      return createStaticHandler(r, o);
    }) as never;
    const pruned = prunedStaticHandlers(create, cachedMatchRoutes(matchRoutes as never))(routes() as never);
    const full = createStaticHandler(routes() as never);
    for (const path of [
      "/",
      "/a/new",
      "/a/tok",
      "/a/tok/report",
      "/org",
      "/org/roles/r1",
      "/nowhere",
      "/a",
    ]) {
      expect(await outcome(pruned, path), path).toEqual(await outcome(full, path));
      await outcome(pruned, path);
    }
    // The full handler, then one per branch that matched (each made once), each of 2 or 3 routes.
    expect(created[0]).toBe(8);
    expect(created.slice(1)).toEqual([2, 2, 2, 2, 3, 3]);
  });
});

describe("rememberedServerRoutes", () => {
  const manifest = { root: { id: "root" }, a: { id: "a", parentId: "root" } };
  const modules = { root: { default: "Root" }, a: { default: "A" } };
  const build = (m: Record<string, unknown>, mods: Record<string, unknown>) => [{ m, mods }];

  it("builds the route tree once for the same manifest, modules and flags, and again when any differs", () => {
    let builds = 0;
    const { create, isRemembered } = rememberedServerRoutes((m, mods) => (builds++, build(m, mods)));
    const future = {};
    const first = create(manifest, { ...modules }, future, false);
    // A fresh modules object holding the same modules, as Remix passes for every request.
    expect(create(manifest, { ...modules }, future, false)).toBe(first);
    expect(builds).toBe(1);
    expect(isRemembered(first)).toBe(true);
    expect(isRemembered(build(manifest, modules))).toBe(false);
    create(manifest, { ...modules, a: { default: "A, reloaded" } }, future, false);
    create({ ...manifest }, { ...modules }, future, false);
    create(manifest, { ...modules }, future, true);
    create(manifest, { ...modules }, {}, true);
    expect(builds).toBe(5);
  });
});

describe("rememberedDataRoutes", () => {
  it("converts a remembered tree once and fills each caller's manifest; any other call goes through", () => {
    let converts = 0;
    const convert = (
      routes: unknown[],
      _map: unknown,
      _parent?: string[],
      manifest?: Record<string, unknown>,
    ) => {
      converts++;
      const out = (routes as { id: string }[]).map((r) => ({ ...r, converted: true }));
      for (const r of out) if (manifest) manifest[r.id] = r;
      return out;
    };
    const tree = [{ id: "root" }];
    const other = [{ id: "root" }];
    const map = () => ({});
    const remembered = rememberedDataRoutes(convert, (routes) => routes === tree);
    const firstManifest: Record<string, unknown> = {};
    const first = remembered(tree, map, undefined, firstManifest);
    const secondManifest: Record<string, unknown> = {};
    expect(remembered(tree, map, undefined, secondManifest)).toBe(first);
    expect(secondManifest).toEqual(firstManifest);
    expect(secondManifest.root).toBe(first[0]);
    expect(converts).toBe(1);
    remembered(other, map, undefined, {});
    remembered(tree, () => ({}), undefined, {});
    remembered(tree, map, ["0"], {});
    expect(converts).toBe(4);
  });
});

describe("cachedMatchRoutes over the routes that could match (a path seen for the first time)", () => {
  // Shaped like the app's: a root, a pathless layout with nested paths, dynamic first segments,
  // a static beside a dynamic sibling, an index, a splat.
  const tree = (): R[] => [
    {
      id: "root",
      path: "",
      children: [
        { id: "home", index: true },
        {
          id: "app",
          children: [
            { id: "dash", path: "dashboard" },
            { id: "role", path: "roles/:roleId" },
          ],
        },
        { id: "a-new", path: "a/new" },
        { id: "a", path: "a/:token" },
        { id: "a-report", path: "a/:token/report" },
        { id: "by-slug", path: ":slug/about" },
        { id: "json", path: "api/v1/openapi.json" },
        { id: "splat", path: "*" },
      ],
    },
  ];
  const paths = [
    "/",
    "/dashboard",
    "/Dashboard",
    "/dashboard/",
    "/roles/r1",
    "/roles",
    "/a/new",
    "/a/NEW",
    "/a/tok",
    "/a/tok/",
    "/a/tok/report",
    "/a/tok/other",
    "/a",
    "/acme/about",
    "/a/about",
    "/api/v1/openapi.json",
    "/nowhere",
    "/x/y/z",
    "//a/tok",
    "/a%2Ftok",
    "/%61/tok",
  ];
  const shapeOfMatch = (ms: ReturnType<typeof matchRoutes>) =>
    ms?.map((m) => [m.route.id, m.params, m.pathname, m.pathnameBase]) ?? null;

  it("finds what matching against every route finds, on the caller's route objects", () => {
    const sizes: number[] = [];
    const countingMatch = ((routes: R[], location: never, basename?: string) => {
      let n = 0;
      const visit = (list: R[]) => list.forEach((r) => (n++, r.children && visit(r.children)));
      visit(routes);
      sizes.push(n);
      return matchRoutes(routes as never, location, basename);
    }) as never;
    const match = cachedMatchRoutes(countingMatch);
    const routes = tree();
    for (const path of paths) {
      const cached = match(routes as never, path);
      expect(shapeOfMatch(cached as never), path).toEqual(shapeOfMatch(matchRoutes(tree() as never, path)));
      const ids = new Set<unknown>();
      const all = (list: R[]) => list.forEach((r) => (ids.add(r), r.children && all(r.children)));
      all(routes);
      for (const m of cached ?? []) expect(ids.has(m.route)).toBe(true);
    }
    // "/a/tok" was matched over root, home, app, a-new, a, a-report, by-slug and splat: 8 of 12.
    expect(sizes[paths.indexOf("/a/tok")]).toBe(8);
  });
});
