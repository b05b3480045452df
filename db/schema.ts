import type { Generated, Insertable, Selectable, Updateable } from "kysely";

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
}

export type MemberRole = "owner" | "manager" | "viewer";

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

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  created_at: Timestamp;
}

export interface OutboxMessagesTable {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: Timestamp;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface Database {
  users: UsersTable;
  organizations: OrganizationsTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  team_invitations: TeamInvitationsTable;
  login_failures: LoginFailuresTable;
  outbox_messages: OutboxMessagesTable;
  app_settings: AppSettingsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Organization = Selectable<OrganizationsTable>;
export type Membership = Selectable<MembershipsTable>;
export type Session = Selectable<SessionsTable>;
export type SessionUpdate = Updateable<SessionsTable>;
export type TeamInvitation = Selectable<TeamInvitationsTable>;
export type OutboxMessage = Selectable<OutboxMessagesTable>;
// Re-exported so callers need only this module for column helpers.
export type { Generated };
