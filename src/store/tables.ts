// The database's tables as Kysely sees them: snake_case columns, the same on SQLite and PostgreSQL.
// Portable types only: text ids, ISO-8601 timestamps as text, JSON documents as the exact text given,
// 0/1 integers for flags, integer counters, binary as blob (SQLite) or bytea (PostgreSQL).
import type { Generated } from 'kysely';
import type { CouncilTables } from './council-tables.js';

export interface OrgsTable {
  id: string;
  slug: string;
  name: string;
  kind: string;
  region: string;
  /** JSON array of language codes. */
  languages: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  /** 0 or 1. */
  platform_admin: number;
  created_at: string;
  disabled_at: string | null;
}

export interface MembershipsTable {
  user_id: string;
  org_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface OneTimeLinksTable {
  token_hash: string;
  purpose: string;
  user_id: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ApiTokensTable {
  id: string;
  org_id: string;
  role: string;
  name: string;
  token_hash: string;
  created_by: string;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface ThrottleTable {
  key: string;
  /** Start of the fixed window the count belongs to (ISO timestamp). */
  window_start: string;
  count: number;
}

export interface OverlaysTable {
  org_id: string;
  version: number;
  /** JSON object: relative path → exact file text. */
  files: string;
  hash: string;
  uploaded_by: string;
  created_at: string;
}

export interface DossiersTable {
  id: string;
  org_id: string;
  kind: string;
  title: string;
  /** The title lower-cased in JavaScript, for the same case-insensitive search on both databases. */
  title_search: string;
  status: string;
  /** JSON array of life domains, as given (deduplicated); dossier_life_domains indexes them. */
  life_domains: string;
  owner_id: string;
  latest_version: number;
  /** Verdict of the newest assessment of the latest version; null when that version has none yet. */
  latest_verdict: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DossierLifeDomainsTable {
  dossier_id: string;
  domain: string;
}

export interface VersionsTable {
  id: string;
  dossier_id: string;
  number: number;
  input: string;
  input_hash: string;
  author_id: string;
  created_at: string;
  /** VersionOrigin, or null for a version someone saved (migration 0005). */
  origin: string | null;
}

export interface AssessmentsTable {
  id: string;
  version_id: string;
  dossier_id: string;
  org_id: string;
  /** 1, 2, 3 … per version: orders assessments made within the same millisecond. */
  seq: number;
  pack_name: string;
  pack_version: string;
  pack_hash: string;
  overlay_version: number | null;
  overlay_hash: string | null;
  reference_date: string;
  result: string;
  result_hash: string;
  verdict: string;
  score_low: number;
  score_high: number;
  created_by: string | null;
  created_at: string;
}

export interface AuditLogTable {
  /** PostgreSQL returns its bigint as a string. */
  id: Generated<number | string>;
  org_id: string | null;
  actor_user_id: string | null;
  actor_token_id: string | null;
  action: string;
  dossier_id: string | null;
  /** JSON object of ids and counts. */
  details: string;
  at: string;
}

export interface RenderedReportsTable {
  key: string;
  content_type: string;
  body: Uint8Array;
  created_at: string;
}

export interface ActionsTable {
  id: string;
  org_id: string;
  dossier_id: string;
  version_id: string;
  check_id: string;
  position: number;
  title: string;
  owner_user_id: string | null;
  owner_name: string | null;
  /** YYYY-MM-DD: sorts and compares as text on both databases. */
  due_date: string | null;
  status: string;
  note: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface DraftsTable {
  id: string;
  org_id: string;
  kind: string;
  /** The dossier the draft will become a version of; null for a new dossier. */
  dossier_id: string | null;
  author_id: string;
  /** The input as filled in so far (JSON text, possibly not valid yet). */
  data: string;
  /** JSON array of the form fields answered "weet ik niet" that the input leaves out. */
  unknowns: string;
  step: string;
  created_at: string;
  updated_at: string;
  /** The dossier's latest version when the draft was started (migration 0007); null for a new dossier. */
  base_version: number | null;
}

export interface MigrationsTable {
  name: string;
  timestamp: string;
}

export interface DB extends CouncilTables {
  orgs: OrgsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  one_time_links: OneTimeLinksTable;
  api_tokens: ApiTokensTable;
  throttle: ThrottleTable;
  overlays: OverlaysTable;
  dossiers: DossiersTable;
  dossier_life_domains: DossierLifeDomainsTable;
  versions: VersionsTable;
  assessments: AssessmentsTable;
  audit_log: AuditLogTable;
  rendered_reports: RenderedReportsTable;
  actions: ActionsTable;
  drafts: DraftsTable;
  kysely_migration: MigrationsTable;
}
