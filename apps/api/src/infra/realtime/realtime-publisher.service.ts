import { RealtimeMessage, ServerEventName, ServerEventPayload } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { safeError } from '../logging/app-logger';
import { RedisService, withTimeout } from '../redis/redis.service';

/** A connected Redis appends in a millisecond or two; a write's answer never waits longer for it. */
const PUBLISH_TIMEOUT_MS = 500;

/** Keeps the stream bounded; a relay that falls this far behind reloads over HTTP anyway. */
const STREAM_MAX_LENGTH = 10_000;

export function realtimeStreamKey(queuePrefix: string): string {
  return `${queuePrefix}:realtime`;
}

/**
 * Publishes a board event to every API instance (and so every browser), from the API or the
 * worker alike: a Redis stream entry that each instance's RealtimeRelay reads and emits.
 * Events are hints to refresh; a lost one is repaired by the dashboard's re-sync.
 */
@Injectable()
export class RealtimePublisher {
  private readonly logger = new Logger(RealtimePublisher.name);
  private skippedSince = 0;

  constructor(private readonly redis: RedisService) {}

  get streamKey(): string {
    return this.redis.key('realtime');
  }

  async publish<E extends ServerEventName>(event: E, payload: ServerEventPayload<E>): Promise<void> {
    const message = { event, payload } as RealtimeMessage;
    // While Redis is away the event is dropped at once (the change is saved; boards re-sync)
    // rather than holding the write's answer while the connection retries.
    if (!(await this.redis.available())) {
      if (Date.now() - this.skippedSince > 60_000) {
        this.skippedSince = Date.now();
        this.logger.warn({ msg: 'board events not published: Redis is not connected', event });
      }
      return;
    }
    try {
      await withTimeout(this.redis.client.xadd(this.streamKey, 'MAXLEN', '~', STREAM_MAX_LENGTH, '*', 'message', JSON.stringify(message)), PUBLISH_TIMEOUT_MS);
    } catch (error) {
      // The change is already saved; the board catches up on its next re-sync.
      this.logger.warn({ msg: 'could not publish a board event', event, error: safeError(error) });
    }
  }
}
