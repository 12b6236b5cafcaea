// Administration facts (D3, A1–A10): form length, documents to supply, assisted application, receipt, deadlines, renewal, letters, doenvermogen.
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';
import { and3, answer, at, num, obj, or3, str } from './read.js';
import { documentsToSupply } from './rights.js';

const RENEWALS = new Set(['automatic', 'not-needed', 'prefilled-confirmation', 'new-application', 'other-repeated-action']);

/** The appeal route follows who decides about what: the labour court for OCMW social rights, the municipality's own review for its fees and premiums. */
const APPEAL_ROUTES = new Map([
  ['ocmw-social-right', 'labour-court'],
  ['municipal-fee', 'municipal'],
  ['municipal-premium', 'municipal'],
  ['other', 'other'],
]);

/** A deadline that is stated implies that one exists; otherwise the explicit answer decides. */
function hasDeadline(days: number | null, explicit: boolean | null): boolean | null {
  return days !== null ? true : explicit;
}

export function administrationFacts(input: FactInput, _ctx: FactContext): Facts {
  const a = obj(at(input, 'administration'));
  const assisted = obj(a['assistedApplication']);
  const receipt = obj(a['receipt']);
  const letter = obj(a['decisionLetter']);
  const days = num(a['decisionDeadlineDays']);
  const renewal = str(a['renewal']);

  const receiptSameDay = answer(receipt['sameDay']);
  return {
    'administration.formPages': num(a['formPages']),
    // Documents are filled in under rights (R4); the count is shared with A10.
    'administration.documentsToSupply': documentsToSupply(obj(at(input, 'rights'))),
    // Oral application by the user (counter or phone) is the leefloon standard; a mandate alone only helps those who have someone.
    'administration.oralApplication': or3(answer(assisted['atCounter']), answer(assisted['byPhone'])),
    'administration.mandatedApplication': answer(assisted['byMandatedPerson']),
    'administration.receiptSameDay': receiptSameDay,
    'administration.receiptComplete': and3(receiptSameDay, answer(receipt['statesDecisionDeadline']), answer(receipt['statesFileReference'])),
    'administration.hasDecisionDeadline': hasDeadline(days, answer(a['hasDecisionDeadline'])),
    'administration.decisionDeadlineDays': days,
    'administration.renewal': renewal !== null && RENEWALS.has(renewal) ? renewal : null,
    // A right the law says must be reviewed periodically (the leefloon: yearly): its A5 wording asks for a light review, not automatic renewal.
    'administration.legalReviewRequired': answer(a['legalReviewRequired']),
    'administration.appealRoute': APPEAL_ROUTES.get(str(a['decisionType']) ?? '') ?? null,
    'administration.gracePeriod': answer(a['gracePeriod']),
    'administration.hardshipClause': answer(a['hardshipClause']),
    'administration.singleContact': answer(a['singleContact']),
    // The appeal route and its deadline are the legal core of a decision letter; without them the appeal is lost.
    'administration.letterAppealInfo': and3(answer(letter['appealRoute']), answer(letter['appealDeadline'])),
    'administration.letterComplete': and3(
      answer(letter['hearingRight']),
      answer(letter['appealRoute']),
      answer(letter['appealDeadline']),
      answer(letter['plainLanguage']),
    ),
    'administration.mentalLoadAssessed': answer(a['mentalLoadAssessed']),
    'administration.choicesLimited': answer(a['choicesLimited']),
  };
}
