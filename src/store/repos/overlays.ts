// An organisation's local rule overlay: every upload is a new version, earlier ones stay.
import type { Selectable } from 'kysely';
import { inTx, nowIso, type StoreContext } from '../context.js';
import type { OverlaysTable } from '../tables.js';
import type { Overlay, Store } from '../types.js';

function toInfo(r: Omit<Selectable<OverlaysTable>, 'files'>): Omit<Overlay, 'files'> {
  return { orgId: r.org_id, version: r.version, hash: r.hash, uploadedBy: r.uploaded_by, createdAt: r.created_at };
}

function toOverlay(r: Selectable<OverlaysTable>): Overlay {
  const info = toInfo(r);
  return {
    orgId: info.orgId,
    version: info.version,
    files: JSON.parse(r.files) as Record<string, string>,
    hash: info.hash,
    uploadedBy: info.uploadedBy,
    createdAt: info.createdAt,
  };
}

const INFO = ['org_id', 'version', 'hash', 'uploaded_by', 'created_at'] as const;

export function overlaysRepo(ctx: StoreContext): Store['overlays'] {
  const { db } = ctx;
  return {
    add(o) {
      return inTx(ctx, async (tx) => {
        // PostgreSQL: the organisation's row serialises uploads (SQLite's write lock already does).
        await tx.db
          .selectFrom('orgs')
          .select('id')
          .where('id', '=', o.orgId)
          .$if(tx.dialect === 'postgres', (q) => q.forUpdate())
          .executeTakeFirst();
        const last = await tx.db.selectFrom('overlays').select('version').where('org_id', '=', o.orgId).orderBy('version', 'desc').limit(1).executeTakeFirst();
        const overlay: Overlay = {
          orgId: o.orgId,
          version: (last?.version ?? 0) + 1,
          files: { ...o.files },
          hash: o.hash,
          uploadedBy: o.uploadedBy,
          createdAt: nowIso(tx),
        };
        await tx.db
          .insertInto('overlays')
          .values({
            org_id: overlay.orgId,
            version: overlay.version,
            files: JSON.stringify(overlay.files),
            hash: overlay.hash,
            uploaded_by: overlay.uploadedBy,
            created_at: overlay.createdAt,
          })
          .execute();
        return overlay;
      });
    },

    async latest(orgId) {
      const r = await db.selectFrom('overlays').selectAll().where('org_id', '=', orgId).orderBy('version', 'desc').limit(1).executeTakeFirst();
      return r && toOverlay(r);
    },

    async get(orgId, version) {
      const r = await db.selectFrom('overlays').selectAll().where('org_id', '=', orgId).where('version', '=', version).executeTakeFirst();
      return r && toOverlay(r);
    },

    async list(orgId) {
      const rows = await db.selectFrom('overlays').select(INFO).where('org_id', '=', orgId).orderBy('version').execute();
      return rows.map(toInfo);
    },
  };
}
