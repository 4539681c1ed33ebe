import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module';
import { RotaQueryModule } from '../rota/rota-query.module';
import { AllocationController } from './allocation.controller';
import { AllocationService } from './allocation.service';
import { AutoAllocator } from './auto-allocator.service';
import { MyCasesService } from './my-cases.service';

/**
 * Allocation (issue 5): the suggested AMHP for a case and "my cases". The assessments module
 * imports this one for AutoAllocator (allocation on acceptance); this module never imports
 * the assessments module, so the dependency runs one way.
 */
@Module({
  imports: [RotaQueryModule, ReferralsModule],
  controllers: [AllocationController],
  providers: [AllocationService, AutoAllocator, MyCasesService],
  exports: [AutoAllocator],
})
export class AllocationModule {}
