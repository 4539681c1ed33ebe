import { AlertEntity } from '../../modules/alerts/alert.entity';
import { AmhpEntity } from '../../modules/assessments/amhps/amhp.entity';
import { AssessmentEventEntity } from '../../modules/assessments/assessment-event.entity';
import { AssessmentEntity } from '../../modules/assessments/assessment.entity';
import { ExaminationEntity } from '../../modules/assessments/examinations/examination.entity';
import { ClockEntity } from '../../modules/clocks/clock.entity';
import { AuditEventEntity } from '../../modules/audit/audit-event.entity';
import { SessionEntity } from '../../modules/identity/session.entity';
import { UserEntity } from '../../modules/identity/user.entity';
import { DoctorEntity } from '../../modules/doctors/doctor.entity';
import { NearestRelativeRecordEntity } from '../../modules/nearest-relatives/nearest-relative-record.entity';
import { RelativeEntity } from '../../modules/nearest-relatives/relative.entity';
import { ReferralEntity } from '../../modules/referrals/referral.entity';

/** Every entity, listed explicitly (no globs: the same list works from ts sources and dist). */
export const ENTITIES = [ReferralEntity, AlertEntity, UserEntity, SessionEntity, AuditEventEntity, ClockEntity, AmhpEntity, DoctorEntity, AssessmentEntity, AssessmentEventEntity, ExaminationEntity, RelativeEntity, NearestRelativeRecordEntity];
