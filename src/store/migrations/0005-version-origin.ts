// Where a version came from when no one typed it: the council's record taken in as evidence (the
// participation group's input, the final feedback to the participants). Null for a version someone saved
// through the wizard, an upload or the API. One nullable column, the same on both databases.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../types.js';

export function versionOriginMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('versions').addColumn('origin', 'text').execute();
    },
  };
}
