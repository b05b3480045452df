import { useT } from "~/components/i18n";

const sides = [
  { side: "sales", title: "overview.sales" },
  { side: "marketing", title: "overview.marketing" },
  { side: "bridge", title: "overview.bridge" },
] as const;

export function TraitOverview({
  traits,
}: {
  traits: Array<{ id: string; name: string; side: string; definition: string }>;
}) {
  const t = useT();
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-3">
      {sides.map((s) => (
        <div key={s.side}>
          <h3 className="text-sm font-semibold text-slate-800">{t(s.title)}</h3>
          <ul className="mt-1 space-y-1 text-sm text-slate-700">
            {traits
              .filter((t) => t.side === s.side)
              .map((t) => (
                <li key={t.id} title={t.definition}>
                  {t.name}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
