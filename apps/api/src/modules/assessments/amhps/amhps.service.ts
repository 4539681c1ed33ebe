import type { AmhpRegisterView, CreateAmhp, FieldIssue } from '@amhp/contracts';
import { AmhpApproval, approvalInForce, validateWarrant } from '@amhp/domain';
import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { AuditService } from '../../audit/audit.service';
import { warrantOf } from '../../rota/query/rota-mappers';
import { AmhpPastWarrantEntity } from './amhp-past-warrant.entity';
import { toAmhpRegisterView } from './amhp-register.mapper';
import { AmhpTrainingEntity } from './amhp-training.entity';
import { AmhpEntity } from './amhp.entity';
import { approvalOf } from './amhp.mapper';

/** Refusals of a warrant's dates, by field: it cannot end before it starts, nor run beyond five years (s114). */
export function warrantIssues(w: { approvingCouncil: string | null; approvedOn: string; expiresOn: string }, prefix = ''): FieldIssue[] {
  return validateWarrant(warrantOf({ ...w, suspendedFrom: null })).flatMap((error): FieldIssue[] => {
    switch (error) {
      case 'expires-before-approval':
        return [{ field: `${prefix}expiresOn`, message: 'Approval cannot expire before it starts' }];
      case 'longer-than-five-years':
        return [{ field: `${prefix}expiresOn`, message: 'An approval lasts at most five years (s114): the last day is the day before the fifth anniversary' }];
      case 'invalid-date':
        return [{ field: `${prefix}approvedOn`, message: 'Dates must be YYYY-MM-DD' }];
      case 'approving-council-missing':
        return [{ field: `${prefix}approvingCouncil`, message: 'Approving council is required' }];
    }
  });
}

/** The AMHP register: approvals (warrants), teams, linked accounts, availability, training. */
@Injectable()
export class AmhpsService {
  private readonly logger = new Logger(AmhpsService.name);

  constructor(
    @InjectRepository(AmhpEntity) private readonly amhps: Repository<AmhpEntity>,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateAmhp): Promise<AmhpRegisterView> {
    const issues = warrantIssues(input);
    if (issues.length > 0) throw new ValidationException(issues);
    // The answer is read inside the transaction that wrote it: a committed AMHP is never answered as a failure.
    const view = await this.amhps.manager.transaction(async (manager) => {
      const saved = await manager.save(manager.create(AmhpEntity, { ...input, suspendedFrom: input.suspendedFrom ?? null }));
      await this.audit.record(manager, { action: 'amhp.create', entityType: 'amhp', entityId: saved.id, after: saved });
      return this.view(saved.id, manager);
    });
    this.logger.log({ msg: 'AMHP recorded', amhpId: view.id });
    return view;
  }

  async list(now = new Date()): Promise<AmhpRegisterView[]> {
    return this.views(this.amhps.manager, await this.amhps.find({ order: { name: 'ASC' } }), now);
  }

  async view(id: string, manager: EntityManager = this.amhps.manager, now = new Date()): Promise<AmhpRegisterView> {
    const amhp = await manager.findOneBy(AmhpEntity, { id });
    if (!amhp) throw new NotFoundException(`No AMHP with id ${id}`);
    return (await this.views(manager, [amhp], now))[0];
  }

  find(id: string): Promise<AmhpEntity | null> {
    return this.amhps.findOneBy({ id });
  }

  /** The warrants a renewal replaced, newest first (s114: an act is judged against the warrant then in force). */
  async earlierApprovals(id: string, manager: EntityManager = this.amhps.manager): Promise<AmhpApproval[]> {
    const past = await manager.find(AmhpPastWarrantEntity, { where: { amhpId: id }, order: { approvedOn: 'DESC' } });
    return past.map((w) => ({ approvingCouncil: w.approvingCouncil ?? undefined, approvedOn: w.approvedOn, expiresOn: w.expiresOn, suspendedFrom: w.suspendedFrom }));
  }

  /** The approval in force on a day (s114), or the current warrant when none is (the rules then refuse, naming s114). */
  async approvalOn(amhp: AmhpEntity, on: Date): Promise<AmhpApproval> {
    return approvalInForce([approvalOf(amhp), ...(await this.earlierApprovals(amhp.id))], on) ?? approvalOf(amhp);
  }

  private async views(manager: EntityManager, amhps: AmhpEntity[], now: Date): Promise<AmhpRegisterView[]> {
    const ids = amhps.map((a) => a.id);
    if (ids.length === 0) return [];
    const [past, training] = await Promise.all([manager.findBy(AmhpPastWarrantEntity, { amhpId: In(ids) }), manager.findBy(AmhpTrainingEntity, { amhpId: In(ids) })]);
    return amhps.map((a) => toAmhpRegisterView(a, past, training, now));
  }
}
