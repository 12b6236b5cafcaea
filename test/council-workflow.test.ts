// The council's workflow rules, its refusals in three languages, the feedback's first draft, the form
// checks of the council page, and its labels: every key in nl, fr and en, and every key built from data there.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftFeedback } from '../src/server/council/feedback.js';
import { refusalError } from '../src/server/council/service.js';
import { ACTS, buttonsFor, checkAct, mayDo, nextStep, ROAD, type CouncilAct } from '../src/server/council/workflow.js';
import { parseAdvice, parseAnswer, parseComment, parseFeedback, parseParticipation, validDate } from '../src/server/pages/council-forms.js';
import { PAGES_DIR, pageLabel } from '../src/server/pages/render.js';
import { DOSSIER_STATUSES, ROLES, type DossierStatus, type Role } from '../src/store/types.js';
import { LANGS, type Lang } from '../src/types.js';

const ACT_NAMES = Object.keys(ACTS) as CouncilAct[];

describe('council workflow', () => {
  it('walks concept → submitted → in-review → advice-adopted → decided → followed-up, each step by its own roles', () => {
    const walk: [CouncilAct, DossierStatus, Role, DossierStatus][] = [
      ['submit', 'concept', 'ocmw-staff', 'submitted'],
      ['open', 'submitted', 'council-chair', 'in-review'],
      ['sign', 'in-review', 'council-chair', 'advice-adopted'],
      ['answer', 'advice-adopted', 'alderman', 'decided'],
      ['follow-up', 'decided', 'alderman', 'followed-up'],
    ];
    for (const [act, from, role, to] of walk) expect(checkAct(act, from, role), `${act} from ${from}`).to.deep.equal({ ok: true, to });
    expect(walk.map((w) => w[1])).to.deep.equal(ROAD.slice(0, -1));
    expect(ROAD.map((s) => nextStep(s)?.act ?? null)).to.deep.equal(['submit', 'open', 'sign', 'answer', 'follow-up', null]);
    expect(nextStep('closed')).to.equal(null);
  });

  it('who may: writers submit, the chair (or an administrator) opens, only the chair signs, only an alderman answers', () => {
    expect(ROLES.filter((r) => mayDo('submit', 'concept', r))).to.deep.equal(['admin', 'council-member', 'council-chair', 'ocmw-staff']);
    expect(ROLES.filter((r) => mayDo('open', 'submitted', r))).to.deep.equal(['admin', 'council-chair']);
    expect(ROLES.filter((r) => mayDo('sign', 'in-review', r))).to.deep.equal(['council-chair']);
    expect(ROLES.filter((r) => mayDo('answer', 'advice-adopted', r))).to.deep.equal(['alderman']);
    expect(ROLES.filter((r) => mayDo('comment', 'in-review', r))).to.deep.equal(['council-member', 'council-chair']);
    expect(ROLES.filter((r) => mayDo('participate', 'in-review', r))).to.deep.equal(['council-member', 'council-chair', 'participant']);
    expect(ROLES.filter((r) => mayDo('feedback', 'decided', r))).to.deep.equal(['council-member', 'council-chair']);
    expect(checkAct('sign', 'in-review', null)).to.deep.equal({ ok: false, reason: 'role' });
  });

  it('when: a role that never may hears so first; a status that does not allow it yet, or any more, is a status refusal', () => {
    expect(checkAct('sign', 'concept', 'council-member')).to.deep.equal({ ok: false, reason: 'role' });
    expect(checkAct('sign', 'submitted', 'council-chair')).to.deep.equal({ ok: false, reason: 'status' });
    expect(checkAct('open', 'in-review', 'council-chair')).to.deep.equal({ ok: false, reason: 'status' });
    expect(checkAct('answer', 'in-review', 'alderman')).to.deep.equal({ ok: false, reason: 'status' });
    expect(checkAct('follow-up', 'advice-adopted', 'alderman')).to.deep.equal({ ok: false, reason: 'status' });
    expect(checkAct('draft-advice', 'submitted', 'council-member')).to.deep.equal({ ok: false, reason: 'status' });
    // a later advice after a decision brings the dossier back to advice-adopted
    expect(checkAct('sign', 'decided', 'council-chair')).to.deep.equal({ ok: true, to: 'advice-adopted' });
    for (const act of ACT_NAMES) for (const r of ROLES) expect(mayDo(act, 'closed', r), `${act} on a closed dossier`).to.equal(false);
  });

  it('buttons: only the status changes with a button of their own, for the roles that may now', () => {
    expect(buttonsFor('concept', 'council-member')).to.deep.equal(['submit']);
    expect(buttonsFor('concept', 'participant')).to.deep.equal([]);
    expect(buttonsFor('submitted', 'council-chair')).to.deep.equal(['open']);
    expect(buttonsFor('submitted', 'council-member')).to.deep.equal([]);
    expect(buttonsFor('in-review', 'council-chair'), 'signing has its own page').to.deep.equal([]);
    expect(buttonsFor('advice-adopted', 'alderman'), 'answering has its own form').to.deep.equal([]);
    expect(buttonsFor('decided', 'alderman')).to.deep.equal(['follow-up']);
  });

  it('a refused act is a clear error in nl, fr and en: 403 for the role, 409 for the status', () => {
    const role = refusalError('sign', 'role', 'nl');
    expect(role.code).to.equal('FORBIDDEN');
    expect(role.message).to.equal('Alleen de voorzitter of secretaris van de raad ondertekent een advies.');
    expect(refusalError('sign', 'role', 'fr').message).to.equal('Seul le président ou le secrétaire du conseil signe un avis.');
    expect(refusalError('sign', 'role', 'en').message).to.equal('Only the chair or secretary of the council signs an advice.');
    const status = refusalError('answer', 'status', 'nl');
    expect(status.code).to.equal('CONFLICT');
    expect(status.message).to.match(/^Het college antwoordt pas/);
    for (const lang of LANGS)
      for (const act of ACT_NAMES) for (const r of ['role', 'status'] as const) expect(refusalError(act, r, lang).message).to.not.equal('');
  });
});

describe('council feedback draft', () => {
  const facts = {
    title: 'Zwembad',
    decision: 'Het college keurt het nieuwe tarief goed.',
    decidedOn: '10 december 2026',
    items: [
      { recommendation: 'Ken het kansentarief vanzelf toe.', response: 'followed' as const, reason: '' },
      { recommendation: 'Laat kinderen gratis zwemmen.', response: 'not-followed' as const, reason: 'Daar is dit jaar geen geld voor.' },
    ],
  };

  it('says what was decided and, per recommendation, what happens and why, in plain Dutch', () => {
    const text = draftFeedback((k, v) => pageLabel('nl', k, v), facts);
    expect(text).to.equal(
      [
        'Beste deelnemers,',
        'Bedankt dat jullie meedachten over "Zwembad". Met jullie inbreng gaf de raad een advies aan het college.',
        'Het college besliste op 10 december 2026:\nHet college keurt het nieuwe tarief goed.',
        'Zo gaat het college om met de voorstellen van de raad:',
        '1. Ken het kansentarief vanzelf toe.\nHet college doet dit.',
        '2. Laat kinderen gratis zwemmen.\nHet college doet dit niet. Waarom: Daar is dit jaar geen geld voor.',
        'Heb je een vraag? Stel ze gerust aan de raad.',
        'Met vriendelijke groet,\nDe raad',
      ].join('\n\n'),
    );
  });

  it('in French and English too, and without recommendations it says so', () => {
    const fr = draftFeedback((k, v) => pageLabel('fr', k, v), facts);
    expect(fr).to.include('Chers participants,').and.include('Le collège ne le fait pas. Pourquoi : Daar is dit jaar geen geld voor.');
    const en = draftFeedback((k, v) => pageLabel('en', k, v), { ...facts, items: [] });
    expect(en).to.include('The advice had no separate proposals.').and.not.include('1.');
  });
});

describe('council forms', () => {
  const today = '2026-12-02';

  it('a comment: on the whole or on an offered finding, its text required', () => {
    expect(parseComment({ commentAbout: '', commentText: ' Goed. ' }, 'nl', ['F2'])).to.deep.include({ ok: true, value: { text: 'Goed.', checkId: null } });
    expect(parseComment({ commentAbout: 'F2', commentText: 'x' }, 'nl', ['F2'])).to.deep.include({ ok: true, value: { text: 'x', checkId: 'F2' } });
    const bad = parseComment({ commentAbout: 'ZZ9', commentText: '' }, 'nl', ['F2']);
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).to.deep.equal(['commentAbout', 'commentText']);
  });

  it('participation: a count (no names), a past date, an expenses answer', () => {
    const ok = parseParticipation({ partText: 'Te duur.', partCount: '7', partHeldOn: '2026-11-20', partExpenses: 'unknown' }, 'nl', today);
    expect(ok).to.deep.include({ ok: true, value: { text: 'Te duur.', participants: 7, heldOn: '2026-11-20', expensesPaid: 'unknown' } });
    const bad = parseParticipation({ partText: '', partCount: 'zeven', partHeldOn: '2026-12-24', partExpenses: 'misschien' }, 'en', today);
    expect(bad.ok).to.equal(false);
    if (!bad.ok)
      expect(bad.issues).to.deep.equal([
        { path: 'partText', message: 'Fill this in.' },
        { path: 'partCount', message: 'Give a whole number from 1 to 10000.' },
        { path: 'partHeldOn', message: 'This date is in the future.' },
        { path: 'partExpenses', message: 'Choose one of the options.' },
      ]);
    expect(validDate('2026-02-30')).to.equal(false);
    expect(validDate('2026-02-28')).to.equal(true);
  });

  it('an advice: picked path steps in the path order with their check, then the own rows that are not empty', () => {
    const path = [
      { checkId: 'R1', text: 'Ken het vanzelf toe.' },
      { checkId: 'E1', text: 'Reken het netto effect uit.' },
    ];
    const r = parseAdvice(
      { number: '1', adviceConclusion: 'Gunstig.', advicePick: ['E1', 'R1'], adviceOwn0: 'Eigen 1', adviceOwn1: '', adviceOwn2: 'Eigen 2' },
      'nl',
      path,
    );
    expect(r).to.deep.include({
      ok: true,
      value: {
        number: 1,
        conclusion: 'Gunstig.',
        recommendations: [
          { text: 'Ken het vanzelf toe.', checkId: 'R1' },
          { text: 'Reken het netto effect uit.', checkId: 'E1' },
          { text: 'Eigen 1' },
          { text: 'Eigen 2' },
        ],
      },
    });
    const bad = parseAdvice({ number: '1', adviceConclusion: '', advicePick: 'X9' }, 'nl', path);
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).to.deep.equal(['adviceConclusion', 'advicePick']);
  });

  it('an answer: a response per recommendation; a reason is required unless followed (pas toe of leg uit)', () => {
    const body = {
      number: '1',
      answerDecision: 'Goedgekeurd.',
      answerDecidedOn: '2026-12-01',
      answerResponse0: 'followed',
      answerResponse1: 'partly',
      answerReason1: '',
    };
    const r = parseAnswer(body, 'nl', 2, today);
    expect(r.ok).to.equal(false);
    if (!r.ok)
      expect(r.issues).to.deep.equal([
        { path: 'answerReason1', message: 'Leg uit waarom het college dit niet of maar voor een deel volgt (pas toe of leg uit).' },
      ]);
    const ok = parseAnswer({ ...body, answerReason1: 'Te duur.' }, 'nl', 2, today);
    expect(ok.ok && ok.value.items).to.deep.equal([
      { index: 0, response: 'followed', reason: '' },
      { index: 1, response: 'partly', reason: 'Te duur.' },
    ]);
    const missing = parseAnswer({ number: '1', answerDecision: 'x', answerDecidedOn: '2026-12-01' }, 'nl', 1, today);
    expect(!missing.ok && missing.issues.map((i) => i.path)).to.deep.equal(['answerResponse0']);
  });

  it('feedback: the text required; its language kept from the draft; final only when asked for', () => {
    expect(parseFeedback({ number: '2', feedbackText: 'Beste', feedbackLang: 'fr', intent: 'final' }, 'nl')).to.deep.include({
      ok: true,
      value: { number: 2, text: 'Beste', lang: 'fr', final: true },
    });
    expect(parseFeedback({ number: '2', feedbackText: 'x', feedbackLang: 'xx' }, 'en')).to.deep.include({
      ok: true,
      value: { number: 2, text: 'x', lang: 'en', final: false },
    });
  });
});

describe('council labels', () => {
  const read = (lang: Lang): Record<string, string> =>
    JSON.parse(readFileSync(join(PAGES_DIR, 'locales', lang, 'council.json'), 'utf8')) as Record<string, string>;

  it('the same keys in nl, fr and en, none empty, all prefixed with the area', () => {
    const nl = Object.keys(read('nl')).sort();
    for (const lang of LANGS) {
      const keys = Object.keys(read(lang)).sort();
      expect(keys, lang).to.deep.equal(nl);
      for (const [k, v] of Object.entries(read(lang))) expect(v.trim(), `${lang} ${k}`).to.not.equal('');
    }
    expect(nl.filter((k) => !k.startsWith('council'))).to.deep.equal([]);
  });

  it('every key built from data exists: statuses, acts, outcomes, expenses, responses, levels, measures', () => {
    const built = [
      ...DOSSIER_STATUSES.map((s) => `councilStatusLabel${s}`),
      ...ROAD.flatMap((s) => (nextStep(s) ? [`councilNext${nextStep(s)?.act}`] : [])),
      ...ACT_NAMES.filter((a) => ACTS[a].button).map((a) => `councilButton${a}`),
      ...['partial', 'fail', 'unknown'].map((o) => `councilOutcome${o}`),
      ...['yes', 'no', 'unknown'].map((e) => `councilExpenses${e}`),
      ...['followed', 'partly', 'not-followed'].map((r) => `councilResponse${r}`),
      ...['A2', 'B1', 'B2', 'C1'].map((l) => `councilLevel${l}`),
      ...['flesch-douma', 'kandel-moles', 'flesch'].map((m) => `councilReadabilityMeasure${m}`),
    ];
    for (const lang of LANGS)
      expect(
        built.filter((k) => !(k in read(lang))),
        lang,
      ).to.deep.equal([]);
  });
});
