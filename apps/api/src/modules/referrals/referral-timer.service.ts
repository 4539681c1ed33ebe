import { Injectable, Logger } from '@nestjs/common';
import { safeError } from '../../infra/logging/app-logger';
import { ClockService } from '../clocks/clock.service';
import { ReferralEntity } from './referral.entity';

type Timed = Pick<ReferralEntity, 'id'>;

/**
 * The referral's side of the one timer mechanism (issue 3). The holding power on referral
 * (s136, s135(1), s5(2), s5(4)) is a legal clock of the referral's assessment, stored with the
 * referral in one transaction; its timers are the clocks' timers (ClockService). These hooks
 * make them agree with PostgreSQL after the referral is saved or closed.
 */
@Injectable()
export class ReferralTimerService {
  private readonly logger = new Logger(ReferralTimerService.name);

  constructor(private readonly clocks: ClockService) {}

  /**
   * Schedules the timers of the referral's clocks without failing the caller: the referral is
   * already saved, and the worker's rebuild (start-up, Redis reconnect or flush) adds any timer
   * missed here.
   */
  async scheduleOrWarn(referral: Timed): Promise<void> {
    try {
      await this.clocks.scheduleTimersOfReferral(referral.id);
    } catch (error) {
      this.logger.error({ msg: 'clock timers not scheduled; the worker rebuild will add them', referralId: referral.id, error: safeError(error) });
    }
  }

  /** The referral was closed: its clocks' jobs are removed. A job already running re-checks the referral. */
  async cancelOrWarn(referral: Timed): Promise<void> {
    await this.scheduleOrWarn(referral);
  }
}
