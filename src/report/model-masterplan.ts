// The Brussels masterplan section: which axis of Bruss'help's homelessness masterplan a proposal serves,
// and how the checks that bear on each axis came out.
import type { Assessment, Outcome } from '../types.js';
import { MASTERPLAN_AXES, screeningFacts } from '../engine/facts/screening.js';
import { subjectFacts } from '../engine/facts/subject.js';
import { fmt, type Labels } from './locales.js';
import { outcomeText } from './model-checks.js';

type Axis = Exclude<(typeof MASTERPLAN_AXES)[number], 'none'>;

/**
 * The checks that bear on each axis: this project's reading of the masterplan (Bruss'help 2024), not
 * a list the plan itself gives. Prevention: fewer people in poverty, rights that reach people;
 * quick action: walk-in, fast first contact and decision, waiting lists; support and stabilisation:
 * one contact, one intake, help that comes to people, rights that last; institutional violence:
 * proportionate controls, sanctions, visits, no paternalism.
 */
export const AXIS_CHECKS: Record<Axis, readonly string[]> = {
  prevention: ['E2', 'E5', 'R1', 'R2'],
  'quick-action': ['T2', 'T3', 'A4', 'T4'],
  'support-stabilisation': ['A7', 'TR3', 'M4', 'A5'],
  'institutional-violence': ['TR5', 'TR8', 'TR9', 'TR10'],
};

const AXIS_KEY = {
  prevention: 'Prevention',
  'quick-action': 'QuickAction',
  'support-stabilisation': 'Support',
  'institutional-violence': 'Violence',
} as const satisfies Record<Axis, string>;

export interface MasterplanView {
  statement: string;
  axes: {
    id: string;
    title: string;
    text: string;
    served: boolean;
    servedText: string | null;
    checks: { id: string; title: string; outcomeText: string; mark: string }[];
  }[];
}

const MARK: Record<Outcome, string> = { pass: '✓', partial: '~', fail: '✗', unknown: '?', 'not-applicable': '–' };

/** Shown for a Brussels subject, or wherever a proposal names an axis; null otherwise. */
export function masterplanView(a: Assessment, l: Labels): MasterplanView | null {
  const input = (a.input ?? {}) as Record<string, unknown>;
  // The same facts the engine derived: the axis is null when not said, 'none' when the proposal serves none.
  const axis = screeningFacts(input)['screening.masterplanAxis'] as string | null;
  const brussels = subjectFacts(input)['subject.region'] === 'brussels';
  if (!brussels && (axis === null || axis === 'none')) return null;
  const byId = new Map(a.checks.map((c) => [c.id, c]));
  const axes = (Object.keys(AXIS_CHECKS) as Axis[]).map((id) => {
    const title = l[`masterplanAxis${AXIS_KEY[id]}`] as string;
    return {
      id,
      title,
      text: l[`masterplanAxis${AXIS_KEY[id]}Text`] as string,
      served: axis === id,
      servedText: axis === id ? (l.masterplanServed as string) : null,
      checks: AXIS_CHECKS[id].flatMap((cid) => {
        const c = byId.get(cid);
        return c ? [{ id: c.id, title: c.title, outcomeText: outcomeText(c.outcome, l), mark: MARK[c.outcome] }] : [];
      }),
    };
  });
  const served = axes.find((x) => x.served);
  const statement = served
    ? fmt(l, a.kind === 'service-audit' ? 'masterplanStatementAudit' : 'masterplanStatement', { axis: served.title })
    : (l[axis === 'none' ? 'masterplanNone' : 'masterplanUnknown'] as string);
  return { statement, axes };
}
