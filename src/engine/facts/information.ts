// Information facts (I1–I7): measured readability of the texts, clear language, channels, letters, listings.
import type { FactContext, FactValue, Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, coverage, list, obj, or3, str } from './read.js';
import { readabilityOf, type TextInput } from '../readability/texts.js';
import type { TextLang } from '../readability/measure.js';

/** Channels that reach people through someone they already trust (check I3). */
const TRUSTED = new Set(['poverty-association', 'caw', 'school', 'gbo-partner', 'outreach-worker', 'community-work']);
const LANGS = new Set(['nl', 'fr', 'en']);

function textInputs(input: FactInput, texts: unknown[]): TextInput[] {
  const meta = str(at(input, 'meta.language'));
  const fallback = (meta && LANGS.has(meta) ? meta : 'nl') as TextLang;
  return texts.map(obj).map((t) => {
    const lang = str(t['language']);
    return {
      kind: str(t['kind']) ?? 'other',
      language: lang && LANGS.has(lang) ? (lang as TextLang) : fallback,
      text: str(t['text']) ?? '',
    };
  });
}

export function informationFacts(input: FactInput, ctx: FactContext): Facts {
  const info = obj(at(input, 'information'));
  const bands = {
    a2Min: ctx.param('information.readability.a2Min'),
    b1Min: ctx.param('information.readability.b1Min'),
    partialMin: ctx.param('information.readability.partialMin'),
  };
  const texts = textInputs(input, list(info['texts']));
  const readability = readabilityOf(texts, bands);
  const channels = Array.isArray(info['channels']) ? [...new Set(list(info['channels']).map(String))] : null;
  const letters = obj(info['letters']);
  // Letters are in use when the user says so or when one of the texts given is a letter.
  const lettersUsed = answer(letters['used']) ?? (texts.some((t) => t.kind === 'letter') ? true : null);

  return {
    'information.readability': readability as FactValue,
    'information.readabilityMeasured': readability !== null,
    'information.readabilityScore': readability ? (readability['score'] as number) : null,
    'information.readabilityLevel': readability ? (readability['level'] as string) : null,
    'information.clearLanguageDeclared': answer(info['clearLanguage']),
    'information.coreMessagesA2': answer(info['coreMessagesA2']),
    'information.textsTested': answer(info['testedWithPeopleInPoverty']),
    'information.channels': channels,
    'information.channelCount': channels ? channels.length : null,
    'information.trustedIntermediary': channels ? channels.some((c) => TRUSTED.has(c)) : null,
    'information.languageSupport': or3(answer(info['translation']), answer(info['interpreting'])),
    // Brussels only (I8): service in French and in Dutch, as the language laws require of local services.
    'information.frenchAndDutch': answer(info['frenchAndDutch']),
    'information.lettersUsed': lettersUsed,
    'information.letterQuality': coverage([
      answer(letters['oneMessage']),
      answer(letters['whatToDo']),
      answer(letters['byWhen']),
      answer(letters['whomToCall']),
    ]),
    'information.listings': coverage([answer(info['socialMap']), answer(info['rechtenverkenner'])]),
    'information.plainLanguageSummary': answer(info['plainLanguageSummary']),
  };
}
