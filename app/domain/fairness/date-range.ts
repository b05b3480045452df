import { z } from "zod";

/** An audit period from ?from=YYYY-MM-DD&to=YYYY-MM-DD (both days included); bad dates are ignored. */
export const auditRangeSchema = z.object({
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});

export function auditRange(search: URLSearchParams) {
  const { from, to } = auditRangeSchema.parse(Object.fromEntries(search));
  const next = (day: string) => new Date(Date.parse(`${day}T00:00:00.000Z`) + 86_400_000).toISOString();
  return {
    from: from ?? null,
    to: to ?? null,
    /** ISO bounds for the query: [from 00:00, day after to 00:00). */
    fromIso: from ? `${from}T00:00:00.000Z` : undefined,
    toIso: to ? next(to) : undefined,
  };
}
