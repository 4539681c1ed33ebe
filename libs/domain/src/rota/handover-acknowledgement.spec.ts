import { mayAcknowledgeHandover as mayAcknowledge } from './handover-acknowledgement';

// The rule cites no section: who acknowledges is the service's workflow, not the Act.

const toEdt = { direction: 'day-to-edt' as const, toTeamId: 'edt' };
const toDay = { direction: 'edt-to-day' as const, toTeamId: 'north' };

describe('who acknowledges a handover: the incoming side', () => {
  it('at the end of day duty, an EDT worker; not the day team’s AMHP', () => {
    expect(mayAcknowledge({ roles: ['edt_worker'], amhpTeamId: null }, toEdt)).toBe(true);
    expect(mayAcknowledge({ roles: ['amhp'], amhpTeamId: null }, toEdt)).toBe(false);
  });

  it('at the start of day duty, a duty AMHP; not an EDT worker', () => {
    expect(mayAcknowledge({ roles: ['amhp'], amhpTeamId: null }, toDay)).toBe(true);
    expect(mayAcknowledge({ roles: ['edt_worker'], amhpTeamId: null }, toDay)).toBe(false);
  });

  it('an AMHP linked to a team: by team, whatever the role (an EDT AMHP takes over at 17:00 and hands over at 09:00)', () => {
    expect(mayAcknowledge({ roles: ['amhp'], amhpTeamId: 'edt' }, toEdt)).toBe(true);
    expect(mayAcknowledge({ roles: ['amhp'], amhpTeamId: 'edt' }, toDay)).toBe(false);
    expect(mayAcknowledge({ roles: ['amhp', 'edt_worker'], amhpTeamId: 'north' }, toEdt)).toBe(false);
    expect(mayAcknowledge({ roles: ['amhp'], amhpTeamId: 'south' }, toDay)).toBe(false);
  });
});
