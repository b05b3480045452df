import { describe, expect, it } from "vitest";
import { allItems, ITEM_BANK, keyedCategory, LIKERT_ITEMS } from "./bank";
import { FORMS } from "./forms";
import { ALL_TASKS } from "./tasks";
import { TRAITS } from "./traits";
import { TRAIT_IDS } from "./types";

describe("traits and tasks", () => {
  it("has 11 traits: 5 sales, 5 marketing, 1 bridge, each tied to known tasks", () => {
    expect(TRAITS.map((t) => t.id)).toEqual([...TRAIT_IDS]);
    expect(TRAITS.filter((t) => t.side === "sales")).toHaveLength(5);
    expect(TRAITS.filter((t) => t.side === "marketing")).toHaveLength(5);
    expect(TRAITS.filter((t) => t.side === "bridge")).toHaveLength(1);
    const taskIds = new Set(ALL_TASKS.map((t) => t.id));
    for (const t of TRAITS) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.tasks.length).toBeGreaterThan(0);
      for (const task of t.tasks) expect(taskIds.has(task), `${t.id} → ${task}`).toBe(true);
    }
  });

  it("has the 9 sales tasks, 9 marketing tasks and the Four P's with unique ids", () => {
    expect(ALL_TASKS.filter((t) => t.group === "sales")).toHaveLength(9);
    expect(ALL_TASKS.filter((t) => t.group === "marketing")).toHaveLength(9);
    expect(ALL_TASKS.filter((t) => t.group === "four-ps")).toHaveLength(4);
    expect(new Set(ALL_TASKS.map((t) => t.id)).size).toBe(ALL_TASKS.length);
  });
});

describe("item bank", () => {
  it("has the required count of each item type", () => {
    expect(ITEM_BANK.forcedChoice.length).toBeGreaterThanOrEqual(30);
    expect(ITEM_BANK.situational.length).toBeGreaterThanOrEqual(12);
    expect(ITEM_BANK.infrequency.length).toBeGreaterThanOrEqual(4);
    expect(ITEM_BANK.synonymPairs.length).toBeGreaterThanOrEqual(6);
  });

  it("has 13+ Likert items per trait, at least a third reverse-keyed and some of each key", () => {
    for (const trait of TRAIT_IDS) {
      const items = LIKERT_ITEMS.filter((i) => i.trait === trait);
      const reversed = items.filter((i) => i.reverse).length;
      expect(items.length, trait).toBeGreaterThanOrEqual(13);
      expect(reversed / items.length, trait).toBeGreaterThanOrEqual(1 / 3);
      expect(items.length - reversed, trait).toBeGreaterThan(0);
    }
  });

  it("uses unique ids and unique texts everywhere (statements inside pairs and scenarios included)", () => {
    const items = allItems();
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    const texts: string[] = [];
    for (const item of items) {
      if (item.format === "forced-choice") texts.push(...item.options.map((o) => o.text));
      else texts.push(item.text);
      if (item.format === "situational") texts.push(...item.options.map((o) => o.text));
    }
    const seen = new Map<string, number>();
    for (const t of texts) seen.set(t.toLowerCase(), (seen.get(t.toLowerCase()) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  it("keeps statements short and plain (no long sentences, no phone-only wording)", () => {
    for (const item of LIKERT_ITEMS) {
      expect(item.text.split(/\s+/).length, item.id).toBeLessThanOrEqual(22);
      expect(item.text, item.id).not.toMatch(/\b(phone|call|calls|calling|cold-call)\b/i);
      expect(item.text.endsWith("."), item.id).toBe(true);
    }
  });

  it("gives every forced-choice pair one sales and one marketing statement from matching traits", () => {
    const sales = new Set(TRAITS.filter((t) => t.side === "sales").map((t) => t.id));
    const marketing = new Set(TRAITS.filter((t) => t.side === "marketing").map((t) => t.id));
    for (const pair of ITEM_BANK.forcedChoice) {
      expect(pair.options.map((o) => o.side)).toEqual(["sales", "marketing"]);
      expect(sales.has(pair.options[0].trait)).toBe(true);
      expect(marketing.has(pair.options[1].trait)).toBe(true);
      expect(pair.trait).toBe("balance");
    }
    // every sales and marketing trait appears in at least 5 pairs
    for (const t of [...sales, ...marketing]) {
      const n = ITEM_BANK.forcedChoice.filter((p) => p.options.some((o) => o.trait === t)).length;
      expect(n, t).toBeGreaterThanOrEqual(5);
    }
  });

  it("balances every pair on its appeal to a sales employer, in both directions and over each form", () => {
    const difference = new Map<string, number>();
    for (const pair of ITEM_BANK.forcedChoice) {
      const [sales, marketing] = pair.options.map((o) => o.salesJobAppeal);
      for (const r of [sales, marketing]) {
        expect(r, pair.id).toBeGreaterThanOrEqual(0);
        expect(r, pair.id).toBeLessThanOrEqual(1);
      }
      const d = sales! - marketing!;
      expect(Math.abs(d), pair.id).toBeLessThanOrEqual(0.25);
      difference.set(pair.id, d);
    }
    const values = [...difference.values()];
    // The marketing statement is the more sales-looking one in a good share of the pairs.
    expect(values.filter((d) => d < 0).length).toBeGreaterThanOrEqual(8);
    expect(values.filter((d) => d > 0).length).toBeGreaterThanOrEqual(8);
    const sets = {
      bank: ITEM_BANK.forcedChoice.map((p) => p.id),
      adaptive: FORMS.adaptive.fixed.filter((s) => s.format === "forced-choice").map((s) => s.itemId),
      short: FORMS.short.screens.filter((s) => s.format === "forced-choice").map((s) => s.itemId),
    };
    for (const [name, ids] of Object.entries(sets)) {
      const sum = ids.reduce((s, id) => s + difference.get(id)!, 0);
      expect(Math.abs(sum), name).toBeLessThanOrEqual(0.25);
    }
  });

  it("keys each scenario with credits 0..3 once each, on one trait, built on known tasks", () => {
    const taskIds = new Set(ALL_TASKS.map((t) => t.id));
    const measured = new Set<string>();
    const bestPositions = new Set<number>();
    for (const s of ITEM_BANK.situational) {
      expect(s.options).toHaveLength(4);
      expect(s.options.map((o) => o.credit).sort()).toEqual([0, 1, 2, 3]);
      expect(TRAIT_IDS as readonly string[]).toContain(s.trait);
      for (const t of s.tasks) expect(taskIds.has(t)).toBe(true);
      measured.add(s.trait);
      bestPositions.add(s.options.findIndex((o) => o.credit === 3));
    }
    expect(measured.size).toBe(11);
    expect(bestPositions.size).toBe(4); // the best answer is not always in the same place
  });

  it("pairs synonym items of the same trait and key", () => {
    const byId = new Map(LIKERT_ITEMS.map((i) => [i.id, i]));
    for (const pair of ITEM_BANK.synonymPairs) {
      const [a, b] = pair.items.map((id) => byId.get(id));
      expect(a && b, pair.id).toBeTruthy();
      expect(a!.trait).toBe(b!.trait);
      expect(a!.reverse).toBe(b!.reverse);
    }
  });

  it("recodes answers to keyed categories", () => {
    const reversed = LIKERT_ITEMS.find((i) => i.reverse)!;
    const positive = LIKERT_ITEMS.find((i) => !i.reverse)!;
    expect(keyedCategory(positive, 3)).toBe(3);
    expect(keyedCategory(reversed, 3)).toBe(1);
    expect(keyedCategory(ITEM_BANK.forcedChoice[0]!, "sales")).toBe(1);
    expect(keyedCategory(ITEM_BANK.forcedChoice[0]!, "marketing")).toBe(0);
    const s = ITEM_BANK.situational[0]!;
    expect(keyedCategory(s, s.options[2]!.id)).toBe(s.options[2]!.credit);
    expect(keyedCategory(ITEM_BANK.infrequency[0]!, 0)).toBeNull();
    expect(() => keyedCategory(positive, 5)).toThrow();
    expect(() => keyedCategory(s, "nope")).toThrow();
  });

  it("expects infrequency answers at one end of the scale", () => {
    for (const item of ITEM_BANK.infrequency) {
      expect([
        [0, 1],
        [3, 4],
      ]).toContainEqual([...item.expected]);
    }
  });
});
