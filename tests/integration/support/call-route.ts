import type { AppLoadContext } from "@remix-run/node";

type RouteFunction = (args: {
  request: Request;
  params: Record<string, string | undefined>;
  context: AppLoadContext;
}) => unknown;

export interface RouteResult {
  status: number;
  headers: Headers;
  /** The returned data (plain or from data()), or the parsed body of a thrown/returned Response. */
  data: any;
  location: string | null;
}

/** A cookie jar: what a browser would send back after the responses it has seen. */
export class CookieJar {
  private cookies = new Map<string, string>();
  take(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      const expired = attrs.some(
        (a) => /max-age=0/i.test(a.trim()) || /expires=Thu, 01 Jan 1970/i.test(a.trim()),
      );
      if (expired || value === "") this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  get(name: string) {
    return this.cookies.get(name);
  }
  set(name: string, value: string) {
    this.cookies.set(name, value);
  }
  clone(): CookieJar {
    const c = new CookieJar();
    for (const [k, v] of this.cookies) c.cookies.set(k, v);
    return c;
  }
}

/** Runs a loader or action the way Remix would, turning thrown responses into results. */
export async function callRoute(
  fn: RouteFunction,
  options: {
    context: AppLoadContext;
    path: string;
    method?: "GET" | "POST";
    form?: Record<string, string | string[]>;
    params?: Record<string, string | undefined>;
    jar?: CookieJar;
    /** Extra request headers (Referer, Sec-Fetch-*, Authorization for the API) as a client would send them. */
    headers?: Record<string, string>;
    /** A JSON body, sent with Content-Type: application/json. */
    json?: unknown;
  },
): Promise<RouteResult> {
  const headers = new Headers(options.headers);
  if (options.jar) headers.set("Cookie", options.jar.header());
  let body: URLSearchParams | string | undefined;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set("Content-Type", "application/json");
  }
  if (options.form) {
    body = new URLSearchParams();
    for (const [k, v] of Object.entries(options.form))
      for (const item of Array.isArray(v) ? v : [v]) body.append(k, item);
  }
  const request = new Request(`http://localhost:3000${options.path}`, {
    method: options.method ?? (options.form || options.json !== undefined ? "POST" : "GET"),
    headers,
    body,
  });
  let outcome: unknown;
  try {
    outcome = await fn({ request, params: options.params ?? {}, context: options.context });
  } catch (thrown) {
    outcome = thrown;
  }
  const result = await normalise(outcome);
  options.jar?.take(result.headers);
  return result;
}

async function normalise(outcome: unknown): Promise<RouteResult> {
  if (outcome instanceof Response) {
    const text = await outcome.text();
    let data: unknown = text;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      // Plain text body.
    }
    return {
      status: outcome.status,
      headers: outcome.headers,
      data,
      location: outcome.headers.get("Location"),
    };
  }
  if (
    outcome &&
    typeof outcome === "object" &&
    (outcome as { type?: string }).type === "DataWithResponseInit"
  ) {
    const d = outcome as { data: unknown; init: ResponseInit | null };
    const headers = new Headers(d.init?.headers);
    return { status: d.init?.status ?? 200, headers, data: d.data, location: headers.get("Location") };
  }
  if (outcome instanceof Error) throw outcome;
  return { status: 200, headers: new Headers(), data: outcome, location: null };
}
