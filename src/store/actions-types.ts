// The service audits' part of the Store contract: the actions of an audit's action plan, one per barrier
// (check), with an owner, a due date and a status, followed over the service's later audits.

/** Statuses of an action of a service's action plan. */
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One action of a service audit's action plan: what the team does about one barrier (a check). */
export interface Action {
  id: string;
  orgId: string;
  /** The service (a dossier of kind service-audit). */
  dossierId: string;
  /** The audit (version) whose action plan it came from, and that version's number. */
  versionId: string;
  versionNumber: number;
  /** The check it addresses. */
  checkId: string;
  /** Its place in that audit's action plan (1, 2, 3 …). */
  position: number;
  title: string;
  /** The owner: a member of the organisation, or a name typed in (someone outside it); null for neither. */
  ownerUserId: string | null;
  ownerName: string | null;
  /** A calendar date YYYY-MM-DD, or null. */
  dueDate: string | null;
  status: ActionStatus;
  note: string;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** What may change on an action (only the fields given). */
export type ActionPatch = Partial<Pick<Action, 'status' | 'ownerUserId' | 'ownerName' | 'dueDate' | 'note'>>;

export interface ActionStore {
  /**
   * Creates the actions of one audit's action plan, one per step (check), in one transaction. A step is
   * skipped when its check already has an action from this version (doing it twice adds nothing), or
   * one still open or in progress from another audit of the service (that action carries on).
   * A version not of this organisation's dossier, or of a deleted one: ArmoedetoetsError NOT_FOUND.
   */
  createFromPlan(p: {
    orgId: string;
    dossierId: string;
    versionNumber: number;
    steps: { checkId: string; title: string; position: number }[];
    by: string | null;
  }): Promise<{ created: Action[]; skipped: number }>;
  get(orgId: string, id: string): Promise<Action | undefined>;
  /** The actions of one service: newest audit first, then in the order of its plan. */
  listForDossier(orgId: string, dossierId: string): Promise<Action[]>;
  /** Changes the fields given; undefined when the action is not one of this organisation's (or its dossier is deleted). */
  update(orgId: string, id: string, patch: ActionPatch, by: string | null): Promise<Action | undefined>;
  /** Open or in progress with a due date before `today` (YYYY-MM-DD), earliest first; at most `limit`. */
  overdue(orgId: string, today: string, limit: number): Promise<Action[]>;
  /** Per dossier with actions: how many are open or in progress, and how many of those are overdue on `today`. */
  counts(orgId: string, today: string): Promise<{ dossierId: string; open: number; overdue: number }[]>;
}
