// The shape of a message catalogue: one per language, with the Dutch catalogue's keys.
import type { nl } from './nl.js';

/** A message: one text, or a singular and a plural form chosen by `count` through Intl.PluralRules. */
export type Message = string | { one: string; other: string };

export type MessageKey = keyof typeof nl;

/** A catalogue in another language has every Dutch key: a missing one is a compile error. */
export type Catalogue = Record<MessageKey, Message>;
