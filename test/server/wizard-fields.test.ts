// Every field of both schemas is shown in its wizard step, with its label and its value: a draft holding a
// value for every field (form-sample.ts, built from the model) opened step by step through the app.
import { expect } from 'chai';
import { sectionFromForm, type FormValues } from '../../src/server/forms/form-data.js';
import { formModel } from '../../src/server/forms/schema-form.js';
import type { Organisation, User } from '../../src/store/types.js';
import { sampleSectionForm } from './form-sample.js';
import { backends, Client, makeOrg, makeUser, startTestServer, type TestServer } from './harness.js';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether the page shows this value in the control of this name: typed in, checked, selected, or in its text area. */
function shows(html: string, name: string, value: string): boolean {
  const n = escapeRe(name);
  const v = escapeRe(escapeHtml(value));
  return (
    [
      new RegExp(`name="${n}" value="${v}"( checked)?[ >]`),
      new RegExp(`<select id="${n}" name="${n}"[^>]*>[^]*?<option value="${v}" selected>`),
      new RegExp(`name="${n}"[^>]*>\n${v}</textarea>`),
    ].some((re) => re.test(html)) &&
    (!name.endsWith('__unknown') || new RegExp(`name="${n}" value="1"[^>]* checked`).test(html))
  );
}

for (const backend of backends()) {
  describe(`wizard: every field in its step (${backend.name})`, function () {
    this.timeout(120_000);
    let t: TestServer;
    let org: Organisation;
    let an: User;
    let c: Client;
    const base = () => `/o/${org.slug}`;

    before(async () => {
      t = await startTestServer(backend);
      org = await makeOrg(t.store);
      an = await makeUser(t.store, { orgId: org.id, role: 'ocmw-staff' });
      c = new Client(t.url);
      expect((await c.login(an.email)).status).to.equal(200);
    });
    after(() => t.close());

    for (const kind of ['proposal', 'service-audit'] as const) {
      it(`${kind}: every field of the schema is shown in its step, with a label, and its value`, async () => {
        const input: Record<string, unknown> = { kind };
        const forms: Record<string, FormValues> = {};
        let unknowns: string[] = [];
        for (const s of formModel(kind)) {
          forms[s.key] = sampleSectionForm(s, 'nl');
          const parsed = sectionFromForm(s, forms[s.key] as FormValues, undefined, { lang: 'nl' });
          if (parsed.value !== undefined) input[s.key] = parsed.value;
          unknowns = [...unknowns, ...parsed.unknowns];
        }
        const draft = await t.store.drafts.create({
          orgId: org.id,
          kind,
          dossierId: null,
          authorId: an.id,
          data: JSON.stringify(input),
          step: 'meta',
          unknowns,
        });
        for (const s of formModel(kind)) {
          const page = await c.get(`${base()}/drafts/${draft.id}/${s.key}`);
          expect(page.status, s.key).to.equal(200);
          for (const [name, value] of Object.entries(forms[s.key] as FormValues)) {
            for (const v of Array.isArray(value) ? value : [value]) expect(shows(page.text, name, v), `${kind}: ${name} = ${v}`).to.equal(true);
            // Every control has its label: a <label for> of its own, or (options) each option's and the group's legend.
            const id = new RegExp(`id="([^"]+)" name="${escapeRe(name)}"`).exec(page.text)?.[1];
            if (!name.endsWith('__rows')) expect(page.text, `label of ${name}`).to.include(`<label for="${id}">`);
          }
        }
      });
    }
  });
}
