// What an org-scoped handler takes from the resolved request: the organisation, the actor, the dossier.
import { ArmoedetoetsError } from '../../errors.js';
import type { Dossier, Organisation, Role, Store } from '../../store/types.js';
import { ROLES } from '../../store/types.js';
import type { RequestContext } from '../context.js';
import type { ActorRef } from '../services/assessing.js';
import { notFound } from './http.js';

/** Every member reads: the council, the college and the participation group all see the dossiers. */
export const READ: readonly Role[] = ROLES;
/** Who writes dossiers and versions: those who prepare and advise (the participation group adds its input later). */
export const WRITE: readonly Role[] = ['admin', 'council-member', 'council-chair', 'ocmw-staff'];
/** Deleting, the local rules and re-assessing everything: the organisation's administrators. */
export const ADMIN: readonly Role[] = ['admin'];

/** The route's organisation (the access layer resolved it; an org route without one is a bug). */
export function orgOf(ctx: RequestContext): Organisation {
  if (!ctx.org) throw new ArmoedetoetsError('INTERNAL', 'organisation route without an organisation');
  return ctx.org;
}

export function actorOf(ctx: RequestContext): ActorRef {
  return { userId: ctx.actor?.userId ?? null, tokenId: ctx.actor?.tokenId ?? null };
}

/** The user recorded as owner, author or uploader: the user, or for an API token the user who made it (Actor.userId). */
export function authorOf(ctx: RequestContext): string {
  const id = ctx.actor?.userId;
  if (!id) throw new ArmoedetoetsError('INTERNAL', 'a write without a user behind it');
  return id;
}

/** A dossier of this organisation that is not deleted; 404 otherwise (another organisation's included). */
export async function dossierOf(store: Store, ctx: RequestContext, id: string): Promise<Dossier> {
  const d = id === '' ? undefined : await store.dossiers.get(orgOf(ctx).id, id);
  if (!d || d.deletedAt !== null) throw notFound(ctx.lang, 'dossierNotFound');
  return d;
}
