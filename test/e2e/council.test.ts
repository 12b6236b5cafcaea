// End to end: the council's work on a dossier in a real browser, each step by the person whose job it
// is, in their own session: submitted to the council, opened by the chair, the participation group's
// input, an advice drafted from the improvement path and the council's own words, signed by the chair,
// the college's answer (a "not followed" needs its reason), the feedback drafted with its readability,
// and the PDF of the latest assessment, downloaded from the dossier page, holding the advice.
import { expect } from 'chai';
import type { Page } from 'puppeteer-core';
import type { Role } from '../../src/store/types.js';
import { pdfText } from '../pdf-text.js';
import { byLabel, choose, daysAgo, fill, fillDate, go, mainText, squash, textOf, unfold } from './act.js';
import { seriousViolations, startWorld, type World } from './world.js';

const TITLE = 'Nieuwe tarieven zwembad De Kempvijver met automatisch kansentarief';
const CONCLUSION = 'De raad is positief over het automatische kansentarief, als het ook de bus naar het zwembad betaalbaar maakt.';
const OWN = 'Vraag de participatiegroep na een jaar opnieuw hoe het gaat.';

/** "Dit dossier is nu: …": the status the council page shows. */
const statusOf = async (page: Page): Promise<string> => (await textOf(page, '.council-now')).replace(/^Dit dossier is nu: (.*)\.$/, '$1');

describe("e2e: the council's work, from submission to feedback and the PDF", function () {
  this.timeout(240_000);
  let w: World;
  let councilUrl = '';
  const tabs = new Map<Role, Page>();
  /** The tab of `role`, signed in once, at the council page. */
  async function at(role: Role): Promise<Page> {
    const page = tabs.get(role) ?? (await w.tab(role));
    tabs.set(role, page);
    await page.goto(councilUrl, { waitUntil: 'load' });
    return page;
  }

  before(async function () {
    w = await startWorld(this);
  });
  after(async () => {
    await w?.close();
  });

  it('submits, opens, records the input, drafts and signs the advice, answers, drafts the feedback; the PDF holds the advice', async () => {
    // an OCMW worker finds the dossier by its title and takes it to the council
    const staff = await w.tab('ocmw-staff');
    tabs.set('ocmw-staff', staff);
    await staff.goto(`${w.t.url}/o/${w.org.slug}/dossiers`, { waitUntil: 'load' });
    await fill(staff, 'Zoek in de titel', 'Kempvijver');
    await go(staff, 'Toon dossiers');
    await go(staff, TITLE, 'table.dossier-list');
    await go(staff, 'Werk van de adviesraad');
    councilUrl = staff.url().split('?')[0] as string;
    expect(await statusOf(staff)).to.equal('concept');
    await go(staff, 'Indienen bij de raad');
    expect(await textOf(staff, '[role="status"]')).to.equal('Het dossier is ingediend bij de raad.');
    expect(await statusOf(staff)).to.equal('ingediend');

    // the chair puts it on the agenda
    const chair = await at('council-chair');
    await go(chair, 'In behandeling nemen');
    expect(await statusOf(chair)).to.equal('in behandeling');

    // a member of the participation group writes down what the group said: a count, no names
    const participant = await at('participant');
    await fill(participant, 'Wat zei de groep?', 'Het zwembad is fijn, maar de bus ernaartoe kost te veel voor ons.');
    await fill(participant, 'Hoeveel mensen deden mee?', '7');
    await fillDate(participant, 'Wanneer kwam de groep samen?', daysAgo(5));
    await choose(participant, 'Kregen de deelnemers hun onkosten vergoed?', 'ja');
    await go(participant, 'Inbreng bewaren');
    // it counts as evidence: a new version of the dossier takes it in as a participation moment
    expect(await textOf(participant, '[role="status"]')).to.equal(
      'De inbreng van de groep is bewaard. Ze telt mee als bewijs: een nieuwe versie van het dossier neemt ze op als participatiemoment, en de toets is opnieuw gemaakt.',
    );
    expect(await textOf(participant, '#inbreng .council-list'))
      .to.include('de bus ernaartoe kost te veel')
      .and.include('7 deelnemers');

    // a council member drafts the advice: two steps of the improvement path and one of the council's own
    const member = await at('council-member');
    await unfold(member, 'Advies schrijven', '#advies');
    await fill(member, 'Besluit van de raad', CONCLUSION);
    const picks = await member.$$eval('#advicePick input[name="advicePick"]', (boxes) => boxes.slice(0, 2).map((b) => (b as HTMLInputElement).value));
    expect(picks, 'the improvement path offers steps to pick').to.have.length(2);
    for (const id of picks) await (await member.$(`label[for="advicePick-${id}"]`))?.click();
    await fill(member, 'Eigen aanbeveling 1', OWN);
    await go(member, 'Ontwerp bewaren');
    expect(await textOf(member, '[role="status"]')).to.equal('Het ontwerp van het advies is bewaard.');
    const draft = await textOf(member, '.council-draft');
    expect(draft).to.include('Ontwerp van advies 1').and.include(CONCLUSION).and.include(OWN);
    for (const id of picks) expect(draft).to.include(`uit het verbeterpad (${id})`);
    expect(draft, 'only the chair signs').to.include('De voorzitter of secretaris van de raad ondertekent het advies.');

    // the chair reads it once more and signs it
    await at('council-chair');
    await go(chair, 'Advies 1 ondertekenen');
    expect(await textOf(chair, 'h1')).to.equal('Advies 1 ondertekenen');
    expect(await textOf(chair, '.council-advice')).to.include(CONCLUSION);
    await fill(chair, 'Je naam', 'An Peeters');
    await fill(chair, 'Je functie', 'Voorzitter');
    await go(chair, 'Ja, onderteken dit advies');
    expect(await textOf(chair, '[role="status"]')).to.equal('Het advies is ondertekend. Het verandert niet meer.');
    expect(await statusOf(chair)).to.equal('advies vastgesteld');
    expect(await textOf(chair, '#advies .signed')).to.match(/^Ondertekend door An Peeters \(Voorzitter\) op \d+ \S+ \d{4}\.$/);

    // an alderman records the college's answer; "not followed" without a reason is refused, next to the reason
    const alderman = await at('alderman');
    await fill(alderman, 'Beslissing van het college', 'Het college keurt de nieuwe tarieven goed.');
    await fillDate(alderman, 'Datum van de beslissing', daysAgo(1));
    await choose(alderman, 'Wat doet het college met aanbeveling 1?', 'gevolgd');
    await choose(alderman, 'Wat doet het college met aanbeveling 2?', 'niet gevolgd');
    await choose(alderman, 'Wat doet het college met aanbeveling 3?', 'deels gevolgd');
    await fill(alderman, 'Waarom?', 'Alleen voor wie al een kansenpas heeft.', '.council-item:has(#answerResponse2)');
    await go(alderman, 'Antwoord bewaren');
    const problem = await alderman.$eval('#answerReason1', (input) => {
      const error = input.closest('.field')?.querySelector('.error');
      return {
        invalid: input.getAttribute('aria-invalid'),
        error: error?.textContent ?? '',
        tied: error ? (input.getAttribute('aria-describedby') ?? '').split(/\s+/).includes(error.id) : false,
      };
    });
    expect(problem).to.deep.equal({
      invalid: 'true',
      error: 'Leg uit waarom het college dit niet of maar voor een deel volgt (pas toe of leg uit).',
      tied: true,
    });
    expect(await alderman.$eval('#fouten a', (a) => a.getAttribute('href'))).to.equal('#answerReason1');
    expect(await alderman.$eval('#answerResponse1-not-followed', (e) => (e as HTMLInputElement).checked), 'the choices are kept').to.equal(true);
    expect(await seriousViolations(alderman)).to.deep.equal([]);
    await fill(alderman, 'Waarom?', 'Een gratis busabonnement past dit jaar niet in het budget.', '.council-item:has(#answerResponse1)');
    await go(alderman, 'Antwoord bewaren');
    expect(await textOf(alderman, '[role="status"]')).to.equal('Het antwoord van het college is bewaard.');
    expect(await statusOf(alderman)).to.equal('beslist');
    expect(await textOf(alderman, '#antwoord')).to.include('niet gevolgd Een gratis busabonnement past dit jaar niet in het budget.');

    // the feedback to the participants is drafted from the answer, with its readability measured
    await at('council-member');
    expect(await textOf(member, '#terugkoppeling')).to.include('Dit is een eerste versie, nog niet bewaard.');
    const letter = await (await byLabel(member, 'Tekst van de terugkoppeling')).evaluate((t) => (t as HTMLTextAreaElement).value);
    expect(letter).to.include('Een gratis busabonnement past dit jaar niet in het budget.');
    expect(await textOf(member, '.council-readability .score')).to.match(/^Score -?\d+(,\d)? op de Flesch-Douma-schaal: .+\.$/);
    await go(member, 'Bewaren', '#terugkoppeling');
    expect(await textOf(member, '[role="status"]')).to.equal('De terugkoppeling is bewaard.');
    expect(await textOf(member, '#terugkoppeling .council-meta')).to.match(/^Ontwerp, laatst bewaard door /);

    // the PDF of the latest assessment, as the dossier page offers it, holds the signed advice
    await go(member, 'Terug naar het dossier');
    const href = await member.$eval('ul.downloads a[href*="report.pdf?lang=nl"]', (a) => (a as HTMLAnchorElement).href);
    const got = await member.evaluate(async (url) => {
      const res = await fetch(url, { credentials: 'same-origin' });
      const bytes = new Uint8Array(await res.arrayBuffer());
      let bin = '';
      for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { status: res.status, type: res.headers.get('content-type') ?? '', base64: btoa(bin) };
    }, href);
    expect(got.status).to.equal(200);
    expect(got.type).to.match(/^application\/pdf/);
    const pdf = squash((await pdfText(Buffer.from(got.base64, 'base64'))).text);
    expect(pdf).to.include(squash(CONCLUSION)).and.include(OWN).and.include('An Peeters');
    expect(await mainText(member)).to.include(TITLE);
  });
});
