import { useT } from "~/components/i18n";
import { useHydrated } from "~/components/use-hydrated";

/** Printing needs JavaScript; without it the button is replaced by the keyboard shortcut hint. */
export function PrintButton() {
  const t = useT();
  if (!useHydrated()) return <p className="text-sm text-slate-600">{t("report.printHint")}</p>;
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      {t("report.print")}
    </button>
  );
}
