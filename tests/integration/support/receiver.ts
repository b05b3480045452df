import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP receiver on 127.0.0.1 for what RoleFit sends out (webhooks, Greenhouse's PATCH):
 * records each request and answers with `always` when set, else the next queued status, else 200.
 */
export class Receiver {
  requests: Array<{ method: string; path: string; headers: http.IncomingHttpHeaders; body: string }> = [];
  statuses: number[] = [];
  always: number | null = null;
  private server = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      this.requests.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers, body });
      res.statusCode = this.always ?? this.statuses.shift() ?? 200;
      res.end("ok");
    });
  });
  /** Starts listening; returns the receiver's address with `path`. */
  async start(path = "/hooks") {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`;
  }
  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
