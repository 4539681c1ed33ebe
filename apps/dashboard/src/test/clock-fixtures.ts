import { ClockView, ClockWarningLevelView } from '@amhp/contracts';
import { LegalClock } from '@amhp/domain';

let seq = 0;

/** A ClockView as the API would send it for a clock the domain computed. */
export function clockView(clock: LegalClock, overrides: Partial<ClockView> & { warningLevel?: ClockWarningLevelView } = {}): ClockView {
  seq += 1;
  return {
    id: `clock-${seq}`,
    assessmentId: 'assessment-1',
    kind: clock.kind,
    label: clock.label,
    section: clock.section,
    startsAt: clock.startsAt.toISOString(),
    expiresAt: clock.expiresAt.toISOString(),
    status: clock.status,
    warningLevel: 'none',
    extended: clock.extension !== null,
    ...overrides,
  };
}
