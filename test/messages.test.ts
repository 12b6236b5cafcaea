// The engine's message catalogues: one per language, each message present, non-empty and with the Dutch placeholders.
import { expect } from 'chai';
import { en } from '../src/messages/en.js';
import { fr } from '../src/messages/fr.js';
import { nl } from '../src/messages/nl.js';
import type { Message } from '../src/messages/types.js';

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : [m.one, m.other]);
const placeholders = (m: Message): string[] =>
  [
    ...new Set(
      forms(m)
        .join(' ')
        .match(/\{\w+\}/g) ?? [],
    ),
  ].sort();

describe('message catalogues', () => {
  for (const [lang, cat] of [
    ['fr', fr],
    ['en', en],
  ] as const) {
    it(`${lang} has exactly the Dutch keys, each non-empty, with the same placeholders`, () => {
      expect(Object.keys(cat).sort()).to.deep.equal(Object.keys(nl).sort());
      for (const [key, m] of Object.entries(nl) as [keyof typeof nl, Message][]) {
        const other = cat[key];
        for (const f of forms(other)) expect(f.trim(), `${lang}.${key}`).not.to.equal('');
        expect(typeof other, `${lang}.${key}: plural forms where Dutch has them`).to.equal(typeof m);
        // A plural form may drop {count} in its singular ("1 fout"); the other placeholders must all be there.
        const want = placeholders(m).filter((p) => p !== '{count}');
        for (const p of want) expect(placeholders(other), `${lang}.${key} keeps ${p}`).to.include(p);
      }
    });
  }
});
