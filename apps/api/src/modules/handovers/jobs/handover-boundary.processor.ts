import { JobPayloads } from '@amhp/contracts';
import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { JobContext, JobHandler, JobProcessor } from '../../../infra/queue/job-handler';
import { RotaQueryService } from '../../rota/rota-query.service';
import { HandoverTimers } from '../handover-timers.service';

/** Redis and this process may disagree on the time by a little; never hand over earlier than this. */
const EARLY_TOLERANCE_MS = 1000;

/**
 * A boundary between a day team and its EDT has come: the handover of every open case is made
 * (once), its acknowledgement timer set, and the team's next boundary scheduled. The job carries
 * the team and the instant only; the team's hours are read again now.
 */
@JobProcessor('handover.boundary')
@Injectable()
export class HandoverBoundaryProcessor implements JobHandler<'handover.boundary'> {
  private readonly logger = new Logger(HandoverBoundaryProcessor.name);

  constructor(
    private readonly rota: RotaQueryService,
    private readonly timers: HandoverTimers,
  ) {}

  async handle({ dayTeamId, boundaryAt }: JobPayloads['handover.boundary'], context: JobContext): Promise<void> {
    const config = await this.rota.dayTeamConfig(dayTeamId).catch((error: unknown) => {
      if (error instanceof NotFoundException) return null;
      throw error;
    });
    if (!config) {
      this.logger.debug({ msg: 'handover boundary skipped: no such day team', dayTeamId, jobId: context.jobId });
      return;
    }
    const at = new Date(boundaryAt);
    const now = new Date();
    if (now.getTime() < at.getTime() - EARLY_TOLERANCE_MS) {
      // Thrown so that BullMQ tries again shortly, rather than handing over before the time.
      throw new Error(`handover boundary job ran early for team ${dayTeamId}`);
    }
    await this.timers.onBoundary(config, at, now);
  }
}
