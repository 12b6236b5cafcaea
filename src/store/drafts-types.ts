// The wizard's part of the Store contract: drafts, the inputs being filled in through the wizard. A draft
// is private to its author and becomes a version (of a new or an existing dossier) only when submitted.
import type { SubjectKind } from '../types.js';

/**
 * An input being filled in through the wizard: private to its author (anyone else in the organisation is
 * told it does not exist), and not a version until it is submitted.
 */
export interface Draft {
  id: string;
  orgId: string;
  kind: SubjectKind;
  /** The dossier it will become a new version of; null when it will be a new dossier. */
  dossierId: string | null;
  /** The dossier's latest version when the draft was started (null for a new dossier, or unknown). */
  baseVersion: number | null;
  authorId: string;
  /** The input JSON text as filled in so far (it may not be valid yet). */
  data: string;
  /**
   * Form fields (their names, e.g. "affordability.prices.0.previousAmount") answered "weet ik niet" where the
   * schema has no value for it: the input leaves them out, the form shows the choice again. Never in `data`.
   */
  unknowns: string[];
  /** The last step saved (a top-level section of the input, or the review step). */
  step: string;
  createdAt: string;
  updatedAt: string;
}

export interface DraftStore {
  create(d: Pick<Draft, 'orgId' | 'kind' | 'dossierId' | 'authorId' | 'data' | 'step'> & { unknowns?: string[]; baseVersion?: number | null }): Promise<Draft>;
  /** The draft of this organisation, whoever wrote it: the caller checks that its author is asking. */
  get(orgId: string, id: string): Promise<Draft | undefined>;
  /** The author's drafts in the organisation, most recently saved first. */
  listForAuthor(orgId: string, authorId: string): Promise<Draft[]>;
  /** Saves what was filled in; false when the draft is not there (another organisation's, or deleted). */
  save(orgId: string, id: string, patch: { data: string; step: string; unknowns?: string[] }): Promise<boolean>;
  delete(orgId: string, id: string): Promise<boolean>;
}
