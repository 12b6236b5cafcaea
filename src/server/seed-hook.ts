// What the demo seed calls to assess each example's version: the API's assessment, stored in the seed's
// transaction, so that a first start has an assessment beside every example's version.
import { computeAssessment, storedLang } from './services/assessing.js';
import type { AssessHook } from './seed.js';

export const seedAssessHook: AssessHook | undefined = async (tx, org, version, input) => {
  const raw = input as unknown as Record<string, unknown>;
  // The demo organisation has no overlay of its own; "today" is the start's date.
  const computed = await computeAssessment(raw, undefined, { lang: storedLang(raw, org), now: new Date() });
  await tx.assessments.add({ ...computed.row, versionId: version.id, createdBy: null });
};
