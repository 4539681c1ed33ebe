import type { AuthSource, SessionUser, SessionView } from '@amhp/contracts';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { SessionEntity } from '../session.entity';
import { UserEntity } from '../user.entity';
import { hashToken, newToken } from './session-tokens';

/** How often a busy session's last_seen_at is written: once a minute is plenty for the idle rule. */
const TOUCH_EVERY_MS = 60_000;

export interface ResolvedSession {
  session: SessionEntity;
  user: UserEntity;
}

export interface OpenedSession {
  token: string;
  session: SessionEntity;
}

/**
 * Server-side sessions in PostgreSQL. A session is valid while its user is enabled, its
 * absolute expiry has not passed and it has seen a request within the idle limit.
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
  ) {}

  get idleMs(): number {
    return this.config.identity.sessionIdleMinutes * 60_000;
  }

  /** Opens a session (a fresh token every sign-in: no session fixation). */
  async open(
    manager: EntityManager,
    user: UserEntity,
    method: AuthSource,
    origin: { ip: string | null; userAgent: string | null },
    now = new Date(),
  ): Promise<OpenedSession> {
    const token = newToken();
    const session = await manager.save(
      manager.create(SessionEntity, {
        tokenHash: hashToken(token),
        userId: user.id,
        csrfToken: newToken(),
        authMethod: method,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.config.identity.sessionAbsoluteHours * 3600_000),
        ip: origin.ip,
        userAgent: origin.userAgent?.slice(0, 300) ?? null,
      }),
    );
    // Housekeeping at each sign-in: sessions that have ended (absolute or idle) are removed.
    await manager.delete(SessionEntity, { expiresAt: LessThan(now) });
    await manager.delete(SessionEntity, { lastSeenAt: LessThan(new Date(now.getTime() - this.idleMs)) });
    return { token, session };
  }

  /** The live session a cookie token names, with its user; null when there is none. */
  async resolve(token: string | undefined, now = new Date()): Promise<ResolvedSession | null> {
    if (!token || token.length > 100) return null;
    const session = await this.sessions.findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    if (!session?.user) return null;
    if (!this.isLive(session, session.user, now)) {
      await this.sessions.delete({ id: session.id });
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: now });
      session.lastSeenAt = now;
    }
    return { session, user: session.user };
  }

  isLive(session: SessionEntity, user: UserEntity, now = new Date()): boolean {
    return !user.disabledAt && session.expiresAt > now && now.getTime() - session.lastSeenAt.getTime() < this.idleMs;
  }

  /** Which of these sessions are still live (sockets re-check theirs now and then). */
  async liveIds(ids: string[], now = new Date()): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.sessions
      .createQueryBuilder('s')
      .innerJoin('s.user', 'u')
      .select('s.id', 'id')
      .where('s.id IN (:...ids)', { ids })
      .andWhere('s.expiresAt > :now', { now })
      .andWhere('s.lastSeenAt > :idleSince', { idleSince: new Date(now.getTime() - this.idleMs) })
      .andWhere('u.disabledAt IS NULL')
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  async end(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(SessionEntity, { id: sessionId });
  }

  /** Signs a user out everywhere (disabled, password reset). */
  async endAllFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(SessionEntity, { userId });
  }

  view(session: SessionEntity, user: UserEntity): SessionView {
    return {
      user: sessionUser(user),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
      idleMinutes: this.config.identity.sessionIdleMinutes,
      mustChangePassword: user.mustChangePassword,
    };
  }
}

export function sessionUser(user: UserEntity): SessionUser {
  return { id: user.id, email: user.email, displayName: user.displayName, roles: [...user.roles], authSource: user.authSource };
}
