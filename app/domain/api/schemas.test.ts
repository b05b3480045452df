import { describe, expect, it } from "vitest";
import { sendTestRequestSchema, testStatusResponseSchema } from "./greenhouse";
import { API_OPERATIONS, openApiDocument } from "./openapi";
import { createInvitationsRequestSchema, createRoleRequestSchema, pageQuerySchema } from "./schemas";

describe("API schemas", () => {
  it("caps a page at 100 and defaults to 25", () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: 25 });
    expect(pageQuerySchema.parse({ limit: "100" }).limit).toBe(100);
    expect(pageQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
    expect(pageQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
  });

  it("creates a role from a known template or a job analysis with at least one task above 0", () => {
    expect(
      createRoleRequestSchema.safeParse({ from: "template", title: "SDR", templateId: "sdr" }).success,
    ).toBe(true);
    expect(
      createRoleRequestSchema.safeParse({ from: "template", title: "SDR", templateId: "nope" }).success,
    ).toBe(false);
    expect(
      createRoleRequestSchema.safeParse({ from: "job-analysis", title: "X", ratings: { "sales-qualify": 0 } })
        .success,
    ).toBe(false);
    expect(
      createRoleRequestSchema.safeParse({ from: "job-analysis", title: "X", ratings: { "sales-qualify": 5 } })
        .success,
    ).toBe(false);
    expect(
      createRoleRequestSchema.safeParse({ from: "job-analysis", title: "X", ratings: { "no-such-task": 2 } })
        .success,
    ).toBe(false);
    expect(
      createRoleRequestSchema.safeParse({ from: "job-analysis", title: "X", ratings: { "sales-qualify": 2 } })
        .success,
    ).toBe(true);
  });

  it("normalises invitation emails and defaults to returning links only", () => {
    const parsed = createInvitationsRequestSchema.parse({
      candidates: [{ name: " Ann ", email: " Ann@Example.COM " }],
    });
    expect(parsed).toEqual({ candidates: [{ name: "Ann", email: "ann@example.com" }], send: "link" });
    expect(createInvitationsRequestSchema.safeParse({ candidates: [] }).success).toBe(false);
  });
});

describe("Greenhouse schemas", () => {
  it("accept Greenhouse's documented send_test body, extra properties included", () => {
    const body = {
      partner_test_id: "12345",
      candidate: {
        first_name: "Harry",
        last_name: "Potter",
        email: "hpotter@hogwarts.edu",
        greenhouse_profile_url: "https://app.greenhouse.io/people/1",
        future_field: 1,
      },
      url: "https://app.greenhouse.io/integrations/testing_partners/take_home_tests/12345",
    };
    expect(sendTestRequestSchema.parse(body).candidate.email).toBe("hpotter@hogwarts.edu");
  });

  it("require the profile link with a complete status", () => {
    expect(
      testStatusResponseSchema.safeParse({
        partner_status: "complete",
        partner_profile_url: null,
        partner_score: 81,
        metadata: null,
      }).success,
    ).toBe(false);
    expect(
      testStatusResponseSchema.safeParse({
        partner_status: "complete",
        partner_profile_url: "https://x/1",
        partner_score: 81,
        metadata: { Notes: "ok" },
      }).success,
    ).toBe(true);
  });
});

describe("the OpenAPI document", () => {
  const doc = openApiDocument("https://rolefit.example");
  it("has one operation per entry of the route list, each with its scope and error responses", () => {
    const ops = Object.values(doc.paths).flatMap(
      (methods) =>
        Object.values(methods) as Array<{
          operationId: string;
          responses: Record<string, unknown>;
          "x-rolefit-scope": string;
        }>,
    );
    expect(ops.map((o) => o.operationId).sort()).toEqual(API_OPERATIONS.map((o) => o.operationId).sort());
    for (const op of ops) {
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["401", "404", "429"]));
      if (op["x-rolefit-scope"] === "read-write") expect(op.responses).toHaveProperty("403");
    }
  });
});
