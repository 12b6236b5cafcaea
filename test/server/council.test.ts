// The council's work through the app, as people with a browser do it (form posts, no script): submit,
// open, comment on a finding, the participation group's input, the advice drafted from the improvement
// path and the council's own, signed by the chair (not by a member), then fixed; the college's answer
// with "pas toe of leg uit"; the feedback drafted, measured, edited and made final; the follow-up.
import { expect } from 'chai';
import type { Organisation, User } from '../../src/store/types.js';
import { example } from './api-helpers.js';
import { backends, Client, makeOrg, makeUser, startTestServer, type Answer, type TestServer } from './harness.js';

type Fields = Record<string, string | string[]>;

const post = (c: Client, path: string, fields: Fields): Promise<Answer> => c.form(path, fields);

/** A post that went through: 303 back to the council page with its notice; the page it leads to. */
async function followed(c: Client, a: Answer): Promise<Answer> {
  expect(a.status, a.text.slice(0, 400)).to.equal(303);
  const to = a.headers.get('location') ?? '';
  expect(to).to.match(/\/council\?lang=nl&done=/);
  return c.get(to);
}

/** The college's answer to advice 1 as the alderman fills it in (the reason for recommendation 2 left out). */
const ANSWER = {
  number: '1',
  answerDecision: 'Het college keurt de nieuwe tarieven goed.',
  answerDecidedOn: '2026-12-01',
  answerResponse0: 'followed',
  answerResponse1: 'not-followed',
  answerReason1: '',
  answerResponse2: 'partly',
  answerReason2: 'Alleen in de wijken met een buurtwerker.',
  answerResponse3: 'followed',
};

const fieldError = (html: string, name: string): string | undefined => new RegExp(`id="${name}-error">([^<]*)<`).exec(html)?.[1];
const statusOf = (html: string): string | undefined => /Dit dossier is nu: ([^.]*)\./.exec(html)?.[1];
const text = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

for (const backend of backends()) {
  describe(`council pages (${backend.name})`, function () {
    this.timeout(120_000);
    let t: TestServer;
    let org: Organisation;
    const users = {} as Record<'writer' | 'member' | 'chair' | 'participant' | 'alderman' | 'outsider', User>;
    const clients = {} as Record<keyof typeof users, Client>;
    let page = '';
    let dossierId = '';

    before(async () => {
      t = await startTestServer(backend);
      t.clock.set('2026-12-02T10:00:00.000Z');
      org = await makeOrg(t.store);
      const other = await makeOrg(t.store);
      const roles = { writer: 'ocmw-staff', member: 'council-member', chair: 'council-chair', participant: 'participant', alderman: 'alderman' } as const;
      for (const [who, role] of Object.entries(roles) as [keyof typeof roles, (typeof roles)[keyof typeof roles]][])
        users[who] = await makeUser(t.store, { orgId: org.id, role });
      users.outsider = await makeUser(t.store, { orgId: other.id, role: 'council-chair' });
      await t.store.users.setPassword(users.chair.id, (await t.store.users.get(users.chair.id))?.passwordHash as string);
      for (const who of Object.keys(users) as (keyof typeof users)[]) {
        clients[who] = new Client(t.url);
        expect((await clients[who].login(users[who].email)).status).to.equal(200);
      }
      const made = await clients.writer.post(`/api/v1/orgs/${org.slug}/dossiers`, { input: example('zwembad-sociaal-tarief') });
      expect(made.status).to.equal(201);
      dossierId = made.body.dossier.id;
      page = `/o/${org.slug}/dossiers/${dossierId}/council`;
    });
    after(() => t.close());

    it('shows the status, the next step and only the buttons the role may use; another organisation gets 404', async () => {
      const w = await clients.writer.get(page);
      expect(w.status).to.equal(200);
      expect(statusOf(w.text)).to.equal('concept');
      expect(w.text).to.include('Volgende stap: wie het voorstel voorbereidt, dient het in bij de raad.');
      expect(w.text).to.include('>Indienen bij de raad</button>');
      expect(w.text, 'before the decision the review date is a plan').to.include('De evaluatie is gepland op 30 juni 2026.');
      const p = await clients.participant.get(page);
      expect(p.status).to.equal(200);
      expect(p.text).to.not.include('Indienen bij de raad</button>');
      expect(p.text).to.not.include('name="commentText"');
      expect(p.text).to.include('name="partText"');
      expect((await clients.outsider.get(page)).status).to.equal(404);
      expect((await post(clients.outsider, `${page}/open`, {})).status).to.equal(404);
      expect((await new Client(t.url).get(page)).status, 'no login: to the login page').to.equal(303);
    });

    it('the writer submits; a member may not open it (403); the chair opens it', async () => {
      const after = await followed(clients.writer, await post(clients.writer, `${page}/submit`, {}));
      expect(statusOf(after.text)).to.equal('ingediend');
      expect(after.text).to.include('Het dossier is ingediend bij de raad.');
      const again = await post(clients.writer, `${page}/submit`, {});
      expect(again.status).to.equal(409);
      expect(again.text).to.include('Dit dossier is al ingediend.').and.include('role="alert"');
      const member = await post(clients.member, `${page}/open`, {});
      expect(member.status).to.equal(403);
      expect(member.text).to.include('Dit mag je niet doen');
      const opened = await followed(clients.chair, await post(clients.chair, `${page}/open`, {}));
      expect(statusOf(opened.text)).to.equal('in behandeling');
    });

    it('a council member comments on the whole and on a finding that is not passing; problems show next to the field', async () => {
      const form = await clients.member.get(page);
      expect(form.text).to.match(/<option value="F2">F2: [^<]+\(deels in orde\)<\/option>/);
      expect(form.text, 'a passing check is no finding to pick').to.not.include('<option value="F1">');
      const empty = await post(clients.member, `${page}/comments`, { commentAbout: 'F2', commentText: '  ' });
      expect(empty.status).to.equal(400);
      expect(fieldError(empty.text, 'commentText')).to.equal('Vul dit in.');
      expect(empty.text).to.include('aria-invalid="true"').and.include('role="alert"').and.include('<a href="#commentText">Je reactie: Vul dit in.</a>');
      expect(empty.text, 'the choice is kept').to.include('<option value="F2" selected>');
      const unknown = await post(clients.member, `${page}/comments`, { commentAbout: 'F1', commentText: 'x' });
      expect(fieldError(unknown.text, 'commentAbout')).to.equal('Kies het hele dossier of een bevinding uit de lijst.');
      await followed(clients.member, await post(clients.member, `${page}/comments`, { commentAbout: '', commentText: 'Een goed voorstel.' }));
      const shown = await followed(
        clients.member,
        await post(clients.member, `${page}/comments`, { commentAbout: 'F2', commentText: 'De verplaatsing <kost> ook geld.' }),
      );
      expect(text(shown.text)).to.include('over het dossier als geheel').and.include('over bevinding F2:');
      expect(shown.text).to.include('De verplaatsing &lt;kost&gt; ook geld.');
      const comments = await t.store.council.comments.list(org.id, dossierId);
      expect(comments.map((c) => c.checkId)).to.deep.equal([null, 'F2']);
      expect(comments[1]?.assessmentId).to.be.a('string');
    });

    it('the participation group records what it said, with a count and no names; a member may do so on its behalf', async () => {
      const bad = await post(clients.participant, `${page}/participation`, {
        partText: 'Te duur',
        partCount: 'acht',
        partHeldOn: '2026-12-24',
        partExpenses: '',
      });
      expect(bad.status).to.equal(400);
      expect(fieldError(bad.text, 'partCount')).to.equal('Geef een heel getal van 1 tot 10000.');
      expect(fieldError(bad.text, 'partHeldOn')).to.equal('Deze datum ligt in de toekomst.');
      expect(fieldError(bad.text, 'partExpenses')).to.equal('Vul dit in.');
      const form = await clients.participant.get(page);
      expect(form.text).to.not.match(/name="[^"]*(naam|name)[^"]*"/i);
      const own = await followed(
        clients.participant,
        await post(clients.participant, `${page}/participation`, {
          partText: 'Het tarief is te hoog voor ons.',
          partCount: '8',
          partHeldOn: '2026-11-20',
          partExpenses: 'yes',
        }),
      );
      expect(text(own.text)).to.include('8 deelnemers, bijeenkomst op 20 november 2026. Onkosten vergoed: ja.');
      const onBehalf = await clients.member.get(page);
      expect(onBehalf.text).to.include('Je noteert dit namens de groep.');
      await followed(
        clients.member,
        await post(clients.member, `${page}/participation`, {
          partText: 'Ook de bus is duur.',
          partCount: '5',
          partHeldOn: '2026-11-27',
          partExpenses: 'unknown',
        }),
      );
      const entries = await t.store.council.participation.list(org.id, dossierId);
      expect(entries.map((e) => [e.participants, e.onBehalf, e.expensesPaid])).to.deep.equal([
        [8, false, 'yes'],
        [5, true, 'unknown'],
      ]);
    });

    it('the council drafts an advice from the improvement path and its own; a member cannot sign it (403)', async () => {
      const form = await clients.member.get(page);
      expect(form.text).to.include('id="advicePick-R1"').and.include('id="advicePick-E1"');
      const draft = await followed(
        clients.member,
        await post(clients.member, `${page}/advice`, {
          number: '1',
          adviceConclusion: 'Gunstig, als het kansentarief vanzelf komt.',
          advicePick: ['E1', 'R1'],
          adviceOwn0: 'Spreek de buurtwerkers aan.',
          adviceOwn1: '',
        }),
      );
      expect(draft.text).to.include('Ontwerp van advies 1').and.include('De voorzitter of secretaris van de raad ondertekent het advies.');
      expect(draft.text).to.not.include('/advice/1/sign');
      const advice = await t.store.council.advices.latest(org.id, dossierId);
      expect(advice?.recommendations.map((r) => r.checkId ?? 'own')).to.deep.equal(['R1', 'E1', 'own']);
      expect(advice?.recommendations[2]?.text).to.equal('Spreek de buurtwerkers aan.');
      // the draft can still change
      await followed(
        clients.member,
        await post(clients.member, `${page}/advice`, {
          number: '1',
          adviceConclusion: 'Gunstig, als het kansentarief vanzelf komt.',
          advicePick: ['R1', 'E1'],
          adviceOwn0: 'Spreek de buurtwerkers aan.',
          adviceOwn1: 'Meet het gebruik na een jaar.',
        }),
      );
      expect((await t.store.council.advices.latest(org.id, dossierId))?.recommendations).to.have.length(4);
      expect((await clients.member.get(`${page}/advice/1/sign`)).status).to.equal(403);
      const refused = await post(clients.member, `${page}/advice/1/sign`, { signName: 'Raadslid', signRole: 'Voorzitter' });
      expect(refused.status).to.equal(403);
      expect(refused.text).to.include('Dit mag je niet doen');
      expect((await t.store.council.advices.latest(org.id, dossierId))?.status).to.equal('draft');
    });

    it('the chair signs after a confirm step (name, role, date); then the advice is read-only and a change is refused', async () => {
      const council = await clients.chair.get(page);
      expect(council.text).to.include(`href="${page}/advice/1/sign?lang&#x3D;nl"`);
      const confirm = await clients.chair.get(`${page}/advice/1/sign`);
      expect(confirm.status).to.equal(200);
      expect(confirm.text)
        .to.include('Datum van ondertekening: 2 december 2026')
        .and.include('value="Test Gebruiker"')
        .and.include('Ja, onderteken dit advies');
      const noName = await post(clients.chair, `${page}/advice/1/sign`, { signName: '', signRole: 'Voorzitter' });
      expect(noName.status).to.equal(400);
      expect(fieldError(noName.text, 'signName')).to.equal('Vul dit in.');
      const signed = await followed(clients.chair, await post(clients.chair, `${page}/advice/1/sign`, { signName: 'An Peeters', signRole: 'Voorzitter' }));
      expect(statusOf(signed.text)).to.equal('advies vastgesteld');
      expect(signed.text).to.include('Ondertekend door An Peeters (Voorzitter) op 2 december 2026.');
      expect(signed.text).to.include('Nieuw advies schrijven (advies 2)');
      const change = await post(clients.member, `${page}/advice`, { number: '1', adviceConclusion: 'Toch ongunstig.' });
      expect(change.status).to.equal(409);
      expect(change.text).to.include('Advies 1 is ondertekend en kan niet meer veranderen. Begin een nieuw advies.');
      expect(change.text, 'what was typed is kept').to.include('Toch ongunstig.');
      expect((await post(clients.chair, `${page}/advice/1/sign`, { signName: 'X', signRole: 'Y' })).status).to.equal(409);
      const advice = await t.store.council.advices.byNumber(org.id, dossierId, 1);
      expect(advice).to.include({ status: 'signed', conclusion: 'Gunstig, als het kansentarief vanzelf komt.' });
      expect(advice?.signedBy).to.include({ name: 'An Peeters', role: 'Voorzitter' });
    });

    it("an alderman records the college's answer: a reason is required for what is not (fully) followed", async () => {
      const form = await clients.alderman.get(page);
      expect(form.text).to.include('Antwoord op advies 1').and.include('id="answerResponse3-not-followed"');
      const fields = ANSWER;
      const missing = await post(clients.alderman, `${page}/answer`, fields);
      expect(missing.status).to.equal(400);
      expect(fieldError(missing.text, 'answerReason1')).to.equal('Leg uit waarom het college dit niet of maar voor een deel volgt (pas toe of leg uit).');
      expect(missing.text)
        .to.include('Het college keurt de nieuwe tarieven goed.')
        .and.include('id="answerResponse1-not-followed" name="answerResponse1" value="not-followed" checked');
      expect(statusOf(missing.text)).to.equal('advies vastgesteld');
      const done = await followed(clients.alderman, await post(clients.alderman, `${page}/answer`, { ...fields, answerReason1: 'Dat kost te veel dit jaar.' }));
      expect(statusOf(done.text)).to.equal('beslist');
      expect(done.text, 'once decided, a past review date is overdue').to.include('De evaluatie is te laat: ze was gepland op 30 juni 2026.');
      expect(text(done.text)).to.include('Het college besliste op 1 december 2026.').and.include('niet gevolgd Dat kost te veel dit jaar.');
      expect((await post(clients.alderman, `${page}/answer`, { ...fields, answerReason1: 'x' })).status).to.equal(409);
    });

    it('the alderman corrects a mistake in the recorded answer: a reason is asked, what it said before stays visible', async () => {
      const page0 = await clients.alderman.get(page);
      expect(page0.text).to.include('<summary>Een fout in dit antwoord verbeteren</summary>');
      expect(page0.text, 'the form holds the recorded answer').to.include('id="answerResponse2-partly" name="answerResponse2" value="partly" checked');
      expect((await clients.member.get(page)).text, 'only an alderman corrects').to.not.include('Een fout in dit antwoord verbeteren');
      const fields = { ...ANSWER, answerReason1: 'Dat kost te veel dit jaar.', answerReason2: 'Alleen in de wijken met een buurtwerker, vanaf maart.' };
      expect((await post(clients.member, `${page}/answer/correct`, { ...fields, answerWhy: 'x' })).status).to.equal(403);
      const noWhy = await post(clients.alderman, `${page}/answer/correct`, { ...fields, answerWhy: '' });
      expect(noWhy.status).to.equal(400);
      expect(fieldError(noWhy.text, 'answerWhy')).to.equal('Vul dit in.');
      expect(noWhy.text, 'the correction opens where it was, with what was typed')
        .to.include('<details class="council-correct" open>')
        .and.include('vanaf maart.');
      const done = await followed(
        clients.alderman,
        await post(clients.alderman, `${page}/answer/correct`, { ...fields, answerWhy: 'De startdatum ontbrak bij aanbeveling 3.' }),
      );
      expect(done.text).to.include('De verbetering is bewaard.');
      expect(text(done.text)).to.include('Verbeterd door Test Gebruiker op 2 december 2026.').and.include('vanaf maart.');
      expect(text(done.text))
        .to.include('Wat er eerder stond (1)')
        .and.include('omdat: De startdatum ontbrak bij aanbeveling 3.')
        .and.include('Alleen in de wijken met een buurtwerker.');
      expect(statusOf(done.text), 'a correction moves nothing').to.equal('beslist');
      const advice = await t.store.council.advices.byNumber(org.id, dossierId, 1);
      const answer = await t.store.council.answers.forAdvice(org.id, advice?.id ?? '');
      expect(answer?.items[2]).to.deep.equal({ index: 2, response: 'partly', reason: 'Alleen in de wijken met een buurtwerker, vanaf maart.' });
      expect(await t.store.council.answers.history(org.id, answer?.id ?? '')).to.have.length(1);
      const report = await clients.alderman.get(
        `/api/v1/orgs/${org.slug}/assessments/${(await t.store.assessments.listForDossier(org.id, dossierId)).at(-1)?.id}/report.html?lang=nl`,
      );
      expect(report.status).to.equal(200);
      expect(text(report.text)).to.include('Verbeterd op 2 december 2026 door Test Gebruiker.').and.include('vanaf maart.');
    });

    it('the feedback to the participants is drafted from the answer with its readability, edited, made final and printed', async () => {
      const draft = await clients.member.get(page);
      expect(draft.text).to.include('Dit is een eerste versie, nog niet bewaard.');
      expect(draft.text).to.match(
        /Score -?\d+(\.\d)? op de Flesch-Douma-schaal: (heel eenvoudig \(A2\)|duidelijke taal \(B1\)|tamelijk moeilijk \(B2\)|moeilijk \(C1\))\./,
      );
      const textarea = /<textarea id="feedbackText"[^>]*>([^<]*)<\/textarea>/.exec(draft.text)?.[1] ?? '';
      expect(textarea).to.include('Beste deelnemers,').and.include('Het college doet dit niet. Waarom: Dat kost te veel dit jaar.');
      expect(textarea, 'the text as drafted, no line indented by the template')
        .to.include('\n\nBedankt dat jullie')
        .and.not.match(/\n[ \t]+\S/);
      expect((await clients.alderman.get(page)).text, 'an alderman reads it, but does not edit it').to.not.include('id="feedbackText"');
      const plain = 'Beste deelnemers,\n\nDank je voor je hulp. Het college zegt ja. Het zwembad wordt goedkoper voor jullie.\n\nDe raad';
      const saved = await followed(
        clients.member,
        await post(clients.member, `${page}/feedback`, { number: '1', feedbackLang: 'nl', feedbackText: plain, intent: 'save' }),
      );
      expect(saved.text).to.include('Ontwerp, laatst bewaard door Test Gebruiker op 2 december 2026.');
      expect(saved.text).to.match(/Score \d+(,\d)? op de Flesch-Douma-schaal: (heel eenvoudig \(A2\)|duidelijke taal \(B1\))\./);
      expect(saved.text).to.not.include('werd verbeterd nadat deze terugkoppeling bewaard werd');
      // The answer corrected after the draft was saved: the draft may now say what is no longer so.
      t.clock.set('2026-12-02T10:05:00.000Z');
      const answerNow = await t.store.council.answers.forAdvice(org.id, (await t.store.council.advices.byNumber(org.id, dossierId, 1))?.id ?? '');
      const fields: Record<string, string> = {
        number: '1',
        answerDecision: answerNow?.decision ?? '',
        answerDecidedOn: answerNow?.decidedOn ?? '',
        answerWhy: 'Nog een tikfout.',
      };
      for (const i of answerNow?.items ?? []) Object.assign(fields, { [`answerResponse${i.index}`]: i.response, [`answerReason${i.index}`]: i.reason });
      fields['answerDecision'] = 'Het college keurt de nieuwe tarieven goed, vanaf 1 maart.';
      await followed(clients.alderman, await post(clients.alderman, `${page}/answer/correct`, fields));
      expect((await clients.member.get(page)).text).to.include('Let op: het antwoord van het college werd verbeterd nadat deze terugkoppeling bewaard werd.');
      const final = await followed(
        clients.chair,
        await post(clients.chair, `${page}/feedback`, { number: '1', feedbackLang: 'nl', feedbackText: plain, intent: 'final' }),
      );
      expect(final.text).to.include('De terugkoppeling is definitief.').and.include('Definitief gemaakt door');
      expect(final.text).to.not.include('id="feedbackText"');
      const again = await post(clients.member, `${page}/feedback`, { number: '1', feedbackLang: 'nl', feedbackText: 'Anders.', intent: 'save' });
      expect(again.status).to.equal(409);
      const print = await clients.participant.get(`${page}/feedback/print`);
      expect(print.status).to.equal(200);
      expect(print.text).to.include('Dank je voor je hulp.').and.not.include('Ontwerp: nog niet definitief.');
      expect((await t.store.council.feedback.forAdvice(org.id, (await t.store.council.advices.byNumber(org.id, dossierId, 1))?.id ?? ''))?.status).to.equal(
        'final',
      );
      // Once the participants were told, the answer no longer changes.
      const fixed = await clients.alderman.get(page);
      expect(fixed.text).to.not.include('Een fout in dit antwoord verbeteren');
      expect(fixed.text).to.include('Het antwoord kan niet meer verbeterd worden: de terugkoppeling aan de deelnemers is definitief.');
      const late = await post(clients.alderman, `${page}/answer/correct`, {
        number: '1',
        answerDecision: 'Anders.',
        answerDecidedOn: '2026-12-01',
        answerResponse0: 'followed',
        answerResponse1: 'followed',
        answerResponse2: 'followed',
        answerResponse3: 'followed',
        answerWhy: 'Te laat.',
      });
      expect(late.status).to.equal(409);
      expect(late.text).to.include('De terugkoppeling over dit antwoord is definitief: het antwoord verandert niet meer.');
    });

    it('the follow-up closes the road; the audit trail holds every act with ids and counts, never the texts', async () => {
      expect((await post(clients.member, `${page}/follow-up`, {})).status).to.equal(403);
      const done = await followed(clients.alderman, await post(clients.alderman, `${page}/follow-up`, {}));
      expect(statusOf(done.text)).to.equal('opgevolgd');
      expect(done.text).to.include('Er is geen volgende stap meer.');
      const audit = (await t.store.audit.list(org.id, { dossierId }, null, 100)).items.reverse();
      expect(audit.map((e) => e.action).filter((a) => a.startsWith('council.'))).to.deep.equal([
        'council.submit',
        'council.open',
        'council.comment',
        'council.comment',
        'council.participate',
        'council.participate',
        'council.advice.create',
        'council.advice.update',
        'council.sign',
        'council.answer',
        'council.answer.correct',
        'council.feedback.save',
        'council.answer.correct',
        'council.feedback.final',
        'council.follow-up',
      ]);
      expect(audit.find((e) => e.action === 'council.sign')?.details).to.include({ number: 1, from: 'in-review', to: 'advice-adopted' });
      expect(audit.find((e) => e.action === 'council.answer')?.details).to.include({ followed: 2, partly: 1, notFollowed: 1 });
      expect(audit.find((e) => e.action === 'council.participate')?.details).to.include({ participants: 8, onBehalf: false });
      const all = JSON.stringify(audit);
      for (const typed of ['Een goed voorstel', 'te hoog', 'Gunstig', 'buurtwerkers', 'An Peeters', 'tarieven', 'Dat kost', 'Dank je'])
        expect(all).to.not.include(typed);
    });

    it('a new advice follows a signed one as number 2; signing it brings the dossier back to advice adopted', async () => {
      await followed(clients.member, await post(clients.member, `${page}/advice`, { number: '2', adviceConclusion: 'Na een jaar: ook de bus.' }));
      const draft = await clients.chair.get(page);
      expect(draft.text).to.include('Ontwerp van advies 2').and.include('Advies 1');
      const signed = await followed(clients.chair, await post(clients.chair, `${page}/advice/2/sign`, { signName: 'An Peeters', signRole: 'Secretaris' }));
      expect(statusOf(signed.text)).to.equal('advies vastgesteld');
      expect(signed.text).to.include('Eerdere adviezen').and.include('Het college heeft nog niet geantwoord op advies 2.');
      expect((await t.store.council.advices.list(org.id, dossierId)).map((a) => [a.number, a.status])).to.deep.equal([
        [1, 'signed'],
        [2, 'signed'],
      ]);
    });

    it('speaks French and English too', async () => {
      const fr = await clients.chair.get(`${page}?lang=fr`);
      expect(fr.text).to.include('<html lang="fr">').and.include('Ce dossier est maintenant : avis adopté.');
      const en = await clients.chair.get(`${page}?lang=en`);
      expect(en.text).to.include('This dossier is now: advice adopted.').and.include('Answer of the college');
    });
  });
}
