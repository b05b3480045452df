/**
 * `rolefit instrument [--json]`: prints the current instrument version for reviewers and
 * translators: traits, every item with its options and key, the provisional parameters, the forms
 * and the role templates. The text form is meant to be read top to bottom; --json is complete.
 */
import { FIT_MODEL_VERSION } from "~/domain/fit/fit";
import { ROLE_TEMPLATES } from "~/domain/fit/templates";
import { formPlan } from "~/domain/instrument/forms";
import { LIKERT_LABELS, type ForcedChoiceOption } from "~/domain/instrument/types";
import { currentInstrument, versionItems, type InstrumentVersion } from "~/domain/instrument/version";
import { parseCommandArgs } from "../args";
import { CliError } from "../errors";
import type { CliCommand } from "./types";

export function instrumentJson(version: InstrumentVersion) {
  return {
    version: version.id,
    label: version.label,
    calibration: version.calibration,
    likertLabels: LIKERT_LABELS,
    traits: version.traits.map((t) => ({
      id: t.id,
      name: t.name,
      side: t.side,
      definition: t.definition,
      high: t.high,
      low: t.low,
      tasks: t.tasks,
    })),
    tasks: version.tasks,
    items: versionItems(version).map((item) => ({ ...item, params: version.params[item.id] ?? null })),
    synonymPairs: version.synonymPairs,
    forms: { adaptive: formPlan(version.forms, "adaptive"), short: formPlan(version.forms, "short") },
    fitModel: FIT_MODEL_VERSION,
    templates: ROLE_TEMPLATES.map((t) => ({
      id: t.id,
      name: t.name,
      summary: t.summary,
      targets: t.targets,
    })),
  };
}

function instrumentText(version: InstrumentVersion): string {
  const lines: string[] = [];
  lines.push(
    `${version.label}`,
    `version ${version.id}`,
    `calibration: ${version.calibration.status} (${version.calibration.source})`,
    "",
  );
  lines.push(`Answer scale for statements: ${LIKERT_LABELS.map((l, i) => `${i} ${l}`).join(" | ")}`, "");
  for (const trait of version.traits) {
    lines.push(`== ${trait.name} [${trait.id}, ${trait.side}]`, `   ${trait.definition}`);
    for (const item of version.items.likert.filter((i) => i.trait === trait.id)) {
      lines.push(`   ${item.id}${item.reverse ? " (R)" : "    "}  ${item.text}`);
    }
    lines.push("");
  }
  lines.push(
    "== Forced-choice pairs (which is more like you?) [provisional appeal to a sales employer, 0–1]",
  );
  const appeal = (o: ForcedChoiceOption) =>
    o.salesJobAppeal === undefined ? "" : ` [${o.salesJobAppeal.toFixed(2)}]`;
  for (const pair of version.items.forcedChoice) {
    const [sales, marketing] = pair.options;
    lines.push(
      `   ${pair.id}  S: ${sales.text}${appeal(sales)}`,
      `          M: ${marketing.text}${appeal(marketing)}`,
    );
  }
  lines.push("", "== Scenarios (credit in brackets)");
  for (const s of version.items.situational) {
    lines.push(`   ${s.id} [${s.trait}]  ${s.text}`);
    for (const o of s.options) lines.push(`      (${o.credit}) ${o.text}`);
  }
  lines.push("", "== Attention checks (not scored)");
  for (const i of version.items.infrequency)
    lines.push(`   ${i.id}  ${i.text}  [expected ${i.expected.join("/")}]`);
  lines.push(
    "",
    "== Role templates (what each trait needs on θ: threshold, weight; fit model " + FIT_MODEL_VERSION + ")",
  );
  for (const t of ROLE_TEMPLATES) {
    lines.push(`   ${t.id}: ${t.name}`);
    for (const [trait, target] of Object.entries(t.targets)) {
      const need =
        target.need === "not-required"
          ? "not required"
          : `${target.need.padEnd(6)} ≥ ${target.min.toFixed(1)}${target.ceiling ? ` ≤ ${target.ceiling.max.toFixed(1)} (${target.ceiling.reason})` : ""} w=${target.weight}`;
      lines.push(`      ${trait.padEnd(22)} ${need}`);
    }
  }
  const a = formPlan(version.forms, "adaptive").duration;
  const s = formPlan(version.forms, "short").duration;
  lines.push(
    "",
    `Forms: adaptive ≈ ${Math.round(a.typicalSeconds / 60)} min (at most ${Math.round(a.maxSeconds / 60)} min, ${a.maxScreens} screens); short ${Math.round(s.typicalSeconds / 60)} min, ${s.maxScreens} screens.`,
    "",
  );
  return lines.join("\n");
}

export const instrumentCommand: CliCommand = {
  name: "instrument",
  summary: "print the current GTM Fit instrument version (items, keys, parameters, forms, role templates)",
  usage: "rolefit instrument [--json]",
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } });
    if (positionals.length > 0) throw new CliError(`instrument takes no arguments, got "${positionals[0]}"`);
    const version = currentInstrument();
    io.stdout(
      values.json ? `${JSON.stringify(instrumentJson(version), null, 2)}\n` : instrumentText(version),
    );
    return 0;
  },
};
