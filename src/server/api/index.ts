// The /api/v1 routes. Placeholder until the API lands: the app mounts what this returns.
import type { AppDeps, RouteSpec } from '../context.js';

export function apiRoutes(_deps: AppDeps): RouteSpec[] {
  return [];
}
