import type { RouteConfig } from "@remix-run/route-config";
import { flatRoutes } from "@remix-run/fs-routes";

// File-system routes (app/routes/*), declared through the route config so a later move to
// React Router 7 is a codemod.
export default flatRoutes({ ignoredRouteFiles: ["**/*.test.ts", "**/*.test.tsx"] }) satisfies RouteConfig;
