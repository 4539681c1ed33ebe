/** day-to-edt: day duty ends and EDT takes over (evening); edt-to-day: day duty starts. */
export type HandoverDirection = 'day-to-edt' | 'edt-to-day';

export interface Acknowledger {
  /** The user's roles ('amhp', 'edt_worker', ...). */
  roles: readonly string[];
  /** The team of the AMHP linked to the user's account, if any. */
  amhpTeamId: string | null;
}

/**
 * Who may acknowledge a handover: the incoming side only, since acknowledging says "we have
 * taken these cases" (the outgoing side cannot take them over from itself). An AMHP linked to a
 * team is incoming when their team is the one taking over (an EDT AMHP holds the 'amhp' role
 * too); a case worker without a linked team is incoming by role: an EDT worker when day duty
 * ends (day-to-edt), an AMHP when it starts (edt-to-day). The API enforces it; the dashboard
 * offers the button only to those it allows.
 */
export function mayAcknowledgeHandover(who: Acknowledger, handover: { direction: HandoverDirection; toTeamId: string }): boolean {
  if (who.amhpTeamId) return who.amhpTeamId === handover.toTeamId;
  return handover.direction === 'day-to-edt' ? who.roles.includes('edt_worker') : who.roles.includes('amhp');
}

/** The refusal, naming who may acknowledge. */
export function whoMayAcknowledgeHandover(direction: HandoverDirection, toTeamName: string): string {
  const byRole = direction === 'day-to-edt' ? 'an EDT worker' : 'a duty AMHP';
  return `This handover is acknowledged by the incoming team (${toTeamName}): ${byRole}, or an AMHP of that team.`;
}
