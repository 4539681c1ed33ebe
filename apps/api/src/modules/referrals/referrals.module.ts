import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ClocksModule } from '../clocks/clocks.module';
import { ReferralEntity } from './referral.entity';
import { ReferralTimerService } from './referral-timer.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReferralEntity]), ClocksModule, AuditModule],
  controllers: [ReferralsController],
  providers: [ReferralsService, ReferralTimerService],
  exports: [ReferralsService, ReferralTimerService],
})
export class ReferralsModule {}
