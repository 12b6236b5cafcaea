// The server's shell commands: `armoedetoets serve`, `armoedetoets db migrate`, `armoedetoets user add …`.
// Loaded by the CLI only for these commands (src/cli/commands/server.ts), never for an assessment.
import { parseArgs } from 'node:util';
import { ArmoedetoetsError } from '../errors.js';
import { ROLES, type Role } from '../store/types.js';
import { LANGS, type Lang } from '../types.js';
import { createLink } from './auth/links.js';
import { openServerStore, type Output } from './bootstrap.js';
import { Fields } from './http/fields.js';
import { serve } from './main.js';
import { sm } from './messages/index.js';
import { reassessCommand } from './services/reassess-command.js';

export const SERVER_COMMANDS: readonly string[] = ['serve', 'db', 'user', 'reassess'];

export interface ServerCommandIO extends Output {
  env: Record<string, string | undefined>;
  cwd: string;
}

function usage(message: string): ArmoedetoetsError {
  return new ArmoedetoetsError('USAGE', message, { issues: [{ path: 'argumenten', message }] });
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string', short: 'l' },
        email: { type: 'string' },
        name: { type: 'string' },
        org: { type: 'string' },
        role: { type: 'string' },
        'platform-admin': { type: 'boolean' },
      },
    });
  } catch (e) {
    throw usage((e as Error).message.split('\n')[0] ?? String(e));
  }
}

async function migrate(io: ServerCommandIO, lang: Lang): Promise<number> {
  const { store } = await openServerStore(io.env, io.cwd, 'stderr');
  try {
    const applied = await store.migrate();
    io.stdout((applied.length === 0 ? sm(lang, 'upToDate') : sm(lang, 'migrated', { count: applied.length })) + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

/** A user made from the shell: never a password on the command line, a single-use link to choose one instead. */
async function userAdd(io: ServerCommandIO, lang: Lang, values: ReturnType<typeof parse>['values']): Promise<number> {
  // Problems are named by the option the person typed (--email, --name), not by a field of the API.
  const f = new Fields({ '--email': values.email, '--name': values.name }, lang);
  const email = f.email('--email');
  const displayName = f.text('--name');
  f.done();
  if ((values.org === undefined) !== (values.role === undefined)) throw usage(sm(lang, 'roleNeedsOrg'));
  if (values.role !== undefined && !ROLES.includes(values.role as Role)) throw usage(`--role: ${sm(lang, 'fieldChoice', { values: ROLES.join(', ') })}`);
  const { config, store } = await openServerStore(io.env, io.cwd, 'stderr');
  try {
    await store.migrate();
    const org = values.org === undefined ? undefined : await store.orgs.bySlug(values.org);
    if (values.org !== undefined && !org) throw usage(sm(lang, 'orgUnknown', { org: values.org }));
    const existing = await store.users.byEmail(email);
    if (existing) {
      if (!org || values['platform-admin']) throw usage(sm(lang, 'userExists', { email }));
      await store.transaction(async (tx) => {
        await tx.memberships.set(existing.id, org.id, values.role as Role);
        await tx.audit.append({
          orgId: org.id,
          actorUserId: null,
          actorTokenId: null,
          action: 'member.set',
          dossierId: null,
          details: { userId: existing.id, role: values.role as Role, via: 'cli' },
        });
      });
      io.stdout(sm(lang, 'membershipSet', { email, role: values.role as Role, org: org.slug }) + '\n');
      return 0;
    }
    const link = await store.transaction(async (tx) => {
      const user = await tx.users.create({ email, displayName, passwordHash: null, platformAdmin: values['platform-admin'] === true });
      if (org) await tx.memberships.set(user.id, org.id, values.role as Role);
      await tx.audit.append({
        orgId: org?.id ?? null,
        actorUserId: null,
        actorTokenId: null,
        action: 'user.create',
        dossierId: null,
        details: { userId: user.id, via: 'cli' },
      });
      return createLink(tx, config.publicUrl, { purpose: 'reset', userId: user.id, createdBy: null }, new Date());
    });
    io.stdout(sm(lang, 'userAdded', { email, url: link.url }) + '\n');
    return 0;
  } finally {
    await store.close();
  }
}

/** Runs one server command; usage errors are thrown (the CLI prints them, exit 2). */
export async function runServerCommand(argv: string[], io: ServerCommandIO): Promise<number> {
  const { values, positionals } = parse(argv);
  const lang = (values.lang ?? 'nl') as Lang;
  if (!LANGS.includes(lang)) throw usage(`--lang moet nl, fr of en zijn, niet "${values.lang}"`);
  const [cmd, sub, ...rest] = positionals;
  const extra = cmd === 'serve' || cmd === 'reassess' ? [sub, ...rest] : rest;
  if (extra.some((x) => x !== undefined)) throw usage(sm(lang, 'serverUsage'));
  if (cmd === 'serve') return serve(io.env, io.cwd, io, lang);
  if (cmd === 'db' && sub === 'migrate') return migrate(io, lang);
  if (cmd === 'user' && sub === 'add') return userAdd(io, lang, values);
  if (cmd === 'reassess') return reassessCommand(io, lang);
  throw usage(sm(lang, 'serverUsage'));
}
