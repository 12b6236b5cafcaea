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

/** `GET /api/openapi.json` over the route table `table()` gives; built once, on the first request. */
export function openApiRoute(table: () => Promise<readonly RouteSpec[]>): ApiRoute {
  let text: string | undefined;
  return {
    method: 'get',
    path: '/api/openapi.json',
    access: 'public',
    summary: 'This OpenAPI 3.1 document',
    doc: { response: { type: 'application/json' } },
    handler: async (_req, res) => {
      text ??= safeJson(openApiDocument(await table()), 0);
      res.status(200).type('application/json; charset=utf-8').send(text);
    },
  };
}

export function apiRoutes(deps: AppDeps): RouteSpec[] {
  const routes: ApiRoute[] = [...publicRoutes(deps), ...dossierRoutes(deps), ...versionRoutes(deps), ...assessmentRoutes(deps), ...adminRoutes(deps)];
  // The whole table of the app (login, members, tokens and these), read when first asked: app.ts imports this module.
  routes.push(openApiRoute(async () => (await import('../app.js')).allRoutes(deps)));
  return routes;
}
