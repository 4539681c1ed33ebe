import { ApplicationSection } from '../rules/application-section';
import { AssessmentCommand, CommandContext } from './assessment-commands';
import { AssessmentEvent } from './assessment-events';
import { AssessmentState, newAssessment } from './assessment-state';
import { ApplicationFacts } from './check-application';
import { decide } from './decide';

/* Test helpers (not exported from the library). */

const at = (iso: string) => new Date(iso);

/**
 * A lawful application: examinations on 10 and 14 March 2026, application at 16:00 on the 14th,
 * NR informed (s2/s4) or consulted (s3), AMHP approved and saw the person that morning.
 */
export function lawfulApplication(section: ApplicationSection, amhpId = 'amhp-1'): ApplicationFacts {
  const s12 = { id: 'dr-s12', s12Approved: true, previousAcquaintance: false };
  const gp = { id: 'dr-gp', s12Approved: false, previousAcquaintance: true };
  const recommendation = (doctor: typeof s12, examined: string) => ({
    doctor,
    examinedAt: at(examined),
    signedAt: at(examined.replace('T10', 'T11')),
    statesAppropriateTreatmentAvailable: true,
  });
  return {
    section,
    madeAt: at('2026-03-14T16:00:00Z'),
    amhp: { id: amhpId, approval: CURRENT_APPROVAL, lastSawPersonAt: at('2026-03-14T09:00:00Z') },
    recommendations:
      section === 's4'
        ? [recommendation(gp, '2026-03-14T10:00:00Z')]
        : [recommendation(s12, '2026-03-10T10:00:00Z'), recommendation(gp, '2026-03-14T10:00:00Z')],
    nearestRelative:
      section === 's3'
        ? { status: 'identified', consultedAt: at('2026-03-14T09:30:00Z'), objects: false }
        : { status: 'identified', informedAt: at('2026-03-14T09:30:00Z') },
    urgentNecessityStatement: section === 's4' ? 'Serious risk tonight; no second doctor available for several hours' : null,
  };
}

export const CURRENT_APPROVAL = { approvedOn: '2024-01-01', expiresOn: '2028-12-31' };
export const LAPSED_APPROVAL = { approvedOn: '2021-01-01', expiresOn: '2025-12-31' };

/** Commands that take a referral to an assessment under way (14 March 2026). */
export const TO_ASSESSMENT_UNDER_WAY: AssessmentCommand[] = [
  { type: 'screen_referral', decision: 'accepted', reason: 'Risk to self; needs MHA assessment' },
  { type: 'allocate_amhp', amhpId: 'amhp-1', approval: CURRENT_APPROVAL },
  { type: 'arrange_assessment', scheduledAt: at('2026-03-14T12:00:00Z'), place: 'Home address', doctorIds: ['dr-s12', 'dr-gp'] },
  { type: 'start_assessment' },
];

/** Apply commands in order, one minute apart from 17:00 on 14 March 2026; throws on a refusal. */
export function run(commands: AssessmentCommand[], initial: AssessmentState = newAssessment({ receivedAt: at('2026-03-14T08:00:00Z') })) {
  let state = initial;
  const events: AssessmentEvent[] = [];
  commands.forEach((command, i) => {
    const decision = decide(state, command, context(i));
    if (!decision.ok) throw new Error(`${command.type}: ${decision.reason}`);
    events.push(...decision.events);
    state = decision.state;
  });
  return { state, events };
}

export function context(minute = 0): CommandContext {
  return { at: new Date(at('2026-03-14T17:00:00Z').getTime() + minute * 60_000), by: 'user-1' };
}
