// The council's section of the Store, from its repositories.
import type { StoreContext } from '../context.js';
import type { CouncilStore } from '../council-types.js';
import { advicesRepo } from './council-advices.js';
import { answersRepo, feedbackRepo } from './council-answers.js';
import { commentsRepo, participationRepo } from './council-input.js';

export function councilRepo(ctx: StoreContext): CouncilStore {
  return {
    comments: commentsRepo(ctx),
    participation: participationRepo(ctx),
    advices: advicesRepo(ctx),
    answers: answersRepo(ctx),
    feedback: feedbackRepo(ctx),
  };
}
