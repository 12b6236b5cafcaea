// Setting the scene for a page check, through the app as a browser without script would (form posts and
// the API, each with its own user's session): what a journey test does by hand, done quickly here so
// that every page type can be looked at in every state it has.
import { expect } from 'chai';
import type { Role } from '../../src/store/types.js';
import { Client, type Answer } from '../server/harness.js';
import type { World } from './world.js';

export type Fields = Record<string, string | string[]>;

/** A Client signed in as the world's user of `role`. */
export async function client(w: World, role: Role): Promise<Client> {
  const c = new Client(w.t.url);
  const user = w.users.get(role);
  expect((await c.login(user?.email ?? '')).status, `sign in as ${role}`).to.equal(200);
  return c;
}

/** A form post as a browser sends it: urlencoded, a name repeated per checked box, the CSRF token as _csrf. */
export function form(c: Client, path: string, fields: Fields): Promise<Answer> {
  const body = new URLSearchParams();
  body.append('_csrf', c.csrf ?? '');
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
  return c.send('POST', path, { raw: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, csrf: false });
}

/** A form post that must go through: 303 to the next page; that page's address. */
export async function posted(c: Client, path: string, fields: Fields): Promise<string> {
  const a = await form(c, path, fields);
  expect(a.status, `${path}: ${a.text.slice(0, 300)}`).to.equal(303);
  return a.headers.get('location') ?? '';
}

/** The id of the demo dossier titled `title`. */
export async function dossierId(w: World, title: string): Promise<string> {
  const page = await w.t.store.dossiers.list(w.org.id, { search: title }, null, 5);
  const d = page.items.find((x) => x.title === title);
  if (!d) throw new Error(`no demo dossier "${title}"`);
  return d.id;
}

/** The council page of a dossier, and the form posts along its road. */
export function councilOf(w: World, id: string) {
  const page = `/o/${w.org.slug}/dossiers/${id}/council`;
  return {
    page,
    submit: (c: Client) => posted(c, `${page}/submit`, {}),
    open: (c: Client) => posted(c, `${page}/open`, {}),
    comment: (c: Client, text: string) => posted(c, `${page}/comments`, { commentAbout: '', commentText: text }),
    participate: (c: Client, heldOn: string) =>
      posted(c, `${page}/participation`, { partText: 'Het is te duur voor ons.', partCount: '6', partHeldOn: heldOn, partExpenses: 'yes' }),
    /** A draft advice: the first step of the improvement path and one of the council's own. */
    async draftAdvice(c: Client): Promise<void> {
      const html = (await c.get(page)).text;
      const first = /name="advicePick" value="([^"]+)"/.exec(html)?.[1];
      await posted(c, `${page}/advice`, {
        number: '1',
        adviceConclusion: 'Gunstig, als het kansentarief vanzelf komt.',
        advicePick: first ? [first] : [],
        adviceOwn0: 'Vraag de participatiegroep na een jaar hoe het gaat.',
      });
    },
    sign: (c: Client) => posted(c, `${page}/advice/1/sign`, { signName: 'An Peeters', signRole: 'Voorzitter' }),
    answer: (c: Client, decidedOn: string) =>
      posted(c, `${page}/answer`, {
        number: '1',
        answerDecision: 'Het college keurt het voorstel goed.',
        answerDecidedOn: decidedOn,
        answerResponse0: 'followed',
        answerResponse1: 'not-followed',
        answerReason1: 'Dat past dit jaar niet in het budget.',
      }),
    feedback: (c: Client, text: string) => posted(c, `${page}/feedback`, { number: '1', feedbackLang: 'nl', feedbackText: text, intent: 'save' }),
  };
}
