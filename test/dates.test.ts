// "Today" is the date in Europe/Brussels (or a configured time zone), not the UTC date.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assess } from '../src/assess.js';
import { calendarDate, DEFAULT_TIME_ZONE, todayIn } from '../src/dates.js';
import { isArmoedetoetsError } from '../src/errors.js';
import { buildReportModel } from '../src/report/model.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { cliWith } from './cli-io.js';
import { proposal, TEST_DATE } from './helpers.js';

const run = promisify(execFile);

/** Two zones 25 hours apart: at every instant their calendar dates differ. */
const EAST = 'Pacific/Kiritimati'; // UTC+14
const WEST = 'Pacific/Pago_Pago'; // UTC−11

function errorOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('no error');
}

describe('today in a time zone', () => {
  it('is Belgium by default', () => {
    expect(DEFAULT_TIME_ZONE).to.equal('Europe/Brussels');
  });

  it('winter (UTC+1): 23:30 UTC is already the next day in Brussels', () => {
    expect(todayIn('Europe/Brussels', new Date('2025-03-01T23:30:00Z'))).to.equal('2025-03-02');
    expect(todayIn('Europe/Brussels', new Date('2025-03-01T22:59:59Z'))).to.equal('2025-03-01');
    expect(todayIn('Europe/Brussels', new Date('2025-03-01T23:00:00Z'))).to.equal('2025-03-02');
    expect(todayIn('UTC', new Date('2025-03-01T23:30:00Z'))).to.equal('2025-03-01');
  });

  it('summer (UTC+2): 22:30 UTC on 30 June is 1 July in Brussels, the day new parameters apply', () => {
    expect(todayIn('Europe/Brussels', new Date('2025-06-30T22:30:00Z'))).to.equal('2025-07-01');
    expect(todayIn('Europe/Brussels', new Date('2025-06-30T21:59:59Z'))).to.equal('2025-06-30');
    expect(todayIn('UTC', new Date('2025-06-30T22:30:00Z'))).to.equal('2025-06-30');
  });

  it('New Year and the switch to summer time', () => {
    expect(todayIn('Europe/Brussels', new Date('2024-12-31T23:00:00Z'))).to.equal('2025-01-01');
    // 30 March 2025: clocks go from 02:00 to 03:00 CET→CEST; 22:30 UTC the day before is 23:30 CET.
    expect(todayIn('Europe/Brussels', new Date('2025-03-29T22:30:00Z'))).to.equal('2025-03-29');
    expect(todayIn('Europe/Brussels', new Date('2025-03-30T22:30:00Z'))).to.equal('2025-03-31');
  });

  it('an unknown time zone is INPUT_INVALID naming the field, in the chosen language', () => {
    for (const [zone, lang, word] of [
      ['Mars/Base', 'nl', 'onbekende tijdzone'],
      ['', 'fr', 'fuseau horaire inconnu'],
      ['Europe/Brussel', 'en', 'unknown time zone'],
    ] as const) {
      const e = errorOf(() => todayIn(zone, new Date('2025-03-01T23:30:00Z'), lang, 'ARMOEDETOETS_TZ'));
      expect(isArmoedetoetsError(e), String(e)).to.equal(true);
      if (!isArmoedetoetsError(e)) return;
      expect(e.code).to.equal('INPUT_INVALID');
      expect(e.issues).to.have.length(1);
      expect(e.issues[0]?.path).to.equal('ARMOEDETOETS_TZ');
      expect(e.issues[0]?.message).to.include(word).and.include(`${zone}`);
    }
  });

  it("the report's date: a timestamp is read in the time zone, a date stays as given", () => {
    const now = new Date('2025-03-01T23:30:00Z');
    expect(calendarDate(undefined, 'Europe/Brussels', now)).to.equal('2025-03-02');
    expect(calendarDate('2025-06-30T22:30:00Z', 'Europe/Brussels', now)).to.equal('2025-07-01');
    expect(calendarDate('2025-06-30', 'Europe/Brussels', now)).to.equal('2025-06-30');
  });
});

describe('assess and the report use the time zone', () => {
  it('assess takes today in its timeZone option', async () => {
    const before = [todayIn(EAST, new Date()), todayIn(WEST, new Date())];
    const east = (await assess(proposal(), { timeZone: EAST })).referenceDate;
    const west = (await assess(proposal(), { timeZone: WEST })).referenceDate;
    const after = [todayIn(EAST, new Date()), todayIn(WEST, new Date())];
    expect(east).to.be.oneOf([before[0], after[0]]);
    expect(west).to.be.oneOf([before[1], after[1]]);
    expect(east).to.not.equal(west);
  });

  it('assess refuses an unknown timeZone as a usage error of the caller, naming the option', async () => {
    let caught: unknown;
    await assess(proposal(), { timeZone: 'Mars/Base' }).catch((e: unknown) => (caught = e));
    expect(isArmoedetoetsError(caught) && caught.code).to.equal('USAGE');
    expect(isArmoedetoetsError(caught) && caught.issues[0]?.path).to.equal('timeZone');
  });

  it("the report's generated date is the Brussels date of the timestamp", async () => {
    const rs = defaultRuleset();
    const a = await assess(proposal(), { today: TEST_DATE });
    const at = '2025-03-01T23:30:00Z';
    expect(buildReportModel(a, { ruleset: rs, lang: 'nl', generatedAt: at }).cover.generated).to.equal('2 maart 2025');
    expect(buildReportModel(a, { ruleset: rs, lang: 'nl', generatedAt: at, timeZone: 'UTC' }).cover.generated).to.equal('1 maart 2025');
  });

  it("the CLI's report is dated with the CLI's today", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-dates-'));
    const file = join(dir, 'p.json');
    writeFileSync(file, JSON.stringify(proposal({ meta: { title: 't', municipality: 'm', referenceDate: TEST_DATE } })));
    // The CLI entry reads the clock once, in its time zone (see main.ts); here it is pinned.
    const r = await cliWith({ today: '2025-03-02' }, 'assess', file, '--format', 'html');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.include('<dd>2 maart 2025</dd>');
    expect(r.stdout).to.include('<dd>1 juni 2025</dd>');
  });
});

describe('ARMOEDETOETS_TZ in the CLI entry', function () {
  this.timeout(60_000);
  const main = join(process.cwd(), 'src/cli/main.ts');

  async function armoedetoets(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const r = await run(process.execPath, ['--import', 'tsx', main, ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
      return { code: 0, ...r };
    } catch (e) {
      const x = e as { code: number; stdout: string; stderr: string };
      return { code: x.code, stdout: x.stdout, stderr: x.stderr };
    }
  }

  let file: string;
  before(() => {
    const dir = mkdtempSync(join(tmpdir(), 'armoedetoets-tz-'));
    file = join(dir, 'p.json');
    writeFileSync(file, JSON.stringify(proposal()));
  });

  it('sets the time zone of today', async () => {
    const [east, west] = await Promise.all([EAST, WEST].map((tz) => armoedetoets({ ARMOEDETOETS_TZ: tz }, 'assess', file, '--format', 'json')));
    expect(east?.code, east?.stderr).to.equal(0);
    expect(west?.code, west?.stderr).to.equal(0);
    const dateOf = (out: string): string => (JSON.parse(out) as { referenceDate: string }).referenceDate;
    expect(dateOf(east?.stdout ?? '')).to.not.equal(dateOf(west?.stdout ?? ''));
  });

  it('an unknown one is exit 2 with a message naming the variable, no stack trace', async () => {
    const r = await armoedetoets({ ARMOEDETOETS_TZ: 'Mars/Base' }, 'assess', file);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('ARMOEDETOETS_TZ').and.include('onbekende tijdzone "Mars/Base"');
    expect(r.stderr).to.not.match(/\bat .*\.ts:\d+/);
  });
});
