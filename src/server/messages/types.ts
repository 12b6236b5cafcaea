// The shape of the server's message catalogues: fr and en have every key of the Dutch one (a missing key is a compile error).
import type { Message } from '../../messages/types.js';
import type { nl } from './nl.js';

export type ServerMessageKey = keyof typeof nl;

export type ServerCatalogue = Record<ServerMessageKey, Message>;
