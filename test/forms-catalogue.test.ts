// The wizard's texts: every field of both input schemas has a title (and, where the schema describes it, a
// help text) in nl, fr and en, every choice a label, and the catalogue holds nothing the schemas lack.
// The checks read the catalogue's own data (catalogue()), not fieldText()'s fallback to the schema, so a
// field added to a schema fails here until its texts are written in all three languages.
import { expect } from 'chai';
import { catalogue, choiceLabel, fieldText, type FieldText } from '../src/server/forms/catalogue.js';
import { allFields, type FormField } from '../src/server/forms/schema-form.js';
import { LANGS, type Lang, type SubjectKind } from '../src/types.js';

const KINDS: readonly SubjectKind[] = ['proposal', 'service-audit'];
const ANSWER_LABELS: Record<Lang, Record<string, string>> = {
  nl: { yes: 'Ja', no: 'Nee', unknown: 'Weet ik niet' },
  fr: { yes: 'Oui', no: 'Non', unknown: 'Je ne sais pas' },
  en: { yes: 'Yes', no: 'No', unknown: "I don't know" },
};
/** Share of fields whose French and English titles must differ from the Dutch one (a guard against untranslated copies). */
const MIN_TRANSLATED = 0.9;

/** The catalogue's own entry for a field of a kind: the service-audit wording where there is one, else the shared one. */
function entry(lang: Lang, kind: SubjectKind, path: string): FieldText | undefined {
  const c = catalogue(lang);
  return (kind === 'service-audit' ? c.serviceAudit[path] : undefined) ?? c.fields[path];
}

function field(kind: SubjectKind, path: string): FormField {
  const f = allFields(kind).find((x) => x.path === path);
  if (!f) throw new Error(`no field ${path} in ${kind}`);
  return f;
}

/** Every path of both schemas, and per path the field (the same choices in both kinds). */
function pathsOfBoth(): Map<string, FormField> {
  const m = new Map<string, FormField>();
  for (const kind of KINDS) for (const f of allFields(kind)) if (!m.has(f.path)) m.set(f.path, f);
  return m;
}

describe('wizard field catalogue', () => {
  for (const kind of KINDS) {
    describe(kind, () => {
      it('every field has a title in nl, fr and en, and a help text wherever the schema describes it', () => {
        const missing: string[] = [];
        for (const f of allFields(kind)) {
          for (const lang of LANGS) {
            const e = entry(lang, kind, f.path);
            if (!e || !e.title.trim()) missing.push(`${lang} ${f.path}: title`);
            if (f.schemaDescription && !e?.help?.trim()) missing.push(`${lang} ${f.path}: help`);
          }
        }
        expect(missing, 'fields without texts').to.deep.equal([]);
      });

      it('every choice of every field has a label in nl, fr and en', () => {
        const missing: string[] = [];
        for (const f of allFields(kind)) {
          for (const value of f.choices ?? []) {
            for (const lang of LANGS) {
              const label = catalogue(lang).choices[f.path]?.[value];
              if (!label?.trim() || label === value) missing.push(`${lang} ${f.path} = ${value}`);
            }
          }
        }
        expect(missing, 'choices without labels').to.deep.equal([]);
      });

      it('the French and English titles are translations, not copies of the Dutch ones', () => {
        const fields = allFields(kind);
        for (const lang of ['fr', 'en'] as const) {
          const same = fields.filter((f) => entry(lang, kind, f.path)?.title === entry('nl', kind, f.path)?.title);
          expect(1 - same.length / fields.length, `${lang} titles equal to nl: ${same.map((f) => f.path).join(', ')}`).to.be.at.least(MIN_TRANSLATED);
        }
      });
    });
  }

  it('a service audit has its own wording wherever its schema words a field differently from a proposal', () => {
    const proposal = new Map(allFields('proposal').map((f) => [f.path, f]));
    const differing = allFields('service-audit').filter((f) => {
      const p = proposal.get(f.path);
      return p && (p.schemaTitle !== f.schemaTitle || p.schemaDescription !== f.schemaDescription);
    });
    expect(differing.map((f) => f.path)).to.include('meta.title');
    for (const f of differing) {
      for (const lang of LANGS) {
        const own = catalogue(lang).serviceAudit[f.path];
        expect(own?.title, `${lang} serviceAudit ${f.path}`).to.be.a('string').and.not.equal('');
        expect(own?.help, `${lang} serviceAudit ${f.path} help`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('a service audit never speaks of a proposal: no field of its form says "voorstel", "proposition" or "proposal"', () => {
    // The Dutch pattern also catches the verb "voorstellen" (to suggest, to offer): audit wordings avoid it too.
    const PROPOSAL_WORD: Record<Lang, RegExp> = { nl: /voorstel/i, fr: /proposition/i, en: /\bproposal/i };
    const found: string[] = [];
    for (const f of allFields('service-audit')) {
      for (const lang of LANGS) {
        const t = fieldText(lang, 'service-audit', f);
        if (PROPOSAL_WORD[lang].test(`${t.title} ${t.help ?? ''}`)) found.push(`${lang} ${f.path}`);
      }
    }
    expect(found, 'service-audit fields worded for a proposal').to.deep.equal([]);
  });

  it('holds no stale keys: every field, service-audit wording and choice belongs to a field of the schemas', () => {
    const paths = pathsOfBoth();
    const auditPaths = new Set(allFields('service-audit').map((f) => f.path));
    const stale: string[] = [];
    for (const lang of LANGS) {
      const c = catalogue(lang);
      for (const p of Object.keys(c.fields)) if (!paths.has(p)) stale.push(`${lang} fields ${p}`);
      for (const p of Object.keys(c.serviceAudit)) if (!auditPaths.has(p)) stale.push(`${lang} serviceAudit ${p}`);
      for (const [p, labels] of Object.entries(c.choices)) {
        const offered = paths.get(p)?.choices;
        if (!offered) stale.push(`${lang} choices ${p}`);
        else for (const v of Object.keys(labels)) if (!offered.includes(v)) stale.push(`${lang} choices ${p} = ${v}`);
      }
    }
    expect(stale, 'keys no schema field has').to.deep.equal([]);
  });

  it('labels every yes / no / "weet ik niet" answer with the same three words in each language', () => {
    for (const kind of KINDS) {
      for (const f of allFields(kind).filter((x) => x.kind === 'answer')) {
        for (const lang of LANGS) expect(catalogue(lang).choices[f.path], `${lang} ${f.path}`).to.deep.equal(ANSWER_LABELS[lang]);
      }
    }
  });

  it('fieldText and choiceLabel give the catalogue texts in each language, with the service-audit wording where there is one', () => {
    const title = field('proposal', 'meta.title');
    expect(LANGS.map((l) => fieldText(l, 'proposal', title).title)).to.deep.equal(['Titel', 'Titre', 'Title']);
    const auditTitle = field('service-audit', 'meta.title');
    expect(LANGS.map((l) => fieldText(l, 'service-audit', auditTitle).title)).to.deep.equal(['Naam van de dienst', 'Nom du service', 'Name of the service']);

    // A field without a service-audit wording reads the same for both kinds; rows' children have their own texts.
    const amount = field('proposal', 'affordability.prices[].amount');
    for (const lang of LANGS) {
      expect(fieldText(lang, 'service-audit', amount)).to.deep.equal(fieldText(lang, 'proposal', amount));
      expect(fieldText(lang, 'proposal', amount)).to.deep.equal(catalogue(lang).fields['affordability.prices[].amount']);
    }
    expect(fieldText('nl', 'proposal', amount).help).to.contain('euro');

    expect(LANGS.map((l) => choiceLabel(l, 'screening.triggers.price', 'unknown'))).to.deep.equal(['Weet ik niet', 'Je ne sais pas', "I don't know"]);
    expect(LANGS.map((l) => choiceLabel(l, 'affordability.prices[].frequency', 'per-month'))).to.deep.equal(['Per maand', 'Par mois', 'Per month']);
    expect(LANGS.map((l) => choiceLabel(l, 'meta.region', 'brussels'))).to.deep.equal([
      'Brussels Hoofdstedelijk Gewest',
      'Région de Bruxelles-Capitale',
      'Brussels-Capital Region',
    ]);
  });
});
