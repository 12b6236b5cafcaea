// Opening a database that is not there or not understood: a STORAGE error that names DATABASE_URL and
// never shows its password. Needs no PostgreSQL: the port it tries is closed.
import { expect } from 'chai';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { openStore, redactUrl } from '../../src/store/open.js';
import { rejectsWith } from './fixtures.js';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('opening the store', () => {
  it('an unreachable PostgreSQL is a STORAGE error naming DATABASE_URL, without the password', async () => {
    const port = await closedPort();
    const url = `postgres://app:Geheim%21wachtwoord@127.0.0.1:${port}/armoedetoets?sslmode=disable`;
    const e = await rejectsWith(openStore({ databaseUrl: url, dataDir: tmpdir() }), 'STORAGE');
    expect(e.message).to.include('DATABASE_URL');
    expect(e.message).to.include(`postgres://app@127.0.0.1:${port}/armoedetoets`);
    expect(e.message).to.not.include('Geheim');
    expect(e.message).to.not.include('wachtwoord');
  });

  it('a DATABASE_URL of another kind is a STORAGE error, without the password', async () => {
    const e = await rejectsWith(openStore({ databaseUrl: 'mysql://root:hunter2@db/x', dataDir: tmpdir() }), 'STORAGE');
    expect(e.message).to.include('DATABASE_URL');
    expect(e.message).to.not.include('hunter2');
  });

  it('redactUrl keeps user, host, port and database, and drops password and query', () => {
    expect(redactUrl('postgresql://u:p%40ss@db.example.be:5433/toets?password=x&sslmode=require')).to.equal('postgresql://u@db.example.be:5433/toets');
    expect(redactUrl('postgres://db/toets')).to.equal('postgres://db/toets');
    expect(redactUrl('::')).to.equal('(onleesbaar)');
  });
});
