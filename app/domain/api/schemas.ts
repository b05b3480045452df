import { z } from "zod";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { ALL_TASKS } from "~/domain/instrument";

// Every request and response body of the REST API v1, in one place. The routes parse requests with
// these schemas, the OpenAPI document (./openapi.ts) is generated from them, and the contract tests
// parse every response with them: one definition, so the three cannot drift apart.

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
/** Invitations per request; the organization's hourly invitation limit still applies. */
export const MAX_INVITATIONS_PER_REQUEST = 100;

/** The named schemas of the API: the OpenAPI document's components. */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

const timestamp = z.iso.datetime().describe("ISO-8601 UTC timestamp");
const id = z.uuid().describe("Identifier");

// ---------------------------------------------------------------------------------------------
// Errors and pagination

export const problemSchema = z
  .object({
    type: z.string().describe("A URI naming the kind of problem (about:blank or a page of docs/api.md)"),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z
      .array(
        z.object({
          field: z.string().describe("Dotted path of the offending field, empty for the body as a whole"),
          message: z.string(),
        }),
      )
      .optional()
      .describe("Per-field errors of a 400"),
  })
  .register(apiSchemas, {
    id: "Problem",
    description: "RFC 9457 problem details (application/problem+json).",
  });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().max(500).optional(),
});

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next: z.string().nullable().describe("Opaque cursor of the next page; null on the last page"),
  });

// ---------------------------------------------------------------------------------------------
// Roles

const traitTargetSchema = z.object({
  need: z.enum(["core", "useful", "not-required"]),
  min: z.number().optional(),
  weight: z.number(),
  ceiling: z.object({ max: z.number(), reason: z.string() }).optional(),
  why: z.string().optional(),
});

export const roleSummarySchema = z
  .object({
    id,
    title: z.string(),
    status: z.enum(["active", "archived"]),
    source: z.enum(["template", "job-analysis", "custom"]),
    templateId: z.string().nullable(),
    candidates: z.number().int().describe("Invited candidates"),
    completed: z.number().int().describe("Candidates who finished the questionnaire"),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .register(apiSchemas, { id: "RoleSummary" });

export const roleSchema = z
  .object({
    id,
    title: z.string(),
    status: z.enum(["active", "archived"]),
    source: z.enum(["template", "job-analysis", "custom"]),
    templateId: z.string().nullable(),
    targets: z.record(z.string(), traitTargetSchema).describe("What the role needs of each trait"),
    jobAnalysis: z.record(z.string(), z.number()).nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .register(apiSchemas, { id: "Role" });

export const roleListSchema = page(roleSummarySchema).register(apiSchemas, { id: "RoleList" });

export const roleListQuerySchema = pageQuerySchema.extend({
  status: z.enum(["active", "archived"]).default("active"),
});

const roleTitle = z.string().trim().min(1).max(120);

export const createRoleRequestSchema = z
  .discriminatedUnion("from", [
    z.object({
      from: z.literal("template"),
      title: roleTitle,
      templateId: z.enum(ROLE_TEMPLATES.map((t) => t.id) as [string, ...string[]]),
    }),
    z.object({
      from: z.literal("job-analysis"),
      title: roleTitle,
      ratings: z
        .partialRecord(
          z.enum(ALL_TASKS.map((t) => t.id) as [string, ...string[]]),
          z.number().int().min(0).max(4),
        )
        .refine((r) => Object.values(r).some((v) => (v ?? 0) > 0), "Rate at least one task above 0.")
        .describe(
          "How much the role does each task, 0 (not at all) to 4 (the core of the job); missing tasks count 0",
        ),
    }),
  ])
  .register(apiSchemas, { id: "CreateRoleRequest" });

// ---------------------------------------------------------------------------------------------
// Invitations

export const createInvitationsRequestSchema = z
  .object({
    candidates: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(100),
          email: z.string().trim().toLowerCase().pipe(z.email()),
        }),
      )
      .min(1)
      .max(MAX_INVITATIONS_PER_REQUEST),
    send: z
      .enum(["email", "link"])
      .default("link")
      .describe("email: RoleFit emails each link; link: you deliver the links"),
  })
  .register(apiSchemas, { id: "CreateInvitationsRequest" });

export const invitationsCreatedSchema = z
  .object({
    data: z.array(z.object({ id, name: z.string(), email: z.string(), link: z.url(), expiresAt: timestamp })),
    emailed: z.boolean(),
  })
  .register(apiSchemas, { id: "InvitationsCreated" });

export const invitationWithdrawnSchema = z
  .object({ id, withdrawnAt: timestamp })
  .register(apiSchemas, { id: "InvitationWithdrawn" });

// ---------------------------------------------------------------------------------------------
// Candidates

const status = z.enum(["invited", "opened", "in-progress", "completed", "expired", "revoked"]);
const decision = z.enum(["advance", "hold", "reject"]);
const decisionRecord = z.object({ decision, by: z.string(), at: timestamp });

export const candidateListItemSchema = z
  .object({
    id,
    name: z.string(),
    email: z.string(),
    status,
    fit: z.number().nullable().describe("0–100; null until the questionnaire is completed"),
    interval: z.tuple([z.number(), z.number()]).nullable().describe("80% interval of the fit"),
    rank: z
      .number()
      .int()
      .nullable()
      .describe("1 for the best; candidates whose fits cannot be told apart share a rank"),
    tied: z.boolean(),
    decision: decisionRecord.nullable().describe("The latest decision"),
    invitedAt: timestamp,
    completedAt: timestamp.nullable(),
    team: z
      .object({
        rank: z.number().int().describe("1 first, in the order for the role's team"),
        teamGain: z
          .number()
          .describe(
            "0–100: percentage points the candidate adds to the team's weighted coverage of the needs",
          ),
        coverageBefore: z.number().describe("0–100: the team's weighted coverage of the needs now"),
        coverageAfter: z.number().describe("0–100: with the candidate"),
        adds: z.array(z.string()).describe("Trait ids the team lacks that the candidate clearly meets"),
      })
      .optional()
      .describe("With order=team, for completed candidates: how they complete the role's team"),
  })
  .register(apiSchemas, { id: "CandidateListItem" });

export const candidateListQuerySchema = pageQuerySchema.extend({
  order: z
    .enum(["fit", "team"])
    .default("fit")
    .describe(
      "fit: by fit. team: for the team the role is linked to (fit gates, team gain orders); a role without a team is ordered by fit",
    ),
});

export const candidateListSchema = page(candidateListItemSchema).register(apiSchemas, {
  id: "CandidateList",
});

export const candidateReportSchema = z
  .object({
    role: z.object({ id, title: z.string() }),
    candidate: z.object({
      id,
      name: z.string(),
      email: z.string(),
      status,
      invitedAt: timestamp,
      completedAt: timestamp.nullable(),
      instrumentVersion: z.string().nullable(),
    }),
    scores: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe("Trait estimates and quality notes, as on the candidate page"),
    fit: z
      .object({
        fit: z.number().describe("0–100"),
        low: z.number().describe("Lower end of the 80% interval"),
        high: z.number().describe("Upper end of the 80% interval"),
        model: z.string(),
      })
      .nullable(),
    decisions: z.array(decisionRecord),
    notes: z.array(z.object({ id, author: z.string(), body: z.string(), at: timestamp })),
    outcomes: z.array(z.record(z.string(), z.unknown())),
  })
  .register(apiSchemas, { id: "CandidateReport" });

export const recordDecisionRequestSchema = z
  .object({ decision })
  .register(apiSchemas, { id: "RecordDecisionRequest" });

export const decisionRecordedSchema = z
  .object({ candidateId: id, decision, by: z.string(), at: timestamp })
  .register(apiSchemas, { id: "DecisionRecorded" });

// ---------------------------------------------------------------------------------------------
// Bias audit

const auditCell = z.object({
  key: z.string(),
  label: z.string(),
  n: z.number().int(),
  hidden: z.boolean().describe("Groups under 5 people are hidden"),
  rate: z.number().nullable(),
  interval: z.tuple([z.number(), z.number()]).nullable().describe("95% Wilson interval of the rate"),
  impactRatio: z.number().nullable(),
  pValue: z.number().nullable().describe("Fisher exact test against the comparison group"),
  reference: z.boolean(),
  excluded: z.boolean(),
  belowFourFifths: z.boolean(),
});
const auditTable = z.object({
  title: z.string(),
  cells: z.array(auditCell),
  unknown: z.number().nullable(),
  reference: z.string().nullable(),
});

export const biasAuditQuerySchema = z.object({
  roleId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const biasAuditSchema = z
  .object({
    roleId: id.nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    n: z.number().int(),
    medianFit: z.number().nullable(),
    selection: z.array(auditTable),
    scoring: z.array(auditTable),
    definitions: z.array(z.string()),
  })
  .register(apiSchemas, { id: "BiasAudit" });

// ---------------------------------------------------------------------------------------------
// Org scenarios

export const scenarioSummarySchema = z
  .object({ id, name: z.string(), updatedAt: timestamp })
  .register(apiSchemas, { id: "ScenarioSummary" });
export const scenarioListSchema = page(scenarioSummarySchema).register(apiSchemas, { id: "ScenarioList" });

export const scenarioEvaluationSchema = z
  .object({
    scenario: scenarioSummarySchema,
    relationshipStage: z.string(),
    recommendation: z.string().nullable(),
    closeCall: z.boolean(),
    closeCallText: z.string().nullable(),
    ranking: z.array(
      z.object({
        structure: z.string(),
        total: z.number(),
        feasible: z.boolean(),
        probabilityBest: z.number(),
        reason: z.string().nullable(),
      }),
    ),
    alreadySplit: z
      .boolean()
      .describe(
        "True when the company is past the size where a combined sales-and-marketing team exists: it already runs them apart, and split.quarter 0 means the split has happened.",
      ),
    split: z.object({
      quarter: z.number().int().nullable(),
      p10: z.number().int().nullable(),
      p50: z.number().int().nullable(),
      p90: z.number().int().nullable(),
      neverProbability: z.number(),
    }),
    staffing: z.object({ quarter0Headcount: z.number() }),
    flips: z.array(z.object({ to: z.string(), description: z.string() })),
  })
  .register(apiSchemas, { id: "ScenarioEvaluation" });
