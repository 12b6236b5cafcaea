// Fit: S1–S6 on each side of their conditions; S2 reads the groups of the screening section.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const fit = (f: Record<string, unknown>) => proposal({ fit: f });
const groups = (...directions: string[]) =>
  proposal({ screening: { groups: directions.map((direction, i) => ({ group: ['lone-parents', 'homeless', 'working-poor'][i], direction })) } });

describe('fit checks', () => {
  it('S1 passes when the need comes from the target group itself', async () => {
    expect(await outcomeOf('S1', fit({ needSources: ['statistics', 'association'] }))).to.equal('pass');
    expect(await outcomeOf('S1', fit({ needSources: ['welfare-council'] }))).to.equal('pass');
  });

  it('S1 is partial on staff signals or figures alone, fails on none, unknown when unanswered', async () => {
    expect(await outcomeOf('S1', fit({ needSources: ['frontline-staff', 'statistics'] }))).to.equal('partial');
    expect(await outcomeOf('S1', fit({ needSources: ['none'] }))).to.equal('fail');
    expect(await outcomeOf('S1', fit({ needSources: [] }))).to.equal('unknown');
    expect(await outcomeOf('S1', proposal())).to.equal('unknown');
  });

  it('S2 passes when every screened group has a direction, negative ones included', async () => {
    expect(await outcomeOf('S2', groups('+', '0', '-'))).to.equal('pass');
  });

  it('S2 is partial when some groups are unknown and fails when none is assessed', async () => {
    expect(await outcomeOf('S2', groups('+', 'onbekend'))).to.equal('partial');
    expect(await outcomeOf('S2', groups('unknown', 'onbekend'))).to.equal('fail');
    expect(await outcomeOf('S2', proposal({ screening: { groups: [] } }))).to.equal('fail');
  });

  it('S2 is unknown when the screening lists no groups at all', async () => {
    expect(await outcomeOf('S2', proposal({ screening: { triggers: { price: 'yes' } } }))).to.equal('unknown');
  });

  it('S3 applies only when the proposal depends on household composition', async () => {
    expect(await outcomeOf('S3', fit({ usesHouseholdComposition: 'no' }))).to.equal('not-applicable');
    expect(await outcomeOf('S3', fit({ usesHouseholdComposition: 'yes', householdRulesChecked: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('S3', fit({ usesHouseholdComposition: 'yes', householdRulesChecked: 'no' }))).to.equal('fail');
    expect(await outcomeOf('S3', fit({ householdRulesChecked: 'no' }))).to.equal('fail');
    expect(await outcomeOf('S3', fit({ usesHouseholdComposition: 'yes' }))).to.equal('unknown');
  });

  it('S4 passes with a companion and group formats, is partial with one', async () => {
    expect(await outcomeOf('S4', fit({ companionAllowed: 'yes', groupFormats: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('S4', fit({ companionAllowed: 'yes', groupFormats: 'no' }))).to.equal('partial');
    expect(await outcomeOf('S4', fit({ companionAllowed: 'no', groupFormats: 'no' }))).to.equal('fail');
    expect(await outcomeOf('S4', fit({ companionAllowed: 'no' }))).to.equal('unknown');
  });

  it('S5 follows its yes / no / unknown answer', async () => {
    expect(await outcomeOf('S5', fit({ diversityConsidered: 'ja' }))).to.equal('pass');
    expect(await outcomeOf('S5', fit({ diversityConsidered: 'nee' }))).to.equal('fail');
    expect(await outcomeOf('S5', fit({ diversityConsidered: 'unknown' }))).to.equal('unknown');
  });

  it('S2 reads the added groups: children, women and people with mental-health problems', async () => {
    const added = proposal({
      screening: {
        groups: [
          { group: 'children', direction: '-' },
          { group: 'women', direction: '0' },
          { group: 'mental-health', direction: 'unknown' },
        ],
      },
    });
    expect(await outcomeOf('S2', added)).to.equal('partial');
    const a = await run(added);
    expect(check(a, 'S2').facts['screening.negativeGroups']).to.deep.equal(['children']);
    expect(check(a, 'S2').facts['screening.unknownGroups']).to.deep.equal(['mental-health']);
  });

  it('S6 passes with contact and outreach to isolated people, partial with one, fails with neither', async () => {
    expect(await outcomeOf('S6', fit({ socialContact: 'yes', isolatedReachedOut: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('S6', fit({ socialContact: 'no', isolatedReachedOut: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('S6', fit({ socialContact: 'no', isolatedReachedOut: 'no' }))).to.equal('fail');
    expect(await outcomeOf('S6', fit({ socialContact: 'no' }))).to.equal('unknown');
  });
});
