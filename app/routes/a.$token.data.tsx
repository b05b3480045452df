import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportAttemptData } from "~/server/attempts.server";
import { missingLink } from "~/server/deleted-links.server";
import { requestLocale } from "~/server/locale.server";
import { translator } from "~/domain/i18n";

// The candidate's own data as a JSON download: answers, scores, consent and self-identification.
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const exported = await exportAttemptData(context.db, params.token ?? "");
  if (!exported) {
    const locale = await requestLocale(request, context);
    throw await missingLink(context, params.token, translator(locale)("delete.invalid"), locale);
  }
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="rolefit-my-data.json"',
      "Cache-Control": "no-store",
    },
  });
}
