import { Form } from "@remix-run/react";
import { AGE_BAND_OPTIONS, RACE_ETHNICITY_OPTIONS, SEX_OPTIONS } from "~/domain/assessment/self-id";
import { SubmitButton } from "~/components/forms";
import { useT } from "~/components/i18n";
import type { MessageKey } from "~/domain/i18n/messages/en";

function Choice({
  name,
  legend,
  options,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  const t = useT();
  return (
    <fieldset className="mt-5">
      <legend className="label">{legend}</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2"
          >
            <input type="radio" name={name} value={o.value} className="size-4" />
            {t(`selfId.option.${o.value}` as MessageKey)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SelfIdForm({ forEmployer, error }: { forEmployer: string | null; error?: string }) {
  const t = useT();
  return (
    <div className="card">
      <h1>{t("selfId.title")}</h1>
      <p className="mt-2 text-slate-700">
        {forEmployer ? t("selfId.leadEmployer", { organization: forEmployer }) : t("selfId.leadSelf")}
      </p>
      {error ? (
        <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Form method="post">
        <Choice name="sex" legend={t("selfId.sex")} options={SEX_OPTIONS} />
        <Choice name="raceEthnicity" legend={t("selfId.raceEthnicity")} options={RACE_ETHNICITY_OPTIONS} />
        <Choice name="ageBand" legend={t("selfId.age")} options={AGE_BAND_OPTIONS} />
        <div className="mt-6 flex flex-wrap gap-3">
          <SubmitButton name="intent" value="self-id" pendingText={t("selfId.saving")}>
            {t("selfId.save")}
          </SubmitButton>
          <SubmitButton
            name="intent"
            value="skip-self-id"
            className="btn-secondary"
            pendingText={t("start.pending")}
          >
            {t("selfId.skip")}
          </SubmitButton>
        </div>
      </Form>
    </div>
  );
}
