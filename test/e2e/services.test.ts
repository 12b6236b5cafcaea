// End to end: an OCMW worker audits a service twice in a real browser. The first audit starts from an
// example audit file uploaded on the wizard's start page; the second is the service's "Nieuwe audit",
// starting from the first, with a later date and one answer changed (the pass renews itself now). The service page then shows both
// audits, a trend chart with two points on every line, and what changed between them.
import { expect } from 'chai';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { choose, fill, fillDate, go, textOf } from './act.js';
import { seriousViolations, startWorld, type World } from './world.js';

const EXAMPLE = join(process.cwd(), 'examples', 'audits', 'vrijetijdspas-drempelscan.yaml');
const SERVICE = 'Vrijetijdspas Bovenrode, loket in het buurthuis';

/** Goes to the review step through the step list and submits: the dossier page of the new version. */
async function submit(page: Page): Promise<void> {
  await go(page, 'Nakijken en indienen', 'nav.wizard-steps');
  expect(await page.$('#fouten'), 'nothing in the way of submitting').to.equal(null);
  await go(page, 'Indienen');
  expect(new URL(page.url()).pathname).to.match(/\/dossiers\/[0-9a-f-]{36}$/);
}

/** The service's page, from the menu and the register, as the worker goes there. */
async function servicePage(page: Page, base: string): Promise<void> {
  await page.goto(base, { waitUntil: 'load' });
  await go(page, 'Diensten', 'nav.main-nav');
  await go(page, SERVICE, 'table.services-register');
  expect(await textOf(page, 'main h1')).to.equal(SERVICE);
}

describe('e2e: an OCMW worker audits a service twice and sees the trend', function () {
  this.timeout(180_000);
  let w: World;
  before(async function () {
    w = await startWorld(this);
  });
  after(async () => {
    await w?.close();
  });

  it('uploads a first audit, makes a second one with one answer changed, and sees both in the trend and the changes', async () => {
    const page = await w.tab('ocmw-staff');
    const home = `${w.t.url}/o/${w.org.slug}`;

    // audit 1: from the register, an example audit file uploaded as a person picks a file
    await page.goto(home, { waitUntil: 'load' });
    await go(page, 'Diensten', 'nav.main-nav');
    await go(page, 'Nieuwe dienst doorlichten');
    expect(await textOf(page, 'main h1')).to.equal('Nieuwe drempelscan');
    const file = (await page.$('#file')) as ElementHandle<HTMLInputElement>;
    await file.uploadFile(EXAMPLE);
    await go(page, 'Opladen en beginnen');
    expect(await textOf(page, 'main h1')).to.equal('Over de dienst');
    // a service of its own: the demo organisation holds this example already
    await fill(page, 'Naam van de dienst', SERVICE);
    await go(page, 'Opslaan');
    await submit(page);
    expect(await page.$$eval('table.versions tbody tr', (rows) => rows.length)).to.equal(1);

    await servicePage(page, home);
    expect(await textOf(page, '.lead')).to.match(/^Aantal audits: 1\./);
    expect(await textOf(page, '#trend-h + p + .notice')).to.equal('Na een tweede audit zie je hier hoe de scores veranderen.');

    // audit 2: the service's "Nieuwe audit", starting from audit 1, a later date and one barrier gone
    await go(page, 'Nieuwe audit', '.service-links');
    await go(page, 'Begin');
    await fillDate(page, 'Datum van de doorlichting', '2026-03-01');
    await go(page, 'Volgende');
    await go(page, 'Administratieve drempels en doenvermogen', 'nav.wizard-steps');
    await choose(page, 'Hernieuwing', 'Niets: het recht loopt vanzelf door, tenzij de situatie verandert');
    await go(page, 'Opslaan');
    await submit(page);
    expect(await page.$$eval('table.versions tbody tr', (rows) => rows.length)).to.equal(2);

    // the service page: two audits, two points on every line of the trend, and what changed
    await servicePage(page, home);
    expect(await textOf(page, '.lead')).to.match(/^Aantal audits: 2\. Laatste audit: 1 maart 2026\.$/);
    expect(await page.$$eval('table.services-audits tbody th', (ths) => ths.map((t) => t.textContent))).to.deep.equal(['Audit 1', 'Audit 2']);
    const charts = await page.$$eval('svg.trend-chart', (svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector('title')?.textContent ?? '',
        desc: svg.querySelector('desc')?.textContent ?? '',
        // the solid line: what is certain, from audit to audit
        line: svg.querySelector('path[fill="none"][stroke-width="2"]')?.getAttribute('d') ?? '',
      })),
    );
    expect(charts.length, 'a chart for the total and the dimensions').to.be.greaterThan(2);
    for (const c of charts) {
      if (/niet van toepassing/.test(c.desc)) continue;
      expect(c.line.match(/[ML]/g), `${c.title}: a line through two points`).to.deep.equal(['M', 'L']);
      expect(c.desc, c.title).to.match(/audit 1 \(.*\).*audit 2 \(1 maart 2026\)/);
    }
    expect(await textOf(page, '#changes-h')).to.equal('Wat veranderde sinds audit 1');
    const gone = await textOf(page, '.change-block.gone');
    expect(gone, 'the barrier that went away').to.match(/Drempels die weg zijn \([1-9]\d*\)/);
    expect(gone).to.include('A5 Geen herhaalde actie nodig om het recht te houden');
    expect(await textOf(page, '.change-block.added'), 'and nothing came in its place').to.match(/Nieuwe drempels \(0\)/);
    expect(await seriousViolations(page)).to.deep.equal([]);
  });
});
