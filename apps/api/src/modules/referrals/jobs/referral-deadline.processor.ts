import { JobPayloads } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { JobContext, JobHandler, JobProcessor } from '../../../infra/queue/job-handler';
import { AlertsService } from '../../alerts/alerts.service';
import { ReferralEntity } from '../referral.entity';

type Payload = JobPayloads['referral-deadline.expire'];

/** The clocks may differ by a little between Redis and this process; never alert early beyond this. */
const EARLY_TOLERANCE_MS = 1000;

/**
 * A referral's legal deadline (s136(2A) 24 h, s135(3ZA) 24 h, s5(2) 72 h, s5(4) 6 h) has come.
 * The job carries ids only: it reloads the referral and alerts only if it is still open with
 * the same deadline, so a job that outlived a change does nothing.
 */
@JobProcessor('referral-deadline.expire')
@Injectable()
export class ReferralDeadlineProcessor implements JobHandler<'referral-deadline.expire'> {
  private readonly logger = new Logger(ReferralDeadlineProcessor.name);

  constructor(
    @InjectRepository(ReferralEntity) private readonly referrals: Repository<ReferralEntity>,
    private readonly alerts: AlertsService,
  ) {}

  async handle({ referralId, expiresAt }: Payload, context: JobContext): Promise<void> {
    const referral = await this.referrals.findOneBy({ id: referralId });
    if (!referral || referral.status !== 'open') {
      this.logger.debug({ msg: 'deadline job skipped: referral closed or gone', referralId, jobId: context.jobId });
      return;
    }
    if (referral.deadlineExpiresAt?.getTime() !== Date.parse(expiresAt)) {
      this.logger.debug({ msg: 'deadline job skipped: the deadline has changed', referralId, jobId: context.jobId });
      return;
    }
    if (Date.now() < Date.parse(expiresAt) - EARLY_TOLERANCE_MS) {
      // Thrown so BullMQ retries it later rather than raising an alert before the law says.
      throw new Error(`deadline job ran early for referral ${referralId}`);
    }
    await this.alerts.raiseDeadlineExpired(referral);
  }
}
