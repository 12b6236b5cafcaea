// The version a draft of a new version was started from, so that the wizard can say when the dossier
// moved on meanwhile (someone else's version, or one the tool made from the council's record) before
// the draft is submitted over it. Null for a draft of a new dossier, and for drafts made before.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../types.js';

export function draftBaseMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('drafts').addColumn('base_version', 'integer').execute();
    },
  };
}
