import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentStoreModule } from '../assessments/store/assessment-store.module';
import { NearestRelativeRecordEntity } from './nearest-relative-record.entity';
import { NearestRelativesService } from './nearest-relatives.service';
import { RelativeEntity } from './relative.entity';

/** The nearest relative (s26, s11, s13(4)). Its controller is registered by AssessmentsModule, which assembles the view it answers with. */
@Module({
  imports: [TypeOrmModule.forFeature([RelativeEntity, NearestRelativeRecordEntity]), AssessmentStoreModule],
  providers: [NearestRelativesService],
  exports: [NearestRelativesService],
})
export class NearestRelativesModule {}
