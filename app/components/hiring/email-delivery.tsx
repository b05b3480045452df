import { invitationEmailLabel, type InvitationEmailDelivery } from "~/domain/hiring/invitation-email";

const TONE: Record<InvitationEmailDelivery["state"], string> = {
  queued: "bg-slate-100 text-slate-800",
  sent: "bg-emerald-50 text-emerald-900",
  failed: "bg-red-50 text-red-800",
};

/** What happened to a candidate's invitation email (from the job queue). */
export function EmailDelivery({ delivery }: { delivery: InvitationEmailDelivery }) {
  return (
    <span className={`mt-1 block w-fit rounded px-1.5 py-0.5 text-xs ${TONE[delivery.state]}`}>
      {invitationEmailLabel(delivery)}
    </span>
  );
}
