// Labels of the text and JSON outputs in Dutch, French and English, and locale-aware number formats.
import { formatPercent, formatScoreRange, interpolate } from '../i18n.js';
import type { Lang, Light, LightRange, Outcome, ScoreRange } from '../types.js';

const LABELS = {
  verdict: { nl: 'Oordeel', fr: 'Avis', en: 'Verdict' },
  overall: { nl: 'Totaalscore', fr: 'Score global', en: 'Overall score' },
  referenceDate: { nl: 'Referentiedatum', fr: 'Date de référence', en: 'Reference date' },
  ruleset: { nl: 'Regelpakket', fr: 'Ensemble de règles', en: 'Rule pack' },
  overlay: { nl: 'lokale overlay', fr: 'surcouche locale', en: 'local overlay' },
  reasons: { nl: 'Waarom', fr: 'Pourquoi', en: 'Why' },
  dimensions: { nl: 'Dimensies', fr: 'Dimensions', en: 'Dimensions' },
  redOrange: { nl: 'Rode en oranje dimensies', fr: "Dimensions au rouge et à l'orange", en: 'Red and orange dimensions' },
  otherDimensions: { nl: 'Overige dimensies', fr: 'Autres dimensions', en: 'Other dimensions' },
  participation: { nl: 'Participatie', fr: 'Participation', en: 'Participation' },
  claimed: { nl: 'geclaimd', fr: 'revendiqué', en: 'claimed' },
  effective: { nl: 'effectief', fr: 'effectif', en: 'effective' },
  tokenism: { nl: 'Schijnparticipatie', fr: 'Participation de façade', en: 'Tokenism' },
  improvement: { nl: 'Verbeterpad (grootste winst eerst)', fr: "Pistes d'amélioration (plus grand gain d'abord)", en: 'Improvement path (largest gain first)' },
  actionPlan: { nl: 'Actieplan (grootste winst eerst)', fr: "Plan d'action (plus grand gain d'abord)", en: 'Action plan (largest gain first)' },
  unknowns: { nl: 'Informatie die de raad moet opvragen', fr: 'Informations que le conseil doit demander', en: 'Information the council should ask for' },
  unknownsAudit: { nl: 'Vragen aan de dienst', fr: 'Questions au service', en: 'Questions for the service' },
  result: { nl: 'Uitkomst', fr: 'Résultat', en: 'Outcome' },
  changesVerdict: { nl: 'verandert het oordeel naar', fr: "change l'avis en", en: 'changes the verdict to' },
  points: { nl: 'punten', fr: 'points', en: 'points' },
  knockout: { nl: 'knock-out', fr: 'éliminatoire', en: 'knock-out' },
  more: { nl: 'en nog {n}', fr: 'et encore {n}', en: 'and {n} more' },
  disclaimer: {
    nl: 'Deze toets ondersteunt de dialoog van de adviesraad met mensen in armoede; hij vervangt die niet. De officiële armoedetoets is een participatief proces, geen score.',
    fr: 'Ce test soutient le dialogue du conseil consultatif avec les personnes en pauvreté ; il ne le remplace pas. Le test pauvreté officiel est un processus participatif, pas un score.',
    en: "This assessment supports the advisory council's dialogue with people in poverty; it does not replace it. The official armoedetoets is a participatory process, not a score.",
  },
  disclaimerAudit: {
    nl: 'Deze drempelscan ondersteunt het gesprek binnen de dienst en met de gebruikers en hun verenigingen; hij vervangt dat niet. De officiële armoedetoets is een participatief proces, geen score.',
    fr: 'Cet audit soutient la discussion au sein du service et avec les usagers et leurs associations ; il ne la remplace pas. Le test pauvreté officiel est un processus participatif, pas un score.',
    en: 'This audit supports the conversation within the service and with its users and their associations; it does not replace it. The official armoedetoets is a participatory process, not a score.',
  },
  valid: { nl: 'Geldig: {file} ({kind})', fr: 'Valide : {file} ({kind})', en: 'Valid: {file} ({kind})' },
  severity: { nl: 'ernst', fr: 'gravité', en: 'severity' },
  sources: { nl: 'Bronnen', fr: 'Sources', en: 'Sources' },
  whyMatters: { nl: 'Waarom dit telt', fr: "Pourquoi c'est important", en: 'Why this matters' },
  whatFixes: { nl: 'Wat helpt', fr: 'Ce qui aide', en: 'What would fix it' },
  conditions: { nl: 'Voorwaarden', fr: 'Conditions', en: 'Conditions' },
  householdCosts: {
    nl: 'Maandelijkse kost voor de referentiegezinnen',
    fr: 'Coût mensuel pour les ménages de référence',
    en: 'Monthly cost for the reference households',
  },
  readability: { nl: 'Leesbaarheid', fr: 'Lisibilité', en: 'Readability' },
  decisive: { nl: 'Vragen die het oordeel beslechten', fr: "Questions qui trancheraient l'avis", en: 'Questions that would settle the verdict' },
  lightRange: { nl: '{low} tot {high}, {known} gekend', fr: '{low} à {high}, {known} connu', en: '{low} to {high}, {known} known' },
  known: { nl: '{known} gekend', fr: '{known} connu', en: '{known} known' },
  or: { nl: 'of', fr: 'ou', en: 'or' },
  participationRange: { nl: 'effectief {low} tot {high}', fr: 'effectif {low} à {high}', en: 'effective {low} to {high}' },
  capUnknown: { nl: 'onbekend', fr: 'inconnu', en: 'unknown' },
  tokenismUnknown: {
    nl: 'Onbekend of de betrokkenheid kwam toen het voorstel nog kon veranderen.',
    fr: "On ne sait pas si l'implication est venue quand la proposition pouvait encore changer.",
    en: 'Not known whether involvement came while the proposal could still change.',
  },
  takeUpRisk: {
    nl: 'volle prijs → wat het gezin echt betaalt met sociaal tarief; * enkel als het gezin dat tarief aanvraagt',
    fr: "plein prix → ce que le ménage paie réellement avec le tarif social ; * seulement s'il demande ce tarif",
    en: 'full price → what the household really pays with the social tariff; * only if it applies for it',
  },
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(lang: Lang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  return interpolate(LABELS[key][lang], vars);
}

const OUTCOME_TEXT: Record<Outcome, Record<Lang, string>> = {
  pass: { nl: 'voldaan', fr: 'satisfait', en: 'pass' },
  partial: { nl: 'deels', fr: 'partiel', en: 'partial' },
  fail: { nl: 'niet voldaan', fr: 'non satisfait', en: 'fail' },
  unknown: { nl: 'onbekend', fr: 'inconnu', en: 'unknown' },
  'not-applicable': { nl: 'niet van toepassing', fr: 'sans objet', en: 'not applicable' },
};

const LIGHT_TEXT: Record<Light, Record<Lang, string>> = {
  green: { nl: 'groen', fr: 'vert', en: 'green' },
  orange: { nl: 'oranje', fr: 'orange', en: 'orange' },
  red: { nl: 'rood', fr: 'rouge', en: 'red' },
  'not-applicable': { nl: 'n.v.t.', fr: 's.o.', en: 'n/a' },
  open: { nl: 'open', fr: 'ouvert', en: 'open' },
};

/** French sets a space before a colon. */
export const colon = (lang: Lang): string => (lang === 'fr' ? ' : ' : ': ');

export const outcomeText = (o: Outcome, lang: Lang): string => OUTCOME_TEXT[o][lang];
export const lightText = (l: Light, lang: Lang): string => LIGHT_TEXT[l][lang];

/** "oranje tot groen, 40 % gekend" for a light range that straddles; the light itself when decided. */
export function lightRangeText(lights: LightRange, score: ScoreRange | null, lang: Lang): string {
  if (lights.low === lights.high) return lightText(lights.low, lang);
  const known = formatPercent(score?.known ?? 0, lang);
  return label(lang, 'lightRange', { low: lightText(lights.low, lang), high: lightText(lights.high, lang), known });
}

/** "deels of niet voldaan" for a range of outcomes, the outcome itself when decided; all three possible is "onbekend". */
export function outcomeRangeText(possible: readonly Outcome[], lang: Lang): string {
  if (possible.length === 1) return outcomeText(possible[0] as Outcome, lang);
  if (possible.length >= 3) return outcomeText('unknown', lang);
  return possible.map((o) => outcomeText(o, lang)).join(` ${label(lang, 'or')} `);
}

/** "62,5" for a decided score, "40–62,5" for a range, "–" without one. */
export function scoreText(r: ScoreRange | null, lang: Lang): string {
  return r ? formatScoreRange(r, lang) : '–';
}

export { formatScore, formatEuro, formatPercent } from '../i18n.js';
