// The migrations, listed in code (no folder scanning), so that they also run from a bundle. Names sort
// in the order they apply.
import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../types.js';
import { initialMigration } from './0001-initial.js';
import { draftsMigration } from './0002-drafts.js';
import { councilMigration } from './0003-council.js';
import { actionsMigration } from './0004-actions.js';
import { versionOriginMigration } from './0005-version-origin.js';
import { answerCorrectionsMigration } from './0006-answer-corrections.js';
import { draftBaseMigration } from './0007-draft-base.js';

export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
    '0002-drafts': draftsMigration(dialect),
    '0003-council': councilMigration(dialect),
    '0004-actions': actionsMigration(dialect),
    '0005-version-origin': versionOriginMigration(dialect),
    '0006-answer-corrections': answerCorrectionsMigration(dialect),
    '0007-draft-base': draftBaseMigration(dialect),
  };
}

/** The same list for Kysely's own Migrator, should a tool want it. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
