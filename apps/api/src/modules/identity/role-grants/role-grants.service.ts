import type { Role, RoleGrantView } from '@amhp/contracts';
import { clinicalRolesGranted } from '@amhp/contracts';
import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { currentActor } from '../../audit/actor-context';
import { AuditService } from '../../audit/audit.service';
import { UserEntity } from '../user.entity';
import { RoleGrantEntity } from './role-grant.entity';

export interface RoleChange {
  user: Pick<UserEntity, 'id'>;
  before: readonly Role[];
  after: readonly Role[];
  source: RoleGrantEntity['source'];
}

/**
 * Grants of a clinical role to an account: recorded (and audited) in the transaction that makes
 * them, and listed for service leads until one of them has reviewed each. An administrator
 * could otherwise give an account (their own included, through another administrator or a new
 * account) access to case records unseen.
 */
@Injectable()
export class RoleGrantsService {
  private readonly logger = new Logger(RoleGrantsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Inside the caller's transaction: records the grant when the change adds a clinical role; nothing otherwise. */
  async recordIfGranted(manager: EntityManager, change: RoleChange, now = new Date()): Promise<void> {
    const granted = clinicalRolesGranted(change.before, change.after);
    if (granted.length === 0) return;
    const actor = change.source === 'administrator' ? currentActor()?.user : null;
    const grant = await manager.save(
      manager.create(RoleGrantEntity, {
        userId: change.user.id,
        grantedRoles: granted,
        rolesBefore: [...change.before],
        rolesAfter: [...change.after],
        source: change.source,
        grantedByUserId: actor?.id ?? null,
        grantedByName: actor?.displayName ?? null,
        grantedAt: now,
        reviewedAt: null,
        reviewedByUserId: null,
        reviewedByName: null,
      }),
    );
    await this.audit.record(manager, {
      action: 'user.clinical-role-granted',
      entityType: 'user',
      entityId: change.user.id,
      before: { roles: change.before },
      after: { roles: change.after, granted, source: change.source, roleGrantId: grant.id },
    });
    this.logger.warn({ msg: 'clinical role granted; service leads will review it', userId: change.user.id, roles: granted, source: change.source });
  }

  /** Unreviewed grants first (oldest first), then the last `recent` reviewed ones. */
  async list(recent = 20): Promise<RoleGrantView[]> {
    const repo = this.dataSource.getRepository(RoleGrantEntity);
    const [pending, reviewed] = await Promise.all([
      repo.find({ where: { reviewedAt: IsNull() }, relations: { user: true }, order: { grantedAt: 'ASC' } }),
      repo.createQueryBuilder('g').leftJoinAndSelect('g.user', 'user').where('g.reviewed_at IS NOT NULL').orderBy('g.reviewed_at', 'DESC').limit(recent).getMany(),
    ]);
    return [...pending, ...reviewed].map(toRoleGrantView);
  }

  /** A service lead has seen the grant (and dealt with it, e.g. asked for it to be removed). */
  async review(id: string, reviewer: Pick<UserEntity, 'id' | 'displayName'>, now = new Date()): Promise<RoleGrantView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOne(RoleGrantEntity, { where: { id }, relations: { user: true }, lock: { mode: 'pessimistic_write', tables: ['role_grants'] } });
      if (!before) throw new NotFoundException(`No role grant with id ${id}`);
      if (before.reviewedAt) return toRoleGrantView(before);
      await manager.update(RoleGrantEntity, { id }, { reviewedAt: now, reviewedByUserId: reviewer.id, reviewedByName: reviewer.displayName });
      const after = await manager.findOneOrFail(RoleGrantEntity, { where: { id }, relations: { user: true } });
      await this.audit.record(manager, { action: 'role-grant.review', entityType: 'role-grant', entityId: id, before: { reviewedAt: null }, after: { reviewedAt: now } });
      return toRoleGrantView(after);
    });
  }
}

function toRoleGrantView(g: RoleGrantEntity): RoleGrantView {
  return {
    id: g.id,
    user: { id: g.userId, displayName: g.user?.displayName ?? '', email: g.user?.email ?? '' },
    grantedRoles: g.grantedRoles,
    rolesBefore: g.rolesBefore,
    rolesAfter: g.rolesAfter,
    source: g.source,
    grantedBy: g.source === 'administrator' ? { id: g.grantedByUserId, displayName: g.grantedByName ?? 'unknown' } : null,
    grantedAt: g.grantedAt.toISOString(),
    reviewedAt: g.reviewedAt?.toISOString() ?? null,
    reviewedBy: g.reviewedByName,
  };
}
