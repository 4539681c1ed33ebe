import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AllocationModule } from '../allocation/allocation.module';
import { AuditModule } from '../audit/audit.module';
import { ClocksModule } from '../clocks/clocks.module';
import { DoctorsModule } from '../doctors/doctors.module';
import { NearestRelativesController } from '../nearest-relatives/nearest-relatives.controller';
import { NearestRelativesModule } from '../nearest-relatives/nearest-relatives.module';
import { RotaModule } from '../rota/rota.module';
import { AmhpEntity } from './amhps/amhp.entity';
import { AmhpRegisterService } from './amhps/amhp-register.service';
import { AmhpSeenPersonService } from './amhps/amhp-seen-person.service';
import { AmhpsController } from './amhps/amhps.controller';
import { AmhpsService } from './amhps/amhps.service';
import { AssessmentsController } from './assessments.controller';
import { ReferralClosureController } from './closure/referral-closure.controller';
import { ReferralClosureService } from './closure/referral-closure.service';
import { AssessmentCommandsController } from './commands/assessment-commands.controller';
import { AssessmentCommandsService } from './commands/assessment-commands.service';
import { CommandBuilder } from './commands/command-builder';
import { S4ConversionController } from './conversions/s4-conversion.controller';
import { S4ConversionService } from './conversions/s4-conversion.service';
import { DetentionExtensionController } from './extensions/detention-extension.controller';
import { DetentionExtensionService } from './extensions/detention-extension.service';
import { ExaminationEntity } from './examinations/examination.entity';
import { ExaminationsService } from './examinations/examinations.service';
import { ReferralsModule } from '../referrals/referrals.module';
import { HoldingPowersController } from './holding-powers/holding-powers.controller';
import { HoldingPowersService } from './holding-powers/holding-powers.service';
import { AssessorRelationshipsController } from './relationships/assessor-relationships.controller';
import { AssessorRelationshipsService } from './relationships/assessor-relationships.service';
import { AssessmentStoreModule } from './store/assessment-store.module';
import { AssessmentViewService } from './view/assessment-view.service';

/** The assessment lifecycle (issue 3): commands, records, the case page's view, the AMHP register. */
@Module({
  imports: [TypeOrmModule.forFeature([AmhpEntity, ExaminationEntity]), AssessmentStoreModule, ReferralsModule, DoctorsModule, NearestRelativesModule, ClocksModule, AuditModule, RotaModule, AllocationModule],
  controllers: [ReferralClosureController, AssessmentsController, AssessmentCommandsController, DetentionExtensionController, S4ConversionController, HoldingPowersController, AssessorRelationshipsController, NearestRelativesController, AmhpsController],
  providers: [ReferralClosureService, AmhpsService, AmhpRegisterService, AmhpSeenPersonService, ExaminationsService, CommandBuilder, AssessmentCommandsService, AssessmentViewService, DetentionExtensionService, S4ConversionService, HoldingPowersService, AssessorRelationshipsService],
})
export class AssessmentsModule {}
