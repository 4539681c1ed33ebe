import type { ClockView } from '@amhp/contracts';
import { handoverAlertWording } from './handover-alert';

const clock = (status: ClockView['status']) => ({ status }) as ClockView;
const facts = {
  fromTeamName: 'North day team',
  toTeamName: 'Emergency duty team',
  boundaryAt: new Date('2026-07-15T16:00:00Z'),
  ackDueAt: new Date('2026-07-15T16:30:00Z'),
};

describe('the alert for an unacknowledged handover', () => {
  it('names the teams and the London times (BST in July), and counts the cases', () => {
    expect(handoverAlertWording({ ...facts, cases: [{ clocks: [] }, { clocks: [clock('ended')] }] })).toEqual({
      severity: 'warning',
      message: 'Handover from North day team to Emergency duty team at Wed 15 Jul 2026, 17:00 BST not acknowledged by Wed 15 Jul 2026, 17:30 BST (2 open cases)',
    });
  });

  it('is critical when a case handed over has a running legal clock (e.g. an s136 detention, s136(2A))', () => {
    const wording = handoverAlertWording({ ...facts, cases: [{ clocks: [clock('running')] }] });
    expect(wording.severity).toBe('critical');
    expect(wording.message).toMatch(/\(1 open case, 1 with a running legal clock\)$/);
  });

  it('an empty handover still alerts (the incoming team must confirm it took over), as a warning', () => {
    expect(handoverAlertWording({ ...facts, cases: [] })).toMatchObject({ severity: 'warning', message: expect.stringContaining('(0 open cases)') });
  });
});
