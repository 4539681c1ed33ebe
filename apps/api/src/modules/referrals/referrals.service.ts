import { boardRowBaseOf, ClockView, CloseReferral, CreateReferral, ReferralView } from '@amhp/contracts';
import type { BoardRowBase } from '@amhp/contracts';
import { compareForBoard, referralDeadline, URGENCY_RANK } from '@amhp/domain';
import { ConflictException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { RealtimePublisher } from '../../infra/realtime/realtime-publisher.service';
import { AmhpEntity } from '../assessments/amhps/amhp.entity';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { openAssessment } from '../assessments/store/open-assessment';
import { AuditService } from '../audit/audit.service';
import { ClockService } from '../clocks/clock.service';
import { ReferralEntity } from './referral.entity';
import { referralColumns, toReferralView } from './referral.mapper';
import { formatReferralReference } from './referral-reference';
import { DutyTeamOf, ReferralTeamsService } from './referral-teams.service';
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
    private readonly clocks: ClockService,
    private readonly audit: AuditService,
    private readonly teams: ReferralTeamsService,
  ) {}

  /**
   * Records a referral, starts its deadline timer (if its legal situation has a clock) and tells
   * the board. The answer is built inside the transaction from what it wrote: once the referral
   * is committed, nothing that follows (timers, the board) can turn its answer into a failure.
   */
  async create(input: CreateReferral, now = new Date()): Promise<ReferralView> {
    const columns = referralColumns(input);
    const deadline = referralDeadline(columns.legalSituation, columns.clockStartedAt);
    // Checked first, so that a refused team does not use up a reference number.
    const teamId = await this.teams.intakeTeam(this.referrals.manager, input.teamId);
    const dutyTeamOf = await this.teams.dutyTeams(now);
    const [{ n }] = (await this.referrals.query(`SELECT nextval('referral_reference_seq')::int AS n`)) as { n: number }[];
    // The referral and its assessment (with the clock of the power on referral) commit together.
    const view = await this.referrals.manager.transaction(async (manager) => {
      const referral = await manager.save(
        manager.create(ReferralEntity, {
          ...columns,
          teamId,
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
      const assessment = await openAssessment(manager, this.clocks, referral, now);
      await this.audit.record(manager, { action: 'referral.create', entityType: 'referral', entityId: referral.id, after: referral, subjectReferralId: referral.id });
      const clocks = await this.clocks.clocksOf([assessment.id], now, manager);
      return withTeams(withAssessment(toReferralView(referral), assessment, clocks), referral, null, dutyTeamOf);
    });
    this.logger.log({ msg: 'referral recorded', referralId: view.id, reference: view.reference, situation: view.legal.situation });
    await this.timer.scheduleOrWarn(view);
    await this.publisher.publish('referral.upserted', boardRowBaseOf(view));
    return view;
  }

  /**
   * Open referrals in the board's order (libs/domain compareForBoard), whole: for the API's own
   * use. What a user receives is a board row for their role (BoardRowsService).
   */
  async listOpen(): Promise<ReferralView[]> {
    // The database already sorts by the same rule (and can use the partial index); the
    // domain's comparator has the last word so there is one definition of the order.
    const { entities: open, raw } = await this.referrals
      .createQueryBuilder('r')
      .leftJoin(AssessmentEntity, 'a', 'a.referral_id = r.id')
      .addSelect(['a.id', 'a.stage', 'a.version'])
      .leftJoin(AmhpEntity, 'm', 'm.id = a.amhp_id')
      .addSelect(['m.id', 'm.name'])
      .where(`r.status = 'open'`)
      .orderBy('r.deadlineExpiresAt', 'ASC', 'NULLS LAST')
      .addOrderBy(URGENCY_RANK_SQL, 'ASC')
      .addOrderBy('r.receivedAt', 'ASC')
      .getRawAndEntities();
    const rows = raw as ListedRow[];
    const assessments = new Map(rows.filter((row) => row.a_id).map((row) => [row.r_id, { id: row.a_id!, stage: row.a_stage!, version: row.a_version! }]));
    const amhps = new Map(rows.filter((row) => row.m_id).map((row) => [row.r_id, { id: row.m_id!, name: row.m_name! }]));
    const [clocks, dutyTeamOf] = await Promise.all([this.clocks.clocksOf([...assessments.values()].map((a) => a.id)), this.teams.dutyTeams()]);
    return open.sort(compareForBoard).map((r) => withTeams(withAssessment(toReferralView(r), assessments.get(r.id), clocks), r, amhps.get(r.id) ?? null, dutyTeamOf));
  }

  /** A person's details were opened: the read is audited (issue 4), then the referral returned. */
  async read(id: string): Promise<ReferralView> {
    const view = await this.get(id);
    await this.audit.recordNow({ action: 'referral.read', entityType: 'referral', entityId: id, subjectReferralId: id });
    return view;
  }

  async get(id: string): Promise<ReferralView> {
    const referral = await this.load(id);
    const assessment = await this.referrals.manager.findOne(AssessmentEntity, { where: { referralId: id }, select: { id: true, stage: true, version: true, amhpId: true } });
    const clocks = assessment ? await this.clocks.clocksOf([assessment.id]) : new Map<string, ClockView[]>();
    const amhp = assessment?.amhpId ? await this.referrals.manager.findOne(AmhpEntity, { where: { id: assessment.amhpId }, select: { id: true, name: true } }) : null;
    return withTeams(withAssessment(toReferralView(referral), assessment ?? undefined, clocks), referral, amhp, await this.teams.dutyTeams());
  }

  /** The referral's board row without the person's details: what is published to the board. */
  async boardRow(id: string): Promise<BoardRowBase> {
    return boardRowBaseOf(await this.get(id));
  }

  /**
   * The referral's assessment was closed or withdrawn (issue 3): inside that change's transaction
   * the referral closes too, so it leaves the board. Call afterClosedForAssessment after commit.
   */
  async closeForAssessment(manager: EntityManager, id: string, reason: string, now: Date): Promise<void> {
    const before = await manager.findOneBy(ReferralEntity, { id });
    await manager
      .createQueryBuilder()
      .update(ReferralEntity)
      .set({ status: 'closed', closedAt: now, closedReason: reason, updatedAt: now, version: () => 'version + 1' })
      .where(`id = :id AND status = 'open'`, { id })
      .execute();
    const after = await manager.findOneBy(ReferralEntity, { id });
    if (before?.status === 'open') {
      await this.audit.record(manager, { action: 'referral.close', entityType: 'referral', entityId: id, before, after, subjectReferralId: id });
    }
  }

  async afterClosedForAssessment(id: string): Promise<void> {
    this.logger.log({ msg: 'referral closed with its assessment', referralId: id });
    await this.timer.cancelOrWarn({ id });
    await this.publisher.publish('referral.closed', { id });
  }

  /**
   * Closes a referral if nobody changed it since the caller read `version` (optimistic
   * concurrency: a stale version is refused with 409 and nothing changes).
   */
  async close(id: string, { reason, version }: CloseReferral, now = new Date()): Promise<ReferralView> {
    // The change and its audit entry (before and after) commit together.
    const closed = await this.referrals.manager.transaction(async (manager) => {
      const before = await manager.findOne(ReferralEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException(`No referral with id ${id}`);
      if (before.status === 'closed') throw new ConflictException(`Referral ${before.reference} is already closed`);
      if (before.version !== version) {
        throw new ConflictException(
          `Referral ${before.reference} was changed by someone else (you had version ${version}, it is now ${before.version}): reload it and try again`,
        );
      }
      await manager.update(ReferralEntity, { id }, { status: 'closed', closedAt: now, closedReason: reason, updatedAt: now, version: before.version + 1 });
      const after = await manager.findOneByOrFail(ReferralEntity, { id });
      await this.audit.record(manager, { action: 'referral.close', entityType: 'referral', entityId: id, before, after, subjectReferralId: id });
      return after;
    });
    this.logger.log({ msg: 'referral closed', referralId: id, reference: closed.reference });
    await this.timer.cancelOrWarn(closed);
    await this.publisher.publish('referral.closed', { id });
    return this.get(closed.id);
  }

  private async load(id: string): Promise<ReferralEntity> {
    const referral = await this.referrals.findOneBy({ id });
    if (!referral) throw new NotFoundException(`No referral with id ${id}`);
    return referral;
  }
}

interface ListedRow {
  r_id: string;
  a_id: string | null;
  a_stage: AssessmentEntity['stage'] | null;
  a_version: number | null;
  m_id: string | null;
  m_name: string | null;
}

/** Issue 5: the referral's day team, the team responsible now (EDT out of hours) and the allocated AMHP. */
function withTeams(view: ReferralView, referral: ReferralEntity, amhp: { id: string; name: string } | null, dutyTeamOf: DutyTeamOf): ReferralView {
  return { ...view, teamId: referral.teamId, dutyTeam: dutyTeamOf(referral.teamId), allocatedAmhp: amhp ? { id: amhp.id, name: amhp.name } : null };
}

/** The board's view of a referral's assessment: its stage and its most urgent clock (the running one that expires first). */
function withAssessment(view: ReferralView, assessment: Pick<AssessmentEntity, 'id' | 'stage' | 'version'> | undefined, clocks: Map<string, ClockView[]>): ReferralView {
  if (!assessment) return view;
  const running = (clocks.get(assessment.id) ?? []).filter((c) => c.status !== 'ended');
  const mostUrgentClock = running.reduce<ClockView | null>((best, c) => (!best || Date.parse(c.expiresAt) < Date.parse(best.expiresAt) ? c : best), null);
  return { ...view, assessmentId: assessment.id, assessmentVersion: assessment.version, stage: assessment.stage, mostUrgentClock };
}
