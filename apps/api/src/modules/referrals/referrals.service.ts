import { CloseReferral, CreateReferral, ReferralView } from '@amhp/contracts';
import { compareForBoard, referralDeadline, URGENCY_RANK } from '@amhp/domain';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { RealtimePublisher } from '../../infra/realtime/realtime-publisher.service';
import { ReferralEntity } from './referral.entity';
import { referralColumns, toReferralView } from './referral.mapper';
import { formatReferralReference } from './referral-reference';
import { ReferralTimerService } from './referral-timer.service';

/** SQL for URGENCY_RANK, so the database sorts as the domain does. */
const URGENCY_RANK_SQL = `CASE r.urgency ${Object.entries(URGENCY_RANK)
  .map(([urgency, rank]) => `WHEN '${urgency}' THEN ${rank}`)
  .join(' ')} END`;

@Injectable()
export class ReferralsService {
  private readonly logger = new Logger(ReferralsService.name);

  constructor(
    @InjectRepository(ReferralEntity) private readonly referrals: Repository<ReferralEntity>,
    private readonly timer: ReferralTimerService,
    private readonly publisher: RealtimePublisher,
  ) {}

  /** Records a referral, starts its deadline timer (if its legal situation has a clock) and tells the board. */
  async create(input: CreateReferral, now = new Date()): Promise<ReferralView> {
    const columns = referralColumns(input);
    const deadline = referralDeadline(columns.legalSituation, columns.clockStartedAt);
    const [{ n }] = (await this.referrals.query(`SELECT nextval('referral_reference_seq')::int AS n`)) as { n: number }[];
    const saved = await this.referrals.save(
      this.referrals.create({
        ...columns,
        reference: formatReferralReference(now, n),
        status: 'open',
        version: 1,
        receivedAt: now,
        updatedAt: now,
        closedAt: null,
        closedReason: null,
        deadlineExpiresAt: deadline?.expiresAt ?? null,
      }),
    );
    this.logger.log({ msg: 'referral recorded', referralId: saved.id, reference: saved.reference, situation: saved.legalSituation });
    await this.timer.scheduleOrWarn(saved);
    const view = toReferralView(saved);
    await this.publisher.publish('referral.upserted', view);
    return view;
  }

  /** Open referrals in the board's order (libs/domain compareForBoard). */
  async listOpen(): Promise<ReferralView[]> {
    // The database already sorts by the same rule (and can use the partial index); the
    // domain's comparator has the last word so there is one definition of the order.
    const open = await this.referrals
      .createQueryBuilder('r')
      .where(`r.status = 'open'`)
      .orderBy('r.deadlineExpiresAt', 'ASC', 'NULLS LAST')
      .addOrderBy(URGENCY_RANK_SQL, 'ASC')
      .addOrderBy('r.receivedAt', 'ASC')
      .getMany();
    return open.sort(compareForBoard).map(toReferralView);
  }

  async get(id: string): Promise<ReferralView> {
    return toReferralView(await this.load(id));
  }

  /**
   * Closes a referral if nobody changed it since the caller read `version` (optimistic
   * concurrency: a stale version is refused with 409 and nothing changes).
   */
  async close(id: string, { reason, version }: CloseReferral, now = new Date()): Promise<ReferralView> {
    const result = await this.referrals
      .createQueryBuilder()
      .update(ReferralEntity)
      .set({ status: 'closed', closedAt: now, closedReason: reason, updatedAt: now, version: () => 'version + 1' })
      .where(`id = :id AND version = :version AND status = 'open'`, { id, version })
      .execute();
    if (!result.affected) {
      const current = await this.load(id);
      if (current.status === 'closed') throw new ConflictException(`Referral ${current.reference} is already closed`);
      throw new ConflictException(
        `Referral ${current.reference} was changed by someone else (you had version ${version}, it is now ${current.version}): reload it and try again`,
      );
    }
    const closed = await this.load(id);
    this.logger.log({ msg: 'referral closed', referralId: id, reference: closed.reference });
    await this.timer.cancelOrWarn(closed);
    await this.publisher.publish('referral.closed', { id });
    return toReferralView(closed);
  }

  private async load(id: string): Promise<ReferralEntity> {
    const referral = await this.referrals.findOneBy({ id });
    if (!referral) throw new NotFoundException(`No referral with id ${id}`);
    return referral;
  }
}
