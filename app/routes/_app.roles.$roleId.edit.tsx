import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useState } from "react";
import { replyMessages, SubmitButton } from "~/components/forms";
import { RoleProfile } from "~/components/hiring/role-profile";
import { PageHeader } from "~/components/page";
import { NEED_WEIGHT, templateById } from "~/domain/fit/templates";
import type { Need } from "~/domain/fit/types";
import { NEED_LABELS, targetSpan } from "~/domain/hiring/profile-rows";
import { roleLanguageSchema, roleTargetsSchema, targetsFromForm } from "~/domain/hiring/schemas";
import { TRAITS } from "~/domain/instrument";
import { requireMember } from "~/server/auth.server";
import { redirectWithFlash } from "~/server/flash.server";
import { notFound, requireId } from "~/server/guards.server";
import { findRole, setRoleCandidateLocale, setRoleStatus, updateRole } from "~/server/roles.server";
import { ScrollX } from "~/components/scroll-x";
import { reminderSettingsSchema } from "~/domain/reminders/schedule";
import { findReminderSettings, updateReminderSettings } from "~/server/reminders.server";
import { roleTeamSchema, teamLinkValue } from "~/domain/hiring/team-link";
import { setRoleTeamLink, teamChoices } from "~/server/team-gap.server";
import { CandidateLanguageSelect } from "~/components/hiring/candidate-language-select";
import { LOCALE_NAMES_IN_ENGLISH } from "~/domain/i18n/locales";

export const meta: MetaFunction = () => [{ title: "Edit role — RoleFit" }];

async function load(
  request: Request,
  roleId: string | undefined,
  context: Parameters<typeof requireMember>[1],
) {
  const member = await requireMember(request, context, "manager");
  const role = await findRole(context.db, member.organizationId, requireId(roleId));
  if (!role) notFound();
  return { member, role };
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { member, role } = await load(request, params.roleId, context);
  const [reminders, teams] = await Promise.all([
    findReminderSettings(context.db, member.organizationId, role.id),
    teamChoices(context.db, member.organizationId),
  ]);
  const template = role.templateId ? templateById(role.templateId) : undefined;
  return {
    role: { id: role.id, title: role.title, status: role.status },
    reminders: reminders!,
    team: { value: teamLinkValue(role.teamLink), choices: teams },
    candidateLocale: role.candidateLocale,
    rows: TRAITS.map((t) => ({
      trait: t.id,
      name: t.name,
      side: t.side,
      definition: t.definition,
      target: role.targets[t.id],
      why: template?.targets[t.id].why ?? role.targets[t.id].why ?? null,
    })),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { member, role } = await load(request, params.roleId, context);
  const formData = await request.formData();
  const intent = formData.get("intent");
  if (intent === "archive" || intent === "restore") {
    await setRoleStatus(
      context.db,
      member.organizationId,
      role.id,
      intent === "archive" ? "archived" : "active",
    );
    return redirectWithFlash(context, `/roles/${role.id}`, {
      kind: "success",
      message: intent === "archive" ? `${role.title} was archived.` : `${role.title} is active again.`,
    });
  }
  if (intent === "team") {
    const team = parseWithZod(formData, { schema: roleTeamSchema });
    if (team.status !== "success")
      return data({ form: "team" as const, reply: team.reply() }, { status: 400 });
    if (!(await setRoleTeamLink(context.db, member.organizationId, role.id, team.value.team)))
      return data(
        {
          form: "team" as const,
          reply: team.reply({ formErrors: ["That team is no longer in this organization."] }),
        },
        { status: 400 },
      );
    return redirectWithFlash(context, `/roles/${role.id}`, {
      kind: "success",
      message: team.value.team
        ? "Team saved. Order the candidates “for this team” to see what each adds."
        : "The role is no longer linked to a team.",
    });
  }
  if (intent === "language") {
    const language = parseWithZod(formData, { schema: roleLanguageSchema });
    if (language.status !== "success")
      return data({ form: "language" as const, reply: language.reply() }, { status: 400 });
    await setRoleCandidateLocale(context.db, member.organizationId, role.id, language.value.locale);
    return redirectWithFlash(context, `/roles/${role.id}`, {
      kind: "success",
      message: language.value.locale
        ? `Invitations for this role are now in ${LOCALE_NAMES_IN_ENGLISH[language.value.locale]}.`
        : "Invitations for this role follow each candidate's browser language.",
    });
  }
  if (intent === "reminders") {
    const reminders = parseWithZod(formData, { schema: reminderSettingsSchema });
    if (reminders.status !== "success")
      return data({ form: "reminders" as const, reply: reminders.reply() }, { status: 400 });
    await updateReminderSettings(context.db, member.organizationId, role.id, reminders.value);
    return redirectWithFlash(context, `/roles/${role.id}`, {
      kind: "success",
      message: "Deadline and reminders saved. New links use them.",
    });
  }
  const submission = parseWithZod(formData, { schema: roleTargetsSchema });
  if (submission.status !== "success")
    return data({ form: "targets" as const, reply: submission.reply() }, { status: 400 });
  await updateRole(context.db, member.organizationId, role.id, {
    title: submission.value.title,
    targets: targetsFromForm(submission.value),
  });
  return redirectWithFlash(context, `/roles/${role.id}`, {
    kind: "success",
    message: "Targets saved. Rankings now use them.",
  });
}

export default function EditRole() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors: Record<string, string[] | null | undefined> =
    actionData?.form === "targets" ? (actionData.reply.error ?? {}) : {};
  const reminderErrors = actionData?.form === "reminders" ? replyMessages(actionData.reply) : [];
  const reminderError = reminderErrors[0] ?? null;
  const teamError = actionData?.form === "team" ? (replyMessages(actionData.reply)[0] ?? null) : null;
  const languageError = actionData?.form === "language" ? (replyMessages(actionData.reply)[0] ?? null) : null;
  // The preview follows the inputs as they change (with JavaScript); without it, it shows the saved targets.
  type Draft = { need: Need; min: number; weight: number; max: number | null; reason: string };
  const [draft, setDraft] = useState(() =>
    Object.fromEntries(
      d.rows.map((r): [string, Draft] => {
        const t = r.target;
        return [
          r.trait,
          t.need === "not-required"
            ? { need: t.need, min: 0, weight: 0, max: null, reason: "" }
            : {
                need: t.need,
                min: t.min,
                weight: t.weight,
                max: t.ceiling?.max ?? null,
                reason: t.ceiling?.reason ?? "",
              },
        ];
      }),
    ),
  );
  const update = (trait: string, field: keyof Draft, value: string) => {
    setDraft((prev) => {
      const cur = prev[trait]!;
      if (field === "need") {
        const need = value as Need;
        const weight = need === "not-required" ? 0 : cur.weight > 0 ? cur.weight : NEED_WEIGHT[need];
        return { ...prev, [trait]: { ...cur, need, weight } };
      }
      if (field === "reason") return { ...prev, [trait]: { ...cur, reason: value } };
      if (field === "max" && value.trim() === "") return { ...prev, [trait]: { ...cur, max: null } };
      const n = Number(value);
      return Number.isFinite(n) ? { ...prev, [trait]: { ...cur, [field]: n } } : prev;
    });
  };
  const previewRows = d.rows.map((r) => {
    const t = draft[r.trait]!;
    const ceiling = t.max !== null && t.max > t.min ? { max: t.max, reason: t.reason } : null;
    const target =
      t.need === "not-required"
        ? ({ need: t.need, weight: 0 } as const)
        : { need: t.need, min: t.min, weight: t.weight, ...(ceiling ? { ceiling } : {}) };
    return {
      trait: r.trait,
      name: r.name,
      side: r.side,
      need: t.need,
      min: t.need === "not-required" ? null : t.min,
      ceiling: t.need === "not-required" ? null : ceiling,
      span: targetSpan(target),
      weight: target.weight,
    };
  });
  return (
    <>
      <PageHeader
        title={`Edit ${d.role.title}`}
        description="Thresholds are on the trait scale, where 0 is the reference group's average and most people fall between −2 and 2. Fit is the share of the core needs met, then of all needs; more of a needed trait never counts against anyone. Weight says how much a need counts (templates: 1 core, 0.6 useful). Leave the ceiling empty unless you can say why more of the trait hurts the job."
        actions={
          <Link to={`/roles/${d.role.id}`} className="btn-secondary">
            Cancel
          </Link>
        }
      />
      {Object.keys(errors).length ? (
        <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          Some targets need fixing; see the messages below.{errors.targets ? ` ${errors.targets[0]}` : ""}
        </p>
      ) : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_28rem]">
        <Form method="post" className="card min-w-0 space-y-4">
          <div>
            <label htmlFor="title" className="label">
              Role title
            </label>
            <input
              id="title"
              name="title"
              defaultValue={d.role.title}
              className="input"
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={errors.title ? "title-error" : undefined}
            />
            {errors.title ? (
              <p id="title-error" className="field-error">
                {errors.title[0]}
              </p>
            ) : null}
          </div>
          <ScrollX label="What the role needs of each trait">
            <table className="w-full text-sm">
              <caption className="sr-only">What the role needs of each trait</caption>
              <thead>
                <tr className="text-left text-xs uppercase tracking-wide text-slate-600">
                  <th scope="col" className="py-2 pr-2 font-medium">
                    Trait
                  </th>
                  <th scope="col" className="py-2 pr-2 font-medium">
                    Need
                  </th>
                  <th scope="col" className="py-2 pr-2 font-medium">
                    Threshold
                  </th>
                  <th scope="col" className="py-2 pr-2 font-medium">
                    Weight
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Ceiling (optional)
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.rows.map((r) => {
                  const err = (["need", "min", "weight", "max", "maxReason"] as const)
                    .map((f) => errors[`targets.${r.trait}.${f}`])
                    .find(Boolean);
                  const t = r.target;
                  const saved = t.need === "not-required" ? null : t;
                  const errorProps = {
                    "aria-invalid": err ? true : undefined,
                    "aria-describedby": err ? `${r.trait}-error` : undefined,
                  } as const;
                  return (
                    <tr key={r.trait} className="border-t border-slate-100 align-top">
                      <th scope="row" className="py-2 pr-2 text-left font-medium">
                        {r.name}
                        {r.why ? (
                          <span className="block text-xs font-normal text-slate-600">{r.why}</span>
                        ) : null}
                        {err ? (
                          <span id={`${r.trait}-error`} className="field-error block">
                            {err[0]}
                          </span>
                        ) : null}
                      </th>
                      <td className="py-2 pr-2">
                        <select
                          name={`targets.${r.trait}.need`}
                          aria-label={`${r.name}: need`}
                          defaultValue={t.need}
                          className="input py-1"
                          {...errorProps}
                          onChange={(e) => update(r.trait, "need", e.currentTarget.value)}
                        >
                          {(["core", "useful", "not-required"] as const).map((need) => (
                            <option key={need} value={need}>
                              {NEED_LABELS[need]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td className="py-2 pr-2">
                        <input
                          type="number"
                          name={`targets.${r.trait}.min`}
                          aria-label={`${r.name}: threshold`}
                          defaultValue={saved?.min ?? ""}
                          step={0.1}
                          min={-3}
                          max={3}
                          className="input w-16 py-1 sm:w-20"
                          {...errorProps}
                          onChange={(e) => update(r.trait, "min", e.currentTarget.value)}
                        />
                      </td>
                      <td className="py-2 pr-2">
                        <input
                          type="number"
                          name={`targets.${r.trait}.weight`}
                          aria-label={`${r.name}: weight`}
                          defaultValue={saved?.weight ?? ""}
                          step={0.1}
                          min={0}
                          max={1}
                          className="input w-16 py-1 sm:w-20"
                          {...errorProps}
                          onChange={(e) => update(r.trait, "weight", e.currentTarget.value)}
                        />
                      </td>
                      <td className="py-2">
                        <input
                          type="number"
                          name={`targets.${r.trait}.max`}
                          aria-label={`${r.name}: ceiling`}
                          defaultValue={saved?.ceiling?.max ?? ""}
                          step={0.1}
                          min={-3}
                          max={3}
                          className="input w-16 py-1 sm:w-20"
                          {...errorProps}
                          onChange={(e) => update(r.trait, "max", e.currentTarget.value)}
                        />
                        <input
                          name={`targets.${r.trait}.maxReason`}
                          aria-label={`${r.name}: why more hurts the job`}
                          placeholder="why more hurts"
                          defaultValue={saved?.ceiling?.reason ?? ""}
                          maxLength={300}
                          className="input mt-1 py-1"
                          {...errorProps}
                          onChange={(e) => update(r.trait, "reason", e.currentTarget.value)}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollX>
          <SubmitButton pendingText="Saving…">Save targets</SubmitButton>
        </Form>
        <aside className="min-w-0 space-y-6">
          <section className="card" aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            <div className="mt-3">
              <RoleProfile rows={previewRows} caption="Preview of the target profile" />
            </div>
            <p className="mt-2 text-xs text-slate-600">
              Core traits:{" "}
              {previewRows
                .filter((r) => r.need === "core")
                .map((r) => r.name)
                .join(", ") || "none"}
              .
            </p>
          </section>
          <Form method="post" className="card space-y-3" aria-labelledby="team-heading">
            <h2 id="team-heading">Team this role joins</h2>
            {teamError ? (
              <p role="alert" className="field-error">
                {teamError}
              </p>
            ) : null}
            <div>
              <label htmlFor="team" className="label">
                Team
              </label>
              <select id="team" name="team" defaultValue={d.team.value} className="input">
                <option value="">No team</option>
                {d.team.choices.map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </select>
              <p className="help">
                With a team, the candidate list can be ordered by what each candidate adds to it. Fit still
                comes first: nobody clearly short of a core need is placed above someone who meets them.
                People count when they share their assessment on the team map.
              </p>
            </div>
            <SubmitButton name="intent" value="team" className="btn-secondary" pendingText="Saving…">
              Save team
            </SubmitButton>
          </Form>
          <Form method="post" className="card space-y-3" aria-labelledby="language-heading">
            <h2 id="language-heading">Candidates&apos; language</h2>
            {languageError ? (
              <p role="alert" className="field-error">
                {languageError}
              </p>
            ) : null}
            <CandidateLanguageSelect
              id="role-locale"
              defaultValue={d.candidateLocale}
              emptyLabel="Their browser's language"
              help="The invitation email, the questionnaire and the report are in this language; a candidate can still switch on any page. The workspace stays in English."
            />
            <SubmitButton name="intent" value="language" className="btn-secondary" pendingText="Saving…">
              Save language
            </SubmitButton>
          </Form>
          <Form method="post" className="card space-y-3" aria-labelledby="reminders-heading">
            <h2 id="reminders-heading">Deadline and reminders</h2>
            {reminderError ? (
              <p role="alert" className="field-error">
                {reminderError}
              </p>
            ) : null}
            <div>
              <label htmlFor="deadlineDays" className="label">
                Invitation links work for (days)
              </label>
              <input
                id="deadlineDays"
                name="deadlineDays"
                type="number"
                min={1}
                max={90}
                required
                defaultValue={d.reminders.deadlineDays}
                className="input w-24"
              />
            </div>
            <fieldset>
              <legend className="label">Remind candidates who have not finished, after (days)</legend>
              <div className="flex gap-2">
                {[0, 1, 2].map((i) => (
                  <input
                    key={i}
                    name={`reminder${i + 1}`}
                    type="number"
                    min={1}
                    max={89}
                    aria-label={`Reminder ${i + 1}, days after the link was sent`}
                    defaultValue={d.reminders.reminderDays[i] ?? ""}
                    className="input w-20"
                  />
                ))}
              </div>
              <p className="help">
                Up to three, counted from when the link was emailed; leave empty for fewer. Reminders stop
                when the candidate finishes, the invitation is withdrawn or the link expires. Changes apply in
                full to links sent from now on; for links already sent, a removed reminder is not sent and a
                later day is waited for.
              </p>
            </fieldset>
            <SubmitButton name="intent" value="reminders" className="btn-secondary" pendingText="Saving…">
              Save deadline and reminders
            </SubmitButton>
          </Form>
          <Form method="post" className="card">
            <h2>{d.role.status === "archived" ? "Restore this role" : "Archive this role"}</h2>
            <p className="mt-1 text-sm text-slate-700">
              {d.role.status === "archived"
                ? "It will accept invitations again."
                : "Archived roles keep their candidates and results but take no new invitations."}
            </p>
            <div className="mt-3">
              <SubmitButton
                name="intent"
                value={d.role.status === "archived" ? "restore" : "archive"}
                className="btn-secondary"
                pendingText="Saving…"
              >
                {d.role.status === "archived" ? "Restore" : "Archive"}
              </SubmitButton>
            </div>
          </Form>
        </aside>
      </div>
    </>
  );
}
