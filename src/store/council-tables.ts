// The council's tables (migration 0003-council) as Kysely sees them; part of DB in tables.ts.

export interface CouncilCommentsTable {
  id: string;
  org_id: string;
  dossier_id: string;
  /** The finding commented on: a check of an assessment; both null for the dossier as a whole. */
  assessment_id: string | null;
  check_id: string | null;
  author_id: string;
  text: string;
  /** 1, 2, 3 … per dossier (the order within one millisecond). */
  seq: number;
  created_at: string;
}

export interface CouncilParticipationTable {
  id: string;
  org_id: string;
  dossier_id: string;
  text: string;
  participants: number;
  /** YYYY-MM-DD */
  held_on: string;
  /** 'yes' | 'no' | 'unknown' */
  expenses_paid: string;
  recorded_by: string;
  /** 0 or 1: a council member recorded it on the group's behalf. */
  on_behalf: number;
  /** 1, 2, 3 … per dossier (the order within one millisecond). */
  seq: number;
  created_at: string;
}

export interface CouncilAdvicesTable {
  id: string;
  org_id: string;
  dossier_id: string;
  /** 1, 2, 3 … per dossier. */
  number: number;
  conclusion: string;
  /** JSON array of { text, checkId? }. */
  recommendations: string;
  /** 'draft' | 'signed' */
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
  signed_by_user: string | null;
  signed_by_name: string | null;
  signed_by_role: string | null;
  signed_at: string | null;
}

export interface CouncilAnswersTable {
  id: string;
  org_id: string;
  dossier_id: string;
  advice_id: string;
  decision: string;
  /** YYYY-MM-DD */
  decided_on: string;
  /** JSON array of { index, response, reason }: one per recommendation of the advice. */
  items: string;
  recorded_by: string;
  created_at: string;
  /** The last correction (migration 0006); null while the answer is as first recorded. */
  corrected_by: string | null;
  corrected_at: string | null;
}

/** An answer's earlier content, kept when it was corrected (migration 0006). */
export interface CouncilAnswerHistoryTable {
  id: string;
  org_id: string;
  answer_id: string;
  decision: string;
  decided_on: string;
  items: string;
  recorded_by: string;
  recorded_at: string;
  replaced_by: string;
  replaced_at: string;
  why: string;
}

export interface CouncilFeedbackTable {
  id: string;
  org_id: string;
  dossier_id: string;
  advice_id: string;
  lang: string;
  text: string;
  /** 'draft' | 'final' */
  status: string;
  edited_by: string;
  created_at: string;
  updated_at: string;
}

export interface CouncilTables {
  council_comments: CouncilCommentsTable;
  council_participation: CouncilParticipationTable;
  council_advices: CouncilAdvicesTable;
  council_answers: CouncilAnswersTable;
  council_answer_history: CouncilAnswerHistoryTable;
  council_feedback: CouncilFeedbackTable;
}
