import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { ClocksModule } from '../clocks/clocks.module';
import { RotaQueryModule } from '../rota/rota-query.module';
import { BoardRowsService } from './board/board-rows.service';
import { ReferralEntity } from './referral.entity';
import { ReferralTeamsService } from './referral-teams.service';
import { ReferralTimerService } from './referral-timer.service';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReferralEntity]), ClocksModule, AuditModule, RotaQueryModule],
  controllers: [ReferralsController],
  providers: [ReferralsService, ReferralTimerService, ReferralTeamsService, BoardRowsService],
  exports: [ReferralsService, ReferralTimerService, ReferralTeamsService, BoardRowsService],
})
export class ReferralsModule {}
