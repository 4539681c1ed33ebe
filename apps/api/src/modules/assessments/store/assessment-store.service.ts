import { AssessmentEvent, AssessmentState, legalClocks, newAssessment, replay } from '@amhp/domain';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryDeepPartialEntity, QueryFailedError } from 'typeorm';
import { safeError } from '../../../infra/logging/app-logger';
import { RealtimePublisher } from '../../../infra/realtime/realtime-publisher.service';
import { AuditService } from '../../audit/audit.service';
import { ClockService } from '../../clocks/clock.service';
import { ReferralEntity } from '../../referrals/referral.entity';
import { ReferralsService } from '../../referrals/referrals.service';
import { AssessmentEventEntity } from '../assessment-event.entity';
import { AssessmentEntity } from '../assessment.entity';
import { assertOpen } from './assert-open';
import { clockFactsOf, conversionOf, extensionOf } from './clock-facts';
import { encodeData, isLifecycleEvent, lifecycleEvents, NewTimelineEvent } from './event-codec';
import { holdingPowersOf } from './holding-power-records';
import { stateColumns } from './state-columns';

/** An assessment as stored, with its referral, its timeline and the state the domain rebuilds from it. */
export interface LoadedAssessment {
  entity: AssessmentEntity;
  referral: ReferralEntity;
  rows: AssessmentEventEntity[];
  events: AssessmentEvent[];
  state: AssessmentState;
}

/** What one accepted change writes. */
export interface ChangePlan {
  events: NewTimelineEvent[];
  /** Columns that are facts of their own, not a projection of the lifecycle (e.g. when the AMHP saw the person). */
  columns?: Partial<Pick<AssessmentEntity, 'amhpLastSawPersonAt'>>;
  /** Further rows to write in the same transaction (an examination, the relatives...). */
  write?: (manager: EntityManager) => Promise<void>;
}

const PG_UNIQUE_VIOLATION = '23505';

/**
 * The one way an assessment changes. Optimistic concurrency: the caller names the version it
 * saw; in ONE transaction the row is updated only `WHERE version = :v` (a concurrent writer
 * holding the row makes us wait, then find the version moved: 409, nothing written), the events
 * are appended, the projection columns rewritten, the clocks synced (ClockService.syncClocks)
 * and, when the case closes, the referral closed. After commit: timers and the live board.
 */
@Injectable()
export class AssessmentStore {
  private readonly logger = new Logger(AssessmentStore.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clocks: ClockService,
    private readonly referrals: ReferralsService,
    private readonly publisher: RealtimePublisher,
    private readonly audit: AuditService,
  ) {}

  /** One consistent snapshot (REPEATABLE READ): the row's version always matches the events read with it. */
  async load(id: string): Promise<LoadedAssessment> {
    return this.dataSource.transaction('REPEATABLE READ', (manager) => this.loadWith(manager, id));
  }

  private async loadWith(manager: EntityManager, id: string): Promise<LoadedAssessment> {
    const entity = await manager.findOneBy(AssessmentEntity, { id });
    if (!entity) throw new NotFoundException(`No assessment with id ${id}`);
    const [referral, rows] = await Promise.all([
      manager.findOneByOrFail(ReferralEntity, { id: entity.referralId }),
      manager.find(AssessmentEventEntity, { where: { assessmentId: id }, order: { sequence: 'ASC' } }),
    ]);
    const events = lifecycleEvents(rows);
    const state = replay(newAssessment({ receivedAt: referral.receivedAt, nearestRelativeRequest: entity.nearestRelativeRequest }), events);
    return { entity, referral, rows, events, state };
  }

  /** Refuses a stale version before any work is done (the transaction checks again). */
  assertVersion(loaded: LoadedAssessment, version: number): void {
    if (loaded.entity.version !== version) throw staleVersion(loaded.entity, version);
  }

  /**
   * Records facts on a case that must still be open (an examination, a recommendation, the
   * relatives): the plan's timeline events and rows, under the version the user saw.
   */
  recordOnOpenCase(id: string, version: number, plan: ChangePlan, now = new Date()): Promise<void> {
    return this.change(
      id,
      version,
      (loaded) => {
        assertOpen(loaded);
        return plan;
      },
      now,
    );
  }

  async change(id: string, version: number, prepare: (loaded: LoadedAssessment) => ChangePlan | Promise<ChangePlan>, now = new Date()): Promise<void> {
    const before = await this.load(id);
    this.assertVersion(before, version);
    const plan = await prepare(before);
    const added = plan.events.filter((e) => isLifecycleEvent(e.type)) as AssessmentEvent[];
    const events = [...before.events, ...added];
    const state = replay(before.state, added);
    const closes = state.stage === 'closed' && before.state.stage !== 'closed';
    // s11(5) is about the applicant: a newly allocated AMHP has not yet seen the person.
    const reallocated = state.amhp?.amhpId !== before.state.amhp?.amhpId ? { amhpLastSawPersonAt: null } : {};
    try {
      await this.dataSource.transaction(async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .update(AssessmentEntity)
          .set({ ...stateColumns(state, events), ...reallocated, ...plan.columns, updatedAt: now, version: () => 'version + 1' })
          .where('id = :id AND version = :version', { id, version })
          .execute();
        if (!result.affected) throw staleVersion((await manager.findOneBy(AssessmentEntity, { id })) ?? before.entity, version);
        await manager.insert(
          AssessmentEventEntity,
          plan.events.map(
            (e, i): QueryDeepPartialEntity<AssessmentEventEntity> => ({ assessmentId: id, sequence: before.rows.length + i + 1, type: e.type, at: e.at, by: e.by, data: encodeData(e.data) as object }),
          ),
        );
        await plan.write?.(manager);
        await this.audit.record(manager, {
          action: `assessment.${plan.events.map((e) => e.type).join('+')}`,
          entityType: 'assessment',
          entityId: id,
          before: { stage: before.state.stage, version },
          after: { stage: state.stage, version: version + 1, events: plan.events.map((e) => ({ type: e.type, at: e.at })) },
          subjectReferralId: before.referral.id,
        });
        // The s136B extension, the s4(4) conversion and the s5(4) → s5(2) sequence are timeline records, read from the rows with the ones being written.
        const timeline = [...before.rows, ...plan.events];
        const facts = clockFactsOf(before.referral, state, events, extensionOf(timeline), conversionOf(timeline), holdingPowersOf(before.referral, timeline));
        await this.clocks.syncClocks(manager, id, legalClocks(facts));
        if (closes) await this.referrals.closeForAssessment(manager, before.referral.id, closingReason(state), now);
      });
    } catch (error) {
      // Two writers that both passed the version check collide on the event sequence: the loser gets 409.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === PG_UNIQUE_VIOLATION && String(error.message).includes('assessment_events_sequence_uq')) {
        throw staleVersion(before.entity, version);
      }
      throw error;
    }
    this.logger.log({ msg: 'assessment changed', assessmentId: id, events: plan.events.map((e) => e.type), stage: state.stage });
    await this.afterCommit(before.entity, before.referral.id, state, closes, now);
  }

  /** Timers and the live board; the change is saved, so failures here are repaired by the worker's rebuild and the board's re-sync. */
  private async afterCommit(entity: AssessmentEntity, referralId: string, state: AssessmentState, closed: boolean, now: Date): Promise<void> {
    try {
      await this.clocks.scheduleTimers(entity.id);
    } catch (error) {
      this.logger.error({ msg: 'clock timers not scheduled; the worker rebuild will add them', assessmentId: entity.id, error: safeError(error) });
    }
    await this.publisher.publish('assessment.updated', {
      id: entity.id,
      referralId,
      stage: state.stage,
      version: entity.version + 1,
      updatedAt: now.toISOString(),
    });
    if (closed) await this.referrals.afterClosedForAssessment(referralId);
    // The board row (stage, clocks, allocation) goes with it, so that boards need not ask for it.
    else await this.publisher.publish('referral.upserted', await this.referrals.boardRow(referralId));
  }
}

function staleVersion(current: AssessmentEntity, version: number): ConflictException {
  return new ConflictException(
    `This assessment was changed by someone else (you had version ${version}, it is now ${current.version}): reload it and try again. Nothing was changed.`,
  );
}

function closingReason(state: AssessmentState): string {
  return state.withdrawal ? `Assessment withdrawn: ${state.withdrawal.reason}` : 'Assessment closed';
}
