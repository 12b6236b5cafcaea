// A dossier row as the Dossier the Store returns, and the search form of a title.
import type { Selectable } from 'kysely';
import type { SubjectKind, VerdictCode } from '../../types.js';
import type { DossiersTable } from '../tables.js';
import type { Dossier, DossierStatus } from '../types.js';

export function toDossier(r: Selectable<DossiersTable>): Dossier {
  return {
    id: r.id,
    orgId: r.org_id,
    kind: r.kind as SubjectKind,
    title: r.title,
    status: r.status as DossierStatus,
    lifeDomains: JSON.parse(r.life_domains) as string[],
    ownerId: r.owner_id,
    latestVersion: r.latest_version,
    latestVerdict: r.latest_verdict as VerdictCode | null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

/** Lower-cased in JavaScript, so that search is case-insensitive the same way on both databases. */
export const searchText = (s: string): string => s.toLowerCase();
