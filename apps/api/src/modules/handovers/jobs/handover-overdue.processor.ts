import { JobPayloads } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobContext, JobHandler, JobProcessor } from '../../../infra/queue/job-handler';
import { AlertsService } from '../../alerts/alerts.service';
import { RotaQueryService } from '../../rota/rota-query.service';
import { handoverAlertWording } from '../handover-alert';
import { HandoverEntity } from '../handover.entity';
import { teamRef, teamsById } from '../handover.mapper';

const EARLY_TOLERANCE_MS = 1000;

/**
 * A handover's acknowledgement time has passed. The job re-reads the handover: if the incoming
 * team has acknowledged it, nothing happens; otherwise the alert is raised, exactly once (the
 * alert's unique key, and the handover's row lock shared with the acknowledgement).
 */
@JobProcessor('handover.overdue')
@Injectable()
export class HandoverOverdueProcessor implements JobHandler<'handover.overdue'> {
  private readonly logger = new Logger(HandoverOverdueProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
    private readonly alerts: AlertsService,
  ) {}

  async handle({ handoverId }: JobPayloads['handover.overdue'], context: JobContext): Promise<void> {
    const skip = (why: string) => this.logger.debug({ msg: `handover overdue job skipped: ${why}`, handoverId, jobId: context.jobId });
    const handover = await this.dataSource.manager.findOneBy(HandoverEntity, { id: handoverId });
    if (!handover) return skip('the handover is gone');
    if (handover.acknowledgedAt) return skip('acknowledged');
    if (Date.now() < handover.ackDueAt.getTime() - EARLY_TOLERANCE_MS) throw new Error(`handover overdue job ran early for handover ${handoverId}`);
    const teams = teamsById(await this.rota.teams());
    const wording = handoverAlertWording({
      fromTeamName: teamRef(teams, handover.fromTeamId, 'day').name,
      toTeamName: teamRef(teams, handover.toTeamId, 'edt').name,
      boundaryAt: handover.boundaryAt,
      ackDueAt: handover.ackDueAt,
      cases: handover.cases,
    });
    const raised = await this.alerts.raiseHandoverAlert({ handoverId, severity: wording.severity, message: wording.message, dueAt: handover.ackDueAt });
    if (!raised) skip('acknowledged meanwhile, or the alert exists');
  }
}
