// Versions: every save of a dossier's input, numbered 1, 2, 3 … and never changed. A version of another
// organisation's dossier, or of a soft-deleted one, is not there.
import { ArmoedetoetsError } from '../../errors.js';
import { inTx, newId, nowIso, sha256, type StoreContext } from '../context.js';
import { VERSION_ORIGINS, type Store, type Version, type VersionOrigin } from '../types.js';

const INFO = [
  'versions.id',
  'versions.dossier_id',
  'versions.number',
  'versions.input_hash',
  'versions.author_id',
  'versions.created_at',
  'versions.origin',
] as const;

type InfoRow = { id: string; dossier_id: string; number: number; input_hash: string; author_id: string; created_at: string; origin: string | null };

const originOf = (o: string | null): VersionOrigin | null => ((VERSION_ORIGINS as readonly string[]).includes(o ?? '') ? (o as VersionOrigin) : null);

function infoOf(r: InfoRow): Omit<Version, 'input'> {
  return {
    id: r.id,
    dossierId: r.dossier_id,
    number: r.number,
    inputHash: r.input_hash,
    authorId: r.author_id,
    createdAt: r.created_at,
    origin: originOf(r.origin),
  };
}

/** The dossier's row, locked for the rest of the transaction on PostgreSQL (SQLite's write lock is already held). */
export async function lockDossier(tx: StoreContext, orgId: string, dossierId: string): Promise<{ latest_version: number } | undefined> {
  return tx.db
    .selectFrom('dossiers')
    .select('latest_version')
    .where('org_id', '=', orgId)
    .where('id', '=', dossierId)
    .where('deleted_at', 'is', null)
    .$if(tx.dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
}

export function versionsRepo(ctx: StoreContext): Store['versions'] {
  const { db } = ctx;
  return {
    add(v) {
      return inTx(ctx, async (tx) => {
        const dossier = await lockDossier(tx, v.orgId, v.dossierId);
        if (!dossier) throw new ArmoedetoetsError('NOT_FOUND', 'Dit dossier bestaat niet.', { data: { dossierId: v.dossierId } });
        if (v.basedOn !== undefined && v.basedOn !== dossier.latest_version)
          throw new ArmoedetoetsError('CONFLICT', 'Er kwam intussen een nieuwere versie van dit dossier.', {
            data: { reason: 'stale-version', basedOn: v.basedOn, latest: dossier.latest_version },
          });
        const at = nowIso(tx);
        const version: Version = {
          id: newId(),
          dossierId: v.dossierId,
          number: dossier.latest_version + 1,
          input: v.input,
          inputHash: sha256(v.input),
          authorId: v.authorId,
          createdAt: at,
          origin: v.origin ?? null,
        };
        await tx.db
          .insertInto('versions')
          .values({
            id: version.id,
            dossier_id: version.dossierId,
            number: version.number,
            input: version.input,
            input_hash: version.inputHash,
            author_id: version.authorId,
            created_at: at,
            origin: version.origin,
          })
          .execute();
        // The new version has no assessment yet: the dossier's verdict waits for one.
        await tx.db
          .updateTable('dossiers')
          .set({ latest_version: version.number, updated_at: at, latest_verdict: null })
          .where('id', '=', v.dossierId)
          .execute();
        return version;
      });
    },

    async get(orgId, dossierId, number) {
      const r = await db
        .selectFrom('versions')
        .innerJoin('dossiers', 'dossiers.id', 'versions.dossier_id')
        .select([...INFO, 'versions.input'])
        .where('dossiers.org_id', '=', orgId)
        .where('dossiers.deleted_at', 'is', null)
        .where('versions.dossier_id', '=', dossierId)
        .where('versions.number', '=', number)
        .executeTakeFirst();
      return r && { ...infoOf(r), input: r.input };
    },

    async list(orgId, dossierId) {
      const rows = await db
        .selectFrom('versions')
        .innerJoin('dossiers', 'dossiers.id', 'versions.dossier_id')
        .select(INFO)
        .where('dossiers.org_id', '=', orgId)
        .where('dossiers.deleted_at', 'is', null)
        .where('versions.dossier_id', '=', dossierId)
        .orderBy('versions.number')
        .execute();
      return rows.map(infoOf);
    },
  };
}
