// One Store from the repositories, bound to the database or to one transaction.
import { sql } from 'kysely';
import { inTx, type StoreContext } from './context.js';
import { migrate, pendingMigrations } from './migrate.js';
import { actionsRepo } from './repos/actions.js';
import { assessmentsRepo } from './repos/assessments.js';
import { auditRepo } from './repos/audit.js';
import { councilRepo } from './repos/council.js';
import { dossiersRepo } from './repos/dossiers.js';
import { draftsRepo } from './repos/drafts.js';
import { linksRepo } from './repos/links.js';
import { membershipsRepo } from './repos/memberships.js';
import { orgsRepo } from './repos/orgs.js';
import { overlaysRepo } from './repos/overlays.js';
import { reportsRepo } from './repos/reports.js';
import { sessionsRepo } from './repos/sessions.js';
import { throttleRepo } from './repos/throttle.js';
import { tokensRepo } from './repos/tokens.js';
import { usersRepo } from './repos/users.js';
import { versionsRepo } from './repos/versions.js';
import type { Store } from './types.js';

export interface Lifecycle {
  /** Turns a failed ping into the STORAGE error that names the database. */
  unreachable(cause: unknown): Error;
  close(): Promise<void>;
}

export function createStore(ctx: StoreContext, life: Lifecycle): Store {
  const store: Store = {
    dialect: ctx.dialect,
    migrate: () => migrate(ctx),
    pendingMigrations: () => pendingMigrations(ctx),
    async ping() {
      try {
        await sql`select 1`.execute(ctx.db);
      } catch (e) {
        throw life.unreachable(e);
      }
    },
    close: () => life.close(),
    // Nested calls join the outer transaction: `inTx` hands back this store's own context then.
    transaction: (fn) => inTx(ctx, (tx) => fn(tx === ctx ? store : createStore(tx, life))),
    orgs: orgsRepo(ctx),
    users: usersRepo(ctx),
    memberships: membershipsRepo(ctx),
    sessions: sessionsRepo(ctx),
    links: linksRepo(ctx),
    tokens: tokensRepo(ctx),
    throttle: throttleRepo(ctx),
    overlays: overlaysRepo(ctx),
    dossiers: dossiersRepo(ctx),
    versions: versionsRepo(ctx),
    assessments: assessmentsRepo(ctx),
    audit: auditRepo(ctx),
    reports: reportsRepo(ctx),
    actions: actionsRepo(ctx),
    council: councilRepo(ctx),
    drafts: draftsRepo(ctx),
  };
  return store;
}
