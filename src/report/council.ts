// What the council added to a dossier, as the report shows it: the participation group's input, the
// signed advice and the college's answer. The server reads it from its store; the report only renders
// it (under its own headings, in both the full and the short report). Plain data, no behaviour.

/** What the participation group said, in its own words (a member records it, or a member on its behalf). */
export interface ParticipationInput {
  /** The group's words, as recorded. */
  text: string;
  /** How many people took part (a count, never names). */
  participants: number;
  /** When the group met (YYYY-MM-DD). */
  heldOn: string;
  /** Whether the participants' expenses were paid. */
  expensesPaid: 'yes' | 'no' | 'unknown';
  /** Who recorded it (display name), and whether on the group's behalf. */
  recordedBy: string;
  onBehalf: boolean;
}

export interface AdviceRecommendation {
  text: string;
  /** The check of the improvement path it was picked from; absent for the council's own. */
  checkId?: string;
}

/** The council's advice, once signed: it never changes; a later advice follows it (number 2, 3 …). */
export interface SignedAdvice {
  number: number;
  conclusion: string;
  recommendations: AdviceRecommendation[];
  signedBy: { name: string; role: string };
  /** YYYY-MM-DD */
  signedOn: string;
}

export type AnswerResponse = 'followed' | 'partly' | 'not-followed';

/** The college's answer to an advice ("pas toe of leg uit"): the decision and a response per recommendation. */
export interface CollegeAnswer {
  decision: string;
  /** YYYY-MM-DD */
  decidedOn: string;
  recordedBy: string;
  /** When the recorded answer was corrected last (YYYY-MM-DD) and by whom; absent while it is as recorded. */
  corrected?: { on: string; by: string };
  items: { recommendation: string; response: AnswerResponse; reason: string }[];
}

export interface CouncilRecord {
  participation: ParticipationInput[];
  /** The latest signed advice, if any. */
  advice?: SignedAdvice;
  /** The answer to that advice, if recorded. */
  answer?: CollegeAnswer;
}

/** The full report, or the short one for the college (cover, one-page summary, advice, questions, top ten steps). */
export type ReportVariant = 'full' | 'short';
