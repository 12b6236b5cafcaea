// The first schema: every table of src/store/tables.ts, with the keys, unique constraints and the
// indexes the list filters use. One DDL for both databases; the two differences (an auto-numbered
// bigint key and the binary type) are chosen by dialect.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../types.js';

export function initialMigration(dialect: Dialect): Migration {
  const binary = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s
        .createTable('orgs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('languages', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await s
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text')
        .addColumn('platform_admin', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();

      await s
        .createTable('memberships')
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'org_id'])
        .execute();
      await s.createIndex('memberships_org').on('memberships').columns(['org_id']).execute();

      await s
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();
      await s.createIndex('sessions_expires').on('sessions').columns(['expires_at']).execute();

      await s
        .createTable('one_time_links')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();

      await s
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
      await s.createIndex('api_tokens_org').on('api_tokens').columns(['org_id', 'created_at']).execute();

      await s
        .createTable('throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('window_start', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .execute();

      await s
        .createTable('overlays')
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('files', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('overlays_pk', ['org_id', 'version'])
        .execute();

      await s
        .createTable('dossiers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('title_search', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('life_domains', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('latest_version', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('latest_verdict', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      // The list walks (updated_at desc, id desc) within one organisation; the filters narrow it.
      await s.createIndex('dossiers_org_updated').on('dossiers').columns(['org_id', 'updated_at', 'id']).execute();
      await s.createIndex('dossiers_org_kind').on('dossiers').columns(['org_id', 'kind', 'updated_at']).execute();
      await s.createIndex('dossiers_org_status').on('dossiers').columns(['org_id', 'status', 'updated_at']).execute();
      await s.createIndex('dossiers_org_verdict').on('dossiers').columns(['org_id', 'latest_verdict', 'updated_at']).execute();

      await s
        .createTable('dossier_life_domains')
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        .addColumn('domain', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dossier_life_domains_pk', ['dossier_id', 'domain'])
        .execute();
      await s.createIndex('dossier_life_domains_domain').on('dossier_life_domains').columns(['domain', 'dossier_id']).execute();

      await s
        .createTable('versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('input_hash', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('versions_dossier_number', ['dossier_id', 'number'])
        .execute();

      await s
        .createTable('assessments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('version_id', 'text', (c) => c.notNull().references('versions.id'))
        .addColumn('dossier_id', 'text', (c) => c.notNull().references('dossiers.id'))
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('pack_name', 'text', (c) => c.notNull())
        .addColumn('pack_version', 'text', (c) => c.notNull())
        .addColumn('pack_hash', 'text', (c) => c.notNull())
        .addColumn('overlay_version', 'integer')
        .addColumn('overlay_hash', 'text')
        .addColumn('reference_date', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('result_hash', 'text', (c) => c.notNull())
        .addColumn('verdict', 'text', (c) => c.notNull())
        .addColumn('score_low', 'double precision', (c) => c.notNull())
        .addColumn('score_high', 'double precision', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('assessments_version_seq', ['version_id', 'seq'])
        .execute();
      await s.createIndex('assessments_dossier').on('assessments').columns(['dossier_id']).execute();

      // Append-only: no foreign keys, so that the log outlives whatever it names.
      await s
        .createTable('audit_log')
        .addColumn('id', dialect === 'postgres' ? 'bigint' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
        )
        .addColumn('org_id', 'text')
        .addColumn('actor_user_id', 'text')
        .addColumn('actor_token_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('dossier_id', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('audit_log_org').on('audit_log').columns(['org_id', 'id']).execute();
      await s.createIndex('audit_log_dossier').on('audit_log').columns(['dossier_id', 'id']).execute();

      await s
        .createTable('rendered_reports')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('content_type', 'text', (c) => c.notNull())
        .addColumn('body', binary, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
