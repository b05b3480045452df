import { z } from "zod";
import { passwordProblem } from "./password-rules.ts";

// Form schemas shared by the server (action parsing) and the browser (Conform validation).

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

const name = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

const newPassword = z.string({ error: "Choose a password." });

function checkPassword(password: string, mail: string | undefined, ctx: z.RefinementCtx, path: string) {
  const problem = passwordProblem(password, mail);
  if (problem) ctx.addIssue({ code: "custom", message: problem, path: [path] });
}

export const signupSchema = z
  .object({
    name,
    email,
    organizationName: z
      .string({ error: "Name your organization." })
      .trim()
      .min(1, "Name your organization.")
      .max(100, "Use at most 100 characters."),
    password: newPassword,
  })
  .superRefine((v, ctx) => checkPassword(v.password, v.email, ctx, "password"));

export const loginSchema = z.object({
  email,
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1000),
  redirectTo: z.string().optional(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({ password: newPassword, confirm: z.string({ error: "Repeat the new password." }) })
  .superRefine((v, ctx) => {
    checkPassword(v.password, undefined, ctx, "password");
    if (v.password !== v.confirm)
      ctx.addIssue({ code: "custom", message: "The passwords don't match.", path: ["confirm"] });
  });

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1).max(1000),
    password: newPassword,
    confirm: z.string({ error: "Repeat the new password." }),
  })
  .superRefine((v, ctx) => {
    checkPassword(v.password, undefined, ctx, "password");
    if (v.password !== v.confirm)
      ctx.addIssue({ code: "custom", message: "The passwords don't match.", path: ["confirm"] });
    if (v.password === v.currentPassword)
      ctx.addIssue({
        code: "custom",
        message: "Choose a password different from the current one.",
        path: ["password"],
      });
  });

export const memberRoleSchema = z.enum(["owner", "manager", "viewer"], { error: "Choose a role." });

export const inviteColleagueSchema = z.object({ email, role: memberRoleSchema });

export const acceptInvitationNewAccountSchema = z
  .object({ intent: z.literal("create"), name, password: newPassword })
  .superRefine((v, ctx) => checkPassword(v.password, undefined, ctx, "password"));

export const organizationNameSchema = z.object({
  name: z
    .string({ error: "Name your organization." })
    .trim()
    .min(1, "Name your organization.")
    .max(100, "Use at most 100 characters."),
});

/** Owner settings: the accommodation contact, report sharing, and retention (1 to 3,650 days, or none). */
export const organizationSettingsSchema = z.object({
  name: z.string().trim().min(1, "Name your organization.").max(100, "Use at most 100 characters."),
  candidateContact: z
    .string()
    .trim()
    .max(200, "Use at most 200 characters.")
    .transform((v) => v || null),
  showReportsToCandidates: z.literal("yes").optional(),
  retentionDays: z
    .string()
    .default("")
    .transform((raw, ctx) => {
      const v = raw.trim();
      if (v === "") return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 3650) {
        ctx.addIssue({
          code: "custom",
          message: "Enter a whole number of days from 1 to 3650, or leave it empty.",
        });
        return z.NEVER;
      }
      return n;
    }),
});

export const switchOrganizationSchema = z.object({ organizationId: z.uuid() });

export const removeMemberSchema = z.object({ intent: z.literal("remove"), membershipId: z.uuid() });
export const changeMemberRoleSchema = z.object({
  intent: z.literal("change-role"),
  membershipId: z.uuid(),
  role: memberRoleSchema,
});
export const revokeInvitationSchema = z.object({ intent: z.literal("revoke"), invitationId: z.uuid() });

/** Everything the members page posts, one named intent each. */
export const membersActionSchema = z.discriminatedUnion("intent", [
  inviteColleagueSchema.extend({ intent: z.literal("invite") }),
  changeMemberRoleSchema,
  removeMemberSchema,
  revokeInvitationSchema,
]);

/** Ids in URLs and hidden fields: UUIDs. Anything else is a 404, never a database error. */
export const idSchema = z.uuid();

const OWN_ORIGIN = "http://rolefit.invalid";

/**
 * A redirect target after login must stay on this site. The target is parsed the way a browser
 * would parse it (browsers drop tabs and newlines and read "\\" as "/", so "/\t/evil.example"
 * means "//evil.example"), must resolve to this site, and is returned re-serialised, so whatever
 * reaches the Location header is a plain, percent-encoded path.
 */
export function safeRedirect(to: unknown, fallback = "/dashboard"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.length > 2000) return fallback;
  // Control characters and backslashes have no place in a path of ours; refuse rather than guess.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== OWN_ORIGIN) return fallback;
  const target = `${url.pathname}${url.search}${url.hash}`;
  return target.startsWith("//") ? fallback : target;
}
