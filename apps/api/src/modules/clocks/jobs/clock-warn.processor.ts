import { JobPayloads } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { JobContext, JobHandler, JobProcessor } from '../../../infra/queue/job-handler';
import { AlertsService } from '../../alerts/alerts.service';
import { ClockFiringLoader } from './clock-firing.loader';
import { clockPoints, isAlertable, isSuperseded } from '../clock-points';

type Payload = JobPayloads['clock.warn'];

/** Redis and this process may disagree on the time by a little; never alert earlier than this. */
const EARLY_TOLERANCE_MS = 1000;

/**
 * A clock reached a warning point or its expiry. The job carries ids only: it re-reads the
 * clock from PostgreSQL and alerts only if the clock still has this point at this instant, is
 * still running and its referral still open, so a job that outlived a change of facts (an s136B
 * extension, a detention under s2 ending the s136, a closed referral) does nothing. The alert's
 * unique key makes a duplicate run harmless.
 */
@JobProcessor('clock.warn')
@Injectable()
export class ClockWarnProcessor implements JobHandler<'clock.warn'> {
  private readonly logger = new Logger(ClockWarnProcessor.name);

  constructor(
    private readonly clocks: ClockFiringLoader,
    private readonly alerts: AlertsService,
  ) {}

  async handle({ clockId, point: key, dueAt }: Payload, context: JobContext): Promise<void> {
    const skip = (why: string) => this.logger.debug({ msg: `clock job skipped: ${why}`, clockId, point: key, jobId: context.jobId });
    const clock = await this.clocks.load(clockId);
    if (!clock) return skip('the clock is gone');
    if (!clock.referralOpen) return skip('the referral is closed');
    if (clock.status === 'ended') return skip('the clock has ended');
    const point = clockPoints(clock).find((p) => p.key === key && p.at.getTime() === Date.parse(dueAt));
    if (!point || !isAlertable(clock, point)) return skip('the clock has changed');
    const now = new Date();
    if (now.getTime() < point.at.getTime() - EARLY_TOLERANCE_MS) {
      // Thrown so that BullMQ tries again shortly, rather than alerting before the time.
      throw new Error(`clock job ran early for clock ${clockId} (${key})`);
    }
    if (point.type === 'warning' && isSuperseded(clock, point, now)) return skip('a later point has been reached');
    await this.alerts.raiseClockAlert({
      clockId,
      revision: clock.revision,
      referralReference: clock.referralReference,
      label: clock.label,
      section: clock.section,
      expiresAt: clock.expiresAt,
      extended: clock.extended,
      point,
    });
  }
}
