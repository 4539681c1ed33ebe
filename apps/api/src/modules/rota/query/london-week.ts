import { LondonDate, addLondonDays } from '@amhp/domain';

/** Monday of the London week containing the date (the rota's weeks run Monday to Sunday). */
export function mondayOf(date: LondonDate): LondonDate {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addLondonDays(date, -((day + 6) % 7));
}
