// The installed package: the library entry by its own name, and the armoedetoets command.
import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readExample } from '../src/examples.js';

describe('package', () => {
  it("exposes assess() and its helpers as 'armoedetoets'", async () => {
    const lib = await import('armoedetoets');
    expect(lib.assess).to.be.a('function');
    expect(lib.ArmoedetoetsError).to.be.a('function');
    const a = await lib.assess(readExample('examples/proposals/uitpas-kansentarief.yaml'), { date: '2025-09-01' });
    expect(a.verdict.code).to.equal('favourable');
  });

  it('runs as the armoedetoets command (the built bin)', () => {
    const out = execFileSync(process.execPath, ['dist/cli/main.cjs', 'validate', 'examples/audits/leefloonaanvraag-drempelscan.yaml'], { encoding: 'utf8' });
    expect(out).to.include('Geldig');
  });

  it("reports a server command's bad input as such (exit 2), though the error is made in another bundle", () => {
    // The server's commands are a bundle of their own (dist/cli/server.cjs) with its own copy of
    // ArmoedetoetsError: the command's bundle must still know the error for what it is.
    const dataDir = mkdtempSync(join(tmpdir(), 'armoedetoets-package-'));
    try {
      const r = spawnSync(process.execPath, ['dist/cli/main.cjs', 'user', 'add', '--email', 'geen-adres'], {
        encoding: 'utf8',
        env: { ...process.env, DATA_DIR: dataDir },
      });
      expect(r.stderr).not.to.include('Interne fout');
      expect(r.stderr).to.include('--email: is geen geldig e-mailadres');
      expect(r.status).to.equal(2);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
