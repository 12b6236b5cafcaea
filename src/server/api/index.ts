// The /api/v1 routes and the OpenAPI document that describes them.
import { safeJson } from '../../text-safety.js';
import type { AppDeps, RouteSpec } from '../context.js';
import { openApiDocument } from '../openapi.js';
import { adminRoutes } from './admin.js';
import { assessmentRoutes } from './assessments.js';
import { dossierRoutes } from './dossiers.js';
import { publicRoutes } from './public.js';
import type { ApiRoute } from './route.js';
import { versionRoutes } from './versions.js';

/**
 * `GET /api/openapi.json` over `table()`: the whole route table when the app passes it, else these routes.
 * The document is built once, on first request.
 */
export function openApiRoute(table: () => readonly RouteSpec[]): ApiRoute {
  let text: string | undefined;
  return {
    method: 'get',
    path: '/api/openapi.json',
    access: 'public',
    summary: 'This OpenAPI 3.1 document',
    doc: { response: { type: 'application/json' } },
    handler: async (_req, res) => {
      text ??= safeJson(openApiDocument(table()), 0);
      res.status(200).type('application/json; charset=utf-8').send(text);
    },
  };
}

export function apiRoutes(deps: AppDeps): RouteSpec[] {
  const routes: ApiRoute[] = [...publicRoutes(deps), ...dossierRoutes(deps), ...versionRoutes(deps), ...assessmentRoutes(deps), ...adminRoutes(deps)];
  routes.push(openApiRoute(() => routes));
  return routes;
}
