import { describe, expect, it } from "vitest";
import { guessablePasswordProblem } from "./password-strength.ts";

describe("guessablePasswordProblem", () => {
  it("refuses common passwords in their usual disguises", () => {
    for (const p of [
      "qwerty1234",
      "Password1!",
      "P@ssw0rd!!",
      "Welcome2024",
      "iloveyou123",
      "letmein2025!",
      "1qaz2wsx3edc",
    ]) {
      expect(guessablePasswordProblem(p), p).toMatch(/easy to guess/);
    }
  });
  it("refuses a password built from the person's own name or address", () => {
    expect(guessablePasswordProblem("adalovelace1", ["ada.lovelace@example.com", "Ada Lovelace"])).toMatch(
      /easy to guess/,
    );
  });
  it("accepts unrelated words and long random strings", () => {
    for (const p of [
      "blue-kettle-running-7",
      "correct horse battery",
      "sunny-otter-42-lamp",
      "k9#Vq2!mZx7p",
    ]) {
      expect(guessablePasswordProblem(p), p).toBeNull();
    }
  });
});
