// The server's settings from the environment: documented defaults, and one Dutch line naming the variable for a wrong value.
import { expect } from 'chai';
import { parseConfig } from '../../src/server/config.js';
import { isArmoedetoetsError } from '../../src/errors.js';

function refused(env: Record<string, string>): { code: string; message: string } {
  try {
    parseConfig(env, '/srv/app');
  } catch (e) {
    if (!isArmoedetoetsError(e)) throw e;
    return { code: e.code, message: e.message };
  }
  throw new Error(`accepted: ${JSON.stringify(env)}`);
}

describe('server configuration', () => {
  it('has the documented defaults', () => {
    const c = parseConfig({}, '/srv/app');
    expect(c).to.deep.equal({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/app/data',
      databaseUrl: null,
      sessionSecret: null,
      trustProxy: false,
      pdfConcurrency: 2,
      logLevel: 'info',
      publicUrl: 'http://127.0.0.1:3000',
      publicRateLimit: 120,
      assessWorkers: null,
    });
  });

  it('reads every variable', () => {
    const c = parseConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: 'var/at',
        DATABASE_URL: 'postgres://at:geheim@db:5432/armoedetoets',
        SESSION_SECRET: 'x'.repeat(40),
        TRUST_PROXY: 'loopback, 10.0.0.0/8',
        PDF_CONCURRENCY: '4',
        LOG_LEVEL: 'warn',
        PUBLIC_URL: 'https://toets.example.be/',
        PUBLIC_RATE_LIMIT: '0',
        ASSESS_WORKERS: '3',
      },
      '/srv/app',
    );
    expect(c.port).to.equal(8080);
    expect(c.host).to.equal('0.0.0.0');
    expect(c.dataDir).to.equal('/srv/app/var/at');
    expect(c.databaseUrl).to.equal('postgres://at:geheim@db:5432/armoedetoets');
    expect(c.sessionSecret).to.equal('x'.repeat(40));
    expect(c.trustProxy).to.equal('loopback, 10.0.0.0/8');
    expect(c.pdfConcurrency).to.equal(4);
    expect(c.logLevel).to.equal('warn');
    expect(c.publicUrl).to.equal('https://toets.example.be');
    expect(c.publicRateLimit).to.equal(0);
    expect(c.assessWorkers).to.equal(3);
  });

  it('takes an empty value as unset, a hop count or true for TRUST_PROXY, and a reachable PUBLIC_URL for 0.0.0.0', () => {
    expect(parseConfig({ PORT: '', LOG_LEVEL: '' }, '/x').port).to.equal(3000);
    expect(parseConfig({ TRUST_PROXY: '1' }, '/x').trustProxy).to.equal(1);
    expect(parseConfig({ TRUST_PROXY: 'true' }, '/x').trustProxy).to.equal(true);
    expect(parseConfig({ HOST: '0.0.0.0', PORT: '80' }, '/x').publicUrl).to.equal('http://localhost:80');
    expect(parseConfig({ HOST: '::1' }, '/x').publicUrl).to.equal('http://[::1]:3000');
  });

  const wrong: [Record<string, string>, string][] = [
    [{ PORT: 'abc' }, 'PORT moet een geheel getal tussen 1 en 65535 zijn, niet "abc"'],
    [{ PORT: '70000' }, 'PORT moet een geheel getal tussen 1 en 65535 zijn, niet "70000"'],
    [{ PORT: '0' }, 'PORT moet een geheel getal tussen 1 en 65535 zijn, niet "0"'],
    [{ PDF_CONCURRENCY: '2.5' }, 'PDF_CONCURRENCY moet een geheel getal tussen 1 en 32 zijn, niet "2.5"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL moet een van fatal, error, warn, info, debug, trace, silent zijn, niet "loud"'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY moet true, false'],
    [{ TRUST_PROXY: '10.0.0.0/99' }, 'TRUST_PROXY moet'],
    [{ HOST: 'my host' }, 'HOST moet een hostnaam of IP-adres zijn, niet "my host"'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL moet een adres zijn dat begint met http:// of https://'],
    [{ SESSION_SECRET: 'kort' }, 'SESSION_SECRET moet minstens 32 tekens lang zijn (nu 4)'],
    [{ PUBLIC_RATE_LIMIT: '-1' }, 'PUBLIC_RATE_LIMIT moet een geheel getal'],
    [{ ASSESS_WORKERS: '65' }, 'ASSESS_WORKERS moet een geheel getal tussen 0 en 64 zijn, niet "65"'],
  ];
  for (const [env, start] of wrong) {
    it(`refuses ${JSON.stringify(env)} with one line naming the variable`, () => {
      const { code, message } = refused(env);
      expect(code).to.equal('CONFIG_INVALID');
      expect(message.startsWith(start), message).to.equal(true);
      expect(message).not.to.include('\n');
    });
  }

  it('names DATABASE_URL without echoing its password', () => {
    const { message } = refused({ DATABASE_URL: 'mysql://root:supergeheim@db/x' });
    expect(message).to.match(/^DATABASE_URL moet een PostgreSQL-adres zijn/);
    expect(message).not.to.include('supergeheim');
    expect(refused({ SESSION_SECRET: 'geheim-maar-te-kort' }).message).not.to.include('geheim-maar');
  });
});
