import type { Generated, Selectable } from "kysely";
import type { MemberRole } from "../app/domain/accounts/policy.ts";
import type { Decision } from "../app/domain/hiring/candidate-status.ts";

// Timestamps are ISO-8601 UTC strings on both SQLite and PostgreSQL so that they compare the same
// way (lexicographically) everywhere. Booleans are 0/1 integers for the same reason.
export type Timestamp = string;

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: Timestamp;
  password_changed_at: Timestamp;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: Timestamp;
  /** Who candidates contact for an accommodation or an alternative process. */
  candidate_contact: string | null;
  /** 1 when invited candidates may see their own report. */
  show_reports_to_candidates: Generated<number>;
  /** Days after a decision when a candidate's data is erased; null keeps it until erased by hand. */
  retention_days: number | null;
}

// The member roles are a rule of the domain; the table stores them as text.
export type { MemberRole };

export interface MembershipsTable {
  id: string;
  organization_id: string;
  user_id: string;
  role: MemberRole;
  created_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a copy of the database cannot be replayed as a login. */
  id: string;
  user_id: string;
  current_organization_id: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface TeamInvitationsTable {
  id: string;
  organization_id: string;
  email: string;
  role: MemberRole;
  token_hash: string;
  invited_by_user_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface OutboxMessagesTable {
  id: string;
  organization_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  reply_to: string | null;
  /** The HTML part, when the message has one (candidate status emails). */
  html_body: string | null;
  created_at: Timestamp;
}

export type JobStatus = "pending" | "done" | "failed";

export interface JobsTable {
  id: string;
  kind: string;
  payload: string;
  organization_id: string | null;
  recipient: string | null;
  reference: string | null;
  idempotency_key: string | null;
  status: JobStatus;
  attempts: Generated<number>;
  run_at: Timestamp;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PendingSignupsTable {
  id: string;
  token_hash: string;
  email: string;
  name: string;
  organization_name: string;
  password_hash: string;
  expires_at: Timestamp;
  created_at: Timestamp;
}

/** Rate-limit counters: in the main database on PostgreSQL, in a side file on SQLite. */
export interface RateLimitCountersTable {
  key: string;
  /** Epoch milliseconds (bigint on PostgreSQL, returned as a string there). */
  window_start: number | string;
  hits: number;
}

export interface CountersDatabase {
  rate_limit_counters: RateLimitCountersTable;
}

export interface DeletedLinksTable {
  token_hash: string;
  deleted_at: Timestamp;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface InstrumentVersionsTable {
  id: string;
  label: string;
  calibration_status: "provisional" | "calibrated";
  /** The whole immutable version as JSON: an attempt is always scored with the version it used. */
  content: string;
  created_at: Timestamp;
}

export interface RolesTable {
  id: string;
  organization_id: string;
  title: string;
  template_id: string | null;
  source: "template" | "job-analysis" | "custom";
  /** RoleTargets as JSON. */
  targets: string;
  /** The job-analysis ratings as JSON when the targets came from one. */
  job_analysis: string | null;
  /** The fit model the targets are written for (FIT_MODEL_VERSION when written). */
  fit_model: Generated<string>;
  status: Generated<"active" | "archived">;
  /** Days an invitation link works. */
  deadline_days: Generated<number>;
  /** JSON array of up to three day counts after which a reminder is sent. */
  reminder_days: Generated<string>;
  /** The team the role joins (TeamLink as JSON), for team-gap hiring; null for none. */
  team_link: string | null;
  /** The language of this role's invitations (a Locale); null: the candidate's browser decides. */
  candidate_locale: Generated<string | null>;
  created_by_user_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CandidateInvitationsTable {
  id: string;
  organization_id: string;
  role_id: string;
  candidate_name: string;
  email: string;
  token_hash: string;
  created_by_user_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_sent_at: Timestamp | null;
  send_count: Generated<number>;
  opened_at: Timestamp | null;
  revoked_at: Timestamp | null;
  reminders_sent: Generated<number>;
  last_reminder_at: Generated<Timestamp | null>;
  /** Greenhouse's send_test `url`, to PATCH when the candidate completes (null: none). */
  greenhouse_url: Generated<string | null>;
  /** The API key Greenhouse used, sealed with the session secret (secret-box.server.ts). */
  greenhouse_key: Generated<string | null>;
  /** The language of this invitation (a Locale), overriding the role's; null: the role's. */
  locale: Generated<string | null>;
}

export interface AttemptsTable {
  id: string;
  token_hash: string;
  kind: "self" | "invited";
  organization_id: string | null;
  invitation_id: string | null;
  instrument_version_id: string;
  form: "adaptive" | "short";
  seed: number;
  status: "in_progress" | "completed";
  self_id_step_done: Generated<number>;
  consented_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_answer_at: Timestamp | null;
  completed_at: Timestamp | null;
  /** JSON array of the trait ids the attempt reports; null = all of them. */
  reported_traits: string | null;
  /** The largest progress fraction (0..1) the attempt has shown. */
  progress_shown: Generated<number>;
  /** The language the questionnaire was shown in (a Locale); 'en' before there was a choice. */
  locale: Generated<string>;
  /** The waiting step as JSON, stored by the last answer write (app/domain/assessment/stored-step.ts). */
  next_step: string | null;
}

export interface AnswersTable {
  id: string;
  attempt_id: string;
  item_id: string;
  /** The raw answer as text: "0".."4", "sales"/"marketing", or a scenario option id. */
  value: string;
  /** 1-based order of the answer in the attempt. */
  position: number;
  response_ms: number | null;
  answered_at: Timestamp;
}

export interface AttemptScoresTable {
  attempt_id: string;
  instrument_version_id: string;
  /** AttemptScores as JSON. */
  scores: string;
  sales_orientation: number;
  marketing_orientation: number;
  quality_flag_count: number;
  computed_at: Timestamp;
  /** Compact {trait: [θ, SE]} JSON for ranking; null only for rows written before it existed. */
  profile: string | null;
}

export interface CandidateDecisionsTable {
  id: string;
  organization_id: string;
  invitation_id: string;
  decision: Decision;
  decided_by_user_id: string | null;
  /** Kept as text so the record survives the person leaving the organization. */
  decided_by_name: string;
  decided_at: Timestamp;
}

export interface CandidateNotesTable {
  id: string;
  organization_id: string;
  invitation_id: string;
  author_user_id: string | null;
  author_name: string;
  body: string;
  created_at: Timestamp;
}

export interface TeamMapEntriesTable {
  id: string;
  organization_id: string;
  user_id: string;
  attempt_id: string;
  shared_at: Timestamp;
}

export interface SelfIdentificationsTable {
  attempt_id: string;
  sex: string | null;
  race_ethnicity: string | null;
  age_band: string | null;
  created_at: Timestamp;
}

export interface AuditEventsTable {
  id: string;
  organization_id: string;
  actor_user_id: string | null;
  actor_name: string;
  action: AuditAction;
  subject_type: "candidate" | "role" | "team-member" | "organization";
  subject_id: string;
  /** Extra ids as JSON (e.g. the candidates in a comparison); never names or answers. */
  details: string | null;
  created_at: Timestamp;
}

export type AuditAction =
  | "candidate.view"
  | "candidate.export"
  | "candidate.decide"
  | "candidate.erase"
  | "candidates.compare"
  | "role.export"
  | "team-member.view"
  | "fairness.view"
  | "candidate.record-outcome"
  | "outcomes.import"
  | "validation.view"
  | "audit-log.export"
  | "webhook.create"
  | "webhook.delete"
  | "webhook.enable"

  // Owners managing API keys, and calls made with a key (the key's name is the actor).
  | "api-key.create"
  | "api-key.revoke"
  | "roles.list"
  | "role.view"
  | "role.create"
  | "candidates.list"
  | "candidates.invite"
  | "candidate.withdraw"
  // One row per bulk action on a role's candidate list, with the ids it was asked to act on.
  | "candidates.bulk-action"
  | "email-template.update"
  | "organization.logo-update"
  | "scenarios.list"
  | "scenario.evaluate"
  | "greenhouse.response-error"
  | "api.refused"
  | "greenhouse.mark-completed";

export interface OrgScenariosTable {
  id: string;
  organization_id: string;
  name: string;
  /** CompanyProfile as JSON. */
  profile: string;
  /** Criterion weights as JSON. */
  weights: string;
  /** The structure drawn in the org chart and the hiring plan. */
  structure_id: string;
  quarters: number;
  chart_quarter: number;
  created_by_user_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrgSeatAssignmentsTable {
  id: string;
  organization_id: string;
  scenario_id: string;
  seat_id: string;
  user_id: string;
  assigned_at: Timestamp;
}

export interface DiagnosticRoundsTable {
  id: string;
  organization_id: string;
  title: string;
  token_hash: string;
  created_by_user_id: string | null;
  created_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface DiagnosticResponsesTable {
  id: string;
  organization_id: string;
  round_id: string;
  team: "sales" | "marketing";
  /** 20 ratings 1–5 as JSON, in statement order; anonymous. */
  ratings: string;
  created_at: Timestamp;
}

export interface CandidateOutcomesTable {
  id: string;
  organization_id: string;
  invitation_id: string;
  /** "rating-6m", "rating-12m", "quota-pct", "retained-12m" or "custom:<name>". */
  measure: string;
  value: number;
  recorded_by_user_id: string | null;
  /** Kept as text so the record still says who entered it after they leave. */
  recorded_by_name: string;
  recorded_at: Timestamp;
}

export type WebhookEventType =
  "invitation.opened" | "assessment.completed" | "decision.recorded" | "candidate.erased";

export interface WebhookEndpointsTable {
  id: string;
  organization_id: string;
  url: string;
  description: string;
  secret: string;
  /** WebhookEventType[] as JSON. */
  events: string;
  status: "active" | "disabled";
  disabled_reason: string | null;
  failing_since: Timestamp | null;
  consecutive_failures: Generated<number>;
  created_by_user_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WebhookDeliveriesTable {
  id: string;
  organization_id: string;
  endpoint_id: string;
  message_id: string;
  event_type: WebhookEventType;
  subject_id: string | null;
  body: string;
  status: "pending" | "delivered" | "failed";
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: Timestamp | null;
  delivered_at: Timestamp | null;
  created_at: Timestamp;
}

export interface WebhookAttemptsTable {
  id: string;
  organization_id: string;
  delivery_id: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  attempted_at: Timestamp;
}

export type ApiKeyScope = "read" | "read-write";

export interface ApiKeysTable {
  id: string;
  organization_id: string;
  /** Chosen by the owner; the actor of every audit row the key causes. */
  name: string;
  scope: ApiKeyScope;
  /** SHA-256 of the key: the key itself is shown once and never stored. */
  key_hash: string;
  /** The key's first characters, so owners can tell keys apart. */
  key_prefix: string;
  created_by_user_id: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** An organization's logo for its candidate emails; the id is random and new on every upload. */
export interface OrganizationLogosTable {
  id: string;
  organization_id: string;
  content_type: "image/png" | "image/jpeg";
  bytes: Uint8Array;
  created_at: Timestamp;
}

/** An organization's own wording of one status email kind (a decision: advance, hold, reject). */
export interface DecisionEmailTemplatesTable {
  id: string;
  organization_id: string;
  kind: Decision;
  subject: string;
  body: string;
  updated_at: Timestamp;
}

export interface Database {
  organization_logos: OrganizationLogosTable;
  decision_email_templates: DecisionEmailTemplatesTable;
  api_keys: ApiKeysTable;
  users: UsersTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  team_invitations: TeamInvitationsTable;
  outbox_messages: OutboxMessagesTable;
  jobs: JobsTable;
  pending_signups: PendingSignupsTable;
  rate_limit_counters: RateLimitCountersTable;
  deleted_links: DeletedLinksTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  app_settings: AppSettingsTable;
  instrument_versions: InstrumentVersionsTable;
  roles: RolesTable;
  candidate_invitations: CandidateInvitationsTable;
  attempts: AttemptsTable;
  answers: AnswersTable;
  attempt_scores: AttemptScoresTable;
  self_identifications: SelfIdentificationsTable;
  candidate_decisions: CandidateDecisionsTable;
  candidate_notes: CandidateNotesTable;
  team_map_entries: TeamMapEntriesTable;
  audit_events: AuditEventsTable;
  org_scenarios: OrgScenariosTable;
  org_seat_assignments: OrgSeatAssignmentsTable;
  diagnostic_rounds: DiagnosticRoundsTable;
  diagnostic_responses: DiagnosticResponsesTable;
  candidate_outcomes: CandidateOutcomesTable;
}

export type User = Selectable<UsersTable>;
