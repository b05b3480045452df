import type { Locale } from "~/domain/i18n/locales";
import { TRANSLATED_STATUS_EMAIL_TEMPLATES } from "./status-email-defaults";
import { z } from "zod";
import { DECISIONS, type Decision } from "./candidate-status";

// Candidate status emails: what a candidate is told when a decision is recorded (advance, hold or
// reject) and the manager ticked "Email the candidates". Each organization may reword each kind;
// the texts below are the defaults. Placeholders are the only thing filled in, so a template can
// never pull anything else (scores, notes, other candidates) into an email.

export const STATUS_EMAIL_PLACEHOLDERS = ["candidate_name", "role_title", "organization_name"] as const;
export type StatusEmailPlaceholder = (typeof STATUS_EMAIL_PLACEHOLDERS)[number];
export type StatusEmailValues = Record<StatusEmailPlaceholder, string>;

export interface StatusEmailTemplate {
  subject: string;
  body: string;
}

export const DEFAULT_STATUS_EMAIL_TEMPLATES: Record<Decision, StatusEmailTemplate> = {
  advance: {
    subject: "Next steps for {role_title} at {organization_name}",
    body: [
      "Hello {candidate_name},",
      "",
      "Thank you for applying for {role_title} and for the time you gave the questionnaire.",
      "",
      "We would like to move forward with your application. Someone from {organization_name} will be in touch about the next step.",
      "",
      "If you have a question in the meantime, reply to this email.",
      "",
      "Kind regards,",
      "{organization_name}",
    ].join("\n"),
  },
  hold: {
    subject: "An update on your application for {role_title}",
    body: [
      "Hello {candidate_name},",
      "",
      "Thank you for applying for {role_title} at {organization_name}.",
      "",
      "We have not made a decision on your application yet: we are still speaking with other candidates. Your application stays open and you do not need to do anything. We will write to you again when we know more.",
      "",
      "If you have a question in the meantime, reply to this email.",
      "",
      "Kind regards,",
      "{organization_name}",
    ].join("\n"),
  },
  reject: {
    subject: "Your application for {role_title} at {organization_name}",
    body: [
      "Hello {candidate_name},",
      "",
      "Thank you for your interest in {role_title} at {organization_name} and for the time you put into your application.",
      "",
      "We have decided not to move forward with your application. People at {organization_name} made this decision; the questionnaire was one input among several. It does not measure your worth, and it says nothing about how you would do in another role or company.",
      "",
      "If you would like to ask about the decision, reply to this email.",
      "",
      "We wish you all the best,",
      "{organization_name}",
    ].join("\n"),
  },
};

/** The default of one kind in a candidate's language (English the source). */
export function defaultStatusEmailTemplate(kind: Decision, locale: Locale = "en"): StatusEmailTemplate {
  return locale === "en"
    ? DEFAULT_STATUS_EMAIL_TEMPLATES[kind]
    : TRANSLATED_STATUS_EMAIL_TEMPLATES[locale][kind];
}

export const STATUS_EMAIL_KIND_LABELS: Record<Decision, string> = {
  advance: "Advance",
  hold: "Hold",
  reject: "Reject",
};

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * What is wrong with a template text, as messages a person can act on: placeholders that do not
 * exist (a typo would otherwise reach the candidate as "{candidat_name}") and braces that open no
 * placeholder.
 */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  const unknown = [...text.matchAll(PLACEHOLDER)]
    .map((m) => m[1]!)
    .filter((name) => !(STATUS_EMAIL_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length)
    problems.push(
      `Unknown placeholder ${[...new Set(unknown)].map((n) => `{${n}}`).join(", ")}: use ${STATUS_EMAIL_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}.`,
    );
  if (/[{}]/.test(text.replace(PLACEHOLDER, "")))
    problems.push("Use braces only around a placeholder, such as {candidate_name}.");
  return problems;
}

const templateText = (what: string, max: number) =>
  z
    .string({ error: `Write the ${what}.` })
    .trim()
    .min(1, `Write the ${what}.`)
    .max(max, `Keep the ${what} under ${max.toLocaleString("en-GB")} characters.`)
    .superRefine((text, ctx) => {
      for (const message of templateProblems(text)) ctx.addIssue({ code: "custom", message });
    });

/** The template form: save or preview one kind (reset takes only the kind). */
export const statusEmailTemplateSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum(["save", "preview"]),
    kind: z.enum(DECISIONS),
    subject: templateText("subject", 200).refine((s) => !/[\r\n]/.test(s), "Keep the subject on one line."),
    body: templateText("text", 5000),
  }),
  z.object({ intent: z.literal("reset"), kind: z.enum(DECISIONS) }),
]);

/** Fills the placeholders; the template was validated, so every placeholder is known. */
export function fillTemplate(text: string, values: StatusEmailValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? values[name as StatusEmailPlaceholder] : whole,
  );
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The email: a plain-text part, and an HTML part with the organization's name and, when it has
 * one, its logo (an absolute URL: mail clients have no page to resolve a relative one against).
 * Every filled-in value is escaped in the HTML, so a candidate named "<b>" stays text.
 */
export function statusEmail(input: {
  template: StatusEmailTemplate;
  values: StatusEmailValues;
  logoUrl: string | null;
  replyTo: string | null;
  /** The language the template is written in (for the HTML part's lang). */
  locale?: Locale;
}): { subject: string; text: string; html: string; replyTo: string | null } {
  const subject = fillTemplate(input.template.subject, input.values).replace(/[\r\n]+/g, " ");
  const text = fillTemplate(input.template.body, input.values);
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 16px">${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
  const organization = escapeHtml(input.values.organization_name);
  const header = input.logoUrl
    ? `<img src="${escapeHtml(input.logoUrl)}" alt="${organization}" style="max-height:48px;max-width:200px">`
    : `<strong style="font-size:18px">${organization}</strong>`;
  const html = [
    "<!doctype html>",
    `<html lang="${input.locale ?? "en"}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1e293b">',
    `<div style="max-width:560px;margin:0 auto"><div style="margin-bottom:24px">${header}</div>`,
    paragraphs,
    "</div></body></html>",
  ].join("\n");
  return { subject, text, html, replyTo: input.replyTo };
}
