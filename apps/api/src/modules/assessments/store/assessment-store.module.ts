import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module';
import { ClocksModule } from '../../clocks/clocks.module';
import { ReferralsModule } from '../../referrals/referrals.module';
import { AssessmentEventEntity } from '../assessment-event.entity';
import { AssessmentEntity } from '../assessment.entity';
import { AssessmentStore } from './assessment-store.service';

/** Loading and changing assessments: shared by the assessments and nearest-relatives modules. */
@Module({
  imports: [TypeOrmModule.forFeature([AssessmentEntity, AssessmentEventEntity]), ClocksModule, ReferralsModule, AuditModule],
  providers: [AssessmentStore],
  exports: [AssessmentStore],
})
export class AssessmentStoreModule {}
