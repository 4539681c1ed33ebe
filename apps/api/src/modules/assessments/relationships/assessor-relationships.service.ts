import type { RecordAssessorRelationships } from '@amhp/contracts';
import { relationshipProblems } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { ValidationException } from '../../../infra/http/validation.exception';
import { DoctorsService } from '../../doctors/doctors.service';
import { assertOpen } from '../store/assert-open';
import { AssessmentStore } from '../store/assessment-store.service';
import { CommandRefusedException } from '../store/command-refused.exception';
import { currentActorId } from '../store/current-actor';
import { AssessorRef, AssessorRelationshipsData } from './assessor-relationships.record';

/**
 * The relationships between the allocated AMHP and the doctors (and between the doctors) that
 * the Mental Health (Conflicts of Interest) (England) Regulations 2008 ask about. Recorded as a
 * timeline record that replaces the previous list; the application check reads the latest.
 */
@Injectable()
export class AssessorRelationshipsService {
  constructor(
    private readonly store: AssessmentStore,
    private readonly doctors: DoctorsService,
  ) {}

  async record(assessmentId: string, body: RecordAssessorRelationships, now = new Date()): Promise<void> {
    const doctorIds = body.relationships.flatMap((r) => [r.from, r.to]).filter((id) => id !== 'amhp');
    const known = await this.doctors.findByIds(doctorIds);
    const issues = body.relationships.flatMap((r, i) =>
      (['from', 'to'] as const).filter((side) => r[side] !== 'amhp' && !known.has(r[side])).map((side) => ({ field: `relationships.${i}.${side}`, message: 'No doctor with this id: record the doctor first' })),
    );
    if (issues.length > 0) throw new ValidationException(issues);
    const by = currentActorId();
    await this.store.change(
      assessmentId,
      body.version,
      (loaded) => {
        assertOpen(loaded);
        const amhpId = loaded.state.amhp?.amhpId ?? null;
        if (!amhpId && body.relationships.some((r) => r.from === 'amhp' || r.to === 'amhp')) {
          throw new CommandRefusedException('Allocate an AMHP first: the AMHP’s relationships are recorded for the allocated AMHP.');
        }
        const ref = (side: string): AssessorRef => (side === 'amhp' ? { role: 'amhp', id: amhpId! } : { role: 'doctor', id: side });
        const relationships = body.relationships.map((r) => ({ from: ref(r.from), kind: r.kind, to: ref(r.to) }));
        const problems = relationshipProblems(relationships.map((r) => ({ from: r.from.id, kind: r.kind, to: r.to.id })));
        if (problems.length > 0) throw new ValidationException(problems.map((p) => ({ field: `relationships.${p.index}`, message: p.message })));
        const data: AssessorRelationshipsData = { amhpId, relationships };
        return { events: [{ type: 'assessor_relationships_recorded', at: now, by, data }] };
      },
      now,
    );
  }
}
