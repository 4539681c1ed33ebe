import type { RedisService } from '../redis/redis.service';
import { RealtimePublisher } from './realtime-publisher.service';

describe('RealtimePublisher while Redis is away', () => {
  it('drops the event at once (the change is saved; boards re-sync) instead of waiting for reconnects', async () => {
    const xadd = jest.fn();
    const publisher = new RealtimePublisher({ available: async () => false, key: (s: string) => s, client: { xadd } } as unknown as RedisService);
    const spy = jest.spyOn(publisher['logger'], 'warn').mockImplementation(() => undefined);
    await publisher.publish('referral.closed', { id: 'r-1' });
    expect(xadd).not.toHaveBeenCalled();
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
