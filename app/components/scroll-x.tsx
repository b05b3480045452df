import type { ReactNode } from "react";

/**
 * A region that scrolls sideways on narrow screens (wide tables, the org chart). It can take
 * keyboard focus, so people who do not use a mouse can scroll it with the arrow keys.
 */
export function ScrollX({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
