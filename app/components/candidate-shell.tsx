import type { ReactNode } from "react";

/** A calm, narrow column for the candidate flow: nothing competes with the question. */
export function CandidateShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  return <div className={`mx-auto w-full ${wide ? "max-w-4xl" : "max-w-2xl"}`}>{children}</div>;
}

/** Route handle marking candidate pages: the header then shows no account navigation. */
export const candidateHandle = { candidateFlow: true } as const;
