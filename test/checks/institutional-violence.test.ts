// Institutional violence (Bruss'help masterplan, axis 4): sanctions (TR8), home and control visits (TR9), paternalism (TR10).
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const trust = (t: Record<string, unknown>) => proposal({ trust: t });

describe('institutional violence checks (TR8–TR10)', () => {
  it('TR8 is not applicable without sanctions, and unknown when nobody said whether there are any', async () => {
    expect(await outcomeOf('TR8', trust({ sanctions: { used: 'no' } }))).to.equal('not-applicable');
    expect(await outcomeOf('TR8', trust({}))).to.equal('unknown');
  });

  it('TR8 passes with a hearing first and graduated sanctions, is partial with one, fails with none', async () => {
    expect(await outcomeOf('TR8', trust({ sanctions: { used: 'yes', hearingBefore: 'yes', proportionate: 'yes' } }))).to.equal('pass');
    expect(await outcomeOf('TR8', trust({ sanctions: { used: 'yes', hearingBefore: 'yes', proportionate: 'no' } }))).to.equal('partial');
    expect(await outcomeOf('TR8', trust({ sanctions: { used: 'yes', hearingBefore: 'no', proportionate: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('TR8', trust({ sanctions: { used: 'yes', hearingBefore: 'no', proportionate: 'unknown' } }))).to.equal('unknown');
  });

  it('TR9 asks announced visits limited to what the decision needs, not the absence of visits', async () => {
    expect(await outcomeOf('TR9', trust({ controlVisits: { used: 'no' } }))).to.equal('not-applicable');
    expect(await outcomeOf('TR9', trust({ controlVisits: { used: 'yes', announced: 'yes', limitedToNeeded: 'yes' } }))).to.equal('pass');
    expect(await outcomeOf('TR9', trust({ controlVisits: { used: 'yes', announced: 'yes', limitedToNeeded: 'no' } }))).to.equal('partial');
    expect(await outcomeOf('TR9', trust({ controlVisits: { used: 'yes', announced: 'no', limitedToNeeded: 'no' } }))).to.equal('fail');
  });

  it('TR10 fails on conditions the law does not ask when the user does not choose either', async () => {
    expect(await outcomeOf('TR10', trust({ paternalism: { conditionsOnLife: 'no', userChooses: 'yes' } }))).to.equal('pass');
    expect(await outcomeOf('TR10', trust({ paternalism: { conditionsOnLife: 'yes', userChooses: 'yes' } }))).to.equal('partial');
    expect(await outcomeOf('TR10', trust({ paternalism: { conditionsOnLife: 'yes', userChooses: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('TR10', trust({ paternalism: { conditionsOnLife: 'yes' } }))).to.equal('unknown');
  });

  it('the three checks belong to the trust dimension and cite the masterplan axis on institutional violence', async () => {
    const a = await run(trust({ sanctions: { used: 'yes', hearingBefore: 'no', proportionate: 'no' } }), { lang: 'fr' });
    for (const id of ['TR8', 'TR9', 'TR10']) {
      const c = check(a, id);
      expect(c.dimension).to.equal('trust');
      expect(
        c.sources.some((s) => s.title.startsWith("Bruss'help (2024)") && s.titles?.fr?.includes("violence et l'injustice institutionnelles")),
        id,
      ).to.equal(true);
    }
    expect(check(a, 'TR8').title).to.match(/^Sanctions proportionnées/);
  });
});
