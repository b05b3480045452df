import { useT } from "~/components/i18n";
import type { MessageKey } from "~/domain/i18n/messages/en";

export function ConsentPoints({ points }: { points: readonly MessageKey[] }) {
  const t = useT();
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
      {points.map((p) => (
        <li key={p}>{t(p)}</li>
      ))}
    </ul>
  );
}
