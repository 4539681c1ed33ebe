import { Nation } from './bank-holidays';
import { LondonTime } from '../time';
import { IsoWeekday, isWallClockTime, minutesOfDay } from './rota-dates';

/**
 * When a team's day duty runs; the emergency duty team (EDT) covers every other moment
 * (evenings, nights, weekends and bank holidays), so that the service is 24-hour
 * (Code of Practice 14.35). Times are London wall-clock times.
 */
export interface TeamConfig {
  /** The day team that takes referrals in hours. */
  teamId: string;
  /** The emergency duty team that takes them out of hours. */
  edtTeamId: string;
  /** Whose bank holidays apply. */
  nation: Nation;
  /** The weekdays with day duty (1 = Monday … 7 = Sunday). */
  dayDutyWeekdays: readonly IsoWeekday[];
  /** Day duty starts (EDT hands over to the day team). */
  dayDutyStarts: LondonTime;
  /** Day duty ends (the day team hands over to EDT). */
  dayDutyEnds: LondonTime;
}

export const DEFAULT_DAY_DUTY: Pick<TeamConfig, 'nation' | 'dayDutyWeekdays' | 'dayDutyStarts' | 'dayDutyEnds'> = {
  nation: 'ENG',
  dayDutyWeekdays: [1, 2, 3, 4, 5],
  dayDutyStarts: '09:00',
  dayDutyEnds: '17:00',
};

export type TeamConfigInput = Pick<TeamConfig, 'teamId' | 'edtTeamId'> & Partial<Omit<TeamConfig, 'teamId' | 'edtTeamId'>>;

/** A team's configuration with the defaults (weekdays 09:00–17:00, England) filled in. */
export function teamConfig(input: TeamConfigInput): TeamConfig {
  const config: TeamConfig = { ...DEFAULT_DAY_DUTY, ...input };
  const problems: string[] = [];
  if (!config.teamId) problems.push('teamId is required');
  if (!config.edtTeamId) problems.push('edtTeamId is required');
  if (!isWallClockTime(config.dayDutyStarts) || !isWallClockTime(config.dayDutyEnds)) {
    problems.push('day duty times must be HH:mm');
  } else if (minutesOfDay(config.dayDutyStarts) >= minutesOfDay(config.dayDutyEnds)) {
    // Day duty is a daytime block inside one date; anything across midnight is EDT's.
    problems.push('day duty must start before it ends on the same day');
  }
  if (config.dayDutyWeekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) problems.push('weekdays are 1 (Monday) to 7 (Sunday)');
  if (problems.length > 0) throw new RangeError(`Invalid team configuration: ${problems.join('; ')}`);
  return { ...config, dayDutyWeekdays: [...new Set(config.dayDutyWeekdays)].sort((a, b) => a - b) };
}
