/** autocannon runs reduced to the figures the benchmarks report. */
import autocannon from "autocannon";

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p95?: number;
  p99: number;
  total: number;
  /** Responses with a 2xx or 3xx status. */
  ok: number;
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Every response's latency (ms), so runs taken in slices can be reported as one. */
  latencies: number[];
}

/** The q-quantile (0..1) of latencies by nearest rank; 0 when there are none. */
export function latencyQuantile(latencies: readonly number[], q: number): number {
  if (latencies.length === 0) return 0;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

type SetupRequest = (
  request: Record<string, unknown>,
  context: Record<string, unknown>,
) => Record<string, unknown>;

export async function load(options: {
  url: string;
  connections: number;
  duration: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  setupRequest?: SetupRequest;
  /** A sequence each connection sends in turn (instead of method/headers/setupRequest). */
  requests?: {
    method: "GET" | "POST";
    setupRequest?: SetupRequest;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }[];
  maxOverallRequests?: number;
}): Promise<LoadFigures> {
  const latencies: number[] = [];
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.duration,
    maxOverallRequests: options.maxOverallRequests,
    timeout: 10,
    requests: options.requests ?? [
      {
        method: options.method ?? "GET",
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.setupRequest ? { setupRequest: options.setupRequest } : {}),
      },
    ],
  }).on("response", (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
  const statusCounts: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
    statusCounts[code] = Number((stat as { count: number }).count);
  const ok = Object.entries(statusCounts).reduce((sum, [code, n]) => (/^[23]/.test(code) ? sum + n : sum), 0);
  return {
    requestsPerSecond: result.requests.average,
    p50: Math.round(latencyQuantile(latencies, 0.5)),
    p99: Math.round(latencyQuantile(latencies, 0.99)),
    total: result.requests.total,
    ok,
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
    latencies,
  };
}

export const describeLoad = (f: LoadFigures) =>
  `${f.requestsPerSecond.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, ${f.total} responses ${JSON.stringify(f.statusCounts)}, errors ${f.errors}, timeouts ${f.timeouts}`;

/** Median and p95 of n sequential requests' latency (ms). */
export async function sequentialLatency(
  n: number,
  request: () => Promise<Response>,
): Promise<{ median: number; p95: number; statuses: Set<number> }> {
  const times: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    const res = await request();
    await res.arrayBuffer();
    times.push(performance.now() - start);
    statuses.add(res.status);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[Math.floor(n / 2)]!,
    p95: times[Math.min(n - 1, Math.ceil(n * 0.95) - 1)]!,
    statuses,
  };
}
