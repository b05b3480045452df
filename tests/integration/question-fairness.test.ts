import type { Insertable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AnswersTable,
  AttemptScoresTable,
  AttemptsTable,
  SelfIdentificationsTable,
} from "#db/schema.ts";
import { LIKERT_ITEMS, provisionalParams } from "~/domain/instrument";
import { createEapScorer } from "~/domain/psychometrics/eap";
import { sampleCategory, type GrmItem } from "~/domain/psychometrics/grm";
import { mulberry32, normalSampler } from "~/domain/psychometrics/prng";
import * as fairnessPage from "~/routes/_app.fairness";
import { createCandidateInvitations } from "~/server/candidate-invitations.server";
import { newId } from "~/server/ids.server";
import { currentVersion } from "~/server/instrument-versions.server";
import { callRoute } from "./support/call-route.ts";
import { organizationWithCandidates, signedIn } from "./support/fixtures.ts";
import { createTestContext, testDialects, type TestContext } from "./support/test-context.ts";

const items = LIKERT_ITEMS.filter((i) => i.trait === "discovery");
const params = provisionalParams();
const grm = items.map((i) => params[i.id] as unknown as GrmItem);
const PLANTED = 4;

describe.each(testDialects)("question fairness on the organization's bias audit (%s)", (dialect) => {
  let t: TestContext;
  let org: Awaited<ReturnType<typeof organizationWithCandidates>>;
  let other: Awaited<ReturnType<typeof organizationWithCandidates>>;

  beforeAll(async () => {
    t = await createTestContext(dialect);
    org = await organizationWithCandidates(t.context, "Many", 0);
    other = await organizationWithCandidates(t.context, "Few", 0);
    // 260 men and 260 women answer every discovery statement; statement 5 is harder for women.
    const random = mulberry32(77);
    const normal = normalSampler(random);
    const scorer = createEapScorer(grm);
    const version = await currentVersion(t.context.db);
    const invitations = await createCandidateInvitations(
      t.context.db,
      org.organizationId,
      org.roleId,
      Array.from({ length: 520 }, (_, i) => ({ name: `P${i}`, email: `p${i}@example.com` })),
      { createdByUserId: org.ownerUserId },
    );
    const now = new Date().toISOString();
    const attempts: Insertable<AttemptsTable>[] = [],
      scores: Insertable<AttemptScoresTable>[] = [];
    const selfIds: Insertable<SelfIdentificationsTable>[] = [],
      answers: Insertable<AnswersTable>[] = [];
    for (const [i, inv] of invitations.entries()) {
      const sex = i % 2 ? "female" : "male";
      const theta = normal();
      const keyed = grm.map((item, j) =>
        sampleCategory(
          j === PLANTED && sex === "female" ? { a: item.a, b: item.b.map((b) => b + 1.2) } : item,
          theta,
          random(),
        ),
      );
      const id = newId();
      attempts.push({
        id,
        token_hash: newId(),
        kind: "invited",
        organization_id: org.organizationId,
        invitation_id: inv.id,
        instrument_version_id: version.id,
        form: "adaptive",
        seed: i,
        status: "completed",
        consented_at: now,
        created_at: now,
        updated_at: now,
        last_answer_at: now,
        completed_at: now,
      });
      scores.push({
        attempt_id: id,
        instrument_version_id: version.id,
        scores: "{}",
        sales_orientation: 0,
        marketing_orientation: 0,
        quality_flag_count: 0,
        computed_at: now,
        profile: JSON.stringify({ discovery: [scorer.score(keyed).theta, 0.3] }),
      });
      selfIds.push({
        attempt_id: id,
        sex,
        race_ethnicity: i % 3 ? "white" : "asian",
        age_band: null,
        created_at: now,
      });
      keyed.forEach((k, j) =>
        answers.push({
          id: newId(),
          attempt_id: id,
          item_id: items[j]!.id,
          value: String(items[j]!.reverse ? 4 - k : k),
          position: j,
          response_ms: 4000,
          answered_at: now,
        }),
      );
    }
    const chunks = <T>(rows: T[]) =>
      Array.from({ length: Math.ceil(rows.length / 100) }, (_, c) => rows.slice(c * 100, c * 100 + 100));
    for (const c of chunks(attempts)) await t.context.db.insertInto("attempts").values(c).execute();
    for (const c of chunks(scores)) await t.context.db.insertInto("attempt_scores").values(c).execute();
    for (const c of chunks(selfIds))
      await t.context.db.insertInto("self_identifications").values(c).execute();
    for (const c of chunks(answers)) await t.context.db.insertInto("answers").values(c).execute();
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it("lists the planted statement for women against men, and only comparisons with enough people", async () => {
    const jar = await signedIn(t.context, org.ownerEmail);
    const res = await callRoute(fairnessPage.loader, { context: t.context, path: "/fairness", jar });
    expect(res.status).toBe(200);
    const q = res.data.questions;
    const women = q.comparisons.find((c: { key: string }) => c.key === "sex:female");
    expect(women).toMatchObject({ referenceCount: 260, focalCount: 260, analysed: 14, shown: true });
    // Asian 174 against White 346: enough people, all statements analysed.
    expect(q.comparisons.find((c: { key: string }) => c.key === "race:asian")).toMatchObject({
      focalCount: 174,
      referenceCount: 346,
      shown: true,
    });
    expect(q.comparisons.find((c: { key: string }) => c.key === "race:black")).toMatchObject({
      focalCount: 0,
      shown: false,
    });
    const forWomen = q.flagged.filter((f: { comparisonKey: string }) => f.comparisonKey === "sex:female");
    expect(forWomen.map((f: { itemId: string }) => f.itemId)).toContain(items[PLANTED]!.id);
    expect(forWomen.find((f: { itemId: string }) => f.itemId === items[PLANTED]!.id)).toMatchObject({
      favours: "reference",
      text: items[PLANTED]!.text,
    });
    // Clean statements: at most one false flag of 13 for women.
    expect(forWomen.length).toBeLessThanOrEqual(2);
  });

  it("uses only the organization's own candidates", async () => {
    const jar = await signedIn(t.context, other.ownerEmail);
    const res = await callRoute(fairnessPage.loader, { context: t.context, path: "/fairness", jar });
    expect(res.data.questions.flagged).toEqual([]);
    expect(
      res.data.questions.comparisons.every(
        (c: { focalCount: number; referenceCount: number }) => c.focalCount + c.referenceCount === 0,
      ),
    ).toBe(true);
  });
});
