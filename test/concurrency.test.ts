// Assessments run many at once must equal the same assessments run one at a time (json-rules-engine #303).
import { expect } from 'chai';
import { exampleFiles, readExample } from '../src/examples.js';
import type { Assessment } from '../src/types.js';
import { proposal, run } from './helpers.js';

function exampleInputs(): Record<string, unknown>[] {
  return exampleFiles().map(readExample);
}

/** Inputs that differ in many facts, so that a skipped rule would change some result. */
function variedInputs(): Record<string, unknown>[] {
  const answers = ['yes', 'no', 'unknown'];
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < 30; i++) {
    out.push(
      proposal({
        participation: {
          claimedLevel: i % 7,
          decisionDate: '2025-05-01',
          moments:
            i % 4 === 0
              ? []
              : [{ date: i % 2 ? '2025-02-01' : '2025-06-01', form: 'consultation', who: 'Vereniging', summary: 'inbreng', collective: answers[i % 3] }],
          writtenFeedback: answers[(i + 1) % 3],
          criticalVoicesSought: answers[(i + 2) % 3],
          preparationTime: answers[i % 3],
          support: { expensesPaid: answers[i % 3], transportOrChildcare: answers[(i + 1) % 3], safeSetting: 'yes' },
        },
      }),
    );
  }
  return out;
}

describe('concurrency', () => {
  it('gives identical assessments whether run one at a time or 300 at once', async () => {
    const inputs = [...exampleInputs(), ...variedInputs()];
    const sequential: Assessment[] = [];
    for (const input of inputs) sequential.push(await run(input));
    const many = Array.from({ length: 300 }, (_, i) => inputs[i % inputs.length] as Record<string, unknown>);
    const parallel = await Promise.all(many.map((input) => run(input)));
    parallel.forEach((a, i) => {
      expect(a, `input ${i % inputs.length}`).to.deep.equal(sequential[i % inputs.length]);
    });
    // the inputs really differ, so a skipped rule would have shown
    expect(new Set(sequential.map((a) => a.score.overall)).size).to.be.greaterThan(5);
  });
});
