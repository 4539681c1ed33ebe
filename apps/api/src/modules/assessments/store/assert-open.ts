import { ASSESSMENT_STAGES } from '@amhp/domain';
import { CommandRefusedException } from './command-refused.exception';
import type { LoadedAssessment } from './assessment-store.service';

/** Records (examinations, relatives, contact) are added while the case is open; a closed case is history. */
export function assertOpen(loaded: LoadedAssessment): void {
  if (loaded.state.stage === 'closed') {
    throw new CommandRefusedException(`Nothing more can be recorded: the assessment is at stage "${ASSESSMENT_STAGES.closed}".`);
  }
}
