// The installed package: the library entry by its own name, and the armoedetoets command.
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
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
});
