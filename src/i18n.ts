// Message catalogue for the engine's own user-facing texts (Dutch first, French, English).
import type { Lang, LocalizedText } from './types.js';

/** A message: one text, or a singular and a plural form chosen by `count`. */
type Message = string | { one: string; other: string };

const MESSAGES = {
  inputTooLarge: {
    nl: 'Het bestand is te groot: {size} bytes, hoogstens {max} toegestaan.',
    fr: 'Le fichier est trop volumineux : {size} octets, {max} au maximum.',
    en: 'The file is too large: {size} bytes, at most {max} allowed.',
  },
  inputEmpty: { nl: 'Het bestand is leeg.', fr: 'Le fichier est vide.', en: 'The file is empty.' },
  jsonSyntax: {
    nl: 'Geen geldige JSON: {detail}',
    fr: 'JSON invalide : {detail}',
    en: 'Not valid JSON: {detail}',
  },
  yamlSyntax: {
    nl: 'Geen geldige YAML (regel {line}): {detail}',
    fr: 'YAML invalide (ligne {line}) : {detail}',
    en: 'Not valid YAML (line {line}): {detail}',
  },
  yamlAliases: {
    nl: 'De YAML gebruikt te veel aliassen (mogelijk een "alias-bom"); schrijf de waarden voluit.',
    fr: 'Le YAML utilise trop d\'alias (peut-être une « bombe d\'alias ») ; écrivez les valeurs en entier.',
    en: 'The YAML uses too many aliases (possibly an "alias bomb"); write the values out in full.',
  },
  notAnObject: {
    nl: 'Het bestand moet één object bevatten (velden zoals kind, meta, affordability …), geen {type}.',
    fr: 'Le fichier doit contenir un seul objet (champs kind, meta, affordability …), pas {type}.',
    en: 'The file must hold one object (fields such as kind, meta, affordability …), not {type}.',
  },
  forbiddenKey: {
    nl: 'de sleutel "{key}" is niet toegestaan',
    fr: 'la clé « {key} » n\'est pas autorisée',
    en: 'the key "{key}" is not allowed',
  },
  tooDeep: {
    nl: 'het bestand is te diep genest (meer dan {max} niveaus)',
    fr: 'le fichier est trop imbriqué (plus de {max} niveaux)',
    en: 'the file is nested too deeply (more than {max} levels)',
  },
  unknownKind: {
    nl: 'kind moet "proposal" (voorstel) of "service-audit" (drempelscan) zijn',
    fr: 'kind doit valoir « proposal » (proposition) ou « service-audit » (audit de service)',
    en: 'kind must be "proposal" or "service-audit"',
  },
  inputInvalid: {
    nl: { one: 'De invoer bevat 1 fout:', other: 'De invoer bevat {count} fouten:' },
    fr: { one: 'L\'entrée contient 1 erreur :', other: 'L\'entrée contient {count} erreurs :' },
    en: { one: 'The input has 1 error:', other: 'The input has {count} errors:' },
  },
  allowedValues: { nl: 'toegestaan: {values}', fr: 'valeurs permises : {values}', en: 'allowed: {values}' },
  root: { nl: '(hoofdniveau)', fr: '(racine)', en: '(root)' },
  fileUnreadable: {
    nl: 'Kan het bestand niet lezen: {file} ({detail})',
    fr: 'Impossible de lire le fichier : {file} ({detail})',
    en: 'Cannot read the file: {file} ({detail})',
  },
  dateInvalid: {
    nl: 'de datum "{date}" is geen geldige datum (JJJJ-MM-DD)',
    fr: 'la date « {date} » n\'est pas valide (AAAA-MM-JJ)',
    en: 'the date "{date}" is not a valid date (YYYY-MM-DD)',
  },
  timeZoneInvalid: {
    nl: 'onbekende tijdzone "{zone}": geef een IANA-naam zoals Europe/Brussels',
    fr: 'fuseau horaire inconnu « {zone} » : donnez un nom IANA comme Europe/Brussels',
    en: 'unknown time zone "{zone}": give an IANA name such as Europe/Brussels',
  },
  paramMissing: {
    nl: 'Parameter {id} heeft geen waarde op {date} (eerste waarde geldt vanaf {first}).',
    fr: 'Le paramètre {id} n\'a pas de valeur au {date} (première valeur à partir du {first}).',
    en: 'Parameter {id} has no value on {date} (first value applies from {first}).',
  },
  verdictFavourable: { nl: 'Gunstig', fr: 'Favorable', en: 'Favourable' },
  verdictConditional: { nl: 'Gunstig onder voorwaarden', fr: 'Favorable sous conditions', en: 'Favourable under conditions' },
  verdictUnfavourable: { nl: 'Ongunstig', fr: 'Défavorable', en: 'Unfavourable' },
  verdictUndetermined: {
    nl: 'Hangt af van ontbrekende informatie',
    fr: 'Dépend d\'informations manquantes',
    en: 'Depends on missing information',
  },
  verdictAudit: { nl: 'Drempelscan: actieplan', fr: 'Audit des obstacles : plan d\'action', en: 'Barrier audit: action plan' },
  reasonKnockout: {
    nl: 'Knock-outcheck {id} faalt: {title}',
    fr: 'Le critère éliminatoire {id} échoue : {title}',
    en: 'Knock-out check {id} fails: {title}',
  },
  reasonLowScore: {
    nl: 'De totaalscore {score} ligt onder {min}.',
    fr: 'Le score global {score} est inférieur à {min}.',
    en: 'The overall score {score} is below {min}.',
  },
  reasonLowScoreAtBest: {
    nl: 'De totaalscore ({score}) blijft ook in het beste geval onder {min}.',
    fr: 'Le score global ({score}) reste inférieur à {min}, même dans le meilleur des cas.',
    en: 'The overall score ({score}) stays below {min} even at best.',
  },
  reasonSevereDimension: {
    nl: 'Ook in het beste geval onder {min} ({count}): {names}. Elk van die drempels alleen maakt het voorstel ongunstig.',
    fr: 'Sous {min} même dans le meilleur des cas ({count}) : {names}. Chacun de ces obstacles rend à lui seul la proposition défavorable.',
    en: 'Below {min} even at best ({count}): {names}. Each of these barriers alone makes the proposal unfavourable.',
  },
  reasonUndetermined: {
    nl: 'Met wat gekend is, ligt het oordeel tussen «{low}» en «{high}» (totaalscore {score}). Wat ontbreekt, beslist.',
    fr: 'Avec ce qui est connu, l\'avis se situe entre « {low} » et « {high} » (score global {score}). Ce qui manque est décisif.',
    en: 'With what is known, the verdict lies between "{low}" and "{high}" (overall score {score}). What is missing decides it.',
  },
  reasonLittleKnown: {
    nl: 'Slechts {known} van het gewicht is gekend ({open} van de {total} toepasselijke checks staan open): vraag eerst die informatie op.',
    fr: 'Seuls {known} du poids sont connus ({open} des {total} critères applicables restent ouverts) : demandez d\'abord ces informations.',
    en: 'Only {known} of the weight is known ({open} of the {total} applicable checks are open): ask for that information first.',
  },
  reasonLittleKnownAudit: {
    nl: 'Slechts {known} van het gewicht is gekend ({open} van de {total} toepasselijke checks staan open): zoek die antwoorden eerst uit binnen de dienst; het actieplan kan dan nog veranderen.',
    fr: 'Seuls {known} du poids sont connus ({open} des {total} critères applicables restent ouverts) : cherchez d\'abord ces réponses au sein du service ; le plan d\'action peut encore changer.',
    en: 'Only {known} of the weight is known ({open} of the {total} applicable checks are open): find those answers within the service first; the action plan may still change.',
  },
  questionIfBad: {
    nl: 'bij een ongunstig antwoord: hoogstens «{verdict}»',
    fr: 'si la réponse est défavorable : au mieux « {verdict} »',
    en: 'if the answer is bad: at best "{verdict}"',
  },
  questionIfGood: {
    nl: 'bij een gunstig antwoord: minstens «{verdict}»',
    fr: 'si la réponse est favorable : au moins « {verdict} »',
    en: 'if the answer is good: at least "{verdict}"',
  },
  reasonRedDimensions: {
    nl: { one: '1 dimensie staat op rood: {names}.', other: '{count} dimensies staan op rood: {names}.' },
    fr: { one: '1 dimension est au rouge : {names}.', other: '{count} dimensions sont au rouge : {names}.' },
    en: { one: '1 dimension is red: {names}.', other: '{count} dimensions are red: {names}.' },
  },
  reasonNotGreenEnough: {
    nl: 'De totaalscore {score} haalt de drempel {min} voor een gunstig advies niet.',
    fr: 'Le score global {score} n\'atteint pas le seuil {min} d\'un avis favorable.',
    en: 'The overall score {score} does not reach the threshold {min} for a favourable advice.',
  },
  reasonParticipation: {
    nl: 'Het effectieve participatieniveau is {level} ({title}); een gunstig advies vraagt minstens {min}.',
    fr: 'Le niveau effectif de participation est {level} ({title}) ; un avis favorable demande au moins {min}.',
    en: 'The effective participation level is {level} ({title}); a favourable advice needs at least {min}.',
  },
  reasonTokenism: {
    nl: 'Schijnparticipatie: de betrokkenheid kwam toen het voorstel niet meer kon veranderen.',
    fr: 'Participation de façade : l\'implication est venue quand la proposition ne pouvait plus changer.',
    en: 'Tokenism: involvement came when the proposal could no longer change.',
  },
  reasonAllGood: {
    nl: 'Totaalscore {score}, geen knock-outs, geen rode dimensies.',
    fr: 'Score global {score}, aucun critère éliminatoire, aucune dimension au rouge.',
    en: 'Overall score {score}, no knock-outs, no red dimensions.',
  },
  reasonAudit: {
    nl: 'Een drempelscan geeft geen oordeel maar een actieplan: wat de dienst kan verbeteren, in snelle winst en structureel werk, gerangschikt naar winst.',
    fr: 'Un audit des obstacles ne rend pas d\'avis mais un plan d\'action : ce que le service peut améliorer, en gains rapides et en travail structurel, classés par gain.',
    en: 'A barrier audit gives no verdict but an action plan: what the service can improve, as quick wins and structural work, ordered by gain.',
  },
  reasonNoScore: {
    nl: 'Geen enkele dimensie is van toepassing: er is niets om te scoren.',
    fr: 'Aucune dimension n\'est applicable : rien à évaluer.',
    en: 'No dimension applies: there is nothing to score.',
  },
  staleParameter: {
    nl: 'Parameter {id}: de laatste waarde geldt sinds {since}; op {date} is er wellicht een nieuwere.',
    fr: 'Paramètre {id} : la dernière valeur s\'applique depuis le {since} ; au {date}, il en existe sans doute une plus récente.',
    en: 'Parameter {id}: the last value applies since {since}; on {date} there is probably a newer one.',
  },
  savedOtherVersion: {
    nl: '{file} is gemaakt door versie {found} van armoedetoets (schemaVersion {found}; deze versie leest {expected}); maak de toets opnieuw met deze versie.',
    fr: '{file} a été créé par la version {found} d\'armoedetoets (schemaVersion {found} ; cette version lit {expected}) ; refaites le test avec cette version.',
    en: '{file} was made by version {found} of armoedetoets (schemaVersion {found}; this version reads {expected}); run the assessment again with this version.',
  },
  inputNotObject: {
    nl: 'De invoer moet één object zijn (velden zoals kind, meta, affordability …), geen {type}.',
    fr: 'L\'entrée doit être un seul objet (champs kind, meta, affordability …), pas {type}.',
    en: 'The input must be one object (fields such as kind, meta, affordability …), not {type}.',
  },
  inputNotData: {
    nl: 'De invoer bevat iets dat geen gegevens zijn ({detail}): enkel objecten, lijsten, tekst, getallen, true, false en null.',
    fr: 'L\'entrée contient autre chose que des données ({detail}) : seulement des objets, listes, textes, nombres, true, false et null.',
    en: 'The input holds something that is not data ({detail}): only objects, lists, text, numbers, true, false and null.',
  },
  inputNestedTooDeep: {
    nl: 'De invoer is te diep genest.',
    fr: 'L\'entrée est trop imbriquée.',
    en: 'The input is nested too deeply.',
  },
  optionsInvalid: {
    nl: 'Ongeldige opties voor assess: {names}',
    fr: 'Options invalides pour assess : {names}',
    en: 'Invalid options for assess: {names}',
  },
  optionsNotObject: {
    nl: 'de opties moeten een object zijn, geen {type}',
    fr: 'les options doivent être un objet, pas {type}',
    en: 'the options must be an object, not {type}',
  },
  optionUnknown: {
    nl: 'onbekende optie (bekend: {known})',
    fr: 'option inconnue (connues : {known})',
    en: 'unknown option (known: {known})',
  },
  optionLang: {
    nl: 'moet nl, fr of en zijn, niet {value}',
    fr: 'doit valoir nl, fr ou en, pas {value}',
    en: 'must be nl, fr or en, not {value}',
  },
  optionDateType: {
    nl: 'moet een datum als tekst zijn (JJJJ-MM-DD), geen {type}',
    fr: 'doit être une date sous forme de texte (AAAA-MM-JJ), pas {type}',
    en: 'must be a date as text (YYYY-MM-DD), not {type}',
  },
  optionRuleset: {
    nl: 'moet een regelpakket zijn zoals loadRuleset() of defaultRuleset() het teruggeeft',
    fr: 'doit être un ensemble de règles tel que loadRuleset() ou defaultRuleset() le renvoie',
    en: 'must be a rule pack as loadRuleset() or defaultRuleset() returns it',
  },
  internalError: {
    nl: 'Interne fout in armoedetoets: {detail}',
    fr: 'Erreur interne dans armoedetoets : {detail}',
    en: 'Internal error in armoedetoets: {detail}',
  },
  disabledChecks: {
    nl: 'Checks die de lokale overlay uitschakelde',
    fr: 'Critères désactivés par la surcouche locale',
    en: 'Checks switched off by the local overlay',
  },
  checkNotYet: {
    nl: 'Deze check geldt pas vanaf {from}; op de referentiedatum {date} is hij niet van toepassing.',
    fr: 'Ce critère ne s\'applique qu\'à partir du {from} ; à la date de référence {date}, il est sans objet.',
    en: 'This check applies only from {from}; on the reference date {date} it does not apply.',
  },
  // Reading and writing files (inputs, saved assessments, overlays, outputs).
  fileNotRegular: {
    nl: 'Geen gewoon bestand: {file} is {kind}.',
    fr: 'Pas un fichier ordinaire : {file} est {kind}.',
    en: 'Not a regular file: {file} is {kind}.',
  },
  kindDirectory: { nl: 'een map', fr: 'un dossier', en: 'a directory' },
  kindFifo: { nl: 'een named pipe (FIFO)', fr: 'un tube nommé (FIFO)', en: 'a named pipe (FIFO)' },
  kindDevice: { nl: 'een apparaatbestand', fr: 'un fichier de périphérique', en: 'a device file' },
  kindSocket: { nl: 'een socket', fr: 'un socket', en: 'a socket' },
  kindOther: { nl: 'een bijzonder bestand', fr: 'un fichier spécial', en: 'a special file' },
  fileTooLarge: {
    nl: 'Het bestand {file} is te groot: {size} bytes, hoogstens {max} toegestaan.',
    fr: 'Le fichier {file} est trop volumineux : {size} octets, {max} au maximum.',
    en: 'The file {file} is too large: {size} bytes, at most {max} allowed.',
  },
  fileTooLargeRead: {
    nl: 'Het bestand {file} is te groot: meer dan {max} bytes.',
    fr: 'Le fichier {file} est trop volumineux : plus de {max} octets.',
    en: 'The file {file} is too large: more than {max} bytes.',
  },
  encodingInvalid: {
    nl: 'Geen UTF-8 of UTF-16: {file} ({detail}). Bewaar het bestand als UTF-8.',
    fr: 'Ni UTF-8 ni UTF-16 : {file} ({detail}). Enregistrez le fichier en UTF-8.',
    en: 'Not UTF-8 or UTF-16: {file} ({detail}). Save the file as UTF-8.',
  },
  encodingBadUtf8: { nl: 'ongeldige UTF-8-bytes', fr: 'octets UTF-8 invalides', en: 'invalid UTF-8 bytes' },
  encodingBadUtf16: { nl: 'ongeldige UTF-16', fr: 'UTF-16 invalide', en: 'invalid UTF-16' },
  encodingNul: {
    nl: 'bevat NUL-bytes: een binair bestand, of UTF-16 zonder BOM',
    fr: 'contient des octets NUL : un fichier binaire, ou de l\'UTF-16 sans BOM',
    en: 'contains NUL bytes: a binary file, or UTF-16 without a BOM',
  },
  ioNotFound: { nl: 'bestaat niet', fr: 'n\'existe pas', en: 'does not exist' },
  ioNoAccess: { nl: 'geen toegang', fr: 'accès refusé', en: 'permission denied' },
  ioLoop: { nl: 'symbolische links in een kring', fr: 'liens symboliques en boucle', en: 'symbolic links in a loop' },
  ioNotDir: { nl: 'een deel van het pad is geen map', fr: 'une partie du chemin n\'est pas un dossier', en: 'part of the path is not a directory' },
  ioNameTooLong: { nl: 'de naam is te lang', fr: 'le nom est trop long', en: 'the name is too long' },
  ioIsDir: { nl: 'dat is een map', fr: 'c\'est un dossier', en: 'that is a directory' },
  ioNoSpace: { nl: 'de schijf is vol', fr: 'le disque est plein', en: 'the disk is full' },
  ioReadOnly: { nl: 'alleen-lezen bestandssysteem', fr: 'système de fichiers en lecture seule', en: 'read-only file system' },
  ioDirMissing: { nl: 'de map bestaat niet', fr: 'le dossier n\'existe pas', en: 'the folder does not exist' },
  duplicateKey: { nl: 'dubbele sleutel "{path}"', fr: 'clé en double « {path} »', en: 'duplicate key "{path}"' },
  atLine: { nl: 'regel {line}', fr: 'ligne {line}', en: 'line {line}' },
  moreErrors: { nl: '… en nog {count} fouten', fr: '… et encore {count} erreurs', en: '… and {count} more errors' },
  moreErrorsOne: { nl: '… en nog 1 fout', fr: '… et encore 1 erreur', en: '… and 1 more error' },
  outputFailed: {
    nl: 'Kan {what} "{path}" niet schrijven: {reason}.',
    fr: 'Impossible d\'écrire {what} « {path} » : {reason}.',
    en: 'Cannot write {what} "{path}": {reason}.',
  },
  outputWhatFile: { nl: 'het bestand', fr: 'le fichier', en: 'the file' },
  outputWhatDir: { nl: 'de uitvoermap', fr: 'le dossier de sortie', en: 'the output folder' },
  outputNotRegular: { nl: 'geen gewoon bestand maar {kind}', fr: 'pas un fichier ordinaire mais {kind}', en: 'not a regular file but {kind}' },
  outputIsInput: {
    nl: 'dat is het invoerbestand {file}; kies een ander uitvoerbestand',
    fr: 'c\'est le fichier d\'entrée {file} ; choisissez un autre fichier de sortie',
    en: 'that is the input file {file}; choose another output file',
  },
  outputEmpty: {
    nl: '-o vraagt een bestandsnaam, geen lege tekst',
    fr: '-o demande un nom de fichier, pas un texte vide',
    en: '-o needs a file name, not an empty text',
  },
  folderNeedsOutput: {
    nl: 'Een map toetsen vraagt een uitvoermap: -o UITMAP',
    fr: 'Évaluer un dossier demande un dossier de sortie : -o DOSSIER',
    en: 'Assessing a folder needs an output folder: -o OUTDIR',
  },
  folderEmpty: {
    nl: 'Geen invoerbestanden in de map {dir}: een invoer eindigt op .yaml, .yml of .json.',
    fr: 'Aucun fichier d\'entrée dans le dossier {dir} : une entrée se termine par .yaml, .yml ou .json.',
    en: 'No input files in the folder {dir}: an input ends in .yaml, .yml or .json.',
  },
  folderSameAsInput: {
    nl: 'De uitvoermap {out} is de invoermap {dir}: kies een andere uitvoermap, zodat geen invoer overschreven wordt.',
    fr: 'Le dossier de sortie {out} est le dossier d\'entrée {dir} : choisissez un autre dossier de sortie, pour qu\'aucune entrée ne soit écrasée.',
    en: 'The output folder {out} is the input folder {dir}: choose another output folder, so that no input is overwritten.',
  },
  folderSkipped: { nl: 'overgeslagen: {file}: {problem}', fr: 'ignoré : {file} : {problem}', en: 'skipped: {file}: {problem}' },
  folderSummary: {
    nl: '{done} van {total} bestanden weergegeven in {dir}',
    fr: '{done} fichiers sur {total} rendus dans {dir}',
    en: '{done} of {total} files rendered in {dir}',
  },
  folderSummarySkipped: { nl: ', {count} overgeslagen', fr: ', {count} ignorés', en: ', {count} skipped' },
  auditNeedsAudit: {
    nl: 'audit verwacht een drempelscan (kind: service-audit); gebruik assess voor een voorstel',
    fr: 'audit attend un audit de service (kind: service-audit) ; utilisez assess pour une proposition',
    en: 'audit expects a service audit (kind: service-audit); use assess for a proposal',
  },
  ioNotADir: { nl: 'dat is geen map', fr: 'ce n\'est pas un dossier', en: 'that is not a directory' },
  pdfNeedsOutput: {
    nl: 'Een PDF gaat naar een bestand, niet naar de terminal: geef -o advies.pdf',
    fr: 'Un PDF va dans un fichier, pas dans le terminal : donnez -o avis.pdf',
    en: 'A PDF goes to a file, not to the terminal: give -o advice.pdf',
  },
  folderNameClash: {
    nl: 'Meer invoerbestanden zouden hetzelfde uitvoerbestand {out} krijgen: {files}. Hernoem er een; er is niets geschreven.',
    fr: 'Plusieurs fichiers d\'entrée donneraient le même fichier de sortie {out} : {files}. Renommez-en un ; rien n\'a été écrit.',
    en: 'Several input files would get the same output file {out}: {files}. Rename one; nothing was written.',
  },
  rulesNotFound: { nl: 'Regelmap niet gevonden: {dir}', fr: 'Dossier de règles introuvable : {dir}', en: 'Rules folder not found: {dir}' },
} satisfies Record<string, Record<Lang, Message>>;

export type MessageKey = keyof typeof MESSAGES;

/** Fills `{name}` in a message template; an unknown name stays visible rather than vanishing. */
export function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

// Plural rules per language, built once (Intl objects are costly to build per call).
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of a message for `count`: Intl.PluralRules picks "one" or "other" ("1 dimensie staat", "2 dimensies staan"). */
function formFor(m: Message, lang: Lang, count: unknown): string {
  if (typeof m === 'string') return m;
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return typeof count === 'number' && rules.select(count) === 'one' ? m.one : m.other;
}

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const messages: Record<Lang, Message> = MESSAGES[key];
  return interpolate(formFor(messages[lang], lang, vars['count']), vars);
}

/** Picks a language from a localized text, falling back to Dutch. */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nl;
}

const LOCALE: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
// Formatters are cached per locale: building one per call made rendering many times slower.
const numberFormats = new Map<string, Intl.NumberFormat>();

function fmt(lang: Lang, kind: 'score' | 'euro' | 'percent'): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let f = numberFormats.get(key);
  if (!f) {
    const opts: Intl.NumberFormatOptions =
      kind === 'euro'
        ? { style: 'currency', currency: 'EUR' }
        : kind === 'percent'
          ? { style: 'percent', maximumFractionDigits: 1 }
          : { maximumFractionDigits: 1 };
    f = new Intl.NumberFormat(LOCALE[lang], opts);
    numberFormats.set(key, f);
  }
  return f;
}

export const formatScore = (n: number, lang: Lang): string => fmt(lang, 'score').format(n);
export const formatEuro = (n: number, lang: Lang): string => fmt(lang, 'euro').format(n);
export const formatPercent = (share: number, lang: Lang): string => fmt(lang, 'percent').format(share);

/** "62,5" for a decided score, "40–62,5" for a range. */
export const formatScoreRange = (r: { low: number; high: number }, lang: Lang): string =>
  r.low === r.high ? formatScore(r.low, lang) : `${formatScore(r.low, lang)}–${formatScore(r.high, lang)}`;

/** `{param:id}` in a check text: replaced by the dated value, so texts follow overlays and indexations. */
export const PARAM_PLACEHOLDER = /\{param:([a-zA-Z0-9.-]+)\}/g;

export function paramIdsIn(text: string): string[] {
  return [...text.matchAll(PARAM_PLACEHOLDER)].map((m) => m[1] as string);
}

/** A parameter value written for people: shares as percentages, amounts in euro, the rest as numbers. */
export function formatParam(value: number, unit: string, lang: Lang): string {
  if (unit === 'share') return formatPercent(value, lang);
  if (unit === 'EUR' || unit === 'EUR/month') return formatEuro(value, lang);
  return formatScore(value, lang);
}

/**
 * The body that decides (meta.decidingBody), named with its article as running text needs it:
 * "Samenvatting voor {body}" → "Samenvatting voor het college van burgemeester en schepenen".
 * Texts avoid French contractions before it ("de {body}", "à {body}"): write "par {body}", "pour {body}".
 */
export const DECIDING_BODIES = ['college', 'vast-bureau', 'gemeenteraad', 'ocmw-raad', 'bcsd', 'cas', 'other'] as const;
export type DecidingBody = (typeof DECIDING_BODIES)[number];

/** Each body's name in running text, and in short for headings ("Samenvatting voor het college"). */
export const BODIES: Record<DecidingBody, { name: Required<LocalizedText>; short: Required<LocalizedText> }> = {
  college: {
    name: { nl: 'het college van burgemeester en schepenen', fr: 'le collège des bourgmestre et échevins', en: 'the board of mayor and aldermen' },
    short: { nl: 'het college', fr: 'le collège', en: 'the board' },
  },
  'vast-bureau': {
    name: { nl: 'het vast bureau van het OCMW', fr: 'le bureau permanent du CPAS', en: 'the standing committee of the OCMW' },
    short: { nl: 'het vast bureau', fr: 'le bureau permanent', en: 'the standing committee' },
  },
  gemeenteraad: {
    name: { nl: 'de gemeenteraad', fr: 'le conseil communal', en: 'the municipal council' },
    short: { nl: 'de gemeenteraad', fr: 'le conseil communal', en: 'the municipal council' },
  },
  'ocmw-raad': {
    name: { nl: 'de OCMW-raad', fr: 'le conseil du CPAS', en: 'the OCMW council' },
    short: { nl: 'de OCMW-raad', fr: 'le conseil du CPAS', en: 'the OCMW council' },
  },
  bcsd: {
    name: { nl: 'het bijzonder comité voor de sociale dienst', fr: 'le comité spécial du service social', en: 'the special committee for the social service' },
    short: { nl: 'het bijzonder comité', fr: 'le comité spécial', en: 'the special committee' },
  },
  cas: {
    name: { nl: 'de raad voor maatschappelijk welzijn', fr: "le conseil de l'action sociale", en: "the CPAS council (conseil de l'action sociale)" },
    short: { nl: 'de raad voor maatschappelijk welzijn', fr: "le conseil de l'action sociale", en: 'the CPAS council' },
  },
  other: {
    name: { nl: 'het bevoegde orgaan', fr: "l'organe compétent", en: 'the deciding body' },
    short: { nl: 'het bevoegde orgaan', fr: "l'organe compétent", en: 'the deciding body' },
  },
};

export function isDecidingBody(v: unknown): v is DecidingBody {
  return typeof v === 'string' && (DECIDING_BODIES as readonly string[]).includes(v);
}

/** `{body}` (and `{Body}` at the start of a sentence; `{bodyShort}` in headings): the deciding body in the given language. */
export const BODY_PLACEHOLDER = /\{(body|Body|bodyShort)\}/g;

export function fillBody(text: string, body: DecidingBody | null | undefined, lang: Lang): string {
  const key = body ?? 'other';
  return text.replace(BODY_PLACEHOLDER, (_, which: string) => {
    if (which === 'bodyShort') return BODIES[key].short[lang];
    const name = BODIES[key].name[lang];
    return which === 'Body' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  });
}

/**
 * Fills a check text: `{param:id}` with the dated value and `{body}` with the deciding body
 * (the generic "deciding body" when none is given, e.g. in `rules list`).
 */
export function fillParams(
  text: string,
  params: readonly { id: string; value: number; unit: string }[],
  lang: Lang,
  body?: DecidingBody | null,
): string {
  const filled = text.replace(PARAM_PLACEHOLDER, (whole, id: string) => {
    const p = params.find((x) => x.id === id);
    return p ? formatParam(p.value, p.unit, lang) : whole;
  });
  return fillBody(filled, body, lang);
}

/** A source's title in the given language when the source has one, else its own title. */
export function sourceTitle(s: { title: string; titles?: Partial<Record<Lang, string>> }, lang: Lang): string {
  return s.titles?.[lang] ?? s.title;
}
