import { Form, Link, useLocation, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { useHydrated } from "~/components/use-hydrated";
import { BULK_LIMIT, type BulkActionInput } from "~/domain/hiring/bulk-actions";

const ACTIONS = [
  { value: "advance", label: "Advance", className: "btn-secondary" },
  { value: "hold", label: "Hold", className: "btn-secondary" },
  { value: "reject", label: "Reject", className: "btn-danger" },
  { value: "withdraw", label: "Withdraw", className: "btn-secondary" },
  { value: "remind", label: "Remind", className: "btn-secondary" },
] as const;

/**
 * The ranked list's one form: a checkbox per row (inside `children`), "select all on this page",
 * and the bulk actions, compare and export. Without JavaScript it is a plain form: "select all"
 * sends the ids shown on the page, compare and export are GET submissions to their own pages.
 * With it, the count of selected candidates shows, the buttons wait for a selection, and the
 * export downloads without leaving the page. Give it a key that changes with the rows shown and
 * after each action (the run id), so a new page or a finished action starts with a fresh count.
 */
export function BulkToolbar({
  roleId,
  run,
  canManage,
  shown,
  initiallyTicked,
  error,
  compareProblem,
  children,
}: {
  roleId: string;
  run: string;
  canManage: boolean;
  shown: string[];
  /** How many rows are ticked when the page is rendered (the compare page sends ticks back). */
  initiallyTicked: number;
  error: string | null;
  compareProblem: string | null;
  children: ReactNode;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();
  const [count, setCount] = useState(initiallyTicked);
  const navigation = useNavigation();
  const pending =
    navigation.state === "submitting" && navigation.formMethod === "POST"
      ? String(navigation.formData?.get("action") ?? "")
      : null;

  const recount = (changed?: EventTarget) => {
    const form = formRef.current;
    if (!form) return;
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="c"]')];
    const all = form.querySelector<HTMLInputElement>("input[data-select-all]");
    if (all && changed === all) for (const b of boxes) b.checked = all.checked;
    const n = boxes.filter((b) => b.checked).length;
    if (all) {
      all.checked = n > 0 && n === boxes.length;
      all.indeterminate = n > 0 && n < boxes.length;
    }
    setCount(n);
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    // A download is not a page: go there as a plain request so the browser saves the file.
    if (submitter?.dataset.export !== undefined) {
      event.preventDefault();
      const fields = new FormData(event.currentTarget, submitter);
      const query = new URLSearchParams();
      for (const [k, v] of fields) if (typeof v === "string" && k !== "run") query.append(k, v);
      window.location.assign(`/roles/${roleId}/export?${query}`);
    }
  };

  const nothing = hydrated && count === 0;
  return (
    <Form method="post" ref={formRef} onChange={(e) => recount(e.target)} onSubmit={onSubmit}>
      <input type="hidden" name="run" value={run} />
      {shown.map((id) => (
        <input key={id} type="hidden" name="shown" value={id} />
      ))}
      <div
        id="compare"
        role="group"
        aria-label="Selected candidates"
        className="mb-4 flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-slate-50 p-3"
      >
        <p aria-live="polite" className="mr-2 w-full text-sm font-medium text-slate-800 sm:w-auto">
          {hydrated
            ? `${count} selected`
            : `Tick candidates (at most ${BULK_LIMIT}), or all on this page, then choose.`}
        </p>
        {canManage ? (
          <>
            {ACTIONS.map((a) => (
              <button
                key={a.value}
                type="submit"
                name="action"
                value={a.value}
                className={`${a.className} px-3 py-1.5`}
                disabled={nothing || pending === a.value}
                aria-busy={pending === a.value || undefined}
              >
                {pending === a.value ? "Working…" : a.label}
              </button>
            ))}
            {(["csv", "json"] as const).map((format) => (
              <button
                key={format}
                type="submit"
                formMethod="get"
                formAction={`/roles/${roleId}/export`}
                name="format"
                value={format}
                data-export
                className="btn-secondary px-3 py-1.5"
                disabled={nothing}
              >
                Export selected as {format.toUpperCase()}
              </button>
            ))}
          </>
        ) : null}
        <button
          type="submit"
          formMethod="get"
          formAction={`/roles/${roleId}/compare`}
          className="btn-secondary px-3 py-1.5"
          aria-describedby={compareProblem ? "compare-problem" : undefined}
        >
          Compare selected (2–4)
        </button>
        {canManage ? (
          <label className="flex w-full items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="email" value="yes" className="mt-0.5 size-4" />
            <span>
              Email the candidates (with Advance, Hold or Reject: the status email for that decision,{" "}
              <Link to="/settings/email-templates">worded in settings</Link>)
            </span>
          </label>
        ) : null}
        {compareProblem ? (
          <p id="compare-problem" role="alert" className="w-full text-sm font-medium text-red-800">
            {compareProblem}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="w-full text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      {children}
    </Form>
  );
}

/** The second step of Reject and Withdraw: who will be affected, and one button to go ahead. */
export function BulkConfirmation({ confirm }: { confirm: BulkActionInput & { names: string[] } }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => heading.current?.focus(), [confirm]);
  const query = new URLSearchParams(location.search);
  query.delete("index");
  const back = `${location.pathname}${query.size ? `?${query}` : ""}`;
  const n = confirm.ids.length;
  const plural = n === 1 ? "" : "s";
  const reject = confirm.action === "reject";
  const shownNames = confirm.names.slice(0, 10);
  return (
    <section className="card mb-6 border-red-300" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading" ref={heading} tabIndex={-1}>
        {reject ? `Reject ${n} candidate${plural}?` : `Withdraw ${n} invitation${plural}?`}
      </h2>
      <p className="mt-2 text-sm text-slate-700">
        {reject
          ? `Candidates who have not finished are skipped. ${
              confirm.email
                ? "Each candidate rejected gets your rejection email."
                : "No email is sent: the box “Email the candidates” was not ticked."
            }`
          : "Their links stop working at once; candidates who have finished are skipped. A candidate's page can issue a new link later."}
      </p>
      <ul className="mt-2 list-inside list-disc text-sm text-slate-800">
        {shownNames.map((name, i) => (
          <li key={`${i}-${name}`}>{name}</li>
        ))}
        {n > shownNames.length ? <li>and {n - shownNames.length} more</li> : null}
      </ul>
      <Form method="post" className="mt-4 flex flex-wrap gap-2">
        {confirm.ids.map((id) => (
          <input key={id} type="hidden" name="c" value={id} />
        ))}
        <input type="hidden" name="action" value={confirm.action} />
        <input type="hidden" name="run" value={confirm.run} />
        <input type="hidden" name="confirmed" value="yes" />
        {confirm.email ? <input type="hidden" name="email" value="yes" /> : null}
        <button type="submit" className="btn-danger">
          {reject ? `Yes, reject ${n} candidate${plural}` : `Yes, withdraw ${n} invitation${plural}`}
        </button>
        <Link to={back} className="btn-secondary">
          Cancel
        </Link>
      </Form>
    </section>
  );
}
