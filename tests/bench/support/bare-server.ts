/**
 * The baselines of the HTTP benchmarks: a bare node:http server with no framework.
 *   MODE=answers  POST /a/TOKEN with intent=answer&itemId=…&value=…&mode=next inserts one row into
 *                 an answers table shaped like the app's (same columns, primary key, both unique
 *                 indexes, foreign key to attempts) with the pragmas of db/connection.ts, and
 *                 answers 302, as the app does. SYNC=NORMAL measures the durability trade-off.
 *   MODE=static   GET answers BODY_FILE's bytes with CONTENT_TYPE (the questionnaire page captured
 *                 once from the app).
 *   MODE=cycle    both on one database: GET /a/TOKEN reads the attempt and counts its answers (what
 *                 the app reads to know the waiting question) and sends BODY_FILE's bytes; POST
 *                 inserts the answer as in MODE=answers.
 * GET /healthz answers 200 in both modes.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import SQLite from "better-sqlite3";

const port = Number(process.env.PORT);
const mode = process.env.MODE ?? "answers";

/** Creates the baseline database with the given attempt ids (the tokens of the planned requests). */
export function createBareDatabase(file: string, attemptIds: string[]): void {
  const db = new SQLite(file);
  db.pragma("journal_mode = WAL");
  db.exec(`
    create table attempts (id text primary key, updated_at text not null, last_answer_at text);
    create table answers (
      id text primary key,
      attempt_id text not null references attempts(id) on delete cascade,
      item_id text not null,
      value text not null,
      position integer not null,
      response_ms integer,
      answered_at text not null,
      constraint answers_attempt_item_unique unique (attempt_id, item_id),
      constraint answers_attempt_position_unique unique (attempt_id, position)
    );`);
  const insert = db.prepare("insert into attempts (id, updated_at) values (?, ?)");
  const now = new Date().toISOString();
  db.transaction(() => {
    for (const id of attemptIds) insert.run(id, now);
  })();
  db.close();
}

function serveAnswers(page?: { body: Buffer; type: string }) {
  const db = new SQLite(process.env.DB_FILE!);
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${process.env.SYNC === "NORMAL" ? "NORMAL" : "FULL"}`);
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  const insert = db.prepare(
    `insert into answers (id, attempt_id, item_id, value, position, response_ms, answered_at)
     values (?, ?, ?, ?, (select count(*) + 1 from answers where attempt_id = ?), ?, ?)`,
  );
  const readAttempt = db.prepare("select id, updated_at from attempts where id = ?");
  const countAnswers = db.prepare("select count(*) as n from answers where attempt_id = ?");
  return http.createServer((req, res) => {
    if (req.method === "GET" && req.url === "/healthz") return void res.end("ok");
    const match = /^\/a\/([A-Za-z0-9_-]{43})$/.exec(req.url ?? "");
    if (page && req.method === "GET" && match) {
      if (!readAttempt.get(match[1])) {
        res.statusCode = 404;
        return void res.end();
      }
      countAnswers.get(match[1]);
      res.writeHead(200, { "Content-Type": page.type, "Content-Length": page.body.length });
      return void res.end(page.body);
    }
    if (req.method !== "POST" || !match) {
      res.statusCode = 404;
      return void res.end();
    }
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const form = new URLSearchParams(body);
      const itemId = form.get("itemId");
      const value = form.get("value");
      if (form.get("intent") !== "answer" || !itemId || !value) {
        res.statusCode = 400;
        return void res.end();
      }
      try {
        insert.run(crypto.randomUUID(), match[1], itemId, value, match[1], 5000, new Date().toISOString());
      } catch {
        res.statusCode = 409;
        return void res.end();
      }
      res.writeHead(302, { Location: `/a/${match[1]}` });
      res.end();
    });
  });
}

function serveStatic() {
  const body = fs.readFileSync(process.env.BODY_FILE!);
  const type = process.env.CONTENT_TYPE ?? "text/html; charset=utf-8";
  return http.createServer((req, res) => {
    if (req.url === "/healthz") return void res.end("ok");
    res.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
    res.end(body);
  });
}

if (port) {
  const server =
    mode === "static"
      ? serveStatic()
      : mode === "cycle"
        ? serveAnswers({
            body: fs.readFileSync(process.env.BODY_FILE!),
            type: process.env.CONTENT_TYPE ?? "text/html; charset=utf-8",
          })
        : serveAnswers();
  server.listen(port, "127.0.0.1");
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
