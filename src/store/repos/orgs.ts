// Organisations: a municipality, an OCMW, a Brussels CPAS or a regional host's tenant.
import type { Selectable } from 'kysely';
import type { Lang } from '../../types.js';
import { conflictOn, newId, nowIso, type StoreContext } from '../context.js';
import type { OrgsTable } from '../tables.js';
import type { Organisation, OrgKind, Region, Store } from '../types.js';

function toOrg(r: Selectable<OrgsTable>): Organisation {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    kind: r.kind as OrgKind,
    region: r.region as Region,
    languages: JSON.parse(r.languages) as Lang[],
    createdAt: r.created_at,
  };
}

export function orgsRepo(ctx: StoreContext): Store['orgs'] {
  const { db } = ctx;
  return {
    async create(o) {
      const org: Organisation = { ...o, languages: [...o.languages], id: newId(), createdAt: nowIso(ctx) };
      await db
        .insertInto('orgs')
        .values({
          id: org.id,
          slug: org.slug,
          name: org.name,
          kind: org.kind,
          region: org.region,
          languages: JSON.stringify(org.languages),
          created_at: org.createdAt,
        })
        .execute()
        .catch(conflictOn('slug', `Er bestaat al een organisatie met de korte naam "${o.slug}".`));
      return org;
    },

    async get(id) {
      const r = await db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toOrg(r);
    },

    async bySlug(slug) {
      const r = await db.selectFrom('orgs').selectAll().where('slug', '=', slug).executeTakeFirst();
      return r && toOrg(r);
    },

    async list() {
      const rows = await db.selectFrom('orgs').selectAll().orderBy('name').orderBy('id').execute();
      return rows.map(toOrg);
    },

    async update(id, patch) {
      const set: { name?: string; languages?: string } = {};
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.languages !== undefined) set.languages = JSON.stringify(patch.languages);
      if (Object.keys(set).length === 0) return;
      await db.updateTable('orgs').set(set).where('id', '=', id).execute();
    },
  };
}
