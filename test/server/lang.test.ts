// The language of an answer: ?lang= first, then Accept-Language (q-values, regions), then Dutch.
import { expect } from 'chai';
import { fromAcceptLanguage, negotiateLang } from '../../src/server/http/lang.js';
import { SERVER_CATALOGUES } from '../../src/server/messages/index.js';
import type { Message } from '../../src/messages/types.js';

describe('server language negotiation', () => {
  it('reads Accept-Language with q-values and regions', () => {
    expect(fromAcceptLanguage(undefined)).to.equal(undefined);
    expect(fromAcceptLanguage('fr-BE,fr;q=0.9,nl;q=0.8')).to.equal('fr');
    expect(fromAcceptLanguage('de-DE, en;q=0.5, nl;q=0.7')).to.equal('nl');
    expect(fromAcceptLanguage('EN-gb')).to.equal('en');
    expect(fromAcceptLanguage('de, es')).to.equal(undefined);
    expect(fromAcceptLanguage('fr;q=0, en;q=0.1')).to.equal('en');
    expect(fromAcceptLanguage('*')).to.equal(undefined);
  });

  it('lets ?lang= win and flags an unusable one', () => {
    expect(negotiateLang('en', 'fr')).to.deep.equal({ lang: 'en', invalid: false });
    expect(negotiateLang(undefined, 'fr')).to.deep.equal({ lang: 'fr', invalid: false });
    // A report in several languages: the answer speaks the first.
    expect(negotiateLang('fr,nl', 'en')).to.deep.equal({ lang: 'fr', invalid: false });
    expect(negotiateLang('fr,xx', 'en')).to.deep.equal({ lang: 'en', invalid: true });
    expect(negotiateLang('fr,', 'en')).to.deep.equal({ lang: 'en', invalid: true });
    expect(negotiateLang(undefined, undefined)).to.deep.equal({ lang: 'nl', invalid: false });
    expect(negotiateLang('de', 'fr')).to.deep.equal({ lang: 'fr', invalid: true });
    expect(negotiateLang(['en', 'fr'], undefined)).to.deep.equal({ lang: 'nl', invalid: true });
  });

  it('has every server message in fr and en with the Dutch placeholders', () => {
    const forms = (m: Message): string => (typeof m === 'string' ? m : `${m.one} ${m.other}`);
    const holes = (m: Message): string[] => [...new Set(forms(m).match(/\{\w+\}/g) ?? [])].filter((p) => p !== '{count}').sort();
    for (const lang of ['fr', 'en'] as const) {
      expect(Object.keys(SERVER_CATALOGUES[lang]).sort()).to.deep.equal(Object.keys(SERVER_CATALOGUES.nl).sort());
      for (const [key, m] of Object.entries(SERVER_CATALOGUES.nl)) {
        const other = SERVER_CATALOGUES[lang][key as keyof typeof SERVER_CATALOGUES.nl];
        expect(holes(other), `${lang}.${key}`).to.deep.equal(holes(m));
      }
    }
  });
});
