import type { CreateUser, Role, UpdateUser, UserView } from '@amhp/contracts';
import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ValidationException } from '../../../infra/http/validation.exception';
import { AuditService } from '../../audit/audit.service';
import { SocketAccess } from '../realtime/socket-access.service';
import { RoleGrantsService } from '../role-grants/role-grants.service';
import { SessionsService } from '../sessions/sessions.service';
import { PasswordHasher } from '../sign-in/password-hasher';
import { UserEntity } from '../user.entity';
import { assertPasswordAllowed, auditedUser, toUserView } from './user-view';

/**
 * Administering accounts (administrators): every change is audited with before and after,
 * in the same transaction. Accounts are disabled, never deleted.
 */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly sockets: SocketAccess,
    private readonly roleGrants: RoleGrantsService,
  ) {}

  async list(): Promise<UserView[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { displayName: 'ASC' } });
    return users.map((u) => toUserView(u));
  }

  /** Names for the audit search's user filter (service leads): no account details. */
  async directory(): Promise<{ id: string; displayName: string; email: string }[]> {
    const users = await this.dataSource.getRepository(UserEntity).find({ order: { displayName: 'ASC' }, select: { id: true, displayName: true, email: true } });
    return users.map(({ id, displayName, email }) => ({ id, displayName, email }));
  }

  async create(input: CreateUser): Promise<UserView> {
    assertPasswordAllowed(input.password, input);
    const passwordHash = await this.hasher.hash(input.password);
    // An email already in use is refused by the unique constraint (users_email_uq), answered
    // with 409 naming email: no check first, which two requests at once would both pass.
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(
        manager.create(UserEntity, {
          email: input.email,
          displayName: input.displayName,
          roles: input.roles,
          authSource: 'local',
          passwordHash,
          // A password the administrator chose is known to two people: the user replaces it.
          mustChangePassword: true,
        }),
      );
      await this.audit.record(manager, { action: 'user.create', entityType: 'user', entityId: user.id, after: auditedUser(user) });
      await this.roleGrants.recordIfGranted(manager, { user, before: [], after: user.roles, source: 'administrator' });
      return toUserView(user);
    });
  }

  async update(id: string, change: UpdateUser, actingUserId: string): Promise<UserView> {
    return this.change(id, 'user.update', async (manager, user) => {
      if (change.roles) {
        if (user.authSource === 'oidc') {
          throw new ValidationException([{ field: 'roles', message: 'This account’s roles come from the council’s identity provider groups' }]);
        }
        // Nobody changes their own roles: an administrator could otherwise open case records unseen.
        if (user.id === actingUserId && !sameRoles(user.roles, change.roles)) {
          throw new ForbiddenException('You cannot change your own roles: ask another administrator');
        }
        await this.keepAnAdministrator(manager, user, change.roles);
        await this.roleGrants.recordIfGranted(manager, { user, before: user.roles, after: change.roles, source: 'administrator' });
        user.roles = change.roles;
      }
      if (change.displayName) user.displayName = change.displayName;
    });
  }

  async disable(id: string, actingUserId: string): Promise<UserView> {
    if (id === actingUserId) throw new ForbiddenException('You cannot disable your own account');
    const view = await this.change(id, 'user.disable', async (manager, user) => {
      await this.keepAnAdministrator(manager, user, []);
      user.disabledAt ??= new Date();
      await this.sessions.endAllFor(manager, user.id);
    });
    this.sockets.disconnect({ userId: id });
    return view;
  }

  enable(id: string): Promise<UserView> {
    return this.change(id, 'user.enable', async (_manager, user) => {
      user.disabledAt = null;
    });
  }

  unlock(id: string): Promise<UserView> {
    return this.change(id, 'user.unlock', async (_manager, user) => {
      user.failedSignIns = 0;
      user.lockedUntil = null;
    });
  }

  /** Sets a password the user must change at their next sign-in; ends their sessions. */
  async resetPassword(id: string, password: string): Promise<UserView> {
    const hash = await this.hasher.hash(password);
    return this.change(id, 'user.reset-password', async (manager, user) => {
      if (user.authSource === 'oidc') throw new ConflictException('This account signs in with the council’s identity provider: it has no password here');
      assertPasswordAllowed(password, user);
      user.passwordHash = hash;
      user.mustChangePassword = true;
      user.failedSignIns = 0;
      user.lockedUntil = null;
      await this.sessions.endAllFor(manager, user.id);
    });
  }

  /** Loads the user for update, applies `apply`, saves, and audits before and after. */
  private async change(id: string, action: string, apply: (manager: EntityManager, user: UserEntity) => Promise<void>): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException(`No user with id ${id}`);
      const before = auditedUser(user);
      await apply(manager, user);
      user.updatedAt = new Date();
      const saved = await manager.save(user);
      await this.audit.record(manager, { action, entityType: 'user', entityId: id, before, after: auditedUser(saved) });
      return toUserView(saved);
    });
  }

  /** The service must always have an enabled administrator, or nobody could manage users. */
  private async keepAnAdministrator(manager: EntityManager, user: UserEntity, nextRoles: Role[]): Promise<void> {
    if (!user.roles.includes('administrator') || nextRoles.includes('administrator') || user.disabledAt) return;
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM users WHERE 'administrator' = ANY(roles) AND disabled_at IS NULL AND id <> $1`,
      [user.id],
    )) as { count: number }[];
    if (count === 0) throw new ConflictException('This is the last enabled administrator: make someone else an administrator first');
  }
}

function sameRoles(a: readonly Role[], b: readonly Role[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}
