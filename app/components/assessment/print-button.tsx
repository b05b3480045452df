import { useHydrated } from "~/components/use-hydrated";

/** Printing needs JavaScript; without it the button is replaced by the keyboard shortcut hint. */
export function PrintButton() {
  if (!useHydrated())
    return <p className="text-sm text-slate-600">To save as PDF, use your browser's Print (Ctrl+P or ⌘P).</p>;
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
