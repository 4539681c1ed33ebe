import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '../../alerts/alerts.module';
import { ReferralEntity } from '../referral.entity';
import { ReferralsModule } from '../referrals.module';
import { ReferralDeadlineProcessor } from './referral-deadline.processor';
import { ReferralTimersRebuilder } from './referral-timers.rebuilder';

/** The referrals' background work: loaded by the worker module only. */
@Module({
  imports: [TypeOrmModule.forFeature([ReferralEntity]), ReferralsModule, AlertsModule],
  providers: [ReferralDeadlineProcessor, ReferralTimersRebuilder],
  exports: [ReferralTimersRebuilder],
})
export class ReferralsJobsModule {}
