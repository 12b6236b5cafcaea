// The server's shell commands through the CLI: db migrate, user add (a link, never a password), serve's config error.
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { cliWith } from '../cli-io.js';

describe('server commands in the CLI', function () {
  this.timeout(60_000);
  let root: string;
  let env: Record<string, string>;
  const run = (...argv: string[]) => cliWith({ env, cwd: root }, ...argv);

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'armoedetoets-cli-server-'));
    env = { DATA_DIR: 'data', PUBLIC_URL: 'https://toets.example.be' };
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('db migrate applies the migrations once, then says the database is up to date', async () => {
    const first = await run('db', 'migrate');
    expect(first.code, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/^\d+ migraties? uitgevoerd\.\n$/);
    const again = await run('db', 'migrate', '--lang', 'en');
    expect(again.stdout).to.equal('The database is up to date: no migrations to apply.\n');
  });

  it('user add makes a user without a password and prints a single-use link to choose one', async () => {
    const r = await run('user', 'add', '--email', 'Schepen@Voorbeeld.be', '--name', 'Sam Schepen', '--platform-admin');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.match(
      /^Gebruiker schepen@voorbeeld\.be aangemaakt\. Open binnen 24 uur https:\/\/toets\.example\.be\/reset\?token=[A-Za-z0-9_-]{43} om een wachtwoord te kiezen\.\n$/,
    );
    const store = await openStore({ databaseUrl: null, dataDir: join(root, 'data') });
    try {
      const u = await store.users.byEmail('schepen@voorbeeld.be');
      expect(u).to.include({ displayName: 'Sam Schepen', platformAdmin: true, passwordHash: null });
      await store.orgs.create({ slug: 'heikant', name: 'Gemeente Heikant', kind: 'gemeente', region: 'vlaanderen', languages: ['nl'] });
    } finally {
      await store.close();
    }
  });

  it('user add puts an existing user in an organisation with a role, and refuses what it cannot do', async () => {
    const member = await run('user', 'add', '--email', 'schepen@voorbeeld.be', '--name', 'Sam', '--org', 'heikant', '--role', 'alderman');
    expect(member.code, member.stderr).to.equal(0);
    expect(member.stdout).to.equal('schepen@voorbeeld.be is nu alderman in heikant.\n');
    const exists = await run('user', 'add', '--email', 'schepen@voorbeeld.be', '--name', 'Sam');
    expect(exists.code).to.equal(2);
    expect(exists.stderr).to.include('Er bestaat al een gebruiker schepen@voorbeeld.be');
    const noOrg = await run('user', 'add', '--email', 'a@voorbeeld.be', '--name', 'A', '--org', 'nergens', '--role', 'admin');
    expect(noOrg.code).to.equal(2);
    expect(noOrg.stderr).to.include('Geen organisatie met de korte naam "nergens"');
    const badRole = await run('user', 'add', '--email', 'a@voorbeeld.be', '--name', 'A', '--org', 'heikant', '--role', 'koning');
    expect(badRole.code).to.equal(2);
    const badEmail = await run('user', 'add', '--email', 'geen-adres', '--name', 'A');
    expect(badEmail.code).to.equal(2);
    expect(badEmail.stderr).to.include('--email: is geen geldig e-mailadres');
    const noName = await run('user', 'add', '--email', 'c@voorbeeld.be');
    expect(noName.code).to.equal(2);
    expect(noName.stderr).to.include('--name: ontbreekt');
    // a password on the command line would end up in the shell's history: there is no such option
    const withPassword = await run('user', 'add', '--email', 'b@voorbeeld.be', '--name', 'B', '--password', 'geheim-geheim');
    expect(withPassword.code).to.equal(2);
    expect(withPassword.stderr).not.to.include('geheim-geheim');
  });

  it('serve stops at a wrong setting with one Dutch line, exit 2; an unknown subcommand shows the usage', async () => {
    const r = await cliWith({ env: { PORT: '99999' }, cwd: root }, 'serve');
    expect(r.code).to.equal(2);
    expect(r.stderr).to.equal('PORT moet een geheel getal tussen 1 en 65535 zijn, niet "99999"\n');
    const bad = await run('db', 'drop');
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.include('armoedetoets db migrate');
  });
});
