// Readability module: syllable counts, sentence splitting, and scores of plain versus legal Dutch and French.
import { expect } from 'chai';
import { countSyllables } from '../src/engine/readability/syllables.js';
import { sentences } from '../src/engine/readability/tokenize.js';
import { levelOf, measureText } from '../src/engine/readability/measure.js';
import { readabilityOf } from '../src/engine/readability/texts.js';

const BANDS = { a2Min: 80, b1Min: 60, partialMin: 45 };

const NL_SIMPLE = `Beste mevrouw, beste meneer,

U krijgt vanaf 1 maart een korting op uw water. U hoeft niets te doen. Wij kijken zelf of u recht hebt.

Hebt u vragen? Bel ons op 03 123 45 67. Of kom langs in het Sociaal Huis. Dat kan op maandag en donderdag, zonder afspraak.

Met vriendelijke groet,
Het OCMW`;

const NL_LEGAL = `Overeenkomstig artikel 18, § 2, van de wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie, en onverminderd de toepassing van de bepalingen inzake de terugvordering van ten onrechte uitbetaalde bedragen, wordt de aanvrager die nalaat de gevraagde bewijsstukken binnen de vastgestelde termijn over te maken, geacht afstand te doen van zijn aanvraag, tenzij hij aantoont dat hij zich in de onmogelijkheid bevond om deze verplichting na te komen. De beslissing tot weigering, intrekking of herziening van de tegemoetkoming wordt met redenen omkleed en ter kennis gebracht bij aangetekende brief, waarbij de rechthebbende gewezen wordt op de mogelijkheid tot het instellen van een beroep bij de bevoegde arbeidsrechtbank.`;

const FR_SIMPLE = `Madame, Monsieur,

Vous recevez une aide pour payer votre eau. Vous ne devez rien faire. Nous vérifions tout nous-mêmes.

Vous avez une question ? Appelez-nous au 02 123 45 67. Ou passez au CPAS le lundi ou le jeudi, sans rendez-vous.`;

const FR_LEGAL = `Conformément à l'article 18, § 2, de la loi du 26 mai 2002 concernant le droit à l'intégration sociale, et sans préjudice de l'application des dispositions relatives à la récupération des montants indûment perçus, le demandeur qui omet de transmettre les pièces justificatives requises dans le délai imparti est réputé renoncer à sa demande, à moins qu'il ne démontre s'être trouvé dans l'impossibilité de satisfaire à cette obligation. La décision de refus, de retrait ou de révision de l'intervention est motivée et notifiée par lettre recommandée, laquelle informe le bénéficiaire de la possibilité d'introduire un recours auprès du tribunal du travail compétent.`;

describe('readability: syllables', () => {
  it('counts Dutch syllables with diphthongs, long vowels, diaeresis and acronyms', () => {
    const known: Record<string, number> = {
      huis: 1,
      brief: 1,
      nieuw: 1,
      leefloon: 2,
      aanvraag: 2,
      eigen: 2,
      mooie: 2,
      groeien: 2,
      bureau: 2,
      gemeente: 3,
      eenvoudig: 3,
      uitkering: 3,
      huurwaarborg: 3,
      duidelijk: 3,
      bijdrage: 3,
      ideaal: 3,
      maatschappelijk: 4,
      ondersteuning: 4,
      vereniging: 4,
      informatie: 4,
      situatie: 4,
      beïnvloeden: 4,
      rechthebbende: 4,
      financiële: 5,
      OCMW: 4,
      "auto's": 2,
      'e-mail': 2,
      website: 2,
    };
    for (const [word, n] of Object.entries(known)) expect(countSyllables(word, 'nl'), word).to.equal(n);
  });

  it('counts French syllables with a silent final e, qu/gu and hiatus', () => {
    const known: Record<string, number> = {
      le: 1,
      aide: 1,
      rue: 1,
      qui: 1,
      guide: 1,
      eau: 1,
      centre: 1,
      "l'aide": 1,
      demande: 2,
      famille: 2,
      social: 2,
      année: 2,
      créer: 2,
      payer: 2,
      beaucoup: 2,
      personnes: 2,
      maïs: 2,
      revenu: 3,
      formulaire: 3,
      "aujourd'hui": 3,
      intégration: 4,
      allocation: 4,
      information: 4,
      CPAS: 4,
    };
    for (const [word, n] of Object.entries(known)) expect(countSyllables(word, 'fr'), word).to.equal(n);
  });

  it('counts English syllables with silent e, -ed and -es', () => {
    const known: Record<string, number> = {
      the: 1,
      make: 1,
      asked: 1,
      makes: 1,
      free: 1,
      letter: 2,
      simple: 2,
      people: 2,
      needed: 2,
      boxes: 2,
      social: 2,
      radio: 3,
      application: 4,
    };
    for (const [word, n] of Object.entries(known)) expect(countSyllables(word, 'en'), word).to.equal(n);
  });

  it('estimates numbers by their digits, capped at four', () => {
    expect(countSyllables('3', 'nl')).to.equal(1);
    expect(countSyllables('25', 'nl')).to.equal(2);
    expect(countSyllables('1.314,20', 'nl')).to.equal(4);
  });
});

describe('readability: sentences and words', () => {
  it('does not split after abbreviations, initials or inside numbers', () => {
    const s = sentences(
      'Breng o.a. uw kaart mee, bv. uw eID. Zie art. 5 en nr. 3. Daarna volgt p.ex. een gesprek met J. Peeters. Het kost € 1.314,20 per maand.',
    );
    expect(s).to.have.length(4);
    expect(s[0]).to.deep.equal(['Breng', 'o.a', 'uw', 'kaart', 'mee', 'bv', 'uw', 'eID']);
    expect(s[3]).to.deep.equal(['Het', 'kost', '1.314,20', 'per', 'maand']);
  });

  it('ends a sentence after "enz." or "etc." when a capital follows, and on e.g. goes on', () => {
    expect(sentences('Boeken, schriften enz. Daarna betaalt u.')).to.have.length(2);
    expect(sentences('Bring a document, e.g. a bill. Then come in.')).to.have.length(2);
  });

  it('treats each bullet and each paragraph as a sentence and skips links', () => {
    const s = sentences('Breng mee:\n- uw identiteitskaart\n- een bewijs van inkomen\n1. kom langs\n\nMeer op www.gemeente.be of mail info@gemeente.be');
    expect(s.map((x) => x.length)).to.deep.equal([2, 2, 4, 2, 4]);
  });
});

describe('readability: measures', () => {
  it('scores a plain Dutch letter far above a dense legal paragraph (Flesch-Douma)', () => {
    const plain = measureText(NL_SIMPLE, 'nl', BANDS);
    const legal = measureText(NL_LEGAL, 'nl', BANDS);
    expect(plain?.measure).to.equal('flesch-douma');
    expect(plain?.score).to.be.within(75, 100);
    expect(plain?.wordsPerSentence).to.be.below(10);
    expect(plain?.level).to.be.oneOf(['A2', 'B1']);
    expect(legal?.score).to.be.below(20);
    expect(legal?.wordsPerSentence).to.be.above(40);
    expect(legal?.level).to.equal('C1');
    expect(legal?.longWordShare).to.be.above(plain?.longWordShare ?? 1);
    expect(legal?.longSentenceShare).to.equal(1);
  });

  it('scores a plain French letter far above a dense legal paragraph (Kandel & Moles)', () => {
    const plain = measureText(FR_SIMPLE, 'fr', BANDS);
    const legal = measureText(FR_LEGAL, 'fr', BANDS);
    expect(plain?.measure).to.equal('kandel-moles');
    expect(plain?.score).to.be.within(65, 100);
    expect(legal?.score).to.be.below(25);
    expect((plain?.score ?? 0) - (legal?.score ?? 0)).to.be.above(50);
  });

  it('applies the published formula exactly', () => {
    // 2 sentences, 8 words, 9 syllables: 206.835 − 0.93 × 4 − 77 × 1.125 = 116.49
    const r = measureText('De kat zit. Ik lees een mooie brief.', 'nl', BANDS);
    expect(r?.words).to.equal(8);
    expect(r?.sentences).to.equal(2);
    expect(r?.syllables).to.equal(9);
    expect(r?.score).to.equal(116.5);
    const en = measureText('The cat sat on the mat.', 'en', BANDS);
    expect(en?.measure).to.equal('flesch');
    expect(en?.score).to.equal(116.1); // 206.835 − 1.015 × 6 − 84.6 × 1
  });

  it('maps scores to bands at their lower bounds', () => {
    expect(levelOf(80, BANDS)).to.equal('A2');
    expect(levelOf(79.9, BANDS)).to.equal('B1');
    expect(levelOf(60, BANDS)).to.equal('B1');
    expect(levelOf(45, BANDS)).to.equal('B2');
    expect(levelOf(44.9, BANDS)).to.equal('C1');
  });

  it('reports the hardest of several texts and keeps the list; null without words', () => {
    const r = readabilityOf(
      [
        { kind: 'letter', language: 'nl', text: NL_SIMPLE },
        { kind: 'leaflet', language: 'nl', text: NL_LEGAL },
      ],
      BANDS,
    );
    expect(r?.['kind']).to.equal('leaflet');
    expect(r?.['texts']).to.have.length(2);
    expect(readabilityOf([{ kind: 'other', language: 'nl', text: ' … ' }], BANDS)).to.equal(null);
    expect(readabilityOf([], BANDS)).to.equal(null);
  });
});
