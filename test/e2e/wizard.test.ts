// End to end: a council member fills in a new proposal through the wizard in a real browser, with its
// script running: the menu's "Nieuw voorstel", a title and municipality, the screening, a price with an
// amount, "weet ik niet", a wrong amount that gets its message next to the field (and in the summary
// that is announced), the side panel changing as answers change, and the submit that makes version 1.
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import { byLabel, choose, control, fill, go, pick, squash, textOf } from './act.js';
import { seriousViolations, startWorld, type World } from './world.js';

/** The side panel's text as it is now. */
const panelText = (page: Page): Promise<string> => textOf(page, '#wizard-panel');

/**
 * Waits until the script has put a panel in place in which the dimension `title` reads `text`. The wait is
 * for that answer, not for any change: a change made just before may bring its own panel first.
 */
async function lightBecomes(page: Page, title: string, text: string): Promise<void> {
  await page.waitForFunction(
    (t: string, x: string) =>
      Array.from(document.querySelectorAll('#wizard-panel .panel-light')).some(
        (li) => li.querySelector('.panel-light-title')?.textContent?.trim() === t && li.querySelector('.panel-light-text')?.textContent?.trim() === x,
      ),
    { timeout: 15_000 },
    title,
    text,
  );
}

/** What the panel says about one dimension ("n.v.t.", "rood tot groen, 0% gekend" …). */
const lightOf = (page: Page, title: string): Promise<string | undefined> =>
  page.$$eval(
    '#wizard-panel .panel-light',
    (items, t) =>
      items
        .find((li) => li.querySelector('.panel-light-title')?.textContent?.trim() === t)
        ?.querySelector('.panel-light-text')
        ?.textContent?.trim(),
    title,
  );

/** The panel's count of open questions. */
const openQuestions = async (page: Page): Promise<number> => Number(await textOf(page, '#wizard-panel .panel-count'));

const stepTitle = (page: Page): Promise<string> => textOf(page, 'main h1');

describe('e2e: a council member fills in a proposal through the wizard', function () {
  this.timeout(180_000);
  let w: World;
  before(async function () {
    w = await startWorld(this);
  });
  after(async () => {
    await w?.close();
  });

  it('starts from the menu, answers step by step, sees the panel change, corrects a wrong amount and submits version 1', async () => {
    const page = await w.tab('council-member');
    await page.goto(`${w.t.url}/o/${w.org.slug}`, { waitUntil: 'load' });

    // the menu's "Nieuw voorstel" opens the start page
    await go(page, 'Nieuw voorstel', 'nav.main-nav');
    expect(await stepTitle(page)).to.equal('Nieuw voorstel');
    await fill(page, 'Titel', 'Zwembad: nieuw tarief voor de sporthal');
    await fill(page, 'Gemeente', 'Meersdonk');
    await go(page, 'Begin');

    // step 1: about the proposal, its title and municipality carried over
    expect(await stepTitle(page)).to.equal('Over het voorstel');
    expect(await (await control(page, 'Over het voorstel', 'nav.wizard-steps')).evaluate((a) => a.getAttribute('aria-current'))).to.equal('step');
    expect(await page.$eval('#meta\\.municipality', (e) => (e as HTMLInputElement).value)).to.equal('Meersdonk');
    await pick(page, 'Soort voorstel', 'Tarief of prijs');
    await go(page, 'Volgende');

    // step 2: the screening; the panel follows each answer without a reload
    expect(await stepTitle(page)).to.equal('Screening (quickscan)');
    const first = await panelText(page);
    expect(await lightOf(page, 'Digitale drempels')).to.not.equal('n.v.t.');
    expect(await lightOf(page, 'Bereikbaarheid')).to.not.equal('n.v.t.');
    const questions = await openQuestions(page);
    // a mark on this very document: gone if the page were loaded again
    await page.evaluate(() => document.body.setAttribute('data-e2e-same-page', 'yes'));
    await choose(page, 'Digitale stap', 'Nee');
    await lightBecomes(page, 'Digitale drempels', 'n.v.t.');
    const noDigital = await panelText(page);
    expect(noDigital, 'a section ruled out by the screening').to.not.equal(first);
    expect(await openQuestions(page), 'its questions are no longer open').to.be.below(questions);
    await choose(page, 'Prijs of bijdrage', 'Ja');
    await choose(page, 'Wonen', 'Weet ik niet');
    await choose(page, 'Fysieke plaats', 'Nee');
    await lightBecomes(page, 'Bereikbaarheid', 'n.v.t.');
    expect(await panelText(page)).to.not.equal(noDigital);
    expect(await page.$eval('body', (b) => b.getAttribute('data-e2e-same-page')), 'the panel changed without a reload').to.equal('yes');
    expect(await page.$eval('#screening\\.triggers\\.housing--unknown', (e) => (e as HTMLInputElement).checked)).to.equal(true);
    await go(page, 'Volgende');

    // step 3: affordability, a price row with a wrong amount first
    expect(await stepTitle(page)).to.equal('Betaalbaarheid');
    await go(page, 'Rij toevoegen: Prijzen en bijdragen');
    const row = 'fieldset[id="affordability.prices.0"]';
    await page.waitForSelector(row);
    await fill(page, 'Wat', 'Volwassene, één beurt', row);
    await fill(page, 'Bedrag', 'abc', row);
    await choose(page, 'Hoe vaak', 'Per maand', row);
    // "weet ik niet" for the deposit: its amount is switched off by the script, never read as 0 or "no"
    await (await byLabel(page, 'Weet ik niet (Waarborg)')).click();
    expect(await page.$eval('#affordability\\.depositAmount', (e) => (e as HTMLInputElement).disabled)).to.equal(true);
    await go(page, 'Volgende');
    expect(new URL(page.url()).hash, 'the step comes back, at its problems').to.equal('#fouten');
    expect(await stepTitle(page)).to.equal('Betaalbaarheid');

    // the message sits next to the amount, is tied to it, and the summary at the top is announced
    const amount = '#affordability\\.prices\\.0\\.amount';
    const tied = await page.$eval(amount, (input) => {
      const field = input.closest('.field');
      const described = (input.getAttribute('aria-describedby') ?? '').split(/\s+/);
      const error = field?.querySelector('.error');
      return {
        value: (input as HTMLInputElement).value,
        invalid: input.getAttribute('aria-invalid'),
        errorId: error?.id ?? '',
        errorText: error?.textContent ?? '',
        describedByError: error ? described.includes(error.id) : false,
        errorBeforeInput: error ? (error.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 : false,
      };
    });
    expect(tied.value, 'what was typed stays').to.equal('abc');
    expect(tied.invalid).to.equal('true');
    expect(tied.errorId).to.equal('affordability.prices.0.amount-error');
    expect(tied.errorText).to.include('abc');
    expect(tied.describedByError).to.equal(true);
    expect(tied.errorBeforeInput, 'the message is read before the field').to.equal(true);
    const summary = await page.$eval('[role="alert"]', (e) => ({
      text: (e as HTMLElement).innerText,
      links: Array.from(e.querySelectorAll('a')).map((a) => a.getAttribute('href')),
    }));
    expect(summary.links, 'only the wrong amount is in the way').to.deep.equal(['#affordability.prices.0.amount']);
    expect(squash(summary.text)).to.include(squash(tied.errorText));
    expect(await page.$eval('#affordability\\.depositAmount__unknown', (e) => (e as HTMLInputElement).checked), '"weet ik niet" is kept').to.equal(true);
    expect(await seriousViolations(page)).to.deep.equal([]);

    // the summary's link leads to the field; corrected, the step moves on
    await (await control(page, squash(await page.$eval('[role="alert"] a', (a) => a.textContent)), '[role="alert"]')).click();
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('affordability.prices.0.amount');
    await fill(page, 'Bedrag', '4,50', row);
    await go(page, 'Volgende');
    expect(new URL(page.url()).hash, await textOf(page, '[role="alert"]')).to.equal('');
    expect(await stepTitle(page)).to.not.equal('Betaalbaarheid');

    // the review: nothing in the way; submitting makes the dossier with its first version and a verdict
    await go(page, 'Nakijken en indienen', 'nav.wizard-steps');
    expect(await stepTitle(page)).to.equal('Nakijken en indienen');
    expect(await page.$('#fouten'), 'nothing in the way').to.equal(null);
    const verdict = await textOf(page, '#wizard-panel .panel-verdict strong');
    expect(verdict).to.match(/\S/);
    await go(page, 'Indienen');
    expect(new URL(page.url()).pathname).to.match(new RegExp(`^/o/${w.org.slug}/dossiers/[0-9a-f-]{36}$`));
    expect(await stepTitle(page)).to.equal('Zwembad: nieuw tarief voor de sporthal');
    const versions = await page.$$eval('table.versions tbody tr', (rows) => rows.map((r) => (r.querySelector('th') as HTMLElement).innerText.trim()));
    expect(versions).to.deep.equal(['1']);
    expect(await textOf(page, '.verdict-box .verdict-line strong'), 'the verdict the panel showed').to.equal(verdict);
  });
});
