import { Link, useSearchParams } from "@remix-run/react";

/** Previous/next links that keep the page's other query parameters (filters, search, period). */
export function Pagination({
  page,
  pages,
  summary,
  previous = "← Previous",
  next = "Next →",
}: {
  page: number;
  pages: number;
  summary: string;
  previous?: string;
  next?: string;
}) {
  const [params] = useSearchParams();
  if (pages <= 1) return null;
  const href = (n: number) => {
    const query = new URLSearchParams(params);
    query.set("page", String(n));
    return `?${query}`;
  };
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
      {page > 1 ? <Link to={href(page - 1)}>{previous}</Link> : null}
      <span>
        Page {page} of {pages} ({summary})
      </span>
      {page < pages ? <Link to={href(page + 1)}>{next}</Link> : null}
    </nav>
  );
}
