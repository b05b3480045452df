export function ConsentPoints({ points }: { points: readonly string[] }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
      {points.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
