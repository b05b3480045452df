import { describe, expect, it } from "vitest";
import {
  bulkActionSchema,
  bulkFields,
  bulkSkipReason,
  bulkSummary,
  roleExportSchema,
  type BulkCandidate,
} from "./bulk-actions";

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

describe("bulk selection", () => {
  it("joins ticked ids and, with “all on this page”, the ids shown, once each", () => {
    const form = new FormData();
    form.append("c", id(1));
    form.append("c", id(1));
    form.append("all", "page");
    for (const n of [1, 2, 3]) form.append("shown", id(n));
    form.append("action", "hold");
    form.append("run", "abcdefghijklmnopqrstuv");
    const parsed = bulkActionSchema.parse(bulkFields(form));
    expect(parsed).toMatchObject({ ids: [id(1), id(2), id(3)], action: "hold", email: false });
    // Without "all", the shown ids are not selected.
    form.delete("all");
    expect(bulkActionSchema.parse(bulkFields(form)).ids).toEqual([id(1)]);
  });

  it("refuses an empty selection, bad ids and more than 200", () => {
    const base = { action: "reject", run: "abcdefghijklmnopqrstuv" };
    expect(bulkActionSchema.safeParse({ ...base, c: [] }).error!.issues[0]!.message).toBe(
      "Select at least one candidate.",
    );
    expect(bulkActionSchema.safeParse({ ...base, c: ["1 OR 1=1"] }).success).toBe(false);
    const many = Array.from({ length: 150 }, (_, i) => id(i));
    const more = Array.from({ length: 150 }, (_, i) => id(i + 150));
    // 150 ticked plus 150 others shown: 300 in all.
    expect(
      bulkActionSchema.safeParse({ ...base, c: many, all: "page", shown: more }).error!.issues[0]!.message,
    ).toBe("Select at most 200 candidates at once.");
    expect(roleExportSchema.parse(bulkFields(new URLSearchParams("format=json")))).toEqual({
      ids: [],
      format: "json",
    });
  });
});

describe("bulk summary", () => {
  it("says what was done and, in a fixed order, what was skipped and why", () => {
    expect(
      bulkSummary({
        action: "reject",
        done: ["a", "b", "c", "d", "e"],
        skipped: { "same-decision": ["f"], "not-finished": ["g", "h"] },
        emailed: 0,
      }),
    ).toBe("Rejected 5 candidates. Skipped 2 who have not finished and 1 who already had that decision.");
    expect(bulkSummary({ action: "hold", done: ["a"], skipped: {}, emailed: 1 })).toBe(
      "Put 1 candidate on hold and emailed them.",
    );
    expect(bulkSummary({ action: "withdraw", done: [], skipped: { finished: ["a"] }, emailed: 0 })).toBe(
      "No invitations were withdrawn. Skipped 1 who have finished.",
    );
  });
});

describe("whom a bulk action leaves alone", () => {
  const invited: BulkCandidate = {
    finished: false,
    withdrawn: false,
    expired: false,
    linkEmailed: true,
    currentDecision: null,
    remindedByThisRun: false,
  };
  const finished = { ...invited, finished: true };

  it("decides only for candidates who finished, and not the same decision twice", () => {
    expect(bulkSkipReason("reject", invited)).toBe("not-finished");
    expect(bulkSkipReason("reject", finished)).toBeNull();
    expect(bulkSkipReason("reject", { ...finished, currentDecision: "reject" })).toBe("same-decision");
    expect(bulkSkipReason("advance", { ...finished, currentDecision: "hold" })).toBeNull();
  });

  it("withdraws only invitations still open, expired or not", () => {
    expect(bulkSkipReason("withdraw", invited)).toBeNull();
    expect(bulkSkipReason("withdraw", { ...invited, expired: true })).toBeNull();
    expect(bulkSkipReason("withdraw", finished)).toBe("finished");
    expect(bulkSkipReason("withdraw", { ...invited, withdrawn: true })).toBe("withdrawn");
  });

  it("reminds only with a live link RoleFit emailed, once per submission", () => {
    expect(bulkSkipReason("remind", invited)).toBeNull();
    expect(bulkSkipReason("remind", finished)).toBe("finished");
    expect(bulkSkipReason("remind", { ...invited, withdrawn: true })).toBe("withdrawn");
    expect(bulkSkipReason("remind", { ...invited, expired: true })).toBe("expired");
    expect(bulkSkipReason("remind", { ...invited, linkEmailed: false })).toBe("not-emailed");
    expect(bulkSkipReason("remind", { ...invited, remindedByThisRun: true })).toBe("already-reminded");
  });
});
