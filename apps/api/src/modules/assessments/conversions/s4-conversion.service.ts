import type { ConvertS4ToS2 } from '@amhp/contracts';
import { checkS4Conversion, legalClocks } from '@amhp/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ExaminationEntity } from '../examinations/examination.entity';
import { ExaminationWithDoctor, toMedicalRecommendation } from '../examinations/examination.mapper';
import { assertOpen } from '../store/assert-open';
import { AssessmentStore, LoadedAssessment } from '../store/assessment-store.service';
import { clockFactsOf, conversionOf, extensionOf, S4ConvertedData } from '../store/clock-facts';
import { CommandRefusedException } from '../store/command-refused.exception';
import { holdingPowersOf } from '../store/holding-power-records';
import { currentActorId } from '../store/current-actor';

const refused = (section: string, message: string) => new CommandRefusedException(`${section}: ${message}`, [{ rule: 's4_conversion', section, message }]);

/**
 * s4(4): the AMHP records the second medical recommendation that converts an s4 emergency
 * admission to s2. The domain decides whether the Act allows it (checkS4Conversion); the store
 * writes the `s4_converted_to_s2` record, and re-syncing the clocks ends the s4 clock and starts
 * the s2 clock from the s4 admission (28 days beginning with that day), rescheduling the timers.
 */
@Injectable()
export class S4ConversionService {
  constructor(
    private readonly store: AssessmentStore,
    @InjectRepository(ExaminationEntity) private readonly examinations: Repository<ExaminationEntity>,
  ) {}

  async convert(assessmentId: string, body: ConvertS4ToS2, now = new Date()): Promise<void> {
    const examination = await this.examinations.findOne({ where: { id: body.examinationId, assessmentId }, relations: { doctor: true } });
    if (!examination?.doctor) throw new NotFoundException(`No examination with id ${body.examinationId} on this assessment`);
    const by = currentActorId();
    const receivedAt = new Date(body.receivedAt);
    await this.store.change(
      assessmentId,
      body.version,
      (loaded) => {
        assertOpen(loaded);
        const { s4AdmittedAt, first, noPreviousAcquaintanceReason } = s4AdmissionOf(loaded);
        if (conversionOf(loaded.rows)) throw refused('s4(4)', 'This s4 admission has already been converted to s2 by a second medical recommendation.');
        if (!examination.signedAt) throw refused('s4(4)', 'The chosen examination has no signed medical recommendation: record the recommendation first.');
        if (receivedAt < s4AdmittedAt) throw refused('s4(4)', 'The second recommendation converts an s4 admission: it must be received by the hospital managers after the admission.');
        const second = toMedicalRecommendation(examination as ExaminationWithDoctor);
        const check = checkS4Conversion({ s4AdmittedAt, firstRecommendation: first, secondRecommendation: second, secondReceivedAt: receivedAt, noPreviousAcquaintanceReason });
        if (check.violations.length > 0) {
          const views = check.violations.map(({ rule, section, message }) => ({ rule, section, message }));
          throw new CommandRefusedException(`s4(4): ${check.violations.map((v) => `${v.section}: ${v.message}`).join(' ')}`, views);
        }
        const s2 = legalClocks(clockFactsOf(loaded.referral, loaded.state, loaded.events, extensionOf(loaded.rows), receivedAt, holdingPowersOf(loaded.referral, loaded.rows))).find((c) => c.kind === 's2');
        const data: S4ConvertedData = { examinationId: examination.id, doctorId: examination.doctorId, receivedAt, s4AdmittedAt, s2ExpiresAt: s2?.expiresAt.toISOString() ?? null };
        return { events: [{ type: 's4_converted_to_s2', at: now, by, data }] };
      },
      now,
    );
  }
}

/** The s4 application and admission the conversion applies to; refused quoting s4(4) when there is none. */
function s4AdmissionOf(loaded: LoadedAssessment) {
  const outcome = loaded.state.outcome;
  if (outcome?.kind !== 'application' || outcome.application.section !== 's4' || !loaded.state.admittedAt) {
    throw refused('s4(4)', 'Only an emergency admission under s4 can be converted to s2; this case has no s4 admission.');
  }
  const [first] = outcome.application.recommendations;
  if (!first) throw refused('s4(4)', 'The s4 application has no medical recommendation on record to pair with the second one.');
  return { s4AdmittedAt: loaded.state.admittedAt, first, noPreviousAcquaintanceReason: outcome.application.noPreviousAcquaintanceReason ?? null };
}
