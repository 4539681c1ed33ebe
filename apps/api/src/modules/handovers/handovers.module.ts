import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { AuditModule } from '../audit/audit.module';
import { RotaQueryModule } from '../rota/rota-query.module';
import { HandoverAckService } from './handover-ack.service';
import { HandoverNotesController } from './handover-notes.controller';
import { HandoverNotesService } from './handover-notes.service';
import { HandoversController } from './handovers.controller';
import { HandoversCoreModule } from './handovers-core.module';
import { HandoversQueryService } from './handovers-query.service';

/**
 * Handovers between day teams and EDT (issue 5), the API side: reading them, the draft of the
 * next one, notes for it, and the incoming team's acknowledgement. The worker makes them
 * (HandoversJobsModule).
 */
@Module({
  imports: [HandoversCoreModule, RotaQueryModule, AlertsModule, AuditModule],
  controllers: [HandoversController, HandoverNotesController],
  providers: [HandoversQueryService, HandoverAckService, HandoverNotesService],
})
export class HandoversModule {}
