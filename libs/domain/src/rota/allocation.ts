import { Amhp, canBeOnDuty } from './amhp-approval';
import { BankHolidayCalendar } from './bank-holidays';
import { compareText } from './compare-text';
import { ShiftKind, dutyTeamAt } from './duty-calendar';
import { formatLondonDateTime } from '../time';
import { onDutyAt } from './on-duty';
import { Shift } from './shift';
import { TeamConfig } from './team-config';

/** Free to take a case, out on an assessment, or not taking cases (at court, on a break). */
export type Availability = 'available' | 'busy' | 'unavailable';

export interface AllocationCandidate {
  amhp: Amhp;
  /** Open referrals and assessments currently allocated to the AMHP. */
  openCases: number;
  availability: Availability;
}

export interface AllocationContext {
  /** The configuration of the team the referral belongs to (its day team and EDT). */
  config: TeamConfig;
  /** The rota after leave, sickness and approval (`buildRota`). */
  shifts: readonly Shift[];
  bankHolidays?: BankHolidayCalendar;
  /** AMHPs not to suggest, e.g. the one a case is being reassigned from. */
  exclude?: readonly string[];
}

export type AllocationReasonCode = 'on-duty' | 'available' | 'busy' | 'caseload' | 'not-on-duty' | 'not-approved' | 'unavailable' | 'excluded';

export interface AllocationReason {
  code: AllocationReasonCode;
  text: string;
}

export interface RankedCandidate {
  amhpId: string;
  /** 1 for the suggested AMHP. */
  rank: number;
  availability: Exclude<Availability, 'unavailable'>;
  openCases: number;
  /** When the AMHP's unbroken duty for this team ends. */
  onDutyUntil: Date;
  reasons: AllocationReason[];
}

export interface AllocationSuggestion {
  team: string;
  kind: ShiftKind;
  outOfHours: boolean;
  suggested: RankedCandidate | null;
  ranked: RankedCandidate[];
  excluded: { amhpId: string; reasons: AllocationReason[] }[];
}

/** The end of the AMHP's run of back-to-back shifts for the team (an EDT day then night is one run). */
function dutyEnds(shifts: readonly Shift[], current: Shift): Date {
  let end = current.endsAt;
  for (;;) {
    const next = shifts.find((s) => s.amhpId === current.amhpId && s.team === current.team && s.kind === current.kind && s.startsAt.getTime() === end.getTime());
    if (!next) return end;
    end = next.endsAt;
  }
}

/**
 * Offers a referral to the AMHPs on duty for the right team at the instant: the day team in
 * hours, EDT out of hours (evenings, nights, weekends, bank holidays). Only AMHPs with an
 * approval in force (s114) and not unavailable are ranked; the order is availability, then
 * fewest open cases, then the most duty time left (so a case does not land with someone
 * going off shift), then AMHP id so that ties always resolve the same way. The manager may
 * choose anyone ranked; the reasons say why each AMHP is where they are.
 */
export function suggestAmhp(candidates: readonly AllocationCandidate[], context: AllocationContext, instant: Date): AllocationSuggestion {
  const { team, kind } = dutyTeamAt(instant, context.config, context.bankHolidays);
  const onDuty = onDutyAt(context.shifts, instant, { team, kind });
  const ranked: Omit<RankedCandidate, 'rank'>[] = [];
  const excluded: AllocationSuggestion['excluded'] = [];
  for (const c of [...candidates].sort((a, b) => compareText(a.amhp.id, b.amhp.id))) {
    const amhpId = c.amhp.id;
    const reasons: AllocationReason[] = [];
    const shift = onDuty.find((s) => s.amhpId === amhpId);
    if (context.exclude?.includes(amhpId)) reasons.push({ code: 'excluded', text: 'Excluded from this allocation' });
    if (!shift) reasons.push({ code: 'not-on-duty', text: `Not on ${kind === 'edt' ? 'EDT' : 'day'} duty for ${team} at ${formatLondonDateTime(instant)}` });
    if (!canBeOnDuty(c.amhp, instant)) reasons.push({ code: 'not-approved', text: 'No AMHP approval in force (s114)' });
    if (c.availability === 'unavailable') reasons.push({ code: 'unavailable', text: 'Marked unavailable' });
    if (!shift || reasons.length > 0 || c.availability === 'unavailable') {
      excluded.push({ amhpId, reasons });
      continue;
    }
    const onDutyUntil = dutyEnds(context.shifts, shift);
    ranked.push({
      amhpId,
      availability: c.availability,
      openCases: c.openCases,
      onDutyUntil,
      reasons: [
        { code: 'on-duty', text: `On ${kind === 'edt' ? 'EDT' : 'day'} duty for ${team} until ${formatLondonDateTime(onDutyUntil)}` },
        c.availability === 'available' ? { code: 'available', text: 'Available now' } : { code: 'busy', text: 'Busy (on an assessment)' },
        { code: 'caseload', text: `${c.openCases} open case${c.openCases === 1 ? '' : 's'}` },
      ],
    });
  }
  const order = { available: 0, busy: 1 };
  const sorted = ranked
    .sort(
      (a, b) =>
        order[a.availability] - order[b.availability] ||
        a.openCases - b.openCases ||
        b.onDutyUntil.getTime() - a.onDutyUntil.getTime() ||
        compareText(a.amhpId, b.amhpId),
    )
    .map((r, i) => ({ ...r, rank: i + 1 }));
  return { team, kind, outOfHours: kind === 'edt', suggested: sorted[0] ?? null, ranked: sorted, excluded };
}
