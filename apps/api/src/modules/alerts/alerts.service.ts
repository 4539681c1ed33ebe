import { AlertSeverity, AlertView } from '@amhp/contracts';
import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { RealtimePublisher } from '../../infra/realtime/realtime-publisher.service';
import { AuditService } from '../audit/audit.service';
import { AlertEntity } from './alert.entity';
import { toAlertView } from './alert.mapper';
import { ClockAlertInput, clockAlertWording } from './clock-alert';
import { ClockAlertWriter, InsertedAlert } from './clock-alert.writer';
import { HandoverAlertInput, insertHandoverAlert } from './handover-alert.writer';

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };
const SEVERITY_RANK_SQL = `CASE a.severity ${Object.entries(SEVERITY_RANK)
  .map(([severity, rank]) => `WHEN '${severity}' THEN ${rank}`)
  .join(' ')} END`;

function fromRow(row: InsertedAlert): AlertEntity {
  return Object.assign(new AlertEntity(), {
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    referralId: row.referral_id,
    handoverId: null,
    clockId: row.clock_id,
    assessmentId: row.assessment_id,
    clockKind: row.clock_kind,
    point: row.point,
    message: row.message,
    dueAt: row.due_at,
    raisedAt: row.raised_at,
    acknowledgedAt: row.acknowledged_at,
  });
}

@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  private readonly writer: ClockAlertWriter;

  constructor(
    @InjectRepository(AlertEntity) private readonly alerts: Repository<AlertEntity>,
    private readonly publisher: RealtimePublisher,
    private readonly audit: AuditService,
  ) {
    this.writer = new ClockAlertWriter((sql, parameters) => this.alerts.query(sql, parameters));
  }

  /**
   * A legal clock reached a warning point or its expiry: record the alert (batched with others
   * raised at the same moment, see ClockAlertWriter) and push it to the board. Exactly-once in
   * effect: the insert is guarded by the unique (clock, point, due) key,
   * and only happens while the clock is still at the revision the caller checked, still running
   * and its referral still open, so a duplicate run, a retry or a job that raced a change of
   * facts inserts nothing and publishes nothing. Returns the alert only when this call raised it.
   */
  async raiseClockAlert(input: ClockAlertInput): Promise<AlertView | null> {
    const row = await this.writer.insert(input, clockAlertWording(input));
    if (!row) return null;
    const view = toAlertView(fromRow(row), input.referralReference);
    this.logger.log({ msg: 'alert raised', alertId: view.id, kind: view.kind, point: view.point, clockId: input.clockId, referralId: view.referralId });
    await this.publisher.publish('alert.raised', view);
    return view;
  }

  /**
   * A handover was not acknowledged in time (issue 5): record the alert, once, and only if the
   * handover is still unacknowledged (see insertHandoverAlert), then push it to the board.
   * Returns the alert only when this call raised it.
   */
  async raiseHandoverAlert(input: HandoverAlertInput): Promise<AlertView | null> {
    const alert = await this.alerts.manager.transaction((manager) => insertHandoverAlert(manager, this.audit, input));
    if (!alert) return null;
    const view = toAlertView(alert, null);
    this.logger.log({ msg: 'alert raised', alertId: view.id, kind: view.kind, handoverId: input.handoverId });
    await this.publisher.publish('alert.raised', view);
    return view;
  }

  /**
   * Inside the caller's transaction (the handover's acknowledgement, which holds the handover's
   * row): acknowledges the handover's open alerts, audited. Publish 'alert.acknowledged' for the
   * returned ids after commit (publishAcknowledged).
   */
  async acknowledgeForHandover(manager: EntityManager, handoverId: string, now: Date): Promise<string[]> {
    // Through a CTE: a bare UPDATE ... RETURNING comes back from TypeORM as [rows, count].
    const rows = (await manager.query(
      'WITH acknowledged AS (UPDATE alerts SET acknowledged_at = $2 WHERE handover_id = $1 AND acknowledged_at IS NULL RETURNING id) SELECT id FROM acknowledged',
      [handoverId, now.toISOString()],
    )) as { id: string }[];
    const ids = rows.map((r) => r.id);
    for (const id of ids) {
      await this.audit.record(manager, { action: 'alert.acknowledge', entityType: 'alert', entityId: id, after: { id, handoverId, acknowledgedAt: now } });
    }
    return ids;
  }

  async publishAcknowledged(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.publisher.publish('alert.acknowledged', { id });
  }

  /** Unacknowledged alerts, most severe first, then the newest. */
  async listUnacknowledged(): Promise<AlertView[]> {
    const rows = await this.withReference().where('a.acknowledgedAt IS NULL').orderBy(SEVERITY_RANK_SQL, 'ASC').addOrderBy('a.raisedAt', 'DESC').getMany();
    return rows.map((a) => toAlertView(a, a.referral?.reference ?? null));
  }

  /** Acknowledging twice is harmless: the first acknowledgement's time stands. Audited (issue 4). */
  async acknowledge(id: string, now = new Date()): Promise<AlertView> {
    const acknowledged = await this.alerts.manager.transaction(async (manager) => {
      const before = await manager.findOne(AlertEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before || before.acknowledgedAt) return false;
      await manager.update(AlertEntity, { id, acknowledgedAt: IsNull() }, { acknowledgedAt: now });
      const after = { ...before, acknowledgedAt: now };
      await this.audit.record(manager, { action: 'alert.acknowledge', entityType: 'alert', entityId: id, before, after, subjectReferralId: before.referralId });
      return true;
    });
    const alert = await this.withReference().where('a.id = :id', { id }).getOne();
    if (!alert) throw new NotFoundException(`No alert with id ${id}`);
    if (acknowledged) {
      this.logger.log({ msg: 'alert acknowledged', alertId: id });
      await this.publisher.publish('alert.acknowledged', { id });
    }
    return toAlertView(alert, alert.referral?.reference ?? null);
  }

  private withReference() {
    return this.alerts.createQueryBuilder('a').leftJoin('a.referral', 'r').addSelect(['r.id', 'r.reference']);
  }
}
