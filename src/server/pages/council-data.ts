// Everything the council page shows, read from the store in one place: the dossier's latest assessment
// (worded in the page's language), its review date, and the council's comments, input, advices,
// answers and feedback, with the names of the people who wrote them.
import { today as todayOn } from '../services/assessing.js';
import { reviewDateOf } from './dashboard-reviews.js';
import type { Bands } from '../../engine/readability/measure.js';
import { inLanguage } from '../../output/words.js';
import type {
  Advice,
  AnswerHistoryEntry,
  CollegeAnswerRecord,
  CouncilComment,
  Dossier,
  Feedback,
  Organisation,
  ParticipationEntry,
  Role,
  StoredAssessment,
} from '../../store/types.js';
import type { Assessment, Lang } from '../../types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { readabilityBands } from '../council/readability.js';
import { sharedRulesets } from '../services/rulesets.js';
import { nameLookup } from '../services/user-names.js';

type Named<T, K extends string> = T & { [P in K]: string };

/** A recorded answer with the names of who recorded and corrected it, and what it said before (oldest first). */
export type AnswerData = Named<CollegeAnswerRecord, 'recordedByName'> & {
  correctedByName: string | null;
  history: Named<AnswerHistoryEntry, 'recordedByName' | 'replacedByName'>[];
};

export interface CouncilData {
  org: Organisation;
  dossier: Dossier;
  role: Role;
  userId: string;
  lang: Lang;
  csrfToken: string;
  /** YYYY-MM-DD where the council sits. */
  today: string;
  /** The newest assessment of the latest version, worded in the page's language. */
  assessment: { id: string; result: Assessment } | null;
  /** monitoring.reviewDate of the latest version's input. */
  reviewDate: string | null;
  comments: Named<CouncilComment, 'authorName'>[];
  participation: Named<ParticipationEntry, 'recordedByName'>[];
  /** Oldest first. */
  advices: Advice[];
  /** The newest signed advice: the one the college answers and the feedback is about. */
  latestSigned: Advice | undefined;
  /** By advice id. */
  answers: Map<string, AnswerData>;
  /** The feedback on the answer to the newest signed advice. */
  feedback: Named<Feedback, 'editedByName'> | undefined;
  bands: Bands;
}

async function latestAssessment(deps: AppDeps, org: Organisation, dossier: Dossier, lang: Lang) {
  const version = dossier.latestVersion > 0 ? await deps.store.versions.get(org.id, dossier.id, dossier.latestVersion) : undefined;
  const stored: StoredAssessment | undefined = version ? await deps.store.assessments.latestForVersion(org.id, version.id) : undefined;
  const overlay = stored && stored.overlayVersion !== null ? await deps.store.overlays.get(org.id, stored.overlayVersion) : undefined;
  const ruleset = sharedRulesets.forOverlay(overlay);
  const result = stored ? inLanguage(JSON.parse(stored.result) as Assessment, ruleset, lang) : null;
  return { ruleset, reviewDate: version ? reviewDateOf(version.input) : null, assessment: stored && result ? { id: stored.id, result } : null };
}

export async function loadCouncil(deps: AppDeps, ctx: RequestContext, dossier: Dossier): Promise<CouncilData> {
  const store = deps.store;
  const org = ctx.org as Organisation;
  const name = nameLookup(store, '?');
  const today = todayOn(deps.now());
  const { ruleset, reviewDate, assessment } = await latestAssessment(deps, org, dossier, ctx.lang);
  const comments = await Promise.all((await store.council.comments.list(org.id, dossier.id)).map(async (c) => ({ ...c, authorName: await name(c.authorId) })));
  const participation = await Promise.all(
    (await store.council.participation.list(org.id, dossier.id)).map(async (p) => ({ ...p, recordedByName: await name(p.recordedBy) })),
  );
  const advices = await store.council.advices.list(org.id, dossier.id);
  const answers = new Map<string, AnswerData>();
  for (const a of advices.filter((x) => x.status === 'signed')) {
    const answer = await store.council.answers.forAdvice(org.id, a.id);
    if (!answer) continue;
    const history = await Promise.all(
      (await store.council.answers.history(org.id, answer.id)).map(async (h) => ({
        ...h,
        recordedByName: await name(h.recordedBy),
        replacedByName: await name(h.replacedBy),
      })),
    );
    answers.set(a.id, {
      ...answer,
      recordedByName: await name(answer.recordedBy),
      correctedByName: answer.correctedBy ? await name(answer.correctedBy) : null,
      history,
    });
  }
  const latestSigned = advices.filter((a) => a.status === 'signed').at(-1);
  const kept = latestSigned ? await store.council.feedback.forAdvice(org.id, latestSigned.id) : undefined;
  return {
    org,
    dossier,
    role: ctx.role as Role,
    userId: ctx.actor?.userId ?? '',
    lang: ctx.lang,
    csrfToken: ctx.actor?.csrfToken ?? '',
    today,
    assessment,
    reviewDate,
    comments,
    participation,
    advices,
    latestSigned,
    answers,
    feedback: kept ? { ...kept, editedByName: await name(kept.editedBy) } : undefined,
    bands: readabilityBands(ruleset, today),
  };
}
