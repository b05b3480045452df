import { describe, expect, it } from "vitest";
import { CandidateListTooLong, MAX_PROBLEMS_LISTED, parseCandidateList } from "./candidate-list";
import { acceptsDecision, candidateStatus } from "./candidate-status";
import { csvCell, invitationLinksCsv, toCsv } from "./csv-export";
import { accommodationContact, candidateInvitationEmail, invitationEmailLabel } from "./invitation-email";

describe("parseCandidateList", () => {
  it("refuses a list far longer than an upload may be before checking any row", () => {
    const huge = Array.from({ length: 100_000 }, (_, i) => `bad-${i}`).join("\n");
    expect(() => parseCandidateList(huge)).toThrow(CandidateListTooLong);
  });
  it("lists at most a hundred problem rows and counts the rest", () => {
    const list = Array.from({ length: 1500 }, (_, i) => `not-an-email-${i}`).join("\n");
    const { problems, moreProblems } = parseCandidateList(list);
    expect(problems).toHaveLength(MAX_PROBLEMS_LISTED);
    expect(moreProblems).toBe(1500 - MAX_PROBLEMS_LISTED);
  });
  it("reads pasted lines in the common shapes", () => {
    const { candidates, problems } = parseCandidateList(
      "Jane Doe <jane@example.com>\nBob Smith, bob@example.com\nann.lee@example.com\n\n",
    );
    expect(problems).toEqual([]);
    expect(candidates.map((c) => [c.name, c.email])).toEqual([
      ["Jane Doe", "jane@example.com"],
      ["Bob Smith", "bob@example.com"],
      ["Ann Lee", "ann.lee@example.com"],
    ]);
  });

  it("reads a CSV with a header in any column order and reports every bad row with its number", () => {
    const csv =
      "\uFEFFemail,name,team\r\nok@example.com,Okay Person,x\r\nnot-an-email,Bad,y\r\n,No Email,z\r\nok@example.com,Twice,x\r\ntaken@example.com,Taken,x\r\n";
    const { candidates, problems } = parseCandidateList(csv, new Set(["taken@example.com"]));
    expect(candidates).toEqual([{ row: 2, name: "Okay Person", email: "ok@example.com" }]);
    expect(problems.map((p) => [p.row, p.problem])).toEqual([
      [3, '"not-an-email" is not a valid email address.'],
      [4, "No email address on this row."],
      [5, "This address appears more than once in the list."],
      [6, "This person already has an open invitation for this role."],
    ]);
  });

  it("handles quoted names with commas", () => {
    const { candidates } = parseCandidateList('name,email\n"Doe, Jane",jane@example.com');
    expect(candidates[0]).toMatchObject({ name: "Doe, Jane", email: "jane@example.com" });
  });

  it("keeps a quoted line break inside its cell and numbers later rows by their line", () => {
    const csv = 'name;email\r\n"Jane\r\nDoe";jane@example.com\r\nBob;not-an-email\r\n';
    const { candidates, problems } = parseCandidateList(csv);
    expect(candidates).toEqual([{ row: 2, name: "Jane Doe", email: "jane@example.com" }]);
    expect(problems.map((p) => p.row)).toEqual([4]);
  });

  it("keeps the rows before a quote that is never closed and says where reading stopped", () => {
    const { candidates, problems } = parseCandidateList(
      'name,email\nAnn,ann@example.com\n"Bob,bob@example.com\n',
    );
    expect(candidates.map((c) => c.email)).toEqual(["ann@example.com"]);
    expect(problems).toEqual([
      {
        row: 3,
        text: "",
        problem:
          "A quoted cell on this row is never closed, so this row and the rows after it were not read.",
      },
    ]);
  });
});

describe("candidateStatus", () => {
  const future = "2999-01-01T00:00:00.000Z";
  const past = "2000-01-01T00:00:00.000Z";
  it("derives each status from the invitation and attempt", () => {
    expect(candidateStatus({ revokedAt: null, expiresAt: future, openedAt: null }, null)).toBe("invited");
    expect(candidateStatus({ revokedAt: null, expiresAt: future, openedAt: past }, null)).toBe("opened");
    expect(candidateStatus({ revokedAt: null, expiresAt: future, openedAt: past }, "in_progress")).toBe(
      "in-progress",
    );
    expect(candidateStatus({ revokedAt: null, expiresAt: past, openedAt: past }, "in_progress")).toBe(
      "expired",
    );
    expect(candidateStatus({ revokedAt: past, expiresAt: future, openedAt: null }, null)).toBe("revoked");
    expect(candidateStatus({ revokedAt: past, expiresAt: past, openedAt: past }, "completed")).toBe(
      "completed",
    );
  });
});

describe("acceptsDecision", () => {
  it("takes a decision only on a finished questionnaire", () => {
    expect(acceptsDecision("completed")).toBe(true);
    expect(acceptsDecision("in_progress")).toBe(false);
    expect(acceptsDecision(null)).toBe(false);
  });
});

describe("CSV export", () => {
  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-sum")).toBe("'-sum");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("Ana María")).toBe("Ana María");
    // Semicolon and tab locales split on those: the cell is quoted so no piece starts a formula.
    expect(csvCell(";=cmd|' /C calc'!A0")).toBe("\";=cmd|' /C calc'!A0\"");
    expect(csvCell("x\t=1+1")).toBe('"x\t=1+1"');
    expect(csvCell("  =1+1")).toBe("'  =1+1");
    expect(csvCell("\uff1dSUM(A1)")).toBe("'\uff1dSUM(A1)");
    expect(csvCell(-0.52)).toBe("-0.52");
  });
  it("starts with a byte-order mark and ends rows with CRLF", () => {
    const csv = toCsv(["a", "b"], [["x, y", 1]]);
    expect(csv.startsWith("\uFEFFa,b\r\n")).toBe(true);
    expect(csv).toContain('"x, y",1\r\n');
  });
  it("quotes a lone line break and writes missing or non-finite values as empty cells", () => {
    expect(toCsv(["note"], [["one\ntwo"], [null], [Number.NaN]])).toBe(
      '\uFEFFnote\r\n"one\ntwo"\r\n\r\n\r\n',
    );
  });
});

describe("invitationEmailLabel", () => {
  const at = "2026-11-30T10:00:00.000Z";
  it("says whether the email waits, retries, arrived or failed, with the mail server's words", () => {
    expect(invitationEmailLabel({ state: "queued", error: null, queuedAt: at })).toBe("Email queued");
    expect(invitationEmailLabel({ state: "queued", error: "451 busy", queuedAt: at })).toBe(
      "Email queued, retrying (last try: 451 busy)",
    );
    expect(invitationEmailLabel({ state: "sent", error: null, queuedAt: at })).toBe("Email sent");
    expect(invitationEmailLabel({ state: "failed", error: "550 no such user", queuedAt: at })).toBe(
      "Email failed: 550 no such user",
    );
  });
});

describe("accommodationContact", () => {
  it("uses the organization's address for both the text and replies", () => {
    expect(accommodationContact("jobs@acme.example", "hana@acme.example")).toEqual({
      contact: "jobs@acme.example",
      replyTo: "jobs@acme.example",
    });
  });
  it("falls back to the inviter when the organization has no contact", () => {
    expect(accommodationContact(null, "hana@acme.example")).toEqual({
      contact: "hana@acme.example",
      replyTo: "hana@acme.example",
    });
    expect(accommodationContact("  ", "hana@acme.example")).toEqual({
      contact: "hana@acme.example",
      replyTo: "hana@acme.example",
    });
  });
  it("keeps an instruction as the contact but sends replies to the inviter", () => {
    expect(accommodationContact("call Maria on +44 20 7946 0000", "hana@acme.example")).toEqual({
      contact: "call Maria on +44 20 7946 0000",
      replyTo: "hana@acme.example",
    });
  });
  it("writes an email whose accommodation line is true", () => {
    const mail = candidateInvitationEmail({
      candidateName: "Cara",
      organizationName: "Acme",
      roleTitle: "AE",
      link: "https://x/i/t",
      expiresAt: "2026-12-14T00:00:00Z",
      minutes: 13,
      contact: "call Maria",
      replyTo: "hana@acme.example",
    });
    expect(mail.replyTo).toBe("hana@acme.example");
    expect(mail.text).toContain(
      "If you need an accommodation or a different process: call Maria. You can also reply to this email (it reaches hana@acme.example).",
    );
  });
});

describe("invitationLinksCsv", () => {
  it("writes one row per link with formulas neutralised", () => {
    const csv = invitationLinksCsv([
      { name: "Cara Candidate", email: "cara@example.com", link: "https://x.example/i/abc" },
      { name: '=HYPERLINK("http://evil")', email: "eve@example.com", link: "https://x.example/i/def" },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFname,email,link",
      "Cara Candidate,cara@example.com,https://x.example/i/abc",
      '"\'=HYPERLINK(""http://evil"")",eve@example.com,https://x.example/i/def',
      "",
    ]);
  });
});
