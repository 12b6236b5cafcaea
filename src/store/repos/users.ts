// Local accounts. E-mail addresses are stored lower-cased and are unique.
import type { Selectable } from 'kysely';
import { conflictOn, newId, nowIso, toNumber, type StoreContext } from '../context.js';
import type { UsersTable } from '../tables.js';
import type { Store, User } from '../types.js';

function toUser(r: Selectable<UsersTable>): User {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    platformAdmin: r.platform_admin === 1,
    createdAt: r.created_at,
    disabledAt: r.disabled_at,
  };
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function usersRepo(ctx: StoreContext): Store['users'] {
  const { db } = ctx;
  return {
    async create(u) {
      const user: User = {
        id: newId(),
        email: normaliseEmail(u.email),
        displayName: u.displayName,
        passwordHash: u.passwordHash,
        platformAdmin: u.platformAdmin,
        createdAt: nowIso(ctx),
        disabledAt: null,
      };
      await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          display_name: user.displayName,
          password_hash: user.passwordHash,
          platform_admin: user.platformAdmin ? 1 : 0,
          created_at: user.createdAt,
          disabled_at: null,
        })
        .execute()
        .catch(conflictOn('email', `Er bestaat al een gebruiker met het e-mailadres ${user.email}.`));
      return user;
    },

    async get(id) {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r && toUser(r);
    },

    async byEmail(email) {
      const r = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
      return r && toUser(r);
    },

    async setPassword(id, passwordHash) {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
    },

    async countActiveAdmins() {
      const r = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .where('platform_admin', '=', 1)
        .where('password_hash', 'is not', null)
        .where('disabled_at', 'is', null)
        .executeTakeFirstOrThrow();
      return toNumber(r.n);
    },

    async setDisabled(id, disabled) {
      // Disabling an account that is already disabled keeps the first date.
      await db
        .updateTable('users')
        .set({ disabled_at: disabled ? nowIso(ctx) : null })
        .where('id', '=', id)
        .$if(disabled, (q) => q.where('disabled_at', 'is', null))
        .execute();
    },
  };
}
