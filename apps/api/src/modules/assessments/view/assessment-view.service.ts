import type { AssessmentView } from '@amhp/contracts';
import { Injectable } from '@nestjs/common';
import { ClockService } from '../../clocks/clock.service';
import { DoctorsService } from '../../doctors/doctors.service';
import { NearestRelativesService } from '../../nearest-relatives/nearest-relatives.service';
import { AmhpsService } from '../amhps/amhps.service';
import { ExaminationsService } from '../examinations/examinations.service';
import { relationshipsOf } from '../relationships/assessor-relationships.record';
import { AssessmentStore } from '../store/assessment-store.service';
import { holdingPowersOf } from '../store/holding-power-records';
import { toAssessmentView } from './assessment.mapper';

/** GET /api/assessments/:id: the assessment with everything the case page shows. */
@Injectable()
export class AssessmentViewService {
  constructor(
    private readonly store: AssessmentStore,
    private readonly amhps: AmhpsService,
    private readonly doctors: DoctorsService,
    private readonly examinations: ExaminationsService,
    private readonly nearestRelatives: NearestRelativesService,
    private readonly clocks: ClockService,
  ) {}

  async get(id: string, now = new Date()): Promise<AssessmentView> {
    const loaded = await this.store.load(id);
    const { state } = loaded;
    const related = relationshipsOf(loaded.rows)?.relationships.flatMap((r) => [r.from, r.to]).filter((a) => a.role === 'doctor').map((a) => a.id) ?? [];
    const reportedBy = holdingPowersOf(loaded.referral, loaded.rows).s5_2?.doctorId;
    if (reportedBy) related.push(reportedBy);
    const [amhp, amhpEarlierApprovals, doctors, examinations, nearestRelative, clocks] = await Promise.all([
      state.amhp ? this.amhps.find(state.amhp.amhpId) : null,
      state.amhp ? this.amhps.earlierApprovals(state.amhp.amhpId) : [],
      this.doctors.findByIds([...(state.arrangement?.doctorIds ?? []), ...related]),
      this.examinations.of(id),
      this.nearestRelatives.of(id),
      this.clocks.clocksOf([id], now),
    ]);
    for (const e of examinations) doctors.set(e.doctorId, e.doctor);
    return toAssessmentView({ loaded, amhp, amhpEarlierApprovals, arrangementDoctors: doctors, doctors, examinations, nearestRelative, clocks: clocks.get(id) ?? [], now });
  }
}
