import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rules.ts";

describe("passwordProblem", () => {
  it("accepts a long, uncommon passphrase", () => {
    expect(passwordProblem("violet-harbor-tuesday")).toBeNull();
  });
  it("rejects short passwords with the minimum in the message", () => {
    expect(passwordProblem("abc12")).toMatch(/at least 10/);
  });
  it("rejects repeated characters and sequences", () => {
    expect(passwordProblem("zzzzzzzzzzzz")).toMatch(/repeat/);
    expect(passwordProblem("abcdefghijkl")).toMatch(/sequence/);
  });
  it("rejects a password containing the email's name part", () => {
    expect(passwordProblem("janedoe-2026!", "janedoe@example.com")).toMatch(/email/);
  });
});
