const sides = [
  { side: "sales", title: "Sales: one-to-one, closing business" },
  { side: "marketing", title: "Marketing: one-to-many, shaping the product and its story" },
  { side: "bridge", title: "Bridging both" },
] as const;

export function TraitOverview({
  traits,
}: {
  traits: Array<{ id: string; name: string; side: string; definition: string }>;
}) {
  return (
    <div className="mt-3 grid gap-4 md:grid-cols-3">
      {sides.map((s) => (
        <div key={s.side}>
          <h3 className="text-sm font-semibold text-slate-800">{s.title}</h3>
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
