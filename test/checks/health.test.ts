// Health: G1–G3 on each side of their conditions and thresholds, and the health trigger.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const health = (h: Record<string, unknown>) => proposal({ screening: { triggers: { health: 'yes' } }, health: h });

describe('health checks', () => {
  it('is not applicable when answered no, or when the life domains leave out welfare and health', async () => {
    expect(await outcomeOf('G2', proposal({ screening: { triggers: { health: 'nee' } } }))).to.equal('not-applicable');
    const domains = (domain: string) => proposal({ screening: { lifeDomains: [{ domain, direction: '-' }] } });
    expect(await outcomeOf('G2', domains('culture-leisure'))).to.equal('not-applicable');
    expect(await outcomeOf('G2', domains('welfare-health')), 'welfare and health may or may not mean care').to.equal('unknown');
    expect(await outcomeOf('G2', proposal())).to.equal('unknown');
  });

  it('G1 passes when nobody on a low income pays up front, is partial at the legal minimum, fails otherwise', async () => {
    expect(await outcomeOf('G1', health({ thirdPartyPayment: 'all-low-income' }))).to.equal('pass');
    expect(await outcomeOf('G1', health({ thirdPartyPayment: 'increased-reimbursement-only' }))).to.equal('partial');
    expect(await outcomeOf('G1', health({ thirdPartyPayment: 'none' }))).to.equal('fail');
    expect(await outcomeOf('G1', health({ thirdPartyPayment: 'unknown' }))).to.equal('unknown');
  });

  it('G2 follows whether the service checks and applies for the increased reimbursement', async () => {
    expect(await outcomeOf('G2', health({ increasedReimbursementChecked: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('G2', health({ increasedReimbursementChecked: 'no' }))).to.equal('fail');
    expect(await outcomeOf('G2', health({}))).to.equal('unknown');
  });

  it('G3 passes up to 4 euro a session, is partial up to 11, fails above or without help', async () => {
    const g3 = (cost: number) => health({ psychologicalSupport: 'yes', psychologicalSupportCostPerSession: cost });
    expect(await outcomeOf('G3', g3(0))).to.equal('pass');
    expect(await outcomeOf('G3', g3(4)), 'boundary').to.equal('pass');
    expect(await outcomeOf('G3', g3(4.01))).to.equal('partial');
    expect(await outcomeOf('G3', g3(11)), 'boundary').to.equal('partial');
    expect(await outcomeOf('G3', g3(11.5))).to.equal('fail');
    expect(await outcomeOf('G3', health({ psychologicalSupport: 'no' }))).to.equal('fail');
    expect(await outcomeOf('G3', health({ psychologicalSupport: 'yes' })), 'cost not given').to.equal('unknown');
  });

  it('G3 cites the dated patient shares it compares with', async () => {
    const c = check(await run(health({ psychologicalSupport: 'yes', psychologicalSupportCostPerSession: 4 })), 'G3');
    expect(c.parameters.map((p) => [p.id, p.value])).to.deep.include.members([
      ['health.psychologicalCost.green', 4],
      ['health.psychologicalCost.max', 11],
    ]);
  });
});
