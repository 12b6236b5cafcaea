// Drafts of the wizard: an input being filled in, private to its author, not yet a version. The same
// DDL on both databases (text ids and timestamps, the input as exact text).
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../types.js';

export function draftsMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('drafts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        // The dossier the draft will become a new version of; null for a new dossier.
        .addColumn('dossier_id', 'text', (c) => c.references('dossiers.id'))
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('unknowns', 'text', (c) => c.notNull())
        .addColumn('step', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // An author's drafts in one organisation, newest first.
      await db.schema.createIndex('drafts_author').on('drafts').columns(['org_id', 'author_id', 'updated_at']).execute();
    },
  };
}
