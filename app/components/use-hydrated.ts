import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while rendering on the server and during hydration, true once React runs in the browser:
 * what needs JavaScript (printing, the clipboard) shows only then, without a second render pass
 * triggered from an effect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
