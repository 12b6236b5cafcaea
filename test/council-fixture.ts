// Council records for report tests: a realistic one built from an assessment's improvement path, and
// one far longer than any council writes (to hold the short report to its page budget).
import type { CouncilRecord } from '../src/report/council.js';
import type { Assessment } from '../src/types.js';

/** A council record as a welfare council would leave it: one meeting, an advice from the path and its own, an answer. */
export function councilRecord(a: Assessment): CouncilRecord {
  const picked = a.improvementPath.slice(0, 3).map((s) => ({ text: s.fix, checkId: s.checkId }));
  const recommendations = [
    ...picked,
    { text: 'Leg het voorstel opnieuw voor aan de participatiegroep voor de beslissing valt, en zeg wat er met hun inbreng gebeurde.' },
    { text: 'Evalueer na één jaar samen met de mensen die het gebruiken.' },
  ];
  const responses = ['followed', 'partly', 'not-followed', 'followed', 'partly'] as const;
  return {
    participation: [
      {
        text: 'We vinden het goed dat er iets gebeurt.\nMaar: wie geen computer heeft, valt uit de boot.\n\n"Ik heb geen geld voor een nieuwe gsm," zei een deelnemer.',
        participants: 9,
        heldOn: '2025-05-12',
        expensesPaid: 'yes',
        recordedBy: 'Fatima El Amrani',
        onBehalf: true,
      },
    ],
    advice: {
      number: 1,
      conclusion:
        'De raad geeft een voorwaardelijk gunstig advies.\nHet voorstel helpt gezinnen met een laag inkomen, maar alleen als de drempels hieronder wegvallen.',
      recommendations,
      signedBy: { name: 'Jan Peeters', role: 'voorzitter' },
      signedOn: '2025-05-20',
    },
    answer: {
      decision: 'Het college keurt het voorstel goed met de aanpassingen hieronder.',
      decidedOn: '2025-06-03',
      recordedBy: 'Schepen Van den Broeck',
      items: recommendations.map((r, i) => ({
        recommendation: r.text,
        response: responses[i % responses.length] as (typeof responses)[number],
        reason: i % 2 === 0 ? 'Past binnen het budget van dit jaar.' : 'Kan pas na de aanbesteding, in het voorjaar.',
      })),
    },
  };
}

const WORDS = 'armoede drempel gezin leefloon toegang participatie school budget kinderen wachttijd formulier loket'.split(' ');
/** Words of the widest letters (and CJK, wider still in most fonts): the most lines per character. */
export const WIDE_WORDS = ['WWWWWWWW', 'MMMMMMMMMM', 'ŴŴŴŴŴŴ', '貧困貧困貧困', 'WMWMWMWMWMWM'];

/** `n` characters of words, with a line break every `lineEvery` words. */
function proseOf(n: number, lineEvery = 0, words: readonly string[] = WORDS): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += (words[i % words.length] as string) + (lineEvery > 0 && i % lineEvery === lineEvery - 1 ? '\n' : ' ');
  return out.slice(0, n);
}

/**
 * Far more than any council writes: long texts, thirty recommendations and answers. By default short
 * lines and long ones mixed; `wide` fills every text with the widest letters, a line break every ten
 * words, so that each line kept in the short report wraps (the most height per character).
 */
export function hugeCouncilRecord(a: Assessment, wide = false): CouncilRecord {
  const prose = (n: number, lineEvery = 0): string => (wide ? proseOf(n, 10, WIDE_WORDS) : proseOf(n, lineEvery));
  const ids = a.improvementPath.map((s) => s.checkId);
  const recommendations = Array.from({ length: 30 }, (_, i) => ({
    text: prose(900, i % 3 === 0 ? 3 : 0),
    checkId: i % 2 === 0 ? ids[i % Math.max(1, ids.length)] : undefined,
  }));
  return {
    participation: Array.from({ length: 4 }, (_, i) => ({
      text: prose(6000, i % 2 === 0 ? 2 : 0),
      participants: 12 + i,
      heldOn: `2025-0${i + 1}-15`,
      expensesPaid: 'unknown' as const,
      recordedBy: prose(300),
      onBehalf: i % 2 === 0,
    })),
    advice: {
      number: 3,
      conclusion: prose(9000, 4),
      recommendations: recommendations.map((r) => (r.checkId === undefined ? { text: r.text } : { text: r.text, checkId: r.checkId })),
      signedBy: { name: prose(300), role: prose(200) },
      signedOn: '2025-05-20',
    },
    answer: {
      decision: prose(5000, 5),
      decidedOn: '2025-06-03',
      recordedBy: prose(300),
      items: recommendations.map((r) => ({ recommendation: r.text, response: 'partly' as const, reason: prose(1500, 2) })),
    },
  };
}
