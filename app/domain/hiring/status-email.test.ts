import { describe, expect, it } from "vitest";
import { DECISIONS } from "./candidate-status";
import {
  DEFAULT_STATUS_EMAIL_TEMPLATES,
  defaultStatusEmailTemplate,
  fillTemplate,
  statusEmail,
  statusEmailTemplateSchema,
  templateProblems,
} from "./status-email";

const values = { candidate_name: "Ana <b>Ruiz</b>", role_title: "SDR", organization_name: "Acme & Co" };

describe("status email templates", () => {
  it("accepts every default text and fills every placeholder in it", () => {
    for (const kind of DECISIONS) {
      const t = DEFAULT_STATUS_EMAIL_TEMPLATES[kind];
      expect(templateProblems(t.subject)).toEqual([]);
      expect(templateProblems(t.body)).toEqual([]);
      expect(fillTemplate(t.body, values)).not.toMatch(/[{}]/);
    }
  });

  it.each(["es", "de", "fr"] as const)(
    "has every default in %s, valid, with the English placeholders and no English left",
    (locale) => {
      const placeholders = (text: string) => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]).sort();
      for (const kind of DECISIONS) {
        const english = DEFAULT_STATUS_EMAIL_TEMPLATES[kind];
        const t = defaultStatusEmailTemplate(kind, locale);
        expect(templateProblems(t.subject)).toEqual([]);
        expect(templateProblems(t.body)).toEqual([]);
        expect(placeholders(t.body)).toEqual(placeholders(english.body));
        expect(placeholders(t.subject)).toEqual(placeholders(english.subject));
        expect(t.body).not.toMatch(/Thank you|Kind regards|reply to this email/);
        const mail = statusEmail({ template: t, values, logoUrl: null, replyTo: null, locale });
        expect(mail.html).toContain(`<html lang="${locale}">`);
      }
    },
  );

  it("names unknown placeholders and stray braces", () => {
    expect(templateProblems("Hi {name} and {candidate_name}, {name}")).toEqual([
      "Unknown placeholder {name}: use {candidate_name}, {role_title}, {organization_name}.",
    ]);
    expect(templateProblems("Hi {candidate_name")).toEqual([
      "Use braces only around a placeholder, such as {candidate_name}.",
    ]);
    const parsed = statusEmailTemplateSchema.safeParse({
      intent: "save",
      kind: "reject",
      subject: "Line\nbreak",
      body: "ok",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("Keep the subject on one line.");
  });

  it("escapes the values in the HTML part and shows the logo by its absolute URL", () => {
    const mail = statusEmail({
      template: { subject: "{organization_name}: {role_title}", body: "Hello {candidate_name},\n\nThanks." },
      values,
      logoUrl: "https://jobs.example.com/logos/abc",
      replyTo: "hr@example.com",
    });
    expect(mail.subject).toBe("Acme & Co: SDR");
    expect(mail.text).toBe("Hello Ana <b>Ruiz</b>,\n\nThanks.");
    expect(mail.html).toContain("Hello Ana &lt;b&gt;Ruiz&lt;/b&gt;,");
    expect(mail.html).toContain('<img src="https://jobs.example.com/logos/abc" alt="Acme &amp; Co"');
    expect(mail.replyTo).toBe("hr@example.com");
    const noLogo = statusEmail({
      template: { subject: "s", body: "b" },
      values,
      logoUrl: null,
      replyTo: null,
    });
    expect(noLogo.html).toContain('<strong style="font-size:18px">Acme &amp; Co</strong>');
    expect(noLogo.html).not.toContain("<img");
  });
});
