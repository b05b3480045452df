import { useState } from "react";
import { useHydrated } from "~/components/use-hydrated";
import type { InvitationLink } from "~/domain/hiring/csv-export";

/**
 * The new invitation links, each selectable by hand and, with JavaScript, copyable in one click;
 * all of them at once as a CSV download (a data: link, so it works without JavaScript too) or,
 * with JavaScript, copied as "Name <email> link" lines.
 */
export function CopyLinks({
  links,
  csv,
}: {
  links: InvitationLink[];
  /** invitationLinksCsv(links), made on the server: the CSV writer stays out of the browser. */ csv: string;
}) {
  const hydrated = useHydrated();
  const canCopy = hydrated && !!navigator.clipboard;
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (key: string, text: string) =>
    void navigator.clipboard.writeText(text).then(() => setCopied(key));
  const all = links.map((l) => `${l.name} <${l.email}>\t${l.link}`).join("\n");
  return (
    <>
      <ul className="mt-3 divide-y divide-slate-100">
        {links.map((l) => (
          <li key={l.link} className="flex flex-wrap items-center gap-3 py-2">
            <span className="min-w-48 font-medium">
              {l.name} <span className="block break-all text-xs font-normal text-slate-600">{l.email}</span>
            </span>
            <input
              readOnly
              value={l.link}
              aria-label={`Invitation link for ${l.name}`}
              className="input min-w-0 flex-1 py-1 font-mono text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
            {canCopy ? (
              <button type="button" className="btn-secondary py-1" onClick={() => copy(l.link, l.link)}>
                {copied === l.link ? "Copied" : "Copy link"}
                <span className="sr-only"> for {l.name}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {links.length > 0 ? (
        <p className="mt-3 flex flex-wrap gap-2">
          {canCopy ? (
            <button type="button" className="btn-secondary py-1" onClick={() => copy("all", all)}>
              {copied === "all"
                ? "All links copied"
                : `Copy all ${links.length} ${links.length === 1 ? "link" : "links"}`}
            </button>
          ) : null}
          <a
            className="btn-secondary py-1"
            download="invitation-links.csv"
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`}
          >
            Download links as CSV
          </a>
        </p>
      ) : null}
    </>
  );
}
