// Rendered reports (PDF, HTML) kept by the hash of their assessment, language and variant.
import type { StoreContext } from '../context.js';
import type { Store } from '../types.js';

export function reportsRepo(ctx: StoreContext): Store['reports'] {
  const { db } = ctx;
  return {
    async get(key) {
      const r = await db.selectFrom('rendered_reports').selectAll().where('key', '=', key).executeTakeFirst();
      if (!r) return undefined;
      return { key: r.key, contentType: r.content_type, body: Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body), createdAt: r.created_at };
    },

    async put(r) {
      // Two instances rendering the same report at once store identical bytes: the first one stays.
      await db
        .insertInto('rendered_reports')
        .values({
          key: r.key,
          content_type: r.contentType,
          body: Buffer.from(r.body.buffer, r.body.byteOffset, r.body.byteLength),
          created_at: ctx.clock().toISOString(),
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
    },
  };
}
