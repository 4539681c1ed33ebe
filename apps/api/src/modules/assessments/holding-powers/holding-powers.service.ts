import type { EndHoldingPower, RecordS5_2Report } from '@amhp/contracts';
import { checkHoldingPowerStep, describeViolations, HoldingPowerStep, s5_2FollowsS5_4 } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { DoctorsService } from '../../doctors/doctors.service';
import { assertOpen } from '../store/assert-open';
import { AssessmentStore, LoadedAssessment } from '../store/assessment-store.service';
import { CommandRefusedException } from '../store/command-refused.exception';
import { currentActorId } from '../store/current-actor';
import { HoldingPowerEndedData, holdingPowerFacts, holdingPowersOf, S5_2ReportData } from '../store/holding-power-records';

/**
 * The holding-power sequence on one case: the doctor's s5(2) report after a nurse's s5(4) (or
 * on an informal in-patient), and the end of either power without an application. The domain
 * decides (checkHoldingPowerStep, 422 quoting the section); the records go on the timeline and
 * re-syncing the clocks ends the s5(4) and runs the s5(2) 72 hours (from the s5(4) record, s5(5)).
 */
@Injectable()
export class HoldingPowersService {
  constructor(
    private readonly store: AssessmentStore,
    private readonly doctors: DoctorsService,
  ) {}

  async recordS5_2Report(assessmentId: string, body: RecordS5_2Report, now = new Date()): Promise<void> {
    if (body.doctorId && !(await this.doctors.findByIds([body.doctorId])).has(body.doctorId)) {
      throw new CommandRefusedException('s5(2): The doctor is not on the register: choose them from the list or give their name.', [
        { rule: 's5_2.doctor', section: 's5(2)', message: 'The doctor is not on the register: choose them from the list or give their name.' },
      ]);
    }
    const reportFurnishedAt = new Date(body.reportFurnishedAt);
    await this.step(assessmentId, body.version, now, { kind: 's5_2_report', reportFurnishedAt }, (loaded) => {
      const { s5_4 } = holdingPowersOf(loaded.referral, loaded.rows);
      const data: S5_2ReportData = {
        reportFurnishedAt,
        doctorId: body.doctorId ?? null,
        doctorName: body.doctorId ? null : body.doctorName,
        followsS5_4: !!s5_4 && s5_2FollowsS5_4(s5_4, reportFurnishedAt),
      };
      return { type: 's5_2_report_furnished', data };
    });
  }

  async end(assessmentId: string, body: EndHoldingPower, now = new Date()): Promise<void> {
    const endedAt = new Date(body.endedAt);
    await this.step(assessmentId, body.version, now, { kind: 'end', power: body.power, endedAt, reason: body.reason, details: body.details }, () => {
      const data: HoldingPowerEndedData = { power: body.power, endedAt, reason: body.reason, details: body.details };
      return { type: 'holding_power_ended', data };
    });
  }

  private async step(
    assessmentId: string,
    version: number,
    now: Date,
    step: HoldingPowerStep,
    record: (loaded: LoadedAssessment) => { type: 's5_2_report_furnished' | 'holding_power_ended'; data: object },
  ): Promise<void> {
    const by = currentActorId();
    await this.store.change(
      assessmentId,
      version,
      (loaded) => {
        assertOpen(loaded);
        const facts = holdingPowerFacts(loaded.referral, holdingPowersOf(loaded.referral, loaded.rows), loaded.state);
        const check = checkHoldingPowerStep(facts, step, now);
        if (check.violations.length > 0) throw new CommandRefusedException(describeViolations(check.violations), check.violations);
        const { type, data } = record(loaded);
        return { events: [{ type, at: now, by, data }] };
      },
      now,
    );
  }
}
