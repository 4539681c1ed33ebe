import { decide, whyNotAvailable } from '@amhp/domain';
import { Injectable } from '@nestjs/common';
import { AssessmentStore } from '../store/assessment-store.service';
import { CommandRefusedException } from '../store/command-refused.exception';
import { currentActorId } from '../store/current-actor';
import { CommandBuilder, CommandRequest } from './command-builder';

/**
 * Runs one lifecycle command: the domain decides (refusals name the stage; an unlawful
 * application quotes each rule with its section), the store writes the events under the
 * version the user saw.
 */
@Injectable()
export class AssessmentCommandsService {
  constructor(
    private readonly store: AssessmentStore,
    private readonly builder: CommandBuilder,
  ) {}

  async execute(assessmentId: string, request: CommandRequest, now = new Date()): Promise<void> {
    const by = currentActorId();
    await this.store.change(
      assessmentId,
      request.body.version,
      async (loaded) => {
        // Checked before any look-up, so a command at the wrong stage is refused for that reason.
        const unavailable = whyNotAvailable(loaded.state, request.type);
        if (unavailable) throw new CommandRefusedException(unavailable);
        const command = await this.builder.build(request, loaded, now);
        const decision = decide(loaded.state, command, { at: now, by });
        if (!decision.ok) throw new CommandRefusedException(decision.reason, decision.violations ?? []);
        return { events: decision.events };
      },
      now,
    );
  }
}
