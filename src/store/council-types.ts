// The council's part of the Store contract (issue 10, section 3): comments, the participation group's
// input, advices, the college's answers and the feedback to the participants. Texts are stored as given;
// the audit log (written by the caller, in the same transaction) holds ids and counts only.

export interface CouncilComment {
  id: string;
  orgId: string;
  dossierId: string;
  /** The finding: a check (`checkId`) of an assessment (`assessmentId`); both null for the dossier as a whole. */
  assessmentId: string | null;
  checkId: string | null;
  authorId: string;
  text: string;
  createdAt: string;
}

export type ExpensesPaid = 'yes' | 'no' | 'unknown';
export const EXPENSES_PAID: readonly ExpensesPaid[] = ['yes', 'no', 'unknown'];

/** What the participation group said, in its own words, with a count of who took part (never names). */
export interface ParticipationEntry {
  id: string;
  orgId: string;
  dossierId: string;
  text: string;
  participants: number;
  /** YYYY-MM-DD */
  heldOn: string;
  expensesPaid: ExpensesPaid;
  /** The user who recorded it. */
  recordedBy: string;
  /** True when a council member recorded it on the group's behalf. */
  onBehalf: boolean;
  createdAt: string;
}

export type AdviceStatus = 'draft' | 'signed';

export interface StoredRecommendation {
  text: string;
  /** The check of the improvement path it was picked from; absent for the council's own. */
  checkId?: string;
}

/** An advice of the council. Once signed it never changes: a later advice (number + 1) follows it. */
export interface Advice {
  id: string;
  orgId: string;
  dossierId: string;
  /** 1, 2, 3 … per dossier. */
  number: number;
  conclusion: string;
  recommendations: StoredRecommendation[];
  status: AdviceStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  /** Who signed (name and role as written at signing); null while a draft. */
  signedBy: { userId: string; name: string; role: string } | null;
  signedAt: string | null;
}

export type AnswerResponse = 'followed' | 'partly' | 'not-followed';
export const ANSWER_RESPONSES: readonly AnswerResponse[] = ['followed', 'partly', 'not-followed'];

/** The college's response to one recommendation (by its index in the advice): "pas toe of leg uit". */
export interface AnswerItem {
  index: number;
  response: AnswerResponse;
  /** Required (by the pages) when partly or not followed. */
  reason: string;
}

/** The college's answer to a signed advice: one per advice, never changed. */
export interface CollegeAnswerRecord {
  id: string;
  orgId: string;
  dossierId: string;
  adviceId: string;
  decision: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  items: AnswerItem[];
  recordedBy: string;
  createdAt: string;
  /** Who corrected it last, and when; null while it is as first recorded. */
  correctedBy: string | null;
  correctedAt: string | null;
}

/** What an answer said before a correction, who replaced it, when and why. */
export interface AnswerHistoryEntry {
  id: string;
  answerId: string;
  decision: string;
  decidedOn: string;
  items: AnswerItem[];
  /** Who recorded (or last corrected) this content, and when. */
  recordedBy: string;
  recordedAt: string;
  replacedBy: string;
  replacedAt: string;
  why: string;
}

export type FeedbackStatus = 'draft' | 'final';

/** The written feedback to the participants about an answered advice (participation check PA7). */
export interface Feedback {
  id: string;
  orgId: string;
  dossierId: string;
  adviceId: string;
  lang: string;
  text: string;
  status: FeedbackStatus;
  /** The user who last edited it (or marked it final). */
  editedBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface CouncilStore {
  comments: {
    add(c: Omit<CouncilComment, 'id' | 'createdAt'>): Promise<CouncilComment>;
    /** Oldest first. */
    list(orgId: string, dossierId: string): Promise<CouncilComment[]>;
  };
  participation: {
    add(p: Omit<ParticipationEntry, 'id' | 'createdAt'>): Promise<ParticipationEntry>;
    /** Oldest first. */
    list(orgId: string, dossierId: string): Promise<ParticipationEntry[]>;
  };
  advices: {
    /**
     * A new draft numbered after the dossier's newest advice, in one transaction. While a draft is open
     * there is no second one: CONFLICT. A dossier not in this organisation: NOT_FOUND.
     */
    createDraft(a: { orgId: string; dossierId: string; conclusion: string; recommendations: StoredRecommendation[]; createdBy: string }): Promise<Advice>;
    /** Changes a draft. A signed advice never changes: CONFLICT. Unknown: NOT_FOUND. */
    updateDraft(orgId: string, id: string, patch: { conclusion: string; recommendations: StoredRecommendation[] }): Promise<Advice>;
    /** Signs a draft (now); signed already: CONFLICT. Unknown: NOT_FOUND. */
    sign(orgId: string, id: string, by: { userId: string; name: string; role: string }): Promise<Advice>;
    get(orgId: string, id: string): Promise<Advice | undefined>;
    byNumber(orgId: string, dossierId: string, number: number): Promise<Advice | undefined>;
    /** The dossier's newest advice (draft or signed). */
    latest(orgId: string, dossierId: string): Promise<Advice | undefined>;
    /** The dossier's newest signed advice. */
    latestSigned(orgId: string, dossierId: string): Promise<Advice | undefined>;
    /** Oldest first. */
    list(orgId: string, dossierId: string): Promise<Advice[]>;
    /** Drafts of the organisation's dossiers that are not deleted (to sign), oldest first, at most `limit`. */
    drafts(orgId: string, limit: number): Promise<Advice[]>;
  };
  answers: {
    /** The answer to a signed advice. A draft: CONFLICT; answered already: CONFLICT; unknown advice: NOT_FOUND. */
    record(a: Omit<CollegeAnswerRecord, 'id' | 'dossierId' | 'createdAt' | 'correctedBy' | 'correctedAt'>): Promise<CollegeAnswerRecord>;
    forAdvice(orgId: string, adviceId: string): Promise<CollegeAnswerRecord | undefined>;
    /**
     * Replaces the answer's content, keeping what it said in its history (with `by` and `why`), in one
     * transaction. Once the advice's feedback is final: CONFLICT. Unknown answer: NOT_FOUND.
     */
    correct(
      orgId: string,
      answerId: string,
      c: { decision: string; decidedOn: string; items: AnswerItem[]; by: string; why: string },
    ): Promise<CollegeAnswerRecord>;
    /** The answer's earlier contents, oldest first. */
    history(orgId: string, answerId: string): Promise<AnswerHistoryEntry[]>;
  };
  feedback: {
    /** Creates or changes the draft feedback of an answered advice. Final already: CONFLICT; no answer yet: CONFLICT. */
    save(f: { orgId: string; adviceId: string; lang: string; text: string; editedBy: string }): Promise<Feedback>;
    /** Marks the feedback final; it no longer changes. Final already: CONFLICT. Unknown: NOT_FOUND. */
    markFinal(orgId: string, id: string, editedBy: string): Promise<Feedback>;
    forAdvice(orgId: string, adviceId: string): Promise<Feedback | undefined>;
  };
}
