import { boardRowBase, RealtimeMessage, ServerEventName, StreamedPayload } from '@amhp/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { safeError } from '../logging/app-logger';
import { RedisService, withTimeout } from '../redis/redis.service';

/** A connected Redis appends in a millisecond or two; a write's answer never waits longer for it. */
const PUBLISH_TIMEOUT_MS = 500;

/**
 * Redis carries live fan-out, not records: the stream keeps only the latest few hundred events
 * (a relay further behind re-syncs its browsers over HTTP) and goes altogether once quiet for
 * STREAM_TTL_SECONDS. Connection-state recovery is socket.io's, in each API instance's memory.
 */
export const STREAM_MAX_LENGTH = 500;
export const STREAM_TTL_SECONDS = 15 * 60;

export function realtimeStreamKey(queuePrefix: string): string {
  return `${queuePrefix}:realtime`;
}

/**
 * What goes into the stream for an event: never a person's details. A board row is cut down to
 * its fields without them whatever the caller passed; the relay adds them per audience.
 */
export function streamedMessage<E extends ServerEventName>(event: E, payload: StreamedPayload<E>): RealtimeMessage {
  if (event === 'referral.upserted') return { event: 'referral.upserted', payload: boardRowBase(payload as StreamedPayload<'referral.upserted'>) };
  return { event, payload } as RealtimeMessage;
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

  async publish<E extends ServerEventName>(event: E, payload: StreamedPayload<E>): Promise<void> {
    const message = streamedMessage(event, payload);
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
      // One round trip: the entry and the stream's expiry together.
      const append = this.redis.client
        .multi()
        .xadd(this.streamKey, 'MAXLEN', '~', STREAM_MAX_LENGTH, '*', 'message', JSON.stringify(message))
        .expire(this.streamKey, STREAM_TTL_SECONDS)
        .exec();
      await withTimeout(append, PUBLISH_TIMEOUT_MS);
    } catch (error) {
      // The change is already saved; the board catches up on its next re-sync.
      this.logger.warn({ msg: 'could not publish a board event', event, error: safeError(error) });
    }
  }
}
