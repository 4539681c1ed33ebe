import { RealtimeMessage } from '@amhp/contracts';
import { Injectable, Logger, BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import Redis from 'ioredis';
import { safeError } from '../logging/app-logger';
import { RedisService, withTimeout } from '../redis/redis.service';
import { RealtimePublisher } from './realtime-publisher.service';
import { RealtimeGateway } from './realtime.gateway';

const BLOCK_MS = 5000;

/**
 * Each API instance reads the realtime stream and emits what it reads to its own sockets, one
 * entry after another (a board row waits for its person's details from PostgreSQL). It starts
 * from the stream's end and keeps the last id it saw, so after a Redis reconnect it resumes
 * where it stopped instead of skipping what was published meanwhile. After a failed read its
 * browsers are told to re-sync over HTTP: while Redis was away, publishers dropped their events
 * rather than hold up writes, and what it missed may also have been trimmed from the short stream.
 */
@Injectable()
export class RealtimeRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RealtimeRelay.name);
  private connection?: Redis;
  private running = false;
  private loop?: Promise<void>;
  /** The id of the last entry read; undefined until the start point is known. */
  private lastId?: string;

  constructor(
    private readonly redis: RedisService,
    private readonly publisher: RealtimePublisher,
    private readonly gateway: RealtimeGateway,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.connection = this.redis.connect('realtime-relay', { maxRetriesPerRequest: null });
    this.running = true;
    // Pin the stream's end ('$') to a concrete id before start-up completes, so that events
    // published before the first XREAD is issued are not skipped. If Redis is away, start
    // anyway (health reports it) and pin once it is back.
    await withTimeout(this.pinStart(this.connection), 2000).catch(() => undefined);
    this.loop = this.run();
  }

  private async pinStart(connection: Redis): Promise<void> {
    if (this.lastId !== undefined) return;
    const [last] = await connection.xrevrange(this.publisher.streamKey, '+', '-', 'COUNT', 1);
    this.lastId ??= last ? last[0] : '0-0';
  }

  private async run(): Promise<void> {
    const connection = this.connection;
    if (!connection) return;
    let resumed = false;
    while (this.running) {
      try {
        await this.pinStart(connection);
        if (resumed) {
          this.logger.warn({ msg: 'realtime relay read again after a failure; browsers re-sync over HTTP' });
          this.gateway.resyncAll();
        }
        resumed = false;
        const result = await connection.xread('BLOCK', BLOCK_MS, 'STREAMS', this.publisher.streamKey, this.lastId ?? '$');
        if (!result) continue;
        for (const [, entries] of result) {
          for (const [id, fields] of entries) {
            this.lastId = id;
            await this.deliver(fields);
          }
        }
      } catch (error) {
        if (!this.running) return;
        this.logger.warn({ msg: 'realtime relay read failed; retrying', error: safeError(error) });
        resumed = true;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  private async deliver(fields: string[]): Promise<void> {
    const index = fields.indexOf('message');
    if (index < 0 || index + 1 >= fields.length) return;
    try {
      await this.gateway.deliver(JSON.parse(fields[index + 1]) as RealtimeMessage);
    } catch (error) {
      this.logger.warn({ msg: 'realtime message not delivered', error: safeError(error) });
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    // Unblocks the pending XREAD; the loop then sees running = false and ends.
    this.connection?.disconnect();
    // While Redis is unreachable a pending command may never settle: do not hold up shutdown.
    await withTimeout(this.loop ?? Promise.resolve(), 2000).catch(() => undefined);
  }
}
