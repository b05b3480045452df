import type { Flash } from "~/server/flash.server";

const styles: Record<Flash["kind"], string> = {
  success: "border-green-200 bg-green-50 text-green-900",
  info: "border-brand-100 bg-brand-50 text-brand-800",
  error: "border-red-200 bg-red-50 text-red-900",
};

export function FlashMessage({ flash }: { flash: Flash | null }) {
  return (
    <div role="status" aria-live="polite" className="mx-auto max-w-6xl px-4">
      {flash ? (
        <p className={`mt-4 rounded-md border px-4 py-3 text-sm ${styles[flash.kind]}`}>{flash.message}</p>
      ) : null}
    </div>
  );
}
