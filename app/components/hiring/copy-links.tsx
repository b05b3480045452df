import { useEffect, useState } from "react";

/** The new invitation links, each selectable by hand and, with JavaScript, copyable in one click. */
export function CopyLinks({ links }: { links: Array<{ name: string; email: string; link: string }> }) {
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && !!navigator.clipboard), []);
  return (
    <ul className="mt-3 divide-y divide-slate-100">
      {links.map((l) => (
        <li key={l.link} className="flex flex-wrap items-center gap-3 py-2">
          <span className="min-w-48 font-medium">
            {l.name} <span className="block text-xs font-normal text-slate-600">{l.email}</span>
          </span>
          <input readOnly value={l.link} aria-label={`Invitation link for ${l.name}`} className="input flex-1 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
          {canCopy ? (
            <button
              type="button"
              className="btn-secondary py-1"
              onClick={() => {
                void navigator.clipboard.writeText(l.link).then(() => setCopied(l.link));
              }}
            >
              {copied === l.link ? "Copied" : "Copy link"}
              <span className="sr-only"> for {l.name}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
