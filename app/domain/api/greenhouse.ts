import { z } from "zod";

// Greenhouse's Assessment Partner API: the requests Greenhouse sends a partner and the responses it
// expects, as Greenhouse documents them (developers.greenhouse.io/assessment.html). Field names are
// Greenhouse's (snake case). Greenhouse may add properties, so requests keep unknown ones.

/** list_tests: an array of the tests the organization can send. */
export const listTestsResponseSchema = z.array(
  z.object({ partner_test_id: z.string(), partner_test_name: z.string() }),
);

/** send_test's JSON body. */
export const sendTestRequestSchema = z.looseObject({
  partner_test_id: z.string().min(1).max(100),
  candidate: z.looseObject({
    first_name: z.string().trim().min(1).max(100),
    last_name: z.string().trim().max(100),
    email: z.string().trim().toLowerCase().pipe(z.email()),
    resume_url: z.string().nullish(),
    phone_number: z.string().nullish(),
    greenhouse_profile_url: z.string().nullish(),
  }),
  url: z.string().nullish(),
});

export const sendTestResponseSchema = z.object({ partner_interview_id: z.string() });

export const testStatusQuerySchema = z.object({ partner_interview_id: z.string().min(1).max(100) });

/** test_status: "complete" once results exist (then with the profile URL); other values are ours. */
export const testStatusResponseSchema = z
  .object({
    partner_status: z.string(),
    partner_profile_url: z.string().nullable(),
    partner_score: z.number().nullable(),
    metadata: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).nullable(),
  })
  .refine(
    (r) => r.partner_status !== "complete" || !!r.partner_profile_url,
    "A complete test needs partner_profile_url.",
  );

/** response_error: Greenhouse reporting a response of ours it could not use. */
export const responseErrorRequestSchema = z.looseObject({
  api_call: z.string().max(100),
  errors: z.array(z.string()).max(100),
});
