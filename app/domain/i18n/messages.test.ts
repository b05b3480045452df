import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { ITEM_BANK } from "~/domain/instrument/bank";
import { ITEM_TRANSLATIONS, itemTextKeys } from "~/domain/instrument/translations";
import { candidateContent } from "./content";
import { INTL_TAG, LOCALES } from "./locales";
import { MESSAGES } from "./messages";
import { EN_MESSAGES, type MessageKey } from "./messages/en";
import { translatorFor } from "./translate";

type AstNode = {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
};

/** The placeholders and tags a message uses, from its parsed form. */
function argumentsOf(nodes: AstNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.type >= 1 && node.type <= 6 && node.value) into.add(node.value);
    if (node.type === 8 && node.value) into.add(`<${node.value}>`);
    for (const option of Object.values(node.options ?? {})) argumentsOf(option.value, into);
    if (node.children) argumentsOf(node.children, into);
  }
  return into;
}

const ast = (message: string, locale: string) =>
  new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[];

describe.each(LOCALES.filter((l) => l !== "en"))("messages in %s", (locale) => {
  const messages = MESSAGES[locale];

  it("has every English key and no other", () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(EN_MESSAGES).sort());
  });

  it("uses the same placeholders and tags as the English in every message", () => {
    const different = (Object.keys(EN_MESSAGES) as MessageKey[]).filter((key) => {
      const english = [...argumentsOf(ast(EN_MESSAGES[key], "en"))].sort();
      const translated = [...argumentsOf(ast(messages[key], INTL_TAG[locale]))].sort();
      return english.join() !== translated.join();
    });
    expect(different).toEqual([]);
  });

  it("is not left in English where the English is a sentence", () => {
    const untranslated = (Object.keys(EN_MESSAGES) as MessageKey[]).filter(
      (key) => EN_MESSAGES[key].split(" ").length > 3 && messages[key] === EN_MESSAGES[key],
    );
    expect(untranslated).toEqual([]);
  });

  it("formats plurals and ordinals for its language", () => {
    const t = translatorFor(locale, messages);
    expect(t("progress.left", { minutes: 1 })).not.toEqual(t("progress.left", { minutes: 5 }));
    expect(t("report.percentile", { n: 42 })).toContain("42");
  });
});

describe("candidate prose", () => {
  const english = candidateContent("en");
  const shape = (value: unknown): unknown =>
    typeof value === "object" && value
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
      : typeof value;

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has every trait, level, task and role, each written",
    (locale) => {
      const content = candidateContent(locale);
      expect(shape(content)).toEqual(shape(english));
      const empty: string[] = [];
      const walk = (value: unknown, path: string) => {
        if (typeof value === "string") {
          if (!value.trim()) empty.push(path);
        } else if (value && typeof value === "object")
          for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      };
      walk(content, locale);
      expect(empty).toEqual([]);
    },
  );
});

describe("instrument translations", () => {
  const keys = itemTextKeys(ITEM_BANK);

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s has every statement, pair, scenario and option of the bank, and nothing else",
    (locale) => {
      const texts = ITEM_TRANSLATIONS[locale as Exclude<typeof locale, "en">]!;
      expect(Object.keys(texts).sort()).toEqual(Object.keys(keys).sort());
      const unwritten = Object.entries(texts)
        .filter(([key, text]) => !text.trim() || text === keys[key])
        .map(([key]) => key);
      expect(unwritten).toEqual([]);
    },
  );

  it("keeps every number of a statement in its translations (a quantity must not change)", () => {
    const changed: string[] = [];
    for (const locale of ["es", "de", "fr"] as const) {
      for (const [key, english] of Object.entries(keys)) {
        const numbers = english.match(/\d+/g) ?? [];
        const translated = ITEM_TRANSLATIONS[locale]![key]!;
        for (const n of numbers) if (!translated.includes(n)) changed.push(`${locale}:${key}:${n}`);
      }
    }
    expect(changed).toEqual([]);
  });
});
