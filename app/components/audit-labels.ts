// How each audit action reads in the audit log.
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "candidate.view": "Viewed a candidate",
  "candidate.export": "Exported a candidate",
  "candidate.decide": "Recorded a decision",
  "candidate.erase": "Erased a candidate",
  "candidates.compare": "Compared candidates",
  "role.export": "Exported a role's candidates",
  "team-member.view": "Viewed a team member's report",
  "fairness.view": "Viewed a bias audit",
  "candidate.record-outcome": "Recorded job outcomes",
  "outcomes.import": "Imported job outcomes",
  "validation.view": "Viewed a validation study",
  "audit-log.export": "Exported the audit log",
  "webhook.create": "Added a webhook endpoint",
  "webhook.delete": "Deleted a webhook endpoint",
  "webhook.enable": "Turned a webhook endpoint back on",
};
