import { can } from '@amhp/contracts';
import type { AbsenceView, Role, RotaView } from '@amhp/contracts';

/**
 * Why an AMHP is away is theirs and their rota managers' business: sickness is health data
 * about a member of staff (UK GDPR art. 9). Everyone else who reads the rota (colleagues, the
 * read-only role) sees a sick AMHP as away for an 'other' reason; leave and training stay.
 */
export function managesRota(roles: readonly Role[]): boolean {
  return can(roles, 'rota.manage');
}

export function absencesFor(roles: readonly Role[], absences: AbsenceView[]): AbsenceView[] {
  if (managesRota(roles)) return absences;
  return absences.map((a) => (a.kind === 'sickness' ? { ...a, kind: 'other' } : a));
}

export function rotaFor(roles: readonly Role[], rota: RotaView): RotaView {
  if (managesRota(roles)) return rota;
  return {
    ...rota,
    shifts: rota.shifts.map((s) => (s.vacated?.reason === 'sickness' ? { ...s, vacated: { ...s.vacated, reason: 'other' } } : s)),
  };
}
