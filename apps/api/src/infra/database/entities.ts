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
import { AmhpPastWarrantEntity } from '../../modules/assessments/amhps/amhp-past-warrant.entity';
import { AmhpTrainingEntity } from '../../modules/assessments/amhps/amhp-training.entity';
import { AbsenceEntity } from '../../modules/rota/absences/absence.entity';
import { RotaAdjustmentEntity } from '../../modules/rota/adjustments/rota-adjustment.entity';
import { RotaPatternEntity } from '../../modules/rota/patterns/rota-pattern.entity';
import { RotaRevisionEntity } from '../../modules/rota/revision/rota-revision.entity';
import { TeamCoverRuleEntity } from '../../modules/rota/teams/team-cover-rule.entity';
import { TeamEntity } from '../../modules/rota/teams/team.entity';
import { CalendarLinkEntity } from '../../modules/calendars/calendar-link.entity';
import { HandoverNoteEntity } from '../../modules/handovers/handover-note.entity';
import { HandoverEntity } from '../../modules/handovers/handover.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { RoleGrantEntity } from '../../modules/identity/role-grants/role-grant.entity';

/** Every entity, listed explicitly (no globs: the same list works from ts sources and dist). */
export const ENTITIES = [ReferralEntity, AlertEntity, UserEntity, SessionEntity, AuditEventEntity, ClockEntity, AmhpEntity, DoctorEntity, AssessmentEntity, AssessmentEventEntity, ExaminationEntity, RelativeEntity, NearestRelativeRecordEntity, TeamEntity, TeamCoverRuleEntity, AmhpTrainingEntity, AmhpPastWarrantEntity, RotaPatternEntity, RotaAdjustmentEntity, AbsenceEntity, RotaRevisionEntity, HandoverEntity, HandoverNoteEntity, CalendarLinkEntity, RoleGrantEntity, IdempotencyKeyEntity];
