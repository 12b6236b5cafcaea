// Trust: TR1–TR7 on each side of their conditions, TR5's extra demand when controls are added, and the trigger.
import { expect } from 'chai';
import { outcomeOf, proposal, run } from '../helpers.js';

const trust = (t: Record<string, unknown>) => proposal({ trust: t });
const markers = (separateQueue: string, recognisableCardOrVoucher: string, namedLists: string) =>
  trust({ visibleMarkers: { separateQueue, recognisableCardOrVoucher, namedLists } });

describe('trust checks', () => {
  it('TR1 passes only when no visible marker exists', async () => {
    expect(await outcomeOf('TR1', markers('no', 'nee', 'no'))).to.equal('pass');
    expect(await outcomeOf('TR1', markers('no', 'yes', 'no'))).to.equal('fail');
  });

  it('TR1 fails on one known marker even when the others are unknown, else stays unknown', async () => {
    expect(await outcomeOf('TR1', markers('unknown', 'unknown', 'ja'))).to.equal('fail');
    expect(await outcomeOf('TR1', markers('no', 'unknown', 'no'))).to.equal('unknown');
    expect(await outcomeOf('TR1', proposal())).to.equal('unknown');
  });

  it('TR1 is a knock-out: a visible marker turns the dimension red', async () => {
    const a = await run(proposal({ trust: { visibleMarkers: { namedLists: 'yes' }, privateCounter: 'yes', separateRoom: 'yes' } }));
    const dim = a.dimensions.find((d) => d.id === 'trust');
    expect(dim?.knockoutsFailed).to.deep.equal(['TR1']);
    expect(dim?.light).to.equal('red');
  });

  it('the dimension is not applicable when users meet no staff and are not identified', async () => {
    const p = proposal({ screening: { triggers: { contact: 'no' } }, trust: { visibleMarkers: { namedLists: 'yes' } } });
    expect(await outcomeOf('TR1', p)).to.equal('not-applicable');
    expect(await outcomeOf('TR7', p)).to.equal('not-applicable');
  });

  it('TR2, TR3 pass with both parts, are partial with one and fail with none', async () => {
    const cases: [string, string, string][] = [
      ['TR2', 'privateCounter', 'separateRoom'],
      ['TR3', 'singleIntake', 'consentForDataReuse'],
    ];
    for (const [id, a, b] of cases) {
      expect(await outcomeOf(id, trust({ [a]: 'yes', [b]: 'yes' })), `${id} both`).to.equal('pass');
      expect(await outcomeOf(id, trust({ [a]: 'no', [b]: 'yes' })), `${id} one`).to.equal('partial');
      expect(await outcomeOf(id, trust({ [a]: 'no', [b]: 'no' })), `${id} none`).to.equal('fail');
      expect(await outcomeOf(id, trust({ [a]: 'no', [b]: 'unknown' })), `${id} unknown`).to.equal('unknown');
    }
  });

  it('TR4 passes with training or with experts by experience', async () => {
    expect(await outcomeOf('TR4', trust({ staffTrained: 'no', expertsByExperienceEmployed: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('TR4', trust({ staffTrained: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('TR4', trust({ staffTrained: 'no', expertsByExperienceEmployed: 'no' }))).to.equal('fail');
    expect(await outcomeOf('TR4', trust({ staffTrained: 'no' }))).to.equal('unknown');
  });

  it('TR5 passes without new controls and without fear', async () => {
    expect(await outcomeOf('TR5', trust({ addsControls: 'no', createsFear: 'no' }))).to.equal('pass');
  });

  it('TR5 demands a proportionality assessment when the proposal adds controls', async () => {
    expect(await outcomeOf('TR5', trust({ addsControls: 'yes', proportionalityAssessed: 'yes', createsFear: 'no' }))).to.equal('pass');
    expect(await outcomeOf('TR5', trust({ addsControls: 'yes', proportionalityAssessed: 'no', createsFear: 'no' }))).to.equal('fail');
    expect(await outcomeOf('TR5', trust({ addsControls: 'yes', createsFear: 'no' }))).to.equal('unknown');
  });

  it('TR5 fails when controls or conditions create fear, whatever was assessed', async () => {
    expect(await outcomeOf('TR5', trust({ addsControls: 'yes', proportionalityAssessed: 'yes', createsFear: 'yes' }))).to.equal('fail');
    expect(await outcomeOf('TR5', trust({ createsFear: 'ja' }))).to.equal('fail');
    expect(await outcomeOf('TR5', trust({ createsFear: 'no' }))).to.equal('unknown');
  });

  it('TR6 is partial when the procedure exists but is not made known', async () => {
    expect(await outcomeOf('TR6', trust({ complaintsProcedure: 'yes', complaintsMadeKnown: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('TR6', trust({ complaintsProcedure: 'yes', complaintsMadeKnown: 'no' }))).to.equal('partial');
    expect(await outcomeOf('TR6', trust({ complaintsProcedure: 'no', complaintsMadeKnown: 'yes' }))).to.equal('fail');
    expect(await outcomeOf('TR6', trust({ complaintsProcedure: 'onbekend' }))).to.equal('unknown');
  });

  it('TR7 follows its yes / no / unknown answer', async () => {
    expect(await outcomeOf('TR7', trust({ userFeedback: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('TR7', trust({ userFeedback: 'no' }))).to.equal('fail');
    expect(await outcomeOf('TR7', trust({ userFeedback: 'unknown' }))).to.equal('unknown');
  });
});
