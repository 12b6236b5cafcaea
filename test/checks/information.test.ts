// Information: I1 on measured readability and on the declared fallback, I2–I7 on each side of their rule.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const PLAIN = `Beste mevrouw, beste meneer,

U krijgt vanaf 1 maart een korting op uw water. U hoeft niets te doen. Wij kijken zelf of u recht hebt.

Hebt u vragen? Bel ons op 03 123 45 67. Of kom langs in het Sociaal Huis.`;

/** Flesch-Douma about 51: in the "fairly difficult" band. */
const MIDDLE =
  'Vanaf januari betaalt u minder voor het ophalen van afval, want de gemeente verlaagt het tarief. Gezinnen met een verhoogde tegemoetkoming krijgen die korting vanzelf op de rekening die ze elk jaar krijgen.';

const LEGAL = `Overeenkomstig artikel 18, § 2, van de wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie wordt de aanvrager die nalaat de gevraagde bewijsstukken binnen de vastgestelde termijn over te maken, geacht afstand te doen van zijn aanvraag, tenzij hij aantoont dat hij zich in de onmogelijkheid bevond om deze verplichting na te komen.`;

const FR_PLAIN = 'Vous recevez une aide pour payer votre eau. Vous ne devez rien faire. Appelez-nous au 02 123 45 67.';

const info = (information: Record<string, unknown>) => proposal({ information });
const letter = (text: string, language = 'nl') => ({ texts: [{ kind: 'letter', language, text }] });

describe('information checks', () => {
  it('I1 uses the measured score: pass for a plain letter, partial in the middle band, fail for legal text', async () => {
    expect(await outcomeOf('I1', info(letter(PLAIN)))).to.equal('pass');
    expect(await outcomeOf('I1', info(letter(MIDDLE)))).to.equal('partial');
    expect(await outcomeOf('I1', info(letter(LEGAL)))).to.equal('fail');
    expect(await outcomeOf('I1', info(letter(FR_PLAIN, 'fr')))).to.equal('pass');
  });

  it('I1 trusts the measure over a declared "clear language: yes"', async () => {
    const p = info({ ...letter(LEGAL), clearLanguage: 'yes', coreMessagesA2: 'yes' });
    expect(await outcomeOf('I1', p)).to.equal('fail');
  });

  it('I1 is judged on the hardest of several texts', async () => {
    const p = info({
      texts: [
        { kind: 'letter', text: PLAIN },
        { kind: 'webpage', text: LEGAL },
      ],
    });
    const a = await run(p);
    expect(check(a, 'I1').outcome).to.equal('fail');
    expect((a.readability as Record<string, unknown>)['kind']).to.equal('webpage');
  });

  it('I1 falls back to the declared answers without a text', async () => {
    expect(await outcomeOf('I1', info({ clearLanguage: 'yes', coreMessagesA2: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('I1', info({ clearLanguage: 'ja', coreMessagesA2: 'nee' }))).to.equal('partial');
    expect(await outcomeOf('I1', info({ clearLanguage: 'no', coreMessagesA2: 'no' }))).to.equal('fail');
    expect(await outcomeOf('I1', info({ clearLanguage: 'unknown' }))).to.equal('unknown');
    expect(await outcomeOf('I1', proposal())).to.equal('unknown');
  });

  it('reports the readability in the assessment, or null without a text', async () => {
    expect((await run(proposal())).readability).to.equal(null);
    const a = await run(info({ texts: [{ kind: 'leaflet', text: PLAIN }] }));
    const r = a.readability as Record<string, unknown>;
    expect(r['measure']).to.equal('flesch-douma');
    expect(r['language']).to.equal('nl');
    expect(r['score']).to.be.a('number').and.to.be.at.least(60);
    expect(r).to.include.keys('wordsPerSentence', 'syllablesPerWord', 'words', 'sentences', 'level', 'longWordShare');
    expect(check(a, 'I1').parameters.map((p) => p.id)).to.include('information.lowLiteracyShare');
  });

  it('I1 reads the language of the proposal when a text has none', async () => {
    const p = { ...info({ texts: [{ text: FR_PLAIN }] }), meta: { title: 'T', municipality: 'M', language: 'fr' } };
    expect(((await run(p)).readability as Record<string, unknown>)['measure']).to.equal('kandel-moles');
  });

  it('I2 and I7 follow their yes / no / unknown answer', async () => {
    for (const [id, field] of [
      ['I2', 'testedWithPeopleInPoverty'],
      ['I7', 'plainLanguageSummary'],
    ] as const) {
      expect(await outcomeOf(id, info({ [field]: 'yes' })), `${id} yes`).to.equal('pass');
      expect(await outcomeOf(id, info({ [field]: 'no' })), `${id} no`).to.equal('fail');
      expect(await outcomeOf(id, info({ [field]: 'unknown' })), `${id} unknown`).to.equal('unknown');
    }
  });

  it('I3 needs several channels including a trusted intermediary, not only a website', async () => {
    expect(await outcomeOf('I3', info({ channels: ['website', 'caw'] }))).to.equal('pass');
    expect(await outcomeOf('I3', info({ channels: ['website', 'letter'] }))).to.equal('partial');
    expect(await outcomeOf('I3', info({ channels: ['poverty-association'] }))).to.equal('partial');
    expect(await outcomeOf('I3', info({ channels: ['website'] }))).to.equal('fail');
    expect(await outcomeOf('I3', info({ channels: [] }))).to.equal('fail');
    expect(await outcomeOf('I3', proposal())).to.equal('unknown');
  });

  it('I4 passes with translation or interpreting', async () => {
    expect(await outcomeOf('I4', info({ translation: 'no', interpreting: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('I4', info({ translation: 'no', interpreting: 'no' }))).to.equal('fail');
    expect(await outcomeOf('I4', info({ translation: 'no' }))).to.equal('unknown');
  });

  it('I5 checks the four elements of a letter, only where letters are sent', async () => {
    const all = { used: 'yes', oneMessage: 'yes', whatToDo: 'yes', byWhen: 'yes', whomToCall: 'yes' };
    expect(await outcomeOf('I5', info({ letters: all }))).to.equal('pass');
    expect(await outcomeOf('I5', info({ letters: { ...all, byWhen: 'no' } }))).to.equal('partial');
    const none = { used: 'yes', oneMessage: 'no', whatToDo: 'no', byWhen: 'no', whomToCall: 'no' };
    expect(await outcomeOf('I5', info({ letters: none }))).to.equal('fail');
    expect(await outcomeOf('I5', info({ letters: { ...all, whomToCall: 'unknown' } }))).to.equal('unknown');
    expect(await outcomeOf('I5', info({ letters: { used: 'no' } }))).to.equal('not-applicable');
  });

  it('I5 applies when a letter text is given, even without the yes/no', async () => {
    const p = info({ ...letter(PLAIN), letters: { oneMessage: 'yes', whatToDo: 'yes', byWhen: 'no', whomToCall: 'yes' } });
    expect(await outcomeOf('I5', p)).to.equal('partial');
  });

  it('I6 passes with the social map and the Rechtenverkenner, partial with one', async () => {
    expect(await outcomeOf('I6', info({ socialMap: 'yes', rechtenverkenner: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('I6', info({ socialMap: 'yes', rechtenverkenner: 'no' }))).to.equal('partial');
    expect(await outcomeOf('I6', info({ socialMap: 'no', rechtenverkenner: 'no' }))).to.equal('fail');
    expect(await outcomeOf('I6', info({ socialMap: 'yes' }))).to.equal('unknown');
  });

  it('is always applicable, whatever the screening says', async () => {
    const p = proposal({ screening: { triggers: { place: 'no', opening: 'no' } }, information: { plainLanguageSummary: 'yes' } });
    expect(await outcomeOf('I7', p)).to.equal('pass');
  });
});
