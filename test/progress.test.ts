// The folder run's progress bar.
import { expect } from 'chai';
import { progressLine } from '../src/cli/progress.js';

describe('progress bar', () => {
  it('fills in proportion to the files done and redraws the same line', () => {
    const half = progressLine(5, 10, 'zwembad.yaml', 10);
    expect(half).to.match(/^\r\[#####\.\.\.\.\.\] 5\/10 zwembad\.yaml/);
    expect(progressLine(10, 10, '', 10)).to.match(/^\r\[##########\] 10\/10/);
    expect(progressLine(0, 0, '', 10)).to.match(/^\r\[##########\] 0\/0/);
  });

  it('keeps a long file name to its last characters and pads over the previous line', () => {
    const line = progressLine(1, 3, `${'a'.repeat(60)}-einde.yaml`);
    expect(line).to.include('…').and.include('-einde.yaml');
    expect(line.length).to.be.at.least(80);
  });
});
