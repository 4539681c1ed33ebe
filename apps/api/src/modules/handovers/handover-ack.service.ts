import type { HandoverView, Role } from '@amhp/contracts';
import { jobIds } from '@amhp/contracts';
import { ConflictException, ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { formatLondonDateTime, mayAcknowledgeHandover, whoMayAcknowledgeHandover } from '@amhp/domain';
import { QueueService } from '../../infra/queue/queue.service';
import { RealtimePublisher } from '../../infra/realtime/realtime-publisher.service';
import { AlertsService } from '../alerts/alerts.service';
import { AuditService } from '../audit/audit.service';
import { RotaQueryService } from '../rota/rota-query.service';
import { HandoverEntity } from './handover.entity';
import { teamRef, teamsById, toHandoverView } from './handover.mapper';

export interface AcknowledgingUser {
  id: string;
  displayName: string;
  roles: readonly Role[];
}

/**
 * The incoming team acknowledges a handover: once. The handover's row is locked, so of two
 * acknowledgements at the same moment exactly one wins and the other gets 409; the overdue job
 * takes the same lock, so the alert is either not raised or raised and then acknowledged with
 * the handover, in the same transaction. Audited.
 */
@Injectable()
export class HandoverAckService {
  private readonly logger = new Logger(HandoverAckService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rota: RotaQueryService,
    private readonly alerts: AlertsService,
    private readonly audit: AuditService,
    private readonly publisher: RealtimePublisher,
    private readonly queues: QueueService,
  ) {}

  async acknowledge(id: string, user: AcknowledgingUser, now = new Date()): Promise<HandoverView> {
    const teams = teamsById(await this.rota.teams());
    const amhp = await this.rota.amhpOfUser(user.id);
    const viewer = { roles: user.roles, amhpTeamId: amhp?.teamId ?? null };
    const { handover, alertIds } = await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(HandoverEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException(`No handover with id ${id}`);
      if (!mayAcknowledgeHandover(viewer, before)) {
        throw new ForbiddenException(whoMayAcknowledgeHandover(before.direction, teamRef(teams, before.toTeamId, 'edt').name));
      }
      if (before.acknowledgedAt) {
        throw new ConflictException(`This handover was acknowledged by ${before.acknowledgedByName} at ${formatLondonDateTime(before.acknowledgedAt)}. Nothing was changed.`);
      }
      await manager.update(HandoverEntity, { id }, { acknowledgedAt: now, acknowledgedByUserId: user.id, acknowledgedByName: user.displayName });
      const acknowledgedAlerts = await this.alerts.acknowledgeForHandover(manager, id, now);
      await this.audit.record(manager, {
        action: 'handover.acknowledge',
        entityType: 'handover',
        entityId: id,
        before: { acknowledgedAt: null },
        after: { acknowledgedAt: now, acknowledgedByUserId: user.id, alertsAcknowledged: acknowledgedAlerts },
      });
      return { handover: await manager.findOneByOrFail(HandoverEntity, { id }), alertIds: acknowledgedAlerts };
    });
    this.logger.log({ msg: 'handover acknowledged', handoverId: id, alerts: alertIds.length });
    await this.publisher.publish('handover.acknowledged', { id, acknowledgedAt: now.toISOString() });
    await this.alerts.publishAcknowledged(alertIds);
    // Tidiness only: the overdue job re-reads the handover and does nothing once it is acknowledged.
    await this.queues.remove('handover.overdue', jobIds.handoverOverdue(id)).catch(() => false);
    return toHandoverView(handover, teams, viewer, now);
  }
}
