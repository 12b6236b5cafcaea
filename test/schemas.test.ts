// Input schemas: every field carries a Dutch title and description (the web form is built from them) and bounds.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Schema = Record<string, unknown>;
const DIR = 'schemas';

function load(file: string): Schema {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Schema;
}

const files = ['proposal.schema.json', 'service-audit.schema.json', 'common.schema.json', ...readdirSync(join(DIR, 'sections')).map((f) => `sections/${f}`)];
const docs = new Map(files.map((f) => [f, load(f)]));

/** Follows a $ref relative to the file it appears in; returns the target and its file. */
function deref(s: Schema, file: string): [Schema, string] {
  const ref = s['$ref'];
  if (typeof ref !== 'string') return [s, file];
  const [path, pointer] = ref.split('#');
  const target = path ? join(file, '..', path).replace(/^\.\//, '') : file;
  let node = docs.get(target) as Schema;
  for (const part of (pointer ?? '').split('/').filter(Boolean)) node = node[part] as Schema;
  return deref(node, target);
}

interface Problem {
  where: string;
  what: string;
}

function walk(s: Schema, file: string, where: string, problems: Problem[], seen: Set<Schema>): void {
  const [t, tfile] = deref(s, file);
  if (seen.has(t)) return;
  seen.add(t);
  const type = t['type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('string') && t['maxLength'] === undefined && t['enum'] === undefined && t['const'] === undefined)
    problems.push({ where, what: 'string without maxLength' });
  if (types.includes('array') && t['maxItems'] === undefined) problems.push({ where, what: 'array without maxItems' });
  if ((types.includes('number') || types.includes('integer')) && (t['minimum'] === undefined || t['maximum'] === undefined))
    problems.push({ where, what: 'number without minimum and maximum' });
  if (types.includes('object') && t['additionalProperties'] !== false) problems.push({ where, what: 'object open to unknown fields' });
  const props = (t['properties'] ?? {}) as Record<string, Schema>;
  for (const [name, p] of Object.entries(props)) {
    const [target] = deref(p, tfile);
    const title = p['title'] ?? target['title'];
    const description = p['description'] ?? target['description'];
    if (typeof title !== 'string' || title === '') problems.push({ where: `${where}.${name}`, what: 'no title' });
    if (typeof description !== 'string' || description === '') problems.push({ where: `${where}.${name}`, what: 'no description' });
    walk(p, tfile, `${where}.${name}`, problems, new Set(seen));
  }
  if (t['items']) walk(t['items'] as Schema, tfile, `${where}[]`, problems, seen);
}

describe('input schemas', () => {
  for (const top of ['proposal.schema.json', 'service-audit.schema.json']) {
    it(`${top}: every field has a title and a description, and every value is bounded`, () => {
      const problems: Problem[] = [];
      walk(docs.get(top) as Schema, top, top.replace('.schema.json', ''), problems, new Set());
      expect(problems.map((p) => `${p.where}: ${p.what}`)).to.deep.equal([]);
    });
  }

  it('writes its titles in Dutch (spot check of the top-level sections)', () => {
    const props = (docs.get('proposal.schema.json') as { properties: Record<string, Schema> }).properties;
    const titles = Object.keys(props).map((k) => deref(props[k] as Schema, 'proposal.schema.json')[0]['title'] ?? props[k]?.['title']);
    expect(titles).to.include.members(['Betaalbaarheid', 'Participatie', 'Digitale drempels']);
  });
});
