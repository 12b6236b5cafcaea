// Time facts (T1–T7): opening outside office hours, walk-in, time to first contact, waiting list, deadlines, phone, opening hours per week.
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, coverage, num, obj } from './read.js';

export function timeFacts(input: FactInput): Facts {
  const t = obj(at(input, 'time'));
  const waiting = obj(t['waitingList']);
  const deadlines = obj(t['userDeadlines']);
  const phone = obj(t['phone']);
  const shortest = num(deadlines['shortestDays']);
  const phoneAvailable = answer(phone['available']);
  const waitDays = num(waiting['lengthDays']);

  return {
    'time.openingHoursPerWeek': num(t['openingHoursPerWeek']),
    'time.eveningOrSaturdayOpenings': num(t['eveningOrSaturdayOpeningsPerWeek']),
    'time.walkInMoments': num(t['walkInMomentsPerWeek']),
    'time.workingDaysToFirstContact': num(t['workingDaysToFirstContact']),
    // A waiting time above zero means there is a waiting list, even if the yes/no is missing.
    'time.waitingList': answer(waiting['exists']) ?? (waitDays !== null && waitDays > 0 ? true : null),
    'time.waitingListDays': waitDays,
    'time.waitingListPriority': answer(waiting['priorityForVulnerable']),
    // A shortest deadline that is filled in means deadlines are imposed, even if the yes/no is missing.
    'time.imposesDeadlines': answer(deadlines['imposed']) ?? (shortest !== null ? true : null),
    'time.shortestUserDeadlineDays': shortest,
    // No phone line at all is "none"; otherwise rate and waiting time count (answering them implies a line).
    'time.phone': phoneAvailable === false ? 'none' : coverage([answer(phone['freeOrLocalRate']), answer(phone['shortWait'])]),
  };
}
