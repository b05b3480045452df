import { useT } from "~/components/i18n";
import { Form, Link, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { ScreenView } from "~/domain/assessment/screen-view";

/**
 * One question as a plain form post, so it works without JavaScript. With JavaScript a tap on an
 * answer sends it at once, and keys 1–9 pick and send; arrow keys only move between answers (the
 * browser's own radio-group behaviour) and Enter sends the chosen one.
 */
export function QuestionForm({
  screen,
  mode,
  canChangePrevious,
  changeHref,
  continueHref,
}: {
  screen: ScreenView;
  mode: "next" | "change";
  canChangePrevious: boolean;
  changeHref: string;
  continueHref: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const pointerChoice = useRef(false);
  const navigation = useNavigation();
  const t = useT();
  const saving = navigation.state !== "idle";
  const legendId = `q-${screen.itemId}`;
  const wide = screen.format === "forced-choice" || screen.format === "situational";

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      // Digits typed into another control (the language switcher) are not answers.
      const target = event.target as HTMLElement | null;
      if (target?.closest?.('select, textarea, input:not([type="radio"])')) return;
      const n = Number(event.key);
      if (!Number.isInteger(n) || n < 1 || n > screen.options.length) return;
      const input = formRef.current?.querySelectorAll<HTMLInputElement>('input[name="value"]')[n - 1];
      if (!input) return;
      event.preventDefault();
      input.checked = true;
      input.focus();
      formRef.current?.requestSubmit();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [screen.itemId, screen.options.length]);

  return (
    <Form method="post" ref={formRef} key={`${screen.itemId}-${mode}`} aria-busy={saving || undefined}>
      <input type="hidden" name="intent" value="answer" />
      <input type="hidden" name="itemId" value={screen.itemId} />
      <input type="hidden" name="mode" value={mode} />
      <fieldset aria-describedby={`${legendId}-hint`}>
        <legend id={legendId} className="w-full">
          <span className="block text-sm font-medium text-slate-600">
            {mode === "change" ? t("question.changing") : t("question.number", { number: screen.number })} ·{" "}
            {screen.prompt}
          </span>
          {screen.text ? (
            <span className="mt-3 block text-xl font-semibold text-slate-900 md:text-2xl">{screen.text}</span>
          ) : null}
        </legend>
        <p id={`${legendId}-hint`} className="sr-only">
          {t("question.keys", { count: screen.options.length })}
        </p>
        <div className={`mt-6 grid gap-3 ${wide ? "" : "sm:grid-cols-5"}`}>
          {screen.options.map((option, i) => (
            <label
              key={option.value}
              className={`flex min-h-14 cursor-pointer items-center gap-3 rounded-lg border-2 border-slate-300 bg-white px-4 py-3 text-slate-900 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 hover:border-brand-600 ${
                wide ? "" : "sm:min-h-24 sm:flex-col sm:justify-center sm:gap-2 sm:px-2 sm:text-center"
              }`}
              onPointerDown={() => {
                pointerChoice.current = true;
              }}
            >
              <input
                type="radio"
                name="value"
                value={option.value}
                defaultChecked={screen.selected === option.value}
                required
                disabled={saving}
                className="size-5 shrink-0 accent-brand-600"
                onChange={(e) => {
                  // Taps answer at once; keyboard arrows only move the selection.
                  if (pointerChoice.current) e.currentTarget.form?.requestSubmit();
                  pointerChoice.current = false;
                }}
              />
              <span className={wide ? "flex-1" : "flex-1 sm:flex-none sm:text-sm"}>
                <span className="mr-2 text-xs font-semibold text-slate-600" aria-hidden="true">
                  {i + 1}
                </span>
                {option.label}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-3">
        {mode === "change" ? (
          <Link to={continueHref} className="text-sm">
            {t("question.keepAnswer")}
          </Link>
        ) : canChangePrevious ? (
          <Link to={changeHref} className="text-sm">
            {t("question.changePrevious")}
          </Link>
        ) : (
          <span />
        )}
        <button type="submit" className="btn-primary min-w-32" disabled={saving}>
          {saving
            ? t("question.saving")
            : mode === "change"
              ? t("question.saveAndContinue")
              : t("question.next")}
        </button>
      </div>
    </Form>
  );
}
