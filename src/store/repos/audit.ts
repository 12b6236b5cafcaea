// The audit trail: append and read, nothing else. There is deliberately no method that changes or
// removes an entry.
import type { Selectable } from 'kysely';
import { clampLimit, decodeCursor, nowIso, toNumber, toPage, type StoreContext } from '../context.js';
import type { AuditLogTable } from '../tables.js';
import type { AuditEntry, Store } from '../types.js';

function toEntry(r: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: toNumber(r.id),
    orgId: r.org_id,
    actorUserId: r.actor_user_id,
    actorTokenId: r.actor_token_id,
    action: r.action,
    dossierId: r.dossier_id,
    details: JSON.parse(r.details) as AuditEntry['details'],
    at: r.at,
  };
}

export function auditRepo(ctx: StoreContext): Store['audit'] {
  const { db } = ctx;
  return {
    async append(e) {
      await db
        .insertInto('audit_log')
        .values({
          org_id: e.orgId,
          actor_user_id: e.actorUserId,
          actor_token_id: e.actorTokenId,
          action: e.action,
          dossier_id: e.dossierId,
          details: JSON.stringify(e.details),
          at: e.at ?? nowIso(ctx),
        })
        .execute();
    },

    async list(orgId, filter, cursor, limit) {
      const n = clampLimit(limit);
      const after = cursor === null ? null : decodeCursor(cursor, ['number'])[0];
      const rows = await db
        .selectFrom('audit_log')
        .selectAll()
        .where('org_id', '=', orgId)
        .$if(filter.dossierId !== undefined, (q) => q.where('dossier_id', '=', filter.dossierId as string))
        .$if(after !== null, (q) => q.where('id', '<', after as number))
        .orderBy('id', 'desc')
        .limit(n + 1)
        .execute();
      return toPage(rows, n, toEntry, (r) => [toNumber(r.id)]);
    },
  };
}
