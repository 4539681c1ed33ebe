import type { RecordAmhpSeenPerson } from '@amhp/contracts';
import { ASSESSMENT_STAGES } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { assertOpen } from '../store/assert-open';
import { AssessmentStore } from '../store/assessment-store.service';
import { CommandRefusedException } from '../store/command-refused.exception';
import { currentActorId } from '../store/current-actor';

/**
 * s11(5): the applicant AMHP must have personally seen the person within the 14 days ending
 * with the date of the application (s4(5): within 24 hours for an emergency application). The
 * latest time is kept on the assessment for the allocated AMHP; a new allocation clears it.
 */
@Injectable()
export class AmhpSeenPersonService {
  constructor(private readonly store: AssessmentStore) {}

  async record(assessmentId: string, body: RecordAmhpSeenPerson, now = new Date()): Promise<void> {
    const seenAt = new Date(body.seenAt);
    const by = currentActorId();
    await this.store.change(
      assessmentId,
      body.version,
      (loaded) => {
        assertOpen(loaded);
        const amhp = loaded.state.amhp;
        if (!amhp) {
          throw new CommandRefusedException(
            `At stage "${ASSESSMENT_STAGES[loaded.state.stage]}": allocate an AMHP first; the visit is recorded for the allocated AMHP (s11(5)).`,
          );
        }
        const last = loaded.entity.amhpLastSawPersonAt;
        return {
          events: [{ type: 'amhp_saw_person', at: now, by, data: { amhpId: amhp.amhpId, seenAt } }],
          // The latest visit counts: an earlier one recorded late does not move it back.
          columns: { amhpLastSawPersonAt: last && last > seenAt ? last : seenAt },
        };
      },
      now,
    );
  }
}
