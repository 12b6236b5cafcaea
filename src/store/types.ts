// The storage contract of the server: one interface, implemented with Kysely over better-sqlite3
// (embedded default) and over pg (PostgreSQL, several app instances on one database). Everything a
// request needs lives behind it (sessions and login throttling too), never in process memory.
//
// Conventions for every implementation:
// - ids are random UUIDs (text); timestamps are ISO-8601 UTC strings with milliseconds
//   ("2026-12-02T07:31:00.000Z"), which sort as text on both databases;
// - JSON documents (inputs, results, overlay files) are stored as the exact text given, never
//   re-serialised, so a report renders byte-identical years later;
// - every method that changes more than one row runs in one transaction;
// - organisation-scoped reads take the organisation id and return undefined for a row of
//   another organisation (the server answers 404 and never learns it exists).
import type { Lang, SubjectKind, VerdictCode } from '../types.js';
import type { ActionStore } from './actions-types.js';
import type { LinkStore, SessionStore, ThrottleStore } from './auth-types.js';
import type { CouncilStore } from './council-types.js';
import type { DraftStore } from './drafts-types.js';

export * from './actions-types.js';
export * from './auth-types.js';
export * from './council-types.js';
export * from './drafts-types.js';

export type Dialect = 'sqlite' | 'postgres';

/** Roles within one organisation. */
export const ROLES = ['admin', 'council-member', 'council-chair', 'ocmw-staff', 'alderman', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export type OrgKind = 'gemeente' | 'ocmw' | 'cpas' | 'tenant';
export type Region = 'vlaanderen' | 'brussel';

/** Dossier statuses (the pages issue walks them: concept → ingediend → in behandeling → advies vastgesteld → beslist → opgevolgd). */
export const DOSSIER_STATUSES = ['concept', 'submitted', 'in-review', 'advice-adopted', 'decided', 'followed-up', 'closed'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export interface Organisation {
  id: string;
  slug: string;
  name: string;
  kind: OrgKind;
  region: Region;
  /** Working languages, first is the default (a Brussels organisation: ['fr', 'nl'] or ['nl', 'fr']). */
  languages: Lang[];
  createdAt: string;
}

export interface User {
  id: string;
  /** Lower-cased, unique. */
  email: string;
  displayName: string;
  /** argon2id PHC string; null until a password is chosen through a setup/reset link. */
  passwordHash: string | null;
  /** Platform administrator: creates organisations and users (the regional host, the first user). */
  platformAdmin: boolean;
  createdAt: string;
  disabledAt: string | null;
}

export interface Membership {
  userId: string;
  orgId: string;
  role: Role;
  createdAt: string;
}

export interface ApiToken {
  id: string;
  orgId: string;
  role: Role;
  name: string;
  /** sha256 (hex) of the token. */
  tokenHash: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export interface Overlay {
  orgId: string;
  /** 1, 2, 3 … per organisation. */
  version: number;
  /** The overlay's files as uploaded: relative path → exact text. */
  files: Record<string, string>;
  /** The content hash the rule loader gives the overlay. */
  hash: string;
  uploadedBy: string;
  createdAt: string;
}

export interface Dossier {
  id: string;
  orgId: string;
  kind: SubjectKind;
  title: string;
  status: DossierStatus;
  lifeDomains: string[];
  ownerId: string;
  /** Number of the newest version (0 before the first). */
  latestVersion: number;
  /** Verdict of the newest assessment of the latest version; null until that version is assessed. */
  latestVerdict: VerdictCode | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface Version {
  id: string;
  dossierId: string;
  /** 1, 2, 3 … per dossier; immutable once written. */
  number: number;
  /** The input JSON exactly as validated (text). */
  input: string;
  /** sha256 (hex) of `input`. */
  inputHash: string;
  authorId: string;
  createdAt: string;
  /** Null for a version someone saved; otherwise the council's record it took in as evidence. */
  origin: VersionOrigin | null;
}

/**
 * A version the tool made from the council's record, so that the engine's participation checks count it:
 * the participation group's input (a participation moment) or the final feedback to the participants (PA7).
 */
export type VersionOrigin = 'council-participation' | 'council-feedback';
export const VERSION_ORIGINS: readonly VersionOrigin[] = ['council-participation', 'council-feedback'];

export interface StoredAssessment {
  id: string;
  versionId: string;
  dossierId: string;
  orgId: string;
  packName: string;
  packVersion: string;
  packHash: string;
  overlayVersion: number | null;
  overlayHash: string | null;
  referenceDate: string;
  /** The engine's full result (the CLI's --format json), exact text. */
  result: string;
  /** sha256 (hex) of `result`: the key of rendered reports. */
  resultHash: string;
  verdict: VerdictCode;
  scoreLow: number;
  scoreHigh: number;
  /** A user id, or null when made by `reassess`. */
  createdBy: string | null;
  createdAt: string;
}

export interface AuditEntry {
  id: number;
  orgId: string | null;
  actorUserId: string | null;
  actorTokenId: string | null;
  /** e.g. "dossier.create", "version.add", "dossier.delete", "login.ok", "login.failed", "token.revoke". */
  action: string;
  dossierId: string | null;
  /** Ids and counts only: never input texts, passwords or tokens. */
  details: Record<string, string | number | boolean | null>;
  at: string;
}

export interface RenderedReport {
  key: string;
  contentType: string;
  body: Uint8Array;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Null on the last page. */
  nextCursor: string | null;
}

export interface DossierFilter {
  kind?: SubjectKind;
  status?: DossierStatus;
  /** Verdict of the latest assessment of the latest version. */
  verdict?: VerdictCode;
  lifeDomain?: string;
  /** Updated on or after / before (ISO date or timestamp); a date as `updatedTo` includes that whole day (UTC). */
  updatedFrom?: string;
  updatedTo?: string;
  /** Case-insensitive substring of the title. */
  search?: string;
}

/** What a caller gives to store an assessment; the store adds the id, the version's dossier and organisation, the result's hash and the time. */
export type NewAssessment = Omit<StoredAssessment, 'id' | 'dossierId' | 'orgId' | 'resultHash' | 'createdAt'>;

export interface Store {
  readonly dialect: Dialect;

  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Names of migrations not yet applied (readiness: none). */
  pendingMigrations(): Promise<string[]>;
  /** Throws when the database cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Runs `fn` in one transaction with a store bound to it (nested calls join the outer one). Inside
   * `fn`, use only `tx`: the outer store is outside the transaction, and on SQLite it waits for the
   * transaction's end (one connection), which then never comes.
   */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;

  orgs: {
    /** A slug already taken: ArmoedetoetsError CONFLICT (issue path "slug"). */
    create(o: Omit<Organisation, 'id' | 'createdAt'>): Promise<Organisation>;
    get(id: string): Promise<Organisation | undefined>;
    bySlug(slug: string): Promise<Organisation | undefined>;
    list(): Promise<Organisation[]>;
    update(id: string, patch: Partial<Pick<Organisation, 'name' | 'languages'>>): Promise<void>;
  };

  users: {
    /** An e-mail address already taken: ArmoedetoetsError CONFLICT (issue path "email"). */
    create(u: { email: string; displayName: string; passwordHash: string | null; platformAdmin: boolean }): Promise<User>;
    get(id: string): Promise<User | undefined>;
    byEmail(email: string): Promise<User | undefined>;
    setPassword(id: string, passwordHash: string): Promise<void>;
    /** Platform administrators with a password (0 → the server prints a setup link). */
    countActiveAdmins(): Promise<number>;
    setDisabled(id: string, disabled: boolean): Promise<void>;
  };

  memberships: {
    /** Adds or changes the user's role in the organisation. */
    set(userId: string, orgId: string, role: Role): Promise<void>;
    remove(userId: string, orgId: string): Promise<void>;
    roleIn(userId: string, orgId: string): Promise<Role | undefined>;
    forUser(userId: string): Promise<Membership[]>;
    forOrg(orgId: string): Promise<(Membership & { email: string; displayName: string })[]>;
  };

  /** Login sessions (auth-types.ts). */
  sessions: SessionStore;

  /** One-time links that set a password (auth-types.ts). */
  links: LinkStore;

  tokens: {
    create(t: Omit<ApiToken, 'id' | 'createdAt' | 'revokedAt' | 'lastUsedAt'>): Promise<ApiToken>;
    /** Undefined when absent or revoked. */
    byHash(tokenHash: string): Promise<ApiToken | undefined>;
    markUsed(id: string, now: string): Promise<void>;
    revoke(orgId: string, id: string, now: string): Promise<boolean>;
    list(orgId: string): Promise<ApiToken[]>;
  };

  /** Hit counters per key and time window: login throttling and rate limits (auth-types.ts). */
  throttle: ThrottleStore;

  overlays: {
    /** Stores a new version (previous versions stay). */
    add(o: Omit<Overlay, 'version' | 'createdAt'>): Promise<Overlay>;
    latest(orgId: string): Promise<Overlay | undefined>;
    get(orgId: string, version: number): Promise<Overlay | undefined>;
    list(orgId: string): Promise<Omit<Overlay, 'files'>[]>;
  };

  dossiers: {
    create(d: { orgId: string; kind: SubjectKind; title: string; status?: DossierStatus; lifeDomains: string[]; ownerId: string }): Promise<Dossier>;
    get(orgId: string, id: string): Promise<Dossier | undefined>;
    /** Newest first (updatedAt, then id); at most 100 per page. A cursor or date that is not one: ArmoedetoetsError INPUT_INVALID. */
    list(orgId: string, filter: DossierFilter, cursor: string | null, limit: number): Promise<Page<Dossier>>;
    update(orgId: string, id: string, patch: Partial<Pick<Dossier, 'title' | 'status' | 'lifeDomains'>>): Promise<boolean>;
    /**
     * Soft delete (only administrators may; the caller checks and writes the audit entry in the same
     * transaction). The dossier, its versions and assessments then disappear from every read.
     */
    softDelete(orgId: string, id: string, now: string): Promise<boolean>;
    /** Ids of dossiers not deleted and not closed, in every organisation (reassess). */
    openIds(): Promise<{ orgId: string; id: string }[]>;
  };

  versions: {
    /**
     * Appends version latestVersion+1 and bumps the dossier's latestVersion and updatedAt, in one
     * transaction. A dossier not in this organisation, or deleted: ArmoedetoetsError NOT_FOUND.
     */
    add(v: {
      orgId: string;
      dossierId: string;
      input: string;
      authorId: string;
      origin?: VersionOrigin;
      /**
       * The latest version the input was made from: when another version was added meanwhile, nothing is
       * written and ArmoedetoetsError CONFLICT with data.reason 'stale-version' is thrown (read again, retry).
       */
      basedOn?: number;
    }): Promise<Version>;
    get(orgId: string, dossierId: string, number: number): Promise<Version | undefined>;
    list(orgId: string, dossierId: string): Promise<Omit<Version, 'input'>[]>;
  };

  assessments: {
    /**
     * The organisation and dossier come from the version: read the version with versions.get(orgId, …)
     * first. Sets the dossier's verdict when the version is its latest. Unknown version: NOT_FOUND.
     */
    add(a: NewAssessment): Promise<StoredAssessment>;
    get(orgId: string, id: string): Promise<StoredAssessment | undefined>;
    /** Newest assessment of a version. */
    latestForVersion(orgId: string, versionId: string): Promise<StoredAssessment | undefined>;
    /** Oldest first: by version number, then in the order they were made. */
    listForDossier(orgId: string, dossierId: string): Promise<Omit<StoredAssessment, 'result'>[]>;
  };

  audit: {
    append(e: Omit<AuditEntry, 'id' | 'at'> & { at?: string }): Promise<void>;
    /** Newest first; at most 100 per page; a bad cursor: INPUT_INVALID. */
    list(orgId: string, filter: { dossierId?: string }, cursor: string | null, limit: number): Promise<Page<AuditEntry>>;
  };

  /** The actions of the service audits' action plans (actions-types.ts). */
  actions: ActionStore;

  /** The wizard's drafts (drafts-types.ts). */
  drafts: DraftStore;

  reports: {
    get(key: string): Promise<RenderedReport | undefined>;
    /** Stores a rendered report; a second put of the same key keeps the first. */
    put(r: Omit<RenderedReport, 'createdAt'>): Promise<void>;
  };

  /** The council's work on a dossier: comments, participation input, advices, answers, feedback (council-types.ts). */
  council: CouncilStore;
}
