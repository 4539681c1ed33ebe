import type { AuthSource } from '@amhp/contracts';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { ValidationException } from '../../../infra/http/validation.exception';
import { setActorUser } from '../../audit/actor-context';
import { AuditService } from '../../audit/audit.service';
import { SessionEntity } from '../session.entity';
import { OpenedSession, SessionsService } from '../sessions/sessions.service';
import { UserEntity } from '../user.entity';
import { assertPasswordAllowed } from '../users/user-view';
import { PasswordHasher } from './password-hasher';

export interface Origin {
  ip: string | null;
  userAgent: string | null;
}

export interface SignedIn extends OpenedSession {
  user: UserEntity;
}

type Attempt = { ok: true; signedIn: SignedIn } | { ok: false };

/**
 * Local sign-in with lockout, sign-out and password change. Every attempt, good or bad, is
 * audited; the answer to a bad one never says whether the account exists, is locked or is
 * disabled (the administrator's user list shows that).
 */
@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  get refusal(): string {
    const { lockoutThreshold, lockoutMinutes } = this.config.identity;
    return `Email or password not recognised. After ${lockoutThreshold} failed attempts an account is locked for ${lockoutMinutes} minutes.`;
  }

  async signIn(email: string, password: string, origin: Origin, now = new Date()): Promise<SignedIn> {
    // The failure is committed (counter, lock, audit entry) before the refusal is thrown.
    const attempt = await this.dataSource.transaction((manager) => this.attempt(manager, email, password, origin, now));
    if (!attempt.ok) throw new UnauthorizedException(this.refusal);
    return attempt.signedIn;
  }

  private async attempt(manager: EntityManager, email: string, password: string, origin: Origin, now: Date): Promise<Attempt> {
    const user = await manager.findOne(UserEntity, { where: { email }, lock: { mode: 'pessimistic_write' } });
    const matches = await this.hasher.verify(user?.authSource === 'local' ? user.passwordHash : null, password);
    const refuse = async (reason: string, extra: Record<string, unknown> = {}): Promise<Attempt> => {
      await this.audit.record(manager, { action: 'auth.sign-in-failed', entityType: 'user', entityId: user?.id ?? null, after: { email, reason, ...extra } });
      return { ok: false };
    };
    if (!user) return refuse('unknown account');
    if (user.authSource !== 'local') return refuse('account signs in with the identity provider');
    if (user.disabledAt) return refuse('account disabled');
    if (user.lockedUntil && user.lockedUntil > now) return refuse('account locked', { lockedUntil: user.lockedUntil.toISOString() });

    if (!matches) {
      const { lockoutThreshold, lockoutMinutes } = this.config.identity;
      user.failedSignIns += 1;
      const locks = user.failedSignIns >= lockoutThreshold;
      if (locks) {
        user.lockedUntil = new Date(now.getTime() + lockoutMinutes * 60_000);
        user.failedSignIns = 0; // after the lock the user has the full number of attempts again
      }
      await manager.save(user);
      if (locks) {
        await this.audit.record(manager, { action: 'auth.locked', entityType: 'user', entityId: user.id, after: { lockedUntil: user.lockedUntil?.toISOString() } });
      }
      return refuse('wrong password', { failedSignIns: locks ? lockoutThreshold : user.failedSignIns });
    }

    user.failedSignIns = 0;
    user.lockedUntil = null;
    user.lastSignInAt = now;
    if (user.passwordHash && this.hasher.needsRehash(user.passwordHash)) user.passwordHash = await this.hasher.hash(password);
    await manager.save(user);
    return { ok: true, signedIn: await this.openSession(manager, user, 'local', origin, now) };
  }

  /** Opens the session and records the sign-in as the newly signed-in user (local or OIDC). */
  async openSession(manager: EntityManager, user: UserEntity, method: AuthSource, origin: Origin, now = new Date()): Promise<SignedIn> {
    const opened = await this.sessions.open(manager, user, method, origin, now);
    setActorUser({ id: user.id, displayName: user.displayName, roles: user.roles, sessionId: opened.session.id });
    await this.audit.record(manager, { action: 'auth.sign-in', entityType: 'user', entityId: user.id, after: { method, sessionId: opened.session.id } });
    return { ...opened, user };
  }

  async signOut(session: SessionEntity): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, session.id);
      await this.audit.record(manager, { action: 'auth.sign-out', entityType: 'user', entityId: session.userId, after: { sessionId: session.id } });
    });
  }

  /** The signed-in user changes their password; their other sessions end. */
  async changePassword(user: UserEntity, session: SessionEntity, currentPassword: string, newPassword: string): Promise<UserEntity> {
    if (user.authSource !== 'local' || !(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw new ValidationException([{ field: 'currentPassword', message: 'Current password is not right' }]);
    }
    assertPasswordAllowed(newPassword, user, 'newPassword');
    if (newPassword === currentPassword) throw new ValidationException([{ field: 'newPassword', message: 'Choose a password different from the current one' }]);
    const hash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash: hash, mustChangePassword: false, updatedAt: new Date() });
      await manager.delete(SessionEntity, { userId: user.id, id: Not(session.id) });
      await this.audit.record(manager, { action: 'user.change-password', entityType: 'user', entityId: user.id, after: { otherSessionsEnded: true } });
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }
}
