import { ClientToServerEvents, REALTIME_PATH, RealtimeMessage, ServerToClientEvents } from '@amhp/contracts';
import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { AppConfig } from '../../config/app-config';
import { SocketAccess } from '../../modules/identity/realtime/socket-access.service';
import { BoardRowsService } from '../../modules/referrals/board/board-rows.service';

export type BoardServer = Server<ClientToServerEvents, ServerToClientEvents>;

/**
 * The socket.io server, on the HTTP server's port at /socket.io, typed with the event map from
 * contracts. It emits only to this instance's sockets: every instance reads the same Redis
 * stream (RealtimeRelay), so each browser gets each event exactly once.
 */
@Injectable()
export class RealtimeGateway implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(RealtimeGateway.name);
  private server?: BoardServer;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
    private readonly access: SocketAccess,
    private readonly boardRows: BoardRowsService,
  ) {}

  onModuleInit(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as HttpServer | undefined;
    if (!httpServer) return; // an application context without HTTP (scripts)
    const server: BoardServer = new Server(httpServer, {
      path: REALTIME_PATH,
      serveClient: false,
      cors: this.config.corsOrigins.length ? { origin: this.config.corsOrigins } : undefined,
      // A short drop (Wi-Fi, laptop lid) replays missed events; longer ones re-sync over HTTP.
      // Middlewares run again on recovery: a recovered socket is re-authenticated (issue 4).
      connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    });
    // Handshake authentication, per-role rooms and per-message policy (modules/identity).
    this.access.protect(server);
    server.on('connection', (socket) => {
      socket.on('board.ping', (ack) => {
        if (typeof ack === 'function') ack(new Date().toISOString());
      });
    });
    this.server = server;
    this.logger.log(`socket.io listening at ${REALTIME_PATH}`);
  }

  /**
   * Emits one event from the stream to this instance's browsers whose role may see it. A board
   * row arrives without the person's details: they are read from PostgreSQL once, and each
   * audience gets the copy it may see (case readers the names; read_only what is configured).
   */
  async deliver(message: RealtimeMessage): Promise<void> {
    if (!this.server) return;
    if (message.event === 'referral.upserted') {
      const rows = await this.boardRows.audienceRows(message.payload);
      const server = this.server;
      if (!server) return;
      const { caseReaders, others } = this.access.audiences(server, message.event);
      caseReaders?.emit('referral.upserted', rows.caseReaders);
      others?.emit('referral.upserted', rows.readOnly);
      return;
    }
    const audience = this.access.audience(this.server, message.event);
    const emit = audience.emit.bind(audience) as (event: string, payload: unknown) => boolean;
    emit(message.event, message.payload);
  }

  /** Tells this instance's browsers to reload what they show over HTTP (events may have been missed). */
  resyncAll(): void {
    const audience = this.server && this.access.audience(this.server, 'realtime.resync');
    audience?.emit('realtime.resync', {});
  }

  get connectedCount(): number {
    return this.server?.engine.clientsCount ?? 0;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.disconnectSockets(true);
    // Close socket.io's engine only: Nest closes the HTTP server it shares.
    server.engine.close();
  }
}
