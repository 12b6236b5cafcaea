// The OpenAPI document: 3.1, every route of the table, and the input and result schemas as the files in schemas/.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDeps } from '../../src/server/context.js';
import { apiRoutes } from '../../src/server/api/index.js';
import { componentName, openApiDocument, openApiPath, schemaComponents } from '../../src/server/openapi.js';

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { summary: string; security: unknown[] }>>;
  components: { schemas: Record<string, unknown> };
};

const routes = apiRoutes({ now: () => new Date() } as unknown as AppDeps);
const doc = JSON.parse(JSON.stringify(openApiDocument(routes))) as Doc;

function refs(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(refs);
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => (k === '$ref' && typeof x === 'string' ? [x] : refs(x)));
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1.0 JSON with every route of the table, its method, summary and security', () => {
    expect(doc.openapi).to.equal('3.1.0');
    for (const r of routes) {
      const op = doc.paths[openApiPath(r.path).path]?.[r.method];
      expect(op, `${r.method} ${r.path}`).to.be.an('object');
      expect(op?.summary).to.equal(r.summary);
      expect(op?.security).to.deep.equal(r.access === 'public' ? [] : [{ cookieSession: [] }, { bearerToken: [] }]);
    }
    const operations = Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0);
    expect(operations).to.equal(routes.length);
  });

  it('the input and result schemas are the files of schemas/, not copies written by hand', () => {
    for (const file of ['proposal.schema.json', 'service-audit.schema.json', 'assessment.schema.json']) {
      expect(doc.components.schemas[componentName(file)]).to.deep.equal(JSON.parse(readFileSync(join('schemas', file), 'utf8')));
    }
  });

  it('every file an input schema refers to is a component too, so every $ref resolves', () => {
    const byId = new Map<string, unknown>();
    for (const s of Object.values(doc.components.schemas)) {
      const id = (s as { $id?: string }).$id;
      if (id) byId.set(id, s);
    }
    expect([...schemaComponents().keys()]).to.include.members(['common.schema.json', 'sections/screening.schema.json']);
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      const base = (schema as { $id?: string }).$id;
      for (const r of refs(schema)) {
        const [target] = r.split('#');
        if (target === '' || target === undefined) {
          if (r.startsWith('#/components/schemas/')) expect(doc.components.schemas, r).to.have.property(r.slice('#/components/schemas/'.length));
          continue;
        }
        expect(base, `${name} refers to ${r} without an $id to resolve it against`).to.be.a('string');
        expect(byId.has(new URL(target, base).href), `${name}: ${r}`).to.equal(true);
      }
    }
  });
});
