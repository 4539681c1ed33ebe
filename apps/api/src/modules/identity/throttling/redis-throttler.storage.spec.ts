import type { RedisService } from '../../../infra/redis/redis.service';
import { RedisThrottlerStorage } from './redis-throttler.storage';

describe('RedisThrottlerStorage while Redis is away', () => {
  it('does not count the request, at once, when the connection is not ready', async () => {
    const evalScript = jest.fn();
    const storage = new RedisThrottlerStorage({ available: async () => false, key: (s: string) => s, client: { eval: evalScript } } as unknown as RedisService);
    const spy = jest.spyOn(storage['logger'], 'warn').mockImplementation(() => undefined);
    await expect(storage.increment('api:user:1', 60_000, 10, 60_000, 'api')).resolves.toMatchObject({ totalHits: 0, isBlocked: false });
    expect(evalScript).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('gives up on a count that Redis does not answer within half a second', async () => {
    jest.useFakeTimers();
    const storage = new RedisThrottlerStorage({ available: async () => true, key: (s: string) => s, client: { eval: () => new Promise(() => undefined) } } as unknown as RedisService);
    const spy = jest.spyOn(storage['logger'], 'warn').mockImplementation(() => undefined);
    const counted = storage.increment('api:user:1', 60_000, 10, 60_000, 'api');
    await jest.advanceTimersByTimeAsync(500);
    await expect(counted).resolves.toMatchObject({ totalHits: 0, isBlocked: false });
    spy.mockRestore();
    jest.useRealTimers();
  });
});
