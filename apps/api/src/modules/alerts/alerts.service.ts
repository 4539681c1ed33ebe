import { AlertSeverity, AlertView } from '@amhp/contracts';
import { formatLondonDateTime, referralDeadline } from '@amhp/domain';
import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { RealtimePublisher } from '../../infra/realtime/realtime-publisher.service';
import { ReferralEntity } from '../referrals/referral.entity';
import { AlertEntity } from './alert.entity';
import { toAlertView } from './alert.mapper';

const SEVERITY_RANK: Record<AlertSeverity, number> = { critical: 0, warning: 1, info: 2 };
const SEVERITY_RANK_SQL = `CASE a.severity ${Object.entries(SEVERITY_RANK)
  .map(([severity, rank]) => `WHEN '${severity}' THEN ${rank}`)
  .join(' ')} END`;

@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);

  constructor(
    @InjectRepository(AlertEntity) private readonly alerts: Repository<AlertEntity>,
    private readonly publisher: RealtimePublisher,
  ) {}

  /**
   * The referral's legal deadline has passed while it is still open: raise a critical alert and
   * push it to the board. Idempotent: the unique (referral, kind, due) key means a second run
   * inserts nothing and publishes nothing. Returns the alert only when this call raised it.
   */
  async raiseDeadlineExpired(referral: ReferralEntity): Promise<AlertView | null> {
    const deadline = referralDeadline(referral.legalSituation, referral.clockStartedAt);
    if (!deadline) return null;
    const inserted = await this.alerts
      .createQueryBuilder()
      .insert()
      .into(AlertEntity)
      .values({
        kind: 'deadline.expired',
        severity: 'critical',
        referralId: referral.id,
        dueAt: deadline.expiresAt,
        // The reference only: alerts are shown on shared screens.
        message: `${deadline.label} for ${referral.reference} expired at ${formatLondonDateTime(deadline.expiresAt)}`,
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const row = (inserted.raw as { id: string }[])[0];
    if (!row) return null;
    const alert = await this.alerts.findOneByOrFail({ id: row.id });
    const view = toAlertView(alert, referral.reference);
    this.logger.log({ msg: 'alert raised', alertId: view.id, kind: view.kind, referralId: referral.id });
    await this.publisher.publish('alert.raised', view);
    return view;
  }

  /** Unacknowledged alerts, most severe first, then the newest. */
  async listUnacknowledged(): Promise<AlertView[]> {
    const rows = await this.withReference().where('a.acknowledgedAt IS NULL').orderBy(SEVERITY_RANK_SQL, 'ASC').addOrderBy('a.raisedAt', 'DESC').getMany();
    return rows.map((a) => toAlertView(a, a.referral?.reference ?? ''));
  }

  /** Acknowledging twice is harmless: the first acknowledgement's time stands. */
  async acknowledge(id: string, now = new Date()): Promise<AlertView> {
    const result = await this.alerts.update({ id, acknowledgedAt: IsNull() }, { acknowledgedAt: now });
    const alert = await this.withReference().where('a.id = :id', { id }).getOne();
    if (!alert) throw new NotFoundException(`No alert with id ${id}`);
    if (result.affected) {
      this.logger.log({ msg: 'alert acknowledged', alertId: id });
      await this.publisher.publish('alert.acknowledged', { id });
    }
    return toAlertView(alert, alert.referral?.reference ?? '');
  }

  private withReference() {
    return this.alerts.createQueryBuilder('a').leftJoin('a.referral', 'r').addSelect(['r.id', 'r.reference']);
  }
}
