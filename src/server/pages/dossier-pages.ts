// The dossier area's pages, in one list for the route table: the dashboard, the list, a dossier, compare.
import type { AppDeps, RouteSpec } from '../context.js';
import { comparePages } from './compare.js';
import { dashboardPages } from './dashboard.js';
import { dossierPages } from './dossier.js';
import { dossierListPages } from './dossiers.js';

export function dossierAreaPages(deps: AppDeps): RouteSpec[] {
  return [...dashboardPages(deps), ...dossierListPages(deps), ...dossierPages(deps), ...comparePages(deps)];
}
