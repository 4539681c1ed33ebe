import { AssessmentCommand, AssessmentState, decide, Decision, RuleViolation, whyNotAvailable } from '@amhp/domain';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { DoctorsService } from '../../doctors/doctors.service';
import { nameDoctors, withDoctorNames } from '../view/doctor-names';
import { safeError } from '../../../infra/logging/app-logger';
import { AutoAllocationPick, AutoAllocator } from '../../allocation/auto-allocator.service';
import { AssessmentStore, ChangePlan, LoadedAssessment } from '../store/assessment-store.service';
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
  private readonly logger = new Logger(AssessmentCommandsService.name);

  constructor(
    private readonly store: AssessmentStore,
    private readonly builder: CommandBuilder,
    private readonly allocator: AutoAllocator,
    private readonly audit: AuditService,
    private readonly doctors: DoctorsService,
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
        if (!decision.ok) throw await this.refusal(command, decision.reason, decision.violations ?? []);
        const accepted = request.type === 'screen_referral' && request.body.decision === 'accepted';
        const allocation = accepted ? await this.allocateOnAcceptance(loaded, decision.state, request.body.version, now, by) : null;
        return { events: [...decision.events, ...(allocation?.events ?? [])], write: allocation?.write };
      },
      now,
    );
  }

  /** The refusal as the AMHP reads it: doctors named as on the register, not by id. */
  private async refusal(command: AssessmentCommand, reason: string, violations: RuleViolation[]): Promise<CommandRefusedException> {
    if (command.type !== 'make_application' || violations.length === 0) return new CommandRefusedException(reason, violations);
    const { application } = command;
    const ids = [...application.recommendations, ...(application.otherRecommendationsOnCase ?? [])].map((r) => r.doctor.id);
    const names = new Map([...(await this.doctors.findByIds(ids))].map(([id, d]) => [id, d.name]));
    return new CommandRefusedException(nameDoctors(reason, names), withDoctorNames(violations, names));
  }

  /**
   * Issue 5: an accepted referral goes to the suggested on-duty AMHP of the team responsible now
   * (EDT out of hours), written with the acceptance in one transaction, through the same
   * allocate_amhp rules as a manual allocation (s114). Nobody on duty: it stays unallocated.
   */
  private async allocateOnAcceptance(loaded: LoadedAssessment, screened: AssessmentState, version: number, now: Date, by: string): Promise<Pick<ChangePlan, 'events' | 'write'> | null> {
    let pick: AutoAllocationPick | null;
    let decision: Decision;
    try {
      pick = await this.allocator.pickOnAcceptance(loaded.referral, now);
      if (!pick) return null;
      const command = await this.builder.build({ type: 'allocate_amhp', body: { amhpId: pick.amhpId, version } }, loaded, now);
      decision = decide(screened, command, { at: now, by });
    } catch (error) {
      // Accepting the referral matters more than allocating it automatically: it waits for a manual allocation.
      this.logger.error({ msg: 'automatic allocation failed; the case stays unallocated', assessmentId: loaded.entity.id, error: safeError(error) });
      return null;
    }
    if (!decision.ok) {
      this.logger.warn({ msg: 'automatic allocation refused; the case stays unallocated', assessmentId: loaded.entity.id, amhpId: pick.amhpId });
      return null;
    }
    return {
      events: decision.events,
      write: (manager) =>
        this.audit.record(manager, {
          action: 'assessment.auto-allocate',
          entityType: 'assessment',
          entityId: loaded.entity.id,
          after: pick,
          subjectReferralId: loaded.referral.id,
        }),
    };
  }
}
