/**
 * `npm run test:lighthouse`: Lighthouse 12 (mobile form factor, default "simulate" throttling) on
 * the pages people land on — the home page, a questionnaire page part-way through, a finished
 * report and the signed-in dashboard — against the built app started as a real process.
 *
 * Preparation: a completed self-assessment is seeded into a fresh DATA_DIR before the server
 * starts (its report is audited); then, over HTTP like a person, an account is signed up (its
 * session cookie is passed to Lighthouse for the dashboard) and a self-assessment is started,
 * the self-identification step skipped and a few questions answered (each answer is the waiting
 * item, computed with the questionnaire's own nextStep and a valid simulated value).
 *
 * Prints the four category scores per page, writes tests/lighthouse/results.json, and exits
 * non-zero when a page has performance < 90 or accessibility < 95 (issue 9's rule). The stricter
 * targets in docs/architecture.md (performance ≥ 95, accessibility 100, best practices ≥ 95) are
 * reported beside them without failing the run.
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROME_PATH/CHROMIUM_PATH); nothing is downloaded.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { openSqlite } from "../../db/connection.ts";
import { migrateToLatest } from "../../db/migrate.ts";
import type { GivenAnswer } from "../../app/domain/assessment/answers";
import { nextStep } from "../../app/domain/assessment/sequence";
import { simulatedAnswer } from "../../app/domain/assessment/simulate";
import { currentInstrument } from "../../app/domain/instrument";
import { mulberry32 } from "../../app/domain/psychometrics/prng";
import { demoPerson, seedCompletedAttempt } from "../../app/server/demo-data.server";
import { hashToken } from "../../app/server/ids.server";
import { root, startApp, tempDir, type RunningProcess } from "../bench/support/app-process";
import { chromiumArgs, findChromium } from "../e2e/chromium.mjs";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3450);
const ANSWERS_BEFORE_AUDIT = 3;
const RESULTS_FILE = path.join(root, "tests/lighthouse/results.json");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

/** Issue 9's rule: fails the run. */
const REQUIRED: Partial<Record<Category, number>> = { performance: 90, accessibility: 95 };
/** The project's targets (docs/architecture.md, Quality targets): reported, not enforced. */
const TARGETS: Partial<Record<Category, number>> = {
  performance: 95,
  accessibility: 100,
  "best-practices": 95,
};

interface PageResult {
  name: string;
  path: string;
  scores: Record<Category, number | null>;
  metrics: Record<string, string | undefined>;
  /** Audits below full marks in any category, with Lighthouse's own display value. */
  findings: Array<{
    category: Category;
    id: string;
    title: string;
    score: number | null;
    displayValue?: string;
    items?: string[];
  }>;
  failures: string[];
  belowTarget: string[];
}

async function seedCompletedReport(dataDir: string): Promise<string> {
  const database = openSqlite(path.join(dataDir, "rolefit.sqlite"));
  try {
    await migrateToLatest(database);
    const { token } = await seedCompletedAttempt(database.db, {
      person: demoPerson(7, 0.6),
      seed: 424242,
      kind: "self",
      organizationId: null,
      invitationId: null,
      startedAt: new Date(Date.now() - 3_600_000),
    });
    return token;
  } finally {
    await database.close();
  }
}

async function post(
  app: RunningProcess,
  urlPath: string,
  form: Record<string, string>,
  cookie?: string,
): Promise<Response> {
  const res = await fetch(`${app.url}${urlPath}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: app.url,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  await res.arrayBuffer();
  return res;
}

/**
 * Signs up as a person does (POST /signup, the confirmation link from the dev outbox, the confirm
 * button) and returns the session cookie ("name=value").
 */
async function signUpOverHttp(app: RunningProcess): Promise<string> {
  const email = `lighthouse-${Date.now()}@example.com`;
  const res = await post(app, "/signup", {
    name: "Lighthouse Owner",
    email,
    organizationName: "Lighthouse Labs",
    password: "correct horse lighthouse battery",
  });
  if (res.status !== 200) throw new Error(`POST /signup answered ${res.status}, expected 200`);
  // The confirmation email is delivered by the job queue within a second or two.
  let confirm: string | undefined;
  for (let i = 0; i < 60 && !confirm; i++) {
    const html = (await (await fetch(`${app.url}/dev/outbox`)).text()).replaceAll("<!-- -->", "");
    const article = html.split("<article").find((a) => a.includes(`To ${email}`));
    confirm = article?.match(/\/signup\/confirm\/[A-Za-z0-9_-]{43}/)?.[0];
    if (!confirm) await new Promise((r) => setTimeout(r, 250));
  }
  if (!confirm) throw new Error("no confirmation email arrived in the dev outbox");
  const created = await post(app, confirm, {});
  if (created.status !== 302) throw new Error(`POST ${confirm} answered ${created.status}, expected 302`);
  const cookies = created.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .filter((c) => !c.endsWith("="));
  if (!cookies.length) throw new Error("confirming the sign-up set no cookie");
  return cookies.join("; ");
}

/** Starts a self-assessment over HTTP, skips self-identification and answers n questions. */
async function partialAttemptOverHttp(app: RunningProcess, dataDir: string, n: number): Promise<string> {
  const start = await post(app, "/assess", { consent: "yes" });
  const location = start.headers.get("location") ?? "";
  const token = /^\/a\/([^/?#]+)$/.exec(location)?.[1];
  if (start.status !== 302 || !token) throw new Error(`POST /assess answered ${start.status} → ${location}`);
  const skip = await post(app, `/a/${token}`, { intent: "skip-self-id" });
  if (skip.status !== 302) throw new Error(`skip-self-id answered ${skip.status}`);

  // The attempt's seed decides the adaptive sequence; read it from the server's database file.
  const sqlite = new SQLite(path.join(dataDir, "rolefit.sqlite"), { readonly: true, fileMustExist: true });
  const seed = Number(
    (
      sqlite.prepare("select seed from attempts where token_hash = ?").get(hashToken(token)) as {
        seed: number;
      }
    ).seed,
  );
  sqlite.close();

  const version = currentInstrument();
  const person = demoPerson(seed, 0.3);
  const random = mulberry32(seed ^ 0x5bd1e995);
  const answers: GivenAnswer[] = [];
  for (let i = 0; i < n; i++) {
    const step = nextStep({ version, form: "adaptive", seed }, answers);
    if (step.done) break;
    const raw = simulatedAnswer(version, step.screen.item, person, random());
    const res = await post(app, `/a/${token}`, {
      intent: "answer",
      itemId: step.screen.item.id,
      value: String(raw),
      mode: "next",
    });
    if (res.status !== 302)
      throw new Error(`answer ${i + 1} (${step.screen.item.id}) answered ${res.status}`);
    answers.push({ itemId: step.screen.item.id, raw, responseMs: 5000 });
  }
  return token;
}

function itemLabels(details: unknown): string[] | undefined {
  const items = (details as { items?: Array<Record<string, unknown>> } | undefined)?.items;
  if (!Array.isArray(items) || !items.length) return undefined;
  return items.slice(0, 8).map((item) => {
    const node = (item.node ?? item.source) as { snippet?: string; url?: string } | undefined;
    const text =
      node?.snippet ?? (item.url as string | undefined) ?? node?.url ?? JSON.stringify(item).slice(0, 160);
    return String(text).slice(0, 200);
  });
}

async function audit(port: number, url: string, extraHeaders?: Record<string, string>, tries = 3) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    // Mobile form factor and simulated throttling are Lighthouse's defaults; stated for the reader.
    formFactor: "mobile",
    throttlingMethod: "simulate",
    ...(extraHeaders ? { extraHeaders } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const lhr = result.lhr;
  // Lighthouse sometimes fails to record the trace (NO_NAVSTART, NO_FCP) and asks to be run again.
  if (lhr.runtimeError && tries > 1 && /^NO_(NAVSTART|FCP)/.test(lhr.runtimeError.code)) {
    console.log(`  ${url}: ${lhr.runtimeError.code}, running Lighthouse again`);
    return audit(port, url, extraHeaders, tries - 1);
  }
  if (lhr.runtimeError)
    throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  return lhr;
}

function fmt(score: number | null): string {
  return score === null ? "  –" : String(score).padStart(3);
}

async function main() {
  const chromePath = process.env.CHROME_PATH ?? findChromium();
  if (!chromePath)
    throw new Error("Chromium not found: sudo apt-get update && sudo apt-get install -y chromium");
  // Lighthouse and chrome-launcher read CHROME_PATH; set it so nothing looks for a browser elsewhere.
  process.env.CHROME_PATH = chromePath;

  const dataDir = tempDir("rolefit-lighthouse-");
  let app: RunningProcess | undefined;
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  const results: PageResult[] = [];
  try {
    const reportToken = await seedCompletedReport(dataDir);
    app = await startApp({ port: PORT, dataDir });
    const cookie = await signUpOverHttp(app);
    const questionnaireToken = await partialAttemptOverHttp(app, dataDir, ANSWERS_BEFORE_AUDIT);

    const pages: Array<{ name: string; path: string; headers?: Record<string, string> }> = [
      { name: "home", path: "/" },
      { name: "questionnaire", path: `/a/${questionnaireToken}` },
      { name: "report", path: `/a/${reportToken}/report` },
      { name: "dashboard", path: "/dashboard", headers: { Cookie: cookie } },
    ];

    chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...chromiumArgs] });
    for (const page of pages) {
      const started = Date.now();
      const lhr = await audit(chrome.port, `${app.url}${page.path}`, page.headers);
      if (page.name === "dashboard" && !new URL(lhr.finalDisplayedUrl).pathname.startsWith("/dashboard")) {
        throw new Error(
          `the dashboard audit ended on ${lhr.finalDisplayedUrl}: the session cookie was not accepted`,
        );
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [
          c,
          lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100),
        ]),
      ) as Record<Category, number | null>;
      const findings: PageResult["findings"] = [];
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (!a) continue;
          // Only scored audits below 90; unscored diagnostics stay in the full report.
          if (a.score === null || a.score >= 0.9) continue;
          findings.push({
            category: c,
            id: a.id,
            title: a.title,
            score: a.score,
            displayValue: a.displayValue,
            items: itemLabels(a.details),
          });
        }
      }
      const metrics = Object.fromEntries(
        [
          "first-contentful-paint",
          "largest-contentful-paint",
          "total-blocking-time",
          "cumulative-layout-shift",
          "speed-index",
        ].map((id) => [id, lhr.audits[id]?.displayValue]),
      );
      const failures = Object.entries(REQUIRED)
        .filter(([c, min]) => (scores[c as Category] ?? 0) < min!)
        .map(([c, min]) => `${c} ${scores[c as Category]} < ${min}`);
      const belowTarget = Object.entries(TARGETS)
        .filter(([c, min]) => (scores[c as Category] ?? 0) < min!)
        .map(([c, min]) => `${c} ${scores[c as Category]} < ${min}`);
      results.push({
        name: page.name,
        path: page.path.replace(/\/a\/[^/]+/, "/a/TOKEN"),
        scores,
        metrics,
        findings,
        failures,
        belowTarget,
      });
      console.error(`  ${page.name}: audited in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    if (chrome) await chrome.kill();
    if (app) await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  console.log("");
  console.log(`Lighthouse 12.2.3, mobile, simulated throttling (Chromium ${process.env.CHROME_PATH})`);
  console.log("page            perf  a11y  best   seo   LCP       TBT     CLS");
  for (const r of results) {
    console.log(
      `${r.name.padEnd(14)} ${fmt(r.scores.performance)}   ${fmt(r.scores.accessibility)}   ${fmt(r.scores["best-practices"])}   ${fmt(r.scores.seo)}   ${(r.metrics["largest-contentful-paint"] ?? "").padEnd(8)}  ${(r.metrics["total-blocking-time"] ?? "").padEnd(6)}  ${r.metrics["cumulative-layout-shift"] ?? ""}`,
    );
  }
  for (const r of results) {
    if (!r.findings.length) continue;
    console.log(`\n${r.name} (${r.path}) — audits below 90:`);
    for (const f of r.findings) {
      console.log(
        `  [${f.category}] ${f.id}: ${f.title}${f.displayValue ? ` (${f.displayValue})` : ""}${f.score === null ? "" : ` score ${Math.round(f.score * 100)}`}`,
      );
      for (const item of f.items ?? []) console.log(`      ${item}`);
    }
  }
  fs.writeFileSync(
    RESULTS_FILE,
    `${JSON.stringify({ lighthouse: "12.2.3", formFactor: "mobile", throttling: "simulate", measuredAt: new Date().toISOString(), required: REQUIRED, targets: TARGETS, pages: results }, null, 2)}\n`,
  );
  console.log(`\nwritten: ${path.relative(root, RESULTS_FILE)}`);

  const below = results.filter((r) => r.belowTarget.length);
  console.log(
    below.length
      ? `Targets (perf ≥ 95, a11y 100, best practices ≥ 95) missed, not failing: ${below.map((r) => `${r.name}: ${r.belowTarget.join(", ")}`).join("; ")}`
      : "Targets (perf ≥ 95, a11y 100, best practices ≥ 95): all met",
  );
  const failed = results.filter((r) => r.failures.length);
  if (failed.length) {
    console.log(
      `FAIL (performance ≥ 90 and accessibility ≥ 95 required): ${failed.map((r) => `${r.name}: ${r.failures.join(", ")}`).join("; ")}`,
    );
    process.exitCode = 1;
  } else {
    console.log("PASS: every page has performance ≥ 90 and accessibility ≥ 95");
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
