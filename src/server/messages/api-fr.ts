// The API's own texts in French.
import type { Message } from '../../messages/types.js';
import type { ApiMessageKey } from './api-nl.js';

export const apiFr: Record<ApiMessageKey, Message> = {
  requestInvalid: { one: 'La requête contient 1 erreur.', other: 'La requête contient {count} erreurs.' },
  bodyNotObject: 'un objet JSON est attendu, pas {type}',
  bodyTooLarge: 'La requête est trop volumineuse : {max} octets au maximum.',
  bodyNotUtf8: "La requête n'est pas un texte UTF-8 valide.",
  contentType: 'Type de contenu inconnu {type} : envoyez application/json, application/yaml ou text/yaml.',
  fieldRequired: 'champ obligatoire manquant',
  fieldUnknown: 'champ inconnu (autorisés : {known})',
  fieldNotString: 'doit être du texte',
  fieldEmpty: 'ne peut pas être vide',
  fieldTooLong: 'trop long : {max} caractères au maximum',
  fieldEnum: "doit être l'une de ces valeurs : {values}",
  fieldLangs: 'doit être une langue ({values}), ou plusieurs à la suite, séparées par une virgule (p. ex. fr,nl)',
  fieldInteger: 'doit être un nombre entier de {min} à {max}',
  fieldDate: 'doit être une date (AAAA-MM-JJ) ou un horodatage (ISO 8601)',
  kindMismatch: "kind {kind} diffère du type d'entrée ({input})",
  cursorInvalid: 'curseur invalide : utilisez le nextCursor de la page précédente',
  dossierNotFound: 'Dossier introuvable.',
  statusRole: 'votre rôle ne permet pas de faire passer ce dossier de {from} à {to}',
  statusWrong: 'un dossier au statut {from} ne peut pas passer directement à {to}',
  statusByAct: '{to} découle d’un acte du conseil ou du collège (signer l’avis, noter la réponse du collège) : faites-le sur la page du conseil du dossier',
  versionNotFound: "Cette version du dossier n'existe pas.",
  assessmentNotFound: 'Évaluation introuvable.',
  overlayNotFound: "Cette organisation n'a pas encore de règles locales (overlay).",
  overlayInvalid: { one: "L'overlay est refusé : 1 erreur.", other: "L'overlay est refusé : {count} erreurs." },
  overlayFiles: "un objet avec les fichiers de l'overlay est attendu : chemin → texte (p.ex. « overlay.json »)",
  overlayTooManyFiles: '{max} fichiers au maximum',
  assessBusy: 'Le serveur est très occupé par des évaluations. Réessayez dans {seconds} secondes.',
  assessUnavailable:
    "L'évaluation n'a pas pu être faite maintenant (un processus de calcul s'est arrêté ou n'a pas répondu à temps). Réessayez dans un instant.",
  pdfBusy: 'Le générateur de PDF est très occupé. Réessayez dans {seconds} secondes.',
  pdfUnavailable: "Le PDF n'a pas pu être créé maintenant (le navigateur s'est arrêté ou n'a pas répondu à temps). Réessayez dans un instant.",
  reassessNone: "Réévalués : {count} dossiers ouverts ; aucun avis n'a changé.",
  reassessChanged: {
    one: "Réévalués : {total} dossiers ouverts ; l'avis a changé pour 1 :",
    other: "Réévalués : {total} dossiers ouverts ; l'avis a changé pour {count} :",
  },
  reassessLine: '  {org} · {title} (version {version}) : {from} → {to}',
  reassessFailed: '  {org} · dossier {id} : non réévalué ({code})',
};
