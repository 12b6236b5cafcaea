// The actions of service audits: each action belongs to a service (a dossier) and to the audit (version)
// whose action plan it came from, and addresses one check of it. One action per check and version (the
// unique key makes "create the actions from the plan" safe to do twice). The same DDL on both databases.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../types.js';

export function actionsMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('actions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        .addColumn('version_id', 'text', (c) => c.notNull().references('versions.id'))
        .addColumn('check_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
        .addColumn('owner_name', 'text')
        .addColumn('due_date', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id'))
        .addUniqueConstraint('actions_version_check', ['version_id', 'check_id'])
        .execute();
      await s.createIndex('actions_dossier').on('actions').columns(['dossier_id', 'position']).execute();
      // The dashboard's and the register's overdue counts: open work of one organisation by due date.
      await s.createIndex('actions_org_status_due').on('actions').columns(['org_id', 'status', 'due_date']).execute();
    },
  };
}
