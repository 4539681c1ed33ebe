import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '../alerts/alerts.module';
import { AuditModule } from '../audit/audit.module';
import { ClocksModule } from '../clocks/clocks.module';
import { RotaQueryModule } from '../rota/rota-query.module';
import { HandoverCreator } from './handover-creator.service';
import { HandoverNoteEntity } from './handover-note.entity';
import { HandoverTimers } from './handover-timers.service';
import { HandoverEntity } from './handover.entity';
import { HandoverSnapshotService } from './snapshot/handover-snapshot.service';

/** Making handovers and their timers: shared by the API (HandoversModule) and the worker (HandoversJobsModule). */
@Module({
  imports: [TypeOrmModule.forFeature([HandoverEntity, HandoverNoteEntity]), RotaQueryModule, ClocksModule, AlertsModule, AuditModule],
  providers: [HandoverSnapshotService, HandoverCreator, HandoverTimers],
  exports: [TypeOrmModule, HandoverSnapshotService, HandoverCreator, HandoverTimers],
})
export class HandoversCoreModule {}
