// Digital facts (dimension D4, checks DG1–DG7): channels per step, digital-only steps, equal offline conditions, eID, WCAG.
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';
import { and3, answer, at, list, not3, num, obj, or3, round4, str, type Obj } from './read.js';

const NON_DIGITAL = new Set(['counter', 'phone', 'paper']);
const DIGITAL = new Set(['online', 'app', 'email', 'qr', 'epayment']);
/** Channels that make web content in the sense of the Web Accessibility Directive (websites and mobile apps). */
const WEB = new Set(['online', 'app']);
const WCAG = new Set(['full', 'partial', 'none']);

function channelsOf(step: Obj): string[] {
  return list(step['channels']).filter((c): c is string => typeof c === 'string' && (NON_DIGITAL.has(c) || DIGITAL.has(c)));
}

/**
 * Is this step digital-only? The user's own "yes" counts, and so does a channel list without any
 * non-digital channel; a listed non-digital channel otherwise settles it; else the answer (or unknown).
 */
function stepDigitalOnly(step: Obj): boolean | null {
  const said = answer(step['onlineOnly']);
  const channels = channelsOf(step);
  if (said === true) return true;
  if (channels.length > 0) return !channels.some((c) => NON_DIGITAL.has(c));
  return said;
}

/** Web content: said so, a step offered online or by app, or a WCAG conformance stated. */
function webContent(explicit: boolean | null, steps: Obj[], wcag: string | null): boolean | null {
  const web = steps.some((s) => channelsOf(s).some((c) => WEB.has(c)));
  if (explicit === true || web || wcag !== null) return true;
  if (explicit === false) return false;
  const allKnown = steps.length > 0 && steps.every((s) => channelsOf(s).length > 0);
  return allKnown ? false : null;
}

export function digitalFacts(input: FactInput, ctx: FactContext): Facts {
  const d = obj(at(input, 'digital'));
  const steps = list(d['steps']).map(obj);
  const equal = obj(d['equalConditions']);

  // Listed steps describe the situation by themselves, so an unanswered general question does not make it unknown.
  const said = answer(d['onlineOnlyStep']);
  const onlineOnly = or3(said ?? (steps.length > 0 ? false : null), ...steps.map(stepDigitalOnly));
  const channels = [...new Set(steps.flatMap(channelsOf))];

  const localShare = num(d['localVulnerableShare']);
  const shareUsed = round4(localShare ?? ctx.param('digital.vulnerableShare'));
  const size = num(d['targetGroupSize']);
  const wcagRaw = str(d['wcagConformance']);
  const wcag = wcagRaw !== null && WCAG.has(wcagRaw) ? wcagRaw : null;

  return {
    'digital.stepCount': steps.length,
    'digital.channelsOffered': channels,
    'digital.nonDigitalChannels': channels.filter((c) => NON_DIGITAL.has(c)),
    'digital.digitalOnlySteps': steps
      .map((s, i) => ({ name: str(s['name']) ?? `#${i + 1}`, only: stepDigitalOnly(s) }))
      .filter((s) => s.only === true)
      .map((s) => s.name),
    'digital.onlineOnlyStep': onlineOnly,
    // Every step can be done at the counter, by phone or on paper exactly when no step is digital-only.
    'digital.fullNonDigitalChannel': not3(onlineOnly),
    'digital.equalConditions': and3(answer(equal['samePrice']), answer(equal['sameDeadlines']), answer(equal['noOnlineOnlyAdvantage'])),
    'digital.assistedHelp': answer(d['assistedDigitalHelp']),
    'digital.basicSmartphone': answer(d['basicSmartphone']),
    'digital.noPrinterOrScanner': answer(d['noPrinterOrScanner']),
    'digital.eidRequired': answer(d['eidRequired']),
    'digital.eidAlternative': answer(d['eidAlternative']),
    // A local estimate can only come from having looked at the question.
    'digital.vulnerableShareConsidered': localShare !== null ? true : answer(d['vulnerableShareConsidered']),
    'digital.localVulnerableShare': round4(localShare),
    'digital.vulnerableShareUsed': shareUsed,
    'digital.vulnerableUsersEstimate': size !== null && shareUsed !== null ? Math.round(size * shareUsed) : null,
    'digital.webContent': webContent(answer(d['webContent']), steps, wcag),
    'digital.wcagConformance': wcag,
  };
}
