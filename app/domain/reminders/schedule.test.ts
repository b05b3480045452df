import { describe, expect, it } from "vitest";
import { nextReminder, parseReminderDays, reminderSettingsSchema, reminderSummary } from "./schedule";

const sentAt = "2026-01-01T00:00:00.000Z";
const expiresAt = "2026-01-15T00:00:00.000Z";

describe("reminders", () => {
  it("counts each reminder from when the link was sent", () => {
    expect(
      nextReminder({ sentAt, expiresAt, reminderDays: [3, 7], remindersSent: 0, closed: false }),
    ).toEqual({ number: 1, dueAt: new Date("2026-01-04T00:00:00.000Z") });
    expect(
      nextReminder({
        sentAt,
        expiresAt,
        reminderDays: [3, 7],
        remindersSent: 1,
        closed: false,
      })?.dueAt.toISOString(),
    ).toBe("2026-01-08T00:00:00.000Z");
  });

  it("stops after the last reminder, when closed, and at the deadline", () => {
    expect(
      nextReminder({ sentAt, expiresAt, reminderDays: [3, 7], remindersSent: 2, closed: false }),
    ).toBeNull();
    expect(
      nextReminder({ sentAt, expiresAt, reminderDays: [3, 7], remindersSent: 0, closed: true }),
    ).toBeNull();
    expect(
      nextReminder({ sentAt, expiresAt, reminderDays: [14], remindersSent: 0, closed: false }),
    ).toBeNull();
  });

  it("reads stored days defensively", () => {
    expect(parseReminderDays("[3,7]")).toEqual([3, 7]);
    expect(parseReminderDays("[1,2,3,4]")).toEqual([1, 2, 3]);
    expect(parseReminderDays("nonsense")).toEqual([]);
  });

  it("accepts up to three increasing reminders before the deadline", () => {
    expect(
      reminderSettingsSchema.parse({ deadlineDays: "14", reminder1: "3", reminder2: "7", reminder3: "" }),
    ).toEqual({ deadlineDays: 14, reminderDays: [3, 7] });
    expect(
      reminderSettingsSchema.safeParse({ deadlineDays: "14", reminder1: "7", reminder2: "3" }).success,
    ).toBe(false);
    expect(reminderSettingsSchema.safeParse({ deadlineDays: "5", reminder1: "7" }).success).toBe(false);
    expect(reminderSettingsSchema.parse({ deadlineDays: "10" })).toEqual({
      deadlineDays: 10,
      reminderDays: [],
    });
  });
});

describe("reminder summary", () => {
  it("says what was sent and what comes next", () => {
    expect(
      reminderSummary({ remindersSent: 0, lastReminderAt: null, nextReminderAt: "2026-01-04T00:00:00.000Z" }),
    ).toBe("Next reminder 4 Jan");
    expect(
      reminderSummary({
        remindersSent: 1,
        lastReminderAt: "2026-01-04T10:00:00.000Z",
        nextReminderAt: "2026-01-08T00:00:00.000Z",
      }),
    ).toBe("Reminder 1 sent 4 Jan · next 8 Jan");
    expect(
      reminderSummary({ remindersSent: 2, lastReminderAt: "2026-01-08T10:00:00.000Z", nextReminderAt: null }),
    ).toBe("Reminder 2 sent 8 Jan");
    expect(reminderSummary({ remindersSent: 0, lastReminderAt: null, nextReminderAt: null })).toBeNull();
  });
});
