import { describe, expect, it } from "vitest";
import { cachedMatchRoutes } from "./route-match-cache.server.ts";

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

  it("keeps shapes, paths and basenames apart, and passes query strings and objects through", () => {
    let calls = 0;
    const match = cachedMatchRoutes((r, l) => (calls++, fakeMatchRoutes(r as R[], l)) as never);
    match(routesOfSameShape(), "/a/x");
    match([{ id: "other", path: "", children: [{ id: "a", path: "a/:token" }] }] as never, "/a/x");
    match(routesOfSameShape(), "/a/x", "/base");
    match(routesOfSameShape(), "/");
    expect(calls).toBe(4);
    match(routesOfSameShape(), "/a/x?q=1");
    match(routesOfSameShape(), "/a/x?q=1");
    match(routesOfSameShape(), { pathname: "/a/x" });
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
