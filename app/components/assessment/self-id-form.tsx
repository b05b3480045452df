import { Form } from "@remix-run/react";
import { AGE_BAND_OPTIONS, RACE_ETHNICITY_OPTIONS, SEX_OPTIONS } from "~/domain/assessment/self-id";
import { SubmitButton } from "~/components/forms";

function Choice({
  name,
  legend,
  options,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
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
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SelfIdForm({ forEmployer, error }: { forEmployer: string | null; error?: string }) {
  return (
    <div className="card">
      <h1>A few optional questions first</h1>
      <p className="mt-2 text-slate-700">
        These help check that the questionnaire treats groups of people fairly. They are entirely voluntary,
        stored apart from your answers, never used in your scores, and{" "}
        {forEmployer
          ? `never shown to ${forEmployer} for you as an individual — only as group totals, and only for groups of five or more`
          : "only ever reported as group totals"}
        .
      </p>
      {error ? (
        <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Form method="post">
        <Choice name="sex" legend="Sex or gender" options={SEX_OPTIONS} />
        <Choice name="raceEthnicity" legend="Race or ethnicity" options={RACE_ETHNICITY_OPTIONS} />
        <Choice name="ageBand" legend="Age" options={AGE_BAND_OPTIONS} />
        <div className="mt-6 flex flex-wrap gap-3">
          <SubmitButton name="intent" value="self-id" pendingText="Saving…">
            Save and start
          </SubmitButton>
          <SubmitButton name="intent" value="skip-self-id" className="btn-secondary" pendingText="Starting…">
            Skip these questions
          </SubmitButton>
        </div>
      </Form>
    </div>
  );
}
