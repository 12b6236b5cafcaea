// The council's work on a dossier (issue 10, section 3): comments on the whole or on one finding, the
// participation group's input, numbered advices (a signed one never changes), the college's answer to
// an advice, and the written feedback to the participants. The same DDL for both databases.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../types.js';

export function councilMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('council_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        // A finding is one check of one assessment; both null: a comment on the dossier as a whole.
        .addColumn('assessment_id', 'text', (c) => c.references('assessments.id'))
        .addColumn('check_id', 'text')
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        // 1, 2, 3 … per dossier: orders comments made within the same millisecond.
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('council_comments_dossier_seq', ['dossier_id', 'seq'])
        .execute();

      await s
        .createTable('council_participation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        // A count, never names.
        .addColumn('participants', 'integer', (c) => c.notNull())
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('expenses_paid', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('on_behalf', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('council_participation_dossier_seq', ['dossier_id', 'seq'])
        .execute();

      await s
        .createTable('council_advices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('conclusion', 'text', (c) => c.notNull())
        .addColumn('recommendations', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('signed_by_user', 'text', (c) => c.references('users.id'))
        .addColumn('signed_by_name', 'text')
        .addColumn('signed_by_role', 'text')
        .addColumn('signed_at', 'text')
        .addUniqueConstraint('council_advices_dossier_number', ['dossier_id', 'number'])
        .execute();
      await s.createIndex('council_advices_org_status').on('council_advices').columns(['org_id', 'status']).execute();

      await s
        .createTable('council_answers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        // One answer per advice.
        .addColumn('advice_id', 'text', (c) => c.notNull().unique().references('council_advices.id'))
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('decided_on', 'text', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('council_feedback')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        // One feedback per advice (and so per answer).
        .addColumn('advice_id', 'text', (c) => c.notNull().unique().references('council_advices.id'))
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('edited_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
