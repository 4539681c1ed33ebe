import { Injectable, Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { RedisService, withTimeout } from '../../../infra/redis/redis.service';

/** A connected Redis answers this in a millisecond or two; a request never waits longer for a count. */
const COUNT_TIMEOUT_MS = 500;

/**
 * Fixed-window counters in Redis, so that every API instance counts the same requests (the
 * throttler's default store is per process). Atomic: one Lua script per hit.
 * KEYS: counter, block; ARGV: window ms, limit, block ms. Returns hits, window ms left,
 * blocked (0/1), block ms left.
 */
const SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then return {hits, ttl, 1, blocked} end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  return {hits, ttl, 1, tonumber(ARGV[3])}
end
return {hits, ttl, 0, 0}`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

const NOT_COUNTED: ThrottlerStorageRecord = { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };

@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  private warnedAt = 0;

  constructor(private readonly redis: RedisService) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const counter = this.redis.key(`throttle:${throttlerName}:${key}`);
    try {
      // While Redis is away the request is not counted rather than kept waiting for reconnects.
      if (!(await this.redis.available())) throw new Error('Redis is not connected');
      const [hits, ttlMs, blocked, blockMs] = (await withTimeout(
        this.redis.client.eval(SCRIPT, 2, counter, `${counter}:blocked`, ttl, limit, blockDuration),
        COUNT_TIMEOUT_MS,
      )) as [number, number, number, number];
      return { totalHits: hits, timeToExpire: Math.ceil(Math.max(ttlMs, 0) / 1000), isBlocked: blocked === 1, timeToBlockExpire: Math.ceil(blockMs / 1000) };
    } catch (error) {
      // Without Redis the API still answers (the lockout still guards each account); say so once a minute.
      if (Date.now() - this.warnedAt > 60_000) {
        this.warnedAt = Date.now();
        this.logger.warn({ msg: 'rate limiting unavailable: Redis did not answer', error: (error as Error).message });
      }
      return NOT_COUNTED;
    }
  }
}
