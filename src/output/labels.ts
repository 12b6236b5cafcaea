// Labels of the text and JSON outputs in Dutch, French and English, and locale-aware number formats.
import { interpolate } from '../i18n.js';
import type { Lang, Light, Outcome } from '../types.js';

const LABELS = {
  verdict: { nl: 'Oordeel', fr: 'Avis', en: 'Verdict' },
  overall: { nl: 'Totaalscore', fr: 'Score global', en: 'Overall score' },
  referenceDate: { nl: 'Referentiedatum', fr: 'Date de référence', en: 'Reference date' },
  ruleset: { nl: 'Regelpakket', fr: 'Ensemble de règles', en: 'Rule pack' },
  overlay: { nl: 'lokale overlay', fr: 'surcouche locale', en: 'local overlay' },
  reasons: { nl: 'Waarom', fr: 'Pourquoi', en: 'Why' },
  dimensions: { nl: 'Dimensies', fr: 'Dimensions', en: 'Dimensions' },
  redOrange: { nl: 'Rode en oranje dimensies', fr: 'Dimensions au rouge et à l\'orange', en: 'Red and orange dimensions' },
  otherDimensions: { nl: 'Overige dimensies', fr: 'Autres dimensions', en: 'Other dimensions' },
  participation: { nl: 'Participatie', fr: 'Participation', en: 'Participation' },
  claimed: { nl: 'geclaimd', fr: 'revendiqué', en: 'claimed' },
  effective: { nl: 'effectief', fr: 'effectif', en: 'effective' },
  tokenism: { nl: 'Schijnparticipatie', fr: 'Participation de façade', en: 'Tokenism' },
  improvement: { nl: 'Verbeterpad (grootste winst eerst)', fr: 'Pistes d\'amélioration (plus grand gain d\'abord)', en: 'Improvement path (largest gain first)' },
  actionPlan: { nl: 'Actieplan (grootste winst eerst)', fr: 'Plan d\'action (plus grand gain d\'abord)', en: 'Action plan (largest gain first)' },
  unknowns: { nl: 'Informatie die de raad moet opvragen', fr: 'Informations que le conseil doit demander', en: 'Information the council should ask for' },
  changesVerdict: { nl: 'verandert het oordeel naar', fr: 'change l\'avis en', en: 'changes the verdict to' },
  points: { nl: 'punten', fr: 'points', en: 'points' },
  knockout: { nl: 'knock-out', fr: 'éliminatoire', en: 'knock-out' },
  more: { nl: 'en nog {n}', fr: 'et encore {n}', en: 'and {n} more' },
  disclaimer: {
    nl: 'Deze toets ondersteunt de dialoog van de adviesraad met mensen in armoede; hij vervangt die niet. De officiële armoedetoets is een participatief proces, geen score.',
    fr: 'Ce test soutient le dialogue du conseil consultatif avec les personnes en pauvreté ; il ne le remplace pas. Le test pauvreté officiel est un processus participatif, pas un score.',
    en: 'This assessment supports the advisory council\'s dialogue with people in poverty; it does not replace it. The official armoedetoets is a participatory process, not a score.',
  },
  valid: { nl: 'Geldig: {file} ({kind})', fr: 'Valide : {file} ({kind})', en: 'Valid: {file} ({kind})' },
  severity: { nl: 'ernst', fr: 'gravité', en: 'severity' },
  sources: { nl: 'Bronnen', fr: 'Sources', en: 'Sources' },
  whyMatters: { nl: 'Waarom dit telt', fr: 'Pourquoi c\'est important', en: 'Why this matters' },
  whatFixes: { nl: 'Wat helpt', fr: 'Ce qui aide', en: 'What would fix it' },
  conditions: { nl: 'Voorwaarden', fr: 'Conditions', en: 'Conditions' },
  householdCosts: { nl: 'Maandelijkse kost voor de referentiegezinnen', fr: 'Coût mensuel pour les ménages de référence', en: 'Monthly cost for the reference households' },
  readability: { nl: 'Leesbaarheid', fr: 'Lisibilité', en: 'Readability' },
  takeUpRisk: {
    nl: 'volle prijs → wat het gezin echt betaalt met sociaal tarief; * enkel als het gezin dat tarief aanvraagt',
    fr: 'plein prix → ce que le ménage paie réellement avec le tarif social ; * seulement s\'il demande ce tarif',
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
};

/** French sets a space before a colon. */
export const colon = (lang: Lang): string => (lang === 'fr' ? ' : ' : ': ');

export const outcomeText = (o: Outcome, lang: Lang): string => OUTCOME_TEXT[o][lang];
export const lightText = (l: Light, lang: Lang): string => LIGHT_TEXT[l][lang];

export { formatScore, formatEuro, formatPercent } from '../i18n.js';
