// The dashboard's pure parts: a review date read from an input and when it is due, and the order of sections per role.
import { expect } from 'chai';
import { daysUntil, REVIEW_DUE_WITHIN_DAYS, reviewDateOf, reviewState } from '../../src/server/pages/dashboard-reviews.js';
import { orderForRole, type DashboardSection } from '../../src/server/pages/dashboard-sections.js';

describe('dashboard: reviews due', () => {
  it('reads monitoring.reviewDate of an input, and nothing else', () => {
    expect(reviewDateOf('{"monitoring":{"reviewDate":"2026-06-30"}}')).to.equal('2026-06-30');
    expect(reviewDateOf('{"monitoring":{}}')).to.equal(null);
    expect(reviewDateOf('{"monitoring":{"reviewDate":"volgend jaar"}}')).to.equal(null);
    expect(reviewDateOf('{}')).to.equal(null);
    expect(reviewDateOf('null')).to.equal(null);
    expect(reviewDateOf('geen json')).to.equal(null);
  });

  it(`is overdue before today, due from today up to ${REVIEW_DUE_WITHIN_DAYS} days ahead, and not yet after that`, () => {
    expect(daysUntil('2026-12-31', '2026-12-01')).to.equal(30);
    expect(daysUntil('2027-03-28', '2027-03-27'), 'across a change to summer time').to.equal(1);
    expect(reviewState('2026-11-30', '2026-12-01')).to.equal('overdue');
    expect(reviewState('2026-12-01', '2026-12-01')).to.equal('due');
    expect(reviewState('2026-12-31', '2026-12-01')).to.equal('due');
    expect(reviewState('2027-01-01', '2026-12-01')).to.equal(null);
    expect(reviewState('2026-12-10', '2026-12-01', 5)).to.equal(null);
  });
});

describe('dashboard: sections per role', () => {
  const s = (id: string, firstFor?: DashboardSection['firstFor']): DashboardSection => ({
    id,
    title: id,
    items: [],
    empty: '',
    seeAll: [],
    ...(firstFor ? { firstFor } : {}),
  });
  it("puts the sections a role needs first, each group in the registry's order", () => {
    const list = [s('a'), s('b', ['alderman']), s('c', ['council-member', 'alderman']), s('d')];
    expect(orderForRole(list, 'alderman').map((x) => x.id)).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(orderForRole(list, 'council-member').map((x) => x.id)).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(orderForRole(list, 'participant').map((x) => x.id)).to.deep.equal(['a', 'b', 'c', 'd']);
  });
});
