import { Module } from '@nestjs/common';
import { AlertsModule } from '../../alerts/alerts.module';
import { RotaQueryModule } from '../../rota/rota-query.module';
import { HandoversCoreModule } from '../handovers-core.module';
import { HandoverBoundaryProcessor } from './handover-boundary.processor';
import { HandoverOverdueProcessor } from './handover-overdue.processor';
import { HandoverTimersRebuilder } from './handover-timers.rebuilder';

/** The handovers' background work (boundaries, acknowledgement timers, their rebuild): loaded by the worker module only. */
@Module({
  imports: [HandoversCoreModule, RotaQueryModule, AlertsModule],
  providers: [HandoverBoundaryProcessor, HandoverOverdueProcessor, HandoverTimersRebuilder],
  exports: [HandoverTimersRebuilder],
})
export class HandoversJobsModule {}
