import type { AssessmentCommandBodies } from '@amhp/contracts';
import { AssessmentCommand, AssessmentCommandType } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { ValidationException } from '../../../infra/http/validation.exception';
import { DoctorsService } from '../../doctors/doctors.service';
import { NearestRelativesService } from '../../nearest-relatives/nearest-relatives.service';
import { AmhpsService } from '../amhps/amhps.service';
import { ExaminationsService } from '../examinations/examinations.service';
import { relationshipsFor, relationshipsOf } from '../relationships/assessor-relationships.record';
import { LoadedAssessment } from '../store/assessment-store.service';
import { applicationFactsOf } from './application-facts';

/** A command as it arrives: its type and its validated body. */
export type CommandRequest = { [K in AssessmentCommandType]: { type: K; body: AssessmentCommandBodies[K] } }[AssessmentCommandType];

/**
 * Turns a validated request into the domain's AssessmentCommand, looking up what it refers to
 * (the AMHP's approval, the doctors, the recommendations and the nearest relative). Unknown ids
 * are 400s on the field; whether the command is allowed, and lawful, is for `decide`.
 */
@Injectable()
export class CommandBuilder {
  constructor(
    private readonly amhps: AmhpsService,
    private readonly doctors: DoctorsService,
    private readonly examinations: ExaminationsService,
    private readonly nearestRelatives: NearestRelativesService,
  ) {}

  async build(request: CommandRequest, loaded: LoadedAssessment, now: Date): Promise<AssessmentCommand> {
    switch (request.type) {
      case 'screen_referral':
        return { type: request.type, decision: request.body.decision, reason: request.body.reason, redirectedTo: request.body.redirectedTo };
      case 'allocate_amhp': {
        const amhp = await this.amhps.find(request.body.amhpId);
        if (!amhp) throw new ValidationException([{ field: 'amhpId', message: 'No AMHP with this id: record the AMHP first' }]);
        return { type: request.type, amhpId: amhp.id, approval: await this.amhps.approvalOn(amhp, now) };
      }
      case 'arrange_assessment': {
        const found = await this.doctors.findByIds(request.body.doctorIds);
        const missing = request.body.doctorIds.findIndex((id) => !found.has(id));
        if (missing >= 0) throw new ValidationException([{ field: `doctorIds.${missing}`, message: 'No doctor with this id: record the doctor first' }]);
        return { type: request.type, scheduledAt: new Date(request.body.scheduledAt), place: request.body.place, doctorIds: request.body.doctorIds };
      }
      case 'make_application':
        return { type: request.type, application: await this.application(request.body, loaded, now) };
      case 'record_informal_admission':
        return { type: request.type, notes: request.body.notes };
      case 'record_community_alternative':
        return { type: request.type, putInPlace: request.body.putInPlace };
      case 'record_no_further_action':
        return { type: request.type, reason: request.body.reason };
      case 'record_not_completed':
        return { type: request.type, reason: request.body.reason, details: request.body.details };
      case 'identify_bed':
        return { type: request.type, hospital: request.body.hospital, ward: request.body.ward, outOfArea: request.body.outOfArea };
      case 'arrange_conveyance':
        return { type: request.type, mode: request.body.mode, details: request.body.details };
      case 'admit':
        return { type: request.type, admittedAt: new Date(request.body.admittedAt) };
      case 'send_written_reasons_to_nearest_relative':
        return { type: request.type, sentAt: new Date(request.body.sentAt) };
      case 'withdraw':
        return { type: request.type, reason: request.body.reason };
      case 'start_assessment':
      case 'seek_bed':
      case 'close':
        return { type: request.type };
    }
  }

  /** The application's facts, assembled from the records (the stage check has already passed, so an AMHP is allocated). */
  private async application(body: AssessmentCommandBodies['make_application'], loaded: LoadedAssessment, now: Date) {
    const assessmentId = loaded.entity.id;
    const [amhp, examinations, nearestRelative, amhpEarlierApprovals] = await Promise.all([
      loaded.state.amhp ? this.amhps.find(loaded.state.amhp.amhpId) : null,
      this.examinations.of(assessmentId),
      this.nearestRelatives.of(assessmentId),
      loaded.state.amhp ? this.amhps.earlierApprovals(loaded.state.amhp.amhpId) : [],
    ]);
    if (!amhp) throw new ValidationException([{ field: 'amhpId', message: 'Allocate an AMHP before making an application' }]);
    const recommendations = body.recommendationIds.map((id, i) => {
      const examination = examinations.find((e) => e.id === id);
      const field = `recommendationIds.${i}`;
      if (!examination) throw new ValidationException([{ field, message: 'No examination with this id on this assessment' }]);
      if (!examination.recommendationSection || !examination.signedAt) {
        throw new ValidationException([{ field, message: 'This doctor has not signed a medical recommendation: record it first' }]);
      }
      if (examination.recommendationSection !== body.section) {
        throw new ValidationException([
          { field, message: `This medical recommendation is for ${examination.recommendationSection}; an application under ${body.section} needs ${body.section} recommendations` },
        ]);
      }
      return examination;
    });
    return applicationFactsOf(
      {
        amhp,
        amhpEarlierApprovals,
        amhpLastSawPersonAt: loaded.entity.amhpLastSawPersonAt,
        recommendations,
        examinations,
        nearestRelative: nearestRelative.record,
        referral: loaded.referral,
        relationships: relationshipsFor(relationshipsOf(loaded.rows), amhp.id),
      },
      {
        section: body.section,
        madeAt: body.madeAt ? new Date(body.madeAt) : now,
        noPreviousAcquaintanceReason: body.noPreviousAcquaintanceReason,
        urgentNecessityStatement: body.urgentNecessityStatement,
        secondRecommendationReason: body.secondRecommendationReason,
        urgentCaseConflictReason: body.urgentCaseConflictReason,
        hospital: body.hospital,
      },
    );
  }
}
