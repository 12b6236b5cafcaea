// The dossier list: filters and cursor pagination over (updated_at desc, id desc).
import { sql } from 'kysely';
import { ArmoedetoetsError } from '../../errors.js';
import { clampLimit, decodeCursor, toPage, type StoreContext } from '../context.js';
import type { DossierFilter, Dossier, Page } from '../types.js';
import { searchText, toDossier } from './dossier-row.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A filter date as a stored timestamp: a date means its midnight (UTC); `updatedTo` with a date
 * means up to the end of that day. Returns the comparison to use.
 */
export function updatedBound(field: 'updatedFrom' | 'updatedTo', value: string): { op: '>=' | '<' | '<='; at: string } {
  const dateOnly = DATE_ONLY.test(value);
  const d = new Date(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(d.getTime())) {
    const message = `${field} is geen datum of tijdstip (verwacht bijvoorbeeld 2026-12-02 of 2026-12-02T07:31:00.000Z).`;
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: field, message }] });
  }
  if (field === 'updatedFrom') return { op: '>=', at: d.toISOString() };
  if (!dateOnly) return { op: '<=', at: d.toISOString() };
  d.setUTCDate(d.getUTCDate() + 1);
  return { op: '<', at: d.toISOString() };
}

/** A LIKE pattern matching `s` anywhere, with LIKE's wildcards in `s` taken literally (escape: !). */
export function containsPattern(s: string): string {
  return `%${searchText(s).replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export async function listDossiers(ctx: StoreContext, orgId: string, filter: DossierFilter, cursor: string | null, limit: number): Promise<Page<Dossier>> {
  const n = clampLimit(limit);
  const after = cursor === null ? null : decodeCursor(cursor, ['string', 'string']);
  const from = filter.updatedFrom === undefined ? null : updatedBound('updatedFrom', filter.updatedFrom);
  const to = filter.updatedTo === undefined ? null : updatedBound('updatedTo', filter.updatedTo);
  let q = ctx.db.selectFrom('dossiers').selectAll().where('org_id', '=', orgId).where('deleted_at', 'is', null);
  if (filter.kind !== undefined) q = q.where('kind', '=', filter.kind);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  if (filter.verdict !== undefined) q = q.where('latest_verdict', '=', filter.verdict);
  const domain = filter.lifeDomain;
  if (domain !== undefined) {
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('dossier_life_domains as l').select('l.domain').whereRef('l.dossier_id', '=', 'dossiers.id').where('l.domain', '=', domain)),
    );
  }
  if (from !== null) q = q.where('updated_at', from.op, from.at);
  if (to !== null) q = q.where('updated_at', to.op, to.at);
  if (filter.search !== undefined && filter.search !== '')
    q = q.where(sql<boolean>`${sql.ref('title_search')} like ${containsPattern(filter.search)} escape '!'`);
  if (after !== null) q = q.where((eb) => eb(eb.refTuple('updated_at', 'id'), '<', eb.tuple(after[0], after[1])));
  const rows = await q
    .orderBy('updated_at', 'desc')
    .orderBy('id', 'desc')
    .limit(n + 1)
    .execute();
  return toPage(rows, n, toDossier, (r) => [r.updated_at, r.id]);
}
