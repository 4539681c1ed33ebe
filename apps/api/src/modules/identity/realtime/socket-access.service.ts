import type { Role, ServerEventName } from '@amhp/contracts';
import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { Server, Socket } from 'socket.io';
import { AppConfig } from '../../../config/app-config';
import { safeError } from '../../../infra/logging/app-logger';
import { cookieNames, parseCookieHeader } from '../sessions/session-cookies';
import { SessionsService } from '../sessions/sessions.service';
import { ByAudienceEvent, mayEmit, roleRoom, roomsFor, sessionRoom, splitRoomsFor, userRoom } from './event-audience';

/** What a socket was authenticated as at its handshake. */
export interface SocketAuth {
  userId: string;
  sessionId: string;
  roles: readonly Role[];
}

/** How often connected sockets' sessions are re-checked (expiry, sign-out elsewhere, disabled). */
const SWEEP_MS = 30_000;

/**
 * socket.io access: the handshake must carry a live session cookie (from an allowed origin),
 * the socket joins one room per role (events go to the rooms of the roles allowed to see them)
 * and every message it sends is checked against CLIENT_EVENT_POLICY. Sockets whose session
 * ends are disconnected within SWEEP_MS.
 */
@Injectable()
export class SocketAccess implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SocketAccess.name);
  private sweeper?: NodeJS.Timeout;
  private server?: Server;

  constructor(
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  /** Installs the handshake check and the per-message policy on a server. */
  protect(server: Server): void {
    this.server = server;
    server.use((socket, next) => {
      this.authenticate(socket).then(
        (error) => next(error ?? undefined),
        (error: unknown) => {
          this.logger.error({ msg: 'socket authentication failed', error: safeError(error) });
          next(new Error('unauthorized'));
        },
      );
    });
    server.on('connection', (socket) => {
      const auth = socket.data.auth as SocketAuth | undefined;
      if (!auth) return void socket.disconnect(true);
      // A recovered connection gets its old rooms back: drop role rooms the user no longer has.
      const rooms = [sessionRoom(auth.sessionId), userRoom(auth.userId), ...auth.roles.map(roleRoom)];
      for (const room of socket.rooms) if (room !== socket.id && !rooms.includes(room)) void socket.leave(room);
      void socket.join(rooms);
      socket.use(([event], next) => {
        next(mayEmit(String(event), auth.roles) ? undefined : new Error('forbidden'));
      });
    });
    this.sweeper = setInterval(() => void this.sweep(server), SWEEP_MS);
    this.sweeper.unref();
  }

  /** Where an event goes: the rooms of the roles allowed to see it (none: nobody). */
  audience<S extends Server>(server: S, event: ServerEventName): ReturnType<S['to']> | S {
    return server.to(roomsFor(event)) as ReturnType<S['to']>;
  }

  /**
   * Where each copy of a BY_AUDIENCE event goes: the case readers' rooms, and the rest of its
   * audience except anyone also in a case reader's room (who gets the case reader's copy only).
   * Null for a copy nobody is to get (socket.io would send an emit to no room to everyone).
   */
  audiences<S extends Server>(server: S, event: ByAudienceEvent): { caseReaders: ReturnType<S['to']> | null; others: ReturnType<S['to']> | null } {
    const { caseReaders, others } = splitRoomsFor(event);
    return {
      caseReaders: caseReaders.length ? (server.to(caseReaders) as ReturnType<S['to']>) : null,
      others: others.length ? (server.to(others).except(caseReaders) as ReturnType<S['to']>) : null,
    };
  }

  /**
   * Disconnects this instance's sockets of a session that just ended (sign-out) or of a user
   * just disabled; other instances' sockets go at their next sweep.
   */
  disconnect(target: { sessionId: string } | { userId: string }): void {
    this.server?.in('sessionId' in target ? sessionRoom(target.sessionId) : userRoom(target.userId)).disconnectSockets(true);
  }

  private async authenticate(socket: Socket): Promise<Error | null> {
    const { headers } = socket.handshake;
    const origin = headers.origin;
    if (origin && !this.config.corsOrigins.includes(origin) && hostOf(origin) !== headers.host) return new Error('forbidden origin');
    const token = parseCookieHeader(headers.cookie)[cookieNames(this.config).session];
    const resolved = await this.sessions.resolve(token);
    if (!resolved) return new Error('unauthorized');
    const { session, user } = resolved;
    if (user.mustChangePassword) return new Error('password change required');
    socket.data.auth = { userId: user.id, sessionId: session.id, roles: [...user.roles] } satisfies SocketAuth;
    return null;
  }

  async sweep(server: Server): Promise<number> {
    try {
      const sockets = await server.local.fetchSockets();
      const ids = [...new Set(sockets.map((s) => (s.data.auth as SocketAuth | undefined)?.sessionId).filter((id): id is string => !!id))];
      const live = await this.sessions.liveIds(ids);
      let ended = 0;
      for (const socket of sockets) {
        const auth = socket.data.auth as SocketAuth | undefined;
        if (!auth || !live.has(auth.sessionId)) {
          socket.disconnect(true);
          ended++;
        }
      }
      return ended;
    } catch (error) {
      this.logger.warn({ msg: 'socket session sweep failed', error: safeError(error) });
      return 0;
    }
  }

  beforeApplicationShutdown(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.server = undefined;
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed pages) and other opaque origins are not ours
  }
}
