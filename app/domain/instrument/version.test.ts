import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, sha256Hex } from "./hash";
import type { ItemParams } from "./types";
import {
  builtInContent,
  createVersion,
  currentInstrument,
  recalibratedVersion,
  versionItems,
} from "./version";

describe("sha256Hex", () => {
  it("matches the standard test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    // multi-block, non-ASCII input against Node's implementation as the oracle (tests only)
    const text = "Prüfung – 日本語 ".repeat(40);
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
  it("canonical JSON ignores key order", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe(
      canonicalJson({ a: [1, { c: 3, d: 2 }], b: 1 }),
    );
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});

describe("instrument versions", () => {
  const base = currentInstrument();

  it("is frozen, provisional, and valid", () => {
    expect(base.id).toMatch(/^gtm-fit-[0-9a-f]{16}$/);
    expect(Object.isFrozen(base)).toBe(true);
    expect(Object.isFrozen(base.items.likert[0])).toBe(true);
    expect(base.calibration.status).toBe("provisional");
    expect(currentInstrument()).toBe(base);
    expect(createVersion(builtInContent()).id).toBe(base.id);
  });

  it("has parameters for every scored item and none for infrequency items", () => {
    for (const item of versionItems(base)) {
      if (item.format === "infrequency") expect(base.params[item.id]).toBeUndefined();
      else expect(base.params[item.id], item.id).toBeDefined();
    }
  });

  it("changes id when any item text changes", () => {
    const content = builtInContent();
    (content.items.likert[5] as { text: string }).text += " ";
    expect(createVersion(content).id).not.toBe(base.id);
    const pairEdit = builtInContent();
    (pairEdit.items.forcedChoice[3]!.options[1] as { text: string }).text = "Changed.";
    expect(createVersion(pairEdit).id).not.toBe(base.id);
    const optionEdit = builtInContent();
    (optionEdit.items.situational[2]!.options[0] as { credit: number }).credit = 1;
    (optionEdit.items.situational[2]!.options[2] as { credit: number }).credit = 1;
    expect(createVersion(optionEdit).id).not.toBe(base.id);
  });

  it("changes id when any parameter or the form changes", () => {
    const content = builtInContent();
    const p = content.params["rr-01"]!;
    (content.params as Record<string, ItemParams>)["rr-01"] = { ...p, a: p.a + 0.001 };
    expect(createVersion(content).id).not.toBe(base.id);
    const form = builtInContent();
    (form.forms.adaptive.cat as { seTarget: number }).seTarget = 0.3;
    expect(createVersion(form).id).not.toBe(base.id);
  });

  it("refuses inconsistent content", () => {
    const content = builtInContent();
    delete (content.params as Record<string, unknown>)["cd-03"];
    expect(() => createVersion(content)).toThrow(/cd-03: no parameters/);
    const bad = builtInContent();
    (bad.params as Record<string, ItemParams>)["pe-01"] = { model: "grm", a: 1.5, b: [0, -1, 1, 2] };
    expect(() => createVersion(bad)).toThrow(/thresholds/);
  });

  it("recalibrates into a new, calibrated version that names its base", () => {
    const next = recalibratedVersion(
      base,
      { "rr-01": { model: "grm", a: 2.0, b: [-2, -1, 0, 1] } },
      { respondents: 812, method: "MML-EM", date: "2025-01-31" },
    );
    expect(next.id).not.toBe(base.id);
    expect(next.calibration.status).toBe("calibrated");
    expect(next.calibration.provenance?.baseVersion).toBe(base.id);
    expect(next.calibration.notRecalibrated).toContain("rr-02");
    expect(next.params["rr-01"]).toEqual({ model: "grm", a: 2.0, b: [-2, -1, 0, 1] });
    expect(next.items).toEqual(base.items);
    expect(next.label).toContain("recalibrated 2025-01-31");
    expect(() =>
      recalibratedVersion(base, { nope: { model: "2pl", a: 1, b: 0 } }, { respondents: 1, method: "x" }),
    ).toThrow();
  });
});
