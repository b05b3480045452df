import { describe, expect, it } from "vitest";
import { translator } from "./index";

describe("translator", () => {
  it("gives each set of values its own text, however often the same message is formatted", () => {
    const t = translator("en");
    const texts = [1, 5, 1, 0, 5].map((minutes) => t("progress.left", { minutes }));
    expect(texts).toEqual([
      "About 1 minute left",
      "About 5 minutes left",
      "About 1 minute left",
      "About 0 minutes left",
      "About 5 minutes left",
    ]);
    expect(t("progress.done", { percent: 40 })).toBe("40% done");
    expect(t("invite.hello", { name: "Ana" })).toBe("Hello Ana");
    expect(t("invite.hello", { name: "Bo" })).toBe("Hello Bo");
    expect(translator("de")("progress.left", { minutes: 1 })).not.toBe(texts[0]);
    expect(t("question.next")).toBe("Next");
  });
});
