import type { ExtendDetention } from '@amhp/contracts';
import { extendPlaceOfSafetyDetention, legalClocks, LegalClock } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { DoctorsService } from '../../doctors/doctors.service';
import { assertOpen } from '../store/assert-open';
import { AssessmentStore, LoadedAssessment } from '../store/assessment-store.service';
import { clockFactsOf, conversionOf, DetentionExtendedData, extensionOf, toExtensionRequest } from '../store/clock-facts';
import { CommandRefusedException } from '../store/command-refused.exception';
import { holdingPowersOf } from '../store/holding-power-records';
import { currentActorId } from '../store/current-actor';

const refused = (section: string, message: string) =>
  new CommandRefusedException(`${section}: ${message}`, [{ rule: 's136b_extension', section, message }]);

/**
 * s136B: the AMHP records the one extension (up to 12 hours) of an s136 or s135(1) detention
 * that the doctor responsible for the examination authorised. The domain decides whether the
 * Act allows it; the store writes the `detention_extended` record, and re-syncing the clocks
 * moves the expiry and reschedules its timers.
 */
@Injectable()
export class DetentionExtensionService {
  constructor(
    private readonly store: AssessmentStore,
    private readonly doctors: DoctorsService,
  ) {}

  async extend(assessmentId: string, body: ExtendDetention, now = new Date()): Promise<void> {
    const by = currentActorId();
    await this.store.change(
      assessmentId,
      body.version,
      async (loaded) => {
        assertOpen(loaded);
        const clock = placeOfSafetyClockOf(loaded);
        if (body.doctorId && !(await this.doctors.findByIds([body.doctorId])).has(body.doctorId)) {
          throw refused('s136B(1)', 'The authorising doctor is not on the register: choose them from the list or give their name.');
        }
        const data: DetentionExtendedData = {
          authorisedAt: new Date(body.authorisedAt),
          hours: body.hours,
          reason: body.reason,
          doctorId: body.doctorId ?? null,
          doctorName: body.doctorId ? null : body.doctorName,
          notes: body.notes,
          atPoliceStation: body.atPoliceStation ?? false,
          // The superintendent's approval is recorded with the doctor's authorisation (s136B(3)).
          superintendentApprovedAt: body.superintendentApproved ? new Date(body.authorisedAt) : null,
        };
        const decision = extendPlaceOfSafetyDetention(clock, toExtensionRequest(data));
        if (!decision.ok) throw refused(decision.section, decision.reason);
        const extendedData = { ...data, kind: clock.kind, originalExpiresAt: clock.expiresAt, expiresAt: decision.clock.expiresAt };
        return { events: [{ type: 'detention_extended', at: now, by, data: extendedData }] };
      },
      now,
    );
  }
}

/** The s136 or s135(1) clock that is still running (or already extended, for the "only once" refusal). */
function placeOfSafetyClockOf(loaded: LoadedAssessment): LegalClock {
  const clocks = legalClocks(clockFactsOf(loaded.referral, loaded.state, loaded.events, extensionOf(loaded.rows), conversionOf(loaded.rows), holdingPowersOf(loaded.referral, loaded.rows)));
  const clock = clocks.find((c) => (c.kind === 's136' || c.kind === 's135_1') && c.status !== 'ended');
  if (!clock) {
    throw refused('s136B(1)', 'Only a running s136 or s135(1) detention can be extended; this case has none.');
  }
  return clock;
}
