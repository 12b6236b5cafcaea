// JSON syntax errors in the user's language, with the place: JSON.parse's own text is English in every language.
import { expect } from 'chai';
import { ArmoedetoetsError } from '../src/errors.js';
import { parseInputText } from '../src/validation/parse.js';

function messageOf(text: string, lang: 'nl' | 'fr' | 'en'): string {
  try {
    parseInputText(text, 'json', lang);
  } catch (e) {
    expect(e).to.be.instanceOf(ArmoedetoetsError);
    return (e as Error).message;
  }
  throw new Error('no error');
}

describe('JSON syntax errors', () => {
  it('name the unexpected character and its line and column, in the chosen language', () => {
    const text = '{"kind": "proposal",\n "meta": {"title": "a" "municipality": "b"}}';
    expect(messageOf(text, 'nl')).to.equal('Geen geldige JSON: onverwacht teken «"» op regel 2, kolom 24');
    expect(messageOf(text, 'fr')).to.equal('JSON invalide : caractère inattendu « " » à la ligne 2, colonne 24');
    expect(messageOf(text, 'en')).to.match(/^Not valid JSON: unexpected character “"” on line 2, column 24$/);
  });

  it('say that the file stops in the middle of a value', () => {
    expect(messageOf('{"kind": "proposal"', 'nl')).to.include('het bestand houdt op midden in een waarde');
    expect(messageOf('{"kind": ', 'fr')).to.include("le fichier s'arrête au milieu d'une valeur");
  });

  it('never pass on the English text of JSON.parse', () => {
    for (const text of ['kind: proposal', '{"a": tru}', '[1, 2,, 3]', '{"a": 1}}']) {
      const m = messageOf(text, 'nl');
      expect(m, text).not.to.match(/Unexpected|Expected|position|JSON input/);
    }
  });
});
