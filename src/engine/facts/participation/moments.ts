// One participation moment as the participation facts see it: its ladder level, date, who spoke and how.
import { answer, list, str, type Obj } from '../read.js';

const FORM_LEVEL: Record<string, number> = {
  information: 1,
  consultation: 2,
  advice: 3,
  'co-production': 4,
  'co-decision': 5,
  'self-management': 6,
};

/** Ways in which people in poverty speak as a group rather than each for themselves. */
const GROUP_VOICES = new Set(['association', 'participation-group']);

export interface Moment {
  /** The ladder level of the form; null when the form is not given. */
  level: number | null;
  date: string | null;
  /** Did people with lived experience of poverty take part themselves? */
  lived: boolean | null;
  /** Did they speak as a group (an association, a participation group)? */
  collective: boolean | null;
  /** Is that group independent of the organisation that decides (false: run by it)? */
  independent: boolean | null;
  /** Experts by experience in poverty (ervaringsdeskundigen) took part. */
  experts: boolean;
  /** Who and a summary of the input are given: the evidence of a consultation. */
  documented: boolean;
}

export function formLevel(form: unknown): number | null {
  return FORM_LEVEL[String(form)] ?? null;
}

/**
 * Council members who hold the participation group's seats speak for that group, not for
 * themselves: the seats count (known to be 0, above 0, or unknown) decides.
 */
function collectiveFromVoices(voices: string[], councilSeats: number | null): boolean | null {
  if (voices.some((v) => GROUP_VOICES.has(v))) return true;
  if (voices.includes('council-members')) return councilSeats === null ? null : councilSeats > 0;
  return voices.length > 0 ? false : null;
}

function independence(v: unknown): boolean | null {
  if (v === 'independent') return true;
  if (v === 'run-by-organisation') return false;
  return null;
}

export function readMoment(m: Obj, councilSeats: number | null): Moment {
  const voices = list(m['voices']).filter((v): v is string => typeof v === 'string');
  const collectiveAnswer = answer(m['collective']);
  // Naming how people in poverty took part, or answering that an association where the poor
  // speak took part, says that they were there; an explicit answer overrides both.
  const lived = answer(m['livedExperience']) ?? (voices.length > 0 || collectiveAnswer === true ? true : null);
  return {
    level: formLevel(m['form']),
    date: str(m['date']),
    lived,
    collective: lived === false ? false : (collectiveAnswer ?? collectiveFromVoices(voices, councilSeats)),
    independent: independence(m['groupIndependence']),
    experts: voices.includes('experts-by-experience'),
    documented: str(m['who']) !== null && str(m['summary']) !== null,
  };
}
