import { describe, expect, it } from "vitest";
import { asLocale, attemptPageLocale, negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("takes the highest-weighted language RoleFit has", () => {
    expect(negotiateLocale("de-CH,de;q=0.9,en;q=0.8")).toBe("de");
    expect(negotiateLocale("it-IT,it;q=0.9,fr;q=0.7,en;q=0.5")).toBe("fr");
    expect(negotiateLocale("en;q=0.4,es;q=0.8")).toBe("es");
  });

  it("falls back to English for no header, nothing we have, or nonsense", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("ja,zh;q=0.8")).toBe("en");
    expect(negotiateLocale(";;;q=abc,")).toBe("en");
    expect(negotiateLocale("fr;q=0")).toBe("en");
  });
});

describe("asLocale", () => {
  it("reads unknown stored values as English", () => {
    expect(asLocale("de")).toBe("de");
    expect(asLocale("xx")).toBe("en");
    expect(asLocale(null)).toBe("en");
  });
});

describe("attemptPageLocale", () => {
  it("keeps an unfinished attempt in its own language and lets a finished one follow the switcher", () => {
    expect(attemptPageLocale({ status: "in_progress", locale: "es" }, "de")).toBe("es");
    expect(attemptPageLocale({ status: "completed", locale: "es" }, "de")).toBe("de");
    expect(attemptPageLocale({ status: "completed", locale: "es" }, null)).toBe("es");
  });
});
