// The college's answer may be corrected (a wrong reason, a response mistyped) until the feedback to the
// participants is final. The answer keeps its id; every earlier content goes into council_answer_history
// with who replaced it, when and why, so that nothing recorded is lost. The same DDL on both databases.
import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../types.js';

export function answerCorrectionsMigration(_dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const s = db.schema;
      await s.alterTable('council_answers').addColumn('corrected_by', 'text').execute();
      await s.alterTable('council_answers').addColumn('corrected_at', 'text').execute();
      await s
        .createTable('council_answer_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
        .addColumn('answer_id', 'text', (c) => c.notNull().references('council_answers.id'))
        .addColumn('decision', 'text', (c) => c.notNull())
        .addColumn('decided_on', 'text', (c) => c.notNull())
        .addColumn('items', 'text', (c) => c.notNull())
        // Who recorded (or last corrected) the content kept here, and when.
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addColumn('replaced_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('replaced_at', 'text', (c) => c.notNull())
        .addColumn('why', 'text', (c) => c.notNull())
        .execute();
      await s.createIndex('council_answer_history_answer').on('council_answer_history').columns(['answer_id', 'replaced_at']).execute();
    },
  };
}
