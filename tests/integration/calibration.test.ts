import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite } from "#db/connection.ts";
import { migrateToLatest } from "#db/migrate.ts";
import { findAttempt, startSelfAssessment } from "~/server/attempts.server";
import { demoPerson, seedCompletedAttempt } from "~/server/demo-data.server";
import { currentVersion, recalibrateFromStoredAnswers } from "~/server/instrument-versions.server";
import { runCli } from "./support/run-cli.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const RESPONDENTS = 150;

describe.each(testDialects)("recalibration from stored answers on %s", (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    for (let i = 0; i < RESPONDENTS; i++) {
      await seedCompletedAttempt(t.context.db, {
        person: demoPerson(2000 + i, ((i % 7) - 3) / 3),
        seed: 5000 + i,
        kind: "self",
        organizationId: null,
        invitationId: null,
        startedAt: new Date(),
      });
    }
  }, 120_000);
  afterAll(async () => {
    await t.cleanup();
  });

  it("makes a new calibrated version that new attempts use, while old attempts keep theirs", async () => {
    const base = await currentVersion(t.context.db);
    const old = await startSelfAssessment(t.context.db, "adaptive");
    const { version, report } = await recalibrateFromStoredAnswers(t.context.db, {
      minAnswersPerItem: 40,
      date: "2026-11-28",
    });
    expect(version.id).not.toBe(base.id);
    expect(version.calibration).toMatchObject({
      status: "calibrated",
      provenance: { baseVersion: base.id, respondents: RESPONDENTS },
    });
    expect(report.scales).toHaveLength(12);
    expect(report.recalibrated).toBeGreaterThan(20);
    expect(report.recalibrated + report.kept).toBe(Object.keys(base.params).length);
    // The traits' correlations come from the same people: all 55 pairs of the eleven traits (the
    // balance stays uncorrelated). The demo people lean to one side, so a sales and a marketing
    // trait now correlate negatively where the provisional prior had them slightly positive.
    expect(report.traitPrior).toMatchObject({ estimatedPairs: 55 });
    const prior = version.traitPrior!;
    const at = (a: string, b: string) =>
      prior.correlation[prior.traits.indexOf(a)]![prior.traits.indexOf(b)]!;
    expect(at("closing-drive", "creative-ideation")).toBeLessThan(0);
    expect(at("closing-drive", "persuasion")).toBeGreaterThan(0.2);
    expect(at("balance", "closing-drive")).toBe(0);
    for (const [id, p] of Object.entries(version.params)) {
      if (p.model === "grm") {
        expect(Number.isFinite(p.a) && p.a > 0, id).toBe(true);
        for (let k = 1; k < p.b.length; k++) expect(p.b[k]!, id).toBeGreaterThan(p.b[k - 1]!);
      }
    }
    expect((await currentVersion(t.context.db)).id).toBe(version.id);
    const fresh = await startSelfAssessment(t.context.db, "adaptive");
    expect((await findAttempt(t.context.db, fresh))!.version.id).toBe(version.id);
    expect((await findAttempt(t.context.db, old))!.version.id).toBe(base.id);
  });
});

describe("rolefit calibrate", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rolefit-calibrate-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses with one line and exit code 2 when there are no completed assessments yet", async () => {
    const database = openSqlite(path.join(dir, "rolefit.sqlite"));
    await migrateToLatest(database);
    await database.close();
    const { code, stdout, stderr } = await runCli(["calibrate", "--json"], {
      DATA_DIR: dir,
      DATABASE_URL: "",
    });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/collect more completed assessments/);
    expect((await runCli(["calibrate", "--min-answers", "3"], { DATA_DIR: dir })).stderr).toMatch(
      /at least 20/,
    );
  });
});
