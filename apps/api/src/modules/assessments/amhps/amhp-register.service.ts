import { can } from '@amhp/contracts';
import type { AmhpAvailability, AmhpRegisterView, AmhpTrainingView, ApprovalAlertView, CreateTrainingEntry, FieldIssue, UpdateAmhp } from '@amhp/contracts';
import { DEFAULT_TRAINING_HOURS_PER_YEAR, approvalAlerts, trainingByApprovalYear, trainingThisApprovalYear } from '@amhp/domain';
import { ForbiddenException, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../../identity/user.entity';
import { amhpOf } from '../../rota/query/rota-mappers';
import { RotaChanges } from '../../rota/revision/rota-changes.service';
import { RotaQueryService } from '../../rota/rota-query.service';
import { TeamEntity } from '../../rota/teams/team.entity';
import { AmhpPastWarrantEntity } from './amhp-past-warrant.entity';
import { toApprovalYearView, toTrainingEntryView, trainingRecordOf, warrantToday } from './amhp-register.mapper';
import { AmhpTrainingEntity } from './amhp-training.entity';
import { AmhpEntity } from './amhp.entity';
import { AmhpsService, warrantIssues } from './amhps.service';

/** Who is asking: their user id and roles (managers see and log anyone's training, an AMHP their own). */
export interface Caller {
  userId: string;
  roles: UserEntity['roles'];
}

/**
 * Changes to the AMHP register beyond recording one: renewing or correcting a warrant (up to
 * five years, s114), suspension, team and linked account (rota changes: the revision is
 * bumped and boards told), training, and the AMHP's own availability.
 */
@Injectable()
export class AmhpRegisterService {
  private readonly logger = new Logger(AmhpRegisterService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly amhps: AmhpsService,
    private readonly changes: RotaChanges,
    private readonly rota: RotaQueryService,
    private readonly audit: AuditService,
  ) {}

  update(id: string, body: UpdateAmhp): Promise<AmhpRegisterView> {
    return this.changes.apply('amhp.update', async (m) => {
      const before = await m.findOne(AmhpEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException(`No AMHP with id ${id}`);
      await this.check(m, id, body);
      const changes: Partial<AmhpEntity> = {};
      if (body.warrant) {
        // A warrant starting later is a renewal: the old one is kept for the past rota. Otherwise it corrects the current one.
        if (body.warrant.approvedOn > before.approvedOn) {
          await m.insert(AmhpPastWarrantEntity, { amhpId: id, approvingCouncil: before.approvingCouncil, approvedOn: before.approvedOn, expiresOn: before.expiresOn, suspendedFrom: before.suspendedFrom });
        }
        Object.assign(changes, { ...body.warrant, suspendedFrom: null });
      }
      for (const key of ['name', 'suspendedFrom', 'team', 'teamId', 'userId'] as const) if (body[key] !== undefined) Object.assign(changes, { [key]: body[key] });
      await m.update(AmhpEntity, { id }, changes);
      const after = await m.findOneByOrFail(AmhpEntity, { id });
      const teamIds = (await m.find(TeamEntity, { select: { id: true } })).map((t) => t.id);
      return { result: await this.amhps.view(id, m), audit: { action: 'amhp.update', entityType: 'amhp', entityId: id, before, after }, teamIds };
    });
  }

  async training(id: string, caller: Caller, now = new Date()): Promise<AmhpTrainingView> {
    const amhp = await this.readable(id, caller);
    return this.trainingView(this.dataSource.manager, amhp, now);
  }

  async addTraining(id: string, body: CreateTrainingEntry, caller: Caller, now = new Date()): Promise<AmhpTrainingView> {
    const amhp = await this.readable(id, caller);
    const view = await this.dataSource.transaction(async (m) => {
      const saved = await m.save(m.create(AmhpTrainingEntity, { amhpId: id, completedOn: body.completedOn, hours: body.hours.toFixed(2), title: body.title, createdBy: caller.userId }));
      await this.audit.record(m, { action: 'amhp.training-add', entityType: 'amhp', entityId: id, after: saved });
      return this.trainingView(m, amhp, now);
    });
    this.logger.log({ msg: 'AMHP training logged', amhpId: id });
    return view;
  }

  /** Approvals expiring within `days` (default 90) or lapsed, soonest first; a renewal in force clears the warning. */
  async approvalAlerts(days: number, now = new Date()): Promise<ApprovalAlertView[]> {
    const [amhps, rows] = await Promise.all([this.rota.amhpsForRota(), this.dataSource.manager.find(AmhpEntity, { select: { id: true, name: true } })]);
    const names = new Map(rows.map((r) => [r.id, r.name]));
    return approvalAlerts(amhps, now, days).map((a) => ({
      amhpId: a.amhpId,
      amhpName: names.get(a.amhpId) ?? '',
      approvingCouncil: a.approvingCouncil,
      state: a.state,
      expiresOn: a.expiresOn,
      daysUntilExpiry: a.daysUntilExpiry,
    }));
  }

  /** The signed-in AMHP says whether they can take work (allocation reads it). */
  async setMyAvailability(userId: string, availability: AmhpAvailability): Promise<AmhpRegisterView> {
    const view = await this.dataSource.transaction(async (m) => {
      const before = await m.findOne(AmhpEntity, { where: { userId }, lock: { mode: 'pessimistic_write' } });
      if (!before) throw new NotFoundException('Your account is not linked to an AMHP on the register: ask a service lead to link it');
      await m.update(AmhpEntity, { id: before.id }, { availability });
      const after = await m.findOneByOrFail(AmhpEntity, { id: before.id });
      await this.audit.record(m, { action: 'amhp.availability', entityType: 'amhp', entityId: before.id, before, after });
      return this.amhps.view(before.id, m);
    });
    this.logger.log({ msg: 'AMHP availability set', amhpId: view.id, availability });
    return view;
  }

  private async check(m: EntityManager, id: string, body: UpdateAmhp): Promise<void> {
    const issues: FieldIssue[] = body.warrant ? warrantIssues(body.warrant, 'warrant.') : [];
    if (body.teamId && !(await m.existsBy(TeamEntity, { id: body.teamId }))) issues.push({ field: 'teamId', message: `No team with id ${body.teamId}` });
    if (body.userId) {
      if (!(await m.existsBy(UserEntity, { id: body.userId }))) issues.push({ field: 'userId', message: `No user with id ${body.userId}` });
      else if (await m.existsBy(AmhpEntity, { userId: body.userId, id: Not(id) })) issues.push({ field: 'userId', message: 'This account is already linked to another AMHP' });
    }
    if (issues.length > 0) throw new ValidationException(issues);
  }

  /** Rota managers read anyone's training; an AMHP their own. */
  private async readable(id: string, caller: Caller): Promise<AmhpEntity> {
    const amhp = await this.dataSource.manager.findOneBy(AmhpEntity, { id });
    if (!amhp) throw new NotFoundException(`No AMHP with id ${id}`);
    if (!can(caller.roles, 'rota.manage') && amhp.userId !== caller.userId) throw new ForbiddenException('You can see and log your own training only');
    return amhp;
  }

  private async trainingView(m: EntityManager, amhp: AmhpEntity, now: Date): Promise<AmhpTrainingView> {
    const [entries, past] = await Promise.all([m.find(AmhpTrainingEntity, { where: { amhpId: amhp.id }, order: { completedOn: 'DESC', createdAt: 'DESC' } }), m.findBy(AmhpPastWarrantEntity, { amhpId: amhp.id })]);
    const warrant = warrantToday(amhpOf(amhp, past), now);
    const records = entries.map(trainingRecordOf);
    const thisYear = trainingThisApprovalYear(warrant, records, now);
    return {
      amhpId: amhp.id,
      requiredHoursPerYear: DEFAULT_TRAINING_HOURS_PER_YEAR,
      thisYear: thisYear ? toApprovalYearView(thisYear) : null,
      years: trainingByApprovalYear(warrant, records, now).map(toApprovalYearView),
      entries: entries.map(toTrainingEntryView),
    };
  }
}
