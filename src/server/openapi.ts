// The OpenAPI 3.1 document, built from the route table and the JSON Schemas in schemas/ (the input
// and result schemas are referenced as components, never copied by hand).
import { readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { PACKAGE_VERSION, SCHEMAS_DIR } from '../paths.js';
import { SESSION_COOKIE } from './auth/sessions.js';
import type { Access, RouteSpec } from './context.js';
import type { ApiRoute, RouteDoc } from './api/route.js';

/** The schema files the API speaks in; the files they refer to ($ref) are added as components too. */
export const API_SCHEMAS = ['proposal.schema.json', 'service-audit.schema.json', 'assessment.schema.json'] as const;

/** `sections/screening.schema.json` → `sections.screening` (component names allow letters, digits, . _ -). */
export function componentName(file: string): string {
  return file
    .replace(/\.schema\.json$/, '')
    .split('/')
    .join('.');
}

/** Every schema file reachable from `roots` by $ref, relative to schemas/, with its parsed content. */
export function schemaComponents(roots: readonly string[] = API_SCHEMAS, dir = SCHEMAS_DIR): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const todo = [...roots];
  while (todo.length > 0) {
    const file = todo.pop() as string;
    if (out.has(file)) continue;
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    out.set(file, schema);
    for (const ref of refsIn(schema)) {
      const target = ref.split('#')[0] ?? '';
      if (target === '' || /^[a-z]+:/i.test(target)) continue;
      todo.push(
        relative(dir, join(dir, dirname(file), target))
          .split('\\')
          .join(posix.sep),
      );
    }
  }
  return out;
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refsIn(v)));
}

const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });

/** The hand-written shapes: the error envelope and the few request and answer objects of the API itself. */
function ownSchemas(): Record<string, unknown> {
  const issue = { type: 'object', required: ['path', 'message'], properties: { path: { type: 'string' }, message: { type: 'string' } } };
  const input = { oneOf: [ref('proposal'), ref('service-audit')] };
  return {
    Input: input,
    ErrorEnvelope: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message', 'issues'],
          properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array', items: issue } },
        },
      },
    },
    ValidationResult: { type: 'object', properties: { valid: { const: true }, kind: { type: 'string' }, title: { type: 'string' } } },
    DossierCreate: {
      type: 'object',
      additionalProperties: false,
      required: ['input'],
      properties: {
        title: { type: 'string', maxLength: 200, description: "Default: the input's meta.title" },
        kind: { enum: ['proposal', 'service-audit'], description: "Must equal the input's kind" },
        status: { type: 'string' },
        input: { oneOf: [input, { type: 'string', description: 'The input as YAML or JSON text' }] },
      },
    },
    DossierPatch: { type: 'object', additionalProperties: false, properties: { title: { type: 'string', maxLength: 200 }, status: { type: 'string' } } },
    OverlayUpload: {
      type: 'object',
      additionalProperties: false,
      required: ['files'],
      properties: {
        files: { type: 'object', additionalProperties: { type: 'string' }, description: 'Relative path → file text, e.g. "overlay.json", "parameters/x.json"' },
      },
    },
    DossierPage: { type: 'object', properties: { items: { type: 'array', items: { type: 'object' } }, nextCursor: { type: ['string', 'null'] } } },
    Saved: { type: 'object', properties: { dossier: { type: 'object' }, version: { type: 'object' }, assessment: { type: 'object' } } },
  };
}

function security(access: Access): Record<string, string[]>[] {
  return access === 'public' ? [] : [{ cookieSession: [] }, { bearerToken: [] }];
}

function accessText(access: Access): string {
  if (access === 'public') return 'Access: public (no login; rate limited).';
  if (access === 'user') return 'Access: any logged-in user.';
  if (access === 'platform-admin') return 'Access: platform administrators.';
  return `Access: members of the organisation with role ${access.join(', ')}; anyone else gets 404.`;
}

function requestBody(doc: RouteDoc | undefined): Record<string, unknown> | undefined {
  if (!doc?.body) return undefined;
  if (doc.body === 'input') {
    const schema = ref('Input');
    return { required: true, content: { 'application/json': { schema }, 'application/yaml': { schema }, 'text/yaml': { schema } } };
  }
  return { required: true, content: { 'application/json': { schema: ref(doc.body.schema) } } };
}

function responses(doc: RouteDoc | undefined, access: Access): Record<string, unknown> {
  const error = { description: 'Error', content: { 'application/json': { schema: ref('ErrorEnvelope') } } };
  const r = doc?.response ?? { type: 'application/json' };
  const ok: Record<string, unknown> = { description: 'OK' };
  if (r.type !== 'none') ok['content'] = { [r.type]: r.schema ? { schema: ref(r.schema) } : {} };
  const out: Record<string, unknown> = { [String(r.status ?? 200)]: ok, '400': error };
  if (access !== 'public') Object.assign(out, { '401': error, '404': error });
  if (access === 'public') out['429'] = error;
  out['503'] = error;
  return out;
}

/** `/api/v1/orgs/:org/dossiers/:id` → `/api/v1/orgs/{org}/dossiers/{id}`, and the names of its parameters. */
export function openApiPath(path: string): { path: string; params: string[] } {
  const params: string[] = [];
  const out = path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    params.push(name);
    return `{${name}}`;
  });
  return { path: out, params };
}

export function openApiDocument(routes: readonly (RouteSpec | ApiRoute)[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const doc = 'doc' in route ? route.doc : undefined;
    const { path, params } = openApiPath(route.path);
    const parameters = [
      ...params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      ...(doc?.query ?? []).map((q) => ({ name: q.name, in: 'query', required: false, description: q.description, schema: q.schema ?? { type: 'string' } })),
    ];
    const operation: Record<string, unknown> = {
      operationId: `${route.method}${path.replace(/[^A-Za-z0-9]+(.)?/g, (_, c?: string) => (c ? c.toUpperCase() : ''))}`,
      summary: route.summary,
      description: accessText(route.access),
      tags: [path.split('/')[path.startsWith('/api/v1/orgs/') ? 5 : 3] ?? 'api'],
      security: security(route.access),
      parameters,
      responses: responses(doc, route.access),
    };
    const body = requestBody(doc);
    if (body) operation['requestBody'] = body;
    (paths[path] ??= {})[route.method] = operation;
  }
  const components: Record<string, unknown> = {};
  for (const [file, schema] of schemaComponents()) components[componentName(file)] = schema;
  Object.assign(components, ownSchemas());
  return {
    openapi: '3.1.0',
    info: {
      title: 'armoedetoets API',
      version: PACKAGE_VERSION,
      description: 'Dossiers, versions and assessments of an armoedetoets; the CLI input and result formats are the JSON Schemas in schemas/.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        cookieSession: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Session after login (forms also send the CSRF token).' },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token of one organisation and role.' },
      },
    },
  };
}
