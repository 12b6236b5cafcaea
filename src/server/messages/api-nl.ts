// The API's own texts in Dutch (the first language); fr and en have every key (api-fr.ts, api-en.ts).
import type { Message } from '../../messages/types.js';

export const apiNl = {
  requestInvalid: { one: 'De aanvraag heeft 1 fout.', other: 'De aanvraag heeft {count} fouten.' },
  bodyNotObject: 'verwacht een JSON-object, geen {type}',
  bodyTooLarge: 'De aanvraag is te groot: hoogstens {max} bytes.',
  bodyNotUtf8: 'De aanvraag is geen geldige UTF-8-tekst.',
  contentType: 'Onbekend inhoudstype {type}: stuur application/json, application/yaml of text/yaml.',
  fieldRequired: 'verplicht veld ontbreekt',
  fieldUnknown: 'onbekend veld (toegestaan: {known})',
  fieldNotString: 'moet tekst zijn',
  fieldEmpty: 'mag niet leeg zijn',
  fieldTooLong: 'te lang: hoogstens {max} tekens',
  fieldEnum: 'moet een van deze waarden zijn: {values}',
  fieldLangs: 'moet een taal zijn ({values}), of enkele talen na elkaar, gescheiden door een komma (bv. fr,nl)',
  fieldInteger: 'moet een geheel getal van {min} tot {max} zijn',
  fieldDate: 'moet een datum zijn (JJJJ-MM-DD) of een tijdstip (ISO 8601)',
  kindMismatch: 'kind {kind} verschilt van het soort invoer ({input})',
  cursorInvalid: 'ongeldige cursor: gebruik de nextCursor van de vorige pagina',
  dossierNotFound: 'Dossier niet gevonden.',
  statusRole: 'je rol mag dit dossier niet van {from} naar {to} zetten',
  statusWrong: 'een dossier met status {from} kan niet rechtstreeks naar {to}',
  statusByAct:
    '{to} volgt uit een handeling van de raad of het college (het advies ondertekenen, het antwoord van het college noteren): doe dat op de raadspagina van het dossier',
  versionNotFound: 'Deze versie van het dossier bestaat niet.',
  assessmentNotFound: 'Toetsing niet gevonden.',
  overlayNotFound: 'Deze organisatie heeft nog geen lokale regels (overlay).',
  overlayInvalid: { one: 'De overlay is afgewezen: 1 fout.', other: 'De overlay is afgewezen: {count} fouten.' },
  overlayFiles: 'verwacht een object met de bestanden van de overlay: pad → tekst (bv. "overlay.json")',
  overlayTooManyFiles: 'hoogstens {max} bestanden',
  assessBusy: 'De server heeft het druk met beoordelingen. Probeer het over {seconds} seconden opnieuw.',
  assessUnavailable: 'De beoordeling kon nu niet gemaakt worden (een rekenproces viel uit of antwoordde niet op tijd). Probeer het zo opnieuw.',
  pdfBusy: 'De PDF-maker heeft het druk. Probeer het over {seconds} seconden opnieuw.',
  pdfUnavailable: 'De PDF kon nu niet gemaakt worden (de browser viel uit of antwoordde niet op tijd). Probeer het zo opnieuw.',
  reassessNone: 'Herbeoordeeld: {count} open dossiers; bij geen enkel veranderde het oordeel.',
  reassessChanged: {
    one: 'Herbeoordeeld: {total} open dossiers; bij 1 veranderde het oordeel:',
    other: 'Herbeoordeeld: {total} open dossiers; bij {count} veranderde het oordeel:',
  },
  reassessLine: '  {org} · {title} (versie {version}): {from} → {to}',
  reassessFailed: '  {org} · dossier {id}: niet herbeoordeeld ({code})',
} satisfies Record<string, Message>;

export type ApiMessageKey = keyof typeof apiNl;
