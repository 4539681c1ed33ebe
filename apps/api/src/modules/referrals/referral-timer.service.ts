import { jobIds } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { safeError } from '../../infra/logging/app-logger';
import { QueueService } from '../../infra/queue/queue.service';
import { ReferralEntity } from './referral.entity';

const JOB = 'referral-deadline.expire' as const;

type Timed = Pick<ReferralEntity, 'id' | 'deadlineExpiresAt'>;

/**
 * The one real timer of issue 2: a delayed BullMQ job per referral deadline, with a
 * deterministic id so that scheduling twice, from two instances or from a rebuild, is a no-op.
 */
@Injectable()
export class ReferralTimerService {
  private readonly logger = new Logger(ReferralTimerService.name);

  constructor(
    private readonly queues: QueueService,
    @InjectRepository(ReferralEntity) private readonly referrals: Repository<ReferralEntity>,
  ) {}

  static jobIdFor(referral: Timed): string | null {
    return referral.deadlineExpiresAt ? jobIds.referralDeadline(referral.id, referral.deadlineExpiresAt.toISOString()) : null;
  }

  /** Schedules the expiry job; a deadline already past fires at once. */
  async schedule(referral: Timed, now = new Date()): Promise<void> {
    const jobId = ReferralTimerService.jobIdFor(referral);
    if (!referral.deadlineExpiresAt || !jobId) return;
    const expiresAt = referral.deadlineExpiresAt.toISOString();
    await this.queues.enqueue(JOB, { referralId: referral.id, expiresAt }, { jobId, delay: referral.deadlineExpiresAt.getTime() - now.getTime() });
  }

  /**
   * Schedules without failing the caller: the referral is already saved, and the worker's
   * rebuild (at start-up and after a Redis reconnect) recreates any timer lost here.
   */
  async scheduleOrWarn(referral: Timed): Promise<void> {
    try {
      await this.schedule(referral);
    } catch (error) {
      this.logger.error({ msg: 'deadline timer not scheduled; the worker rebuild will add it', referralId: referral.id, error: safeError(error) });
    }
  }

  /** Removes the expiry job (the referral was closed). A job already running re-checks the referral. */
  async cancelOrWarn(referral: Timed): Promise<void> {
    const jobId = ReferralTimerService.jobIdFor(referral);
    if (!jobId) return;
    try {
      await this.queues.remove(JOB, jobId);
    } catch (error) {
      this.logger.warn({ msg: 'deadline timer not removed; it will find the referral closed', referralId: referral.id, error: safeError(error) });
    }
  }

  /**
   * Recreates the timer of every open referral whose deadline has not yet raised its alert.
   * Safe to run any time and from several workers: existing job ids are ignored by BullMQ.
   */
  async rebuild(): Promise<number> {
    const open = await this.referrals
      .createQueryBuilder('r')
      .select(['r.id', 'r.deadlineExpiresAt'])
      .where(`r.status = 'open'`)
      .andWhere('r.deadlineExpiresAt IS NOT NULL')
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM alerts a WHERE a.referral_id = r.id AND a.kind = 'deadline.expired' AND a.due_at = r.deadline_expires_at)`,
      )
      .getMany();
    const now = new Date();
    for (const referral of open) await this.schedule(referral, now);
    return open.length;
  }
}
