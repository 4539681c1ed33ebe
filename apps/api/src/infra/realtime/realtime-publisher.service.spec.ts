import { Logger } from '@nestjs/common';
import type { RedisService } from '../redis/redis.service';
import { RealtimePublisher, STREAM_MAX_LENGTH, STREAM_TTL_SECONDS } from './realtime-publisher.service';

/** A Redis stand-in that records the commands of each MULTI it is sent. */
function recording(available = true) {
  const calls: unknown[][] = [];
  const multi = () => {
    const chain = {
      xadd: (...args: unknown[]) => (calls.push(['xadd', ...args]), chain),
      expire: (...args: unknown[]) => (calls.push(['expire', ...args]), chain),
      exec: async () => [],
    };
    return chain;
  };
  const redis = { client: { multi }, key: (s: string) => `amhp:${s}`, available: async () => available } as unknown as RedisService;
  return { publisher: new RealtimePublisher(redis), calls };
}

describe('RealtimePublisher', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('writes a board row without the person’s details, whatever it is given, to a short stream that expires', async () => {
    const { publisher, calls } = recording();
    const row = {
      id: '5b1e2c3d-0000-4000-8000-000000000042',
      reference: 'R-2026-00042',
      version: 1,
      receivedAt: '2026-11-25T09:00:00.000Z',
      urgency: 'emergency' as const,
      legalSituation: 's136' as const,
      deadline: null,
      assessmentId: null,
      assessmentVersion: null,
      stage: null,
      mostUrgentClock: null,
      teamId: null,
      dutyTeam: null,
      allocatedAmhp: null,
    };
    await publisher.publish('referral.upserted', { ...row, name: { givenName: 'Robin', familyName: 'Example' }, age: 41 } as typeof row);
    const [xadd, expire] = calls;
    expect(xadd.slice(0, 6)).toEqual(['xadd', 'amhp:realtime', 'MAXLEN', '~', STREAM_MAX_LENGTH, '*']);
    expect(JSON.parse(xadd[7] as string)).toEqual({ event: 'referral.upserted', payload: row });
    expect(expire).toEqual(['expire', 'amhp:realtime', STREAM_TTL_SECONDS]);
    expect(STREAM_MAX_LENGTH).toBeLessThanOrEqual(1000);
  });

  it('writes other events as they are', async () => {
    const { publisher, calls } = recording();
    await publisher.publish('referral.closed', { id: 'r-1' });
    expect(JSON.parse(calls[0][7] as string)).toEqual({ event: 'referral.closed', payload: { id: 'r-1' } });
  });

  it('drops the event at once while Redis is away (the change is saved; boards re-sync) instead of waiting for reconnects', async () => {
    const { publisher, calls } = recording(false);
    const spy = jest.spyOn(publisher['logger'], 'warn');
    spy.mockClear();
    await publisher.publish('referral.closed', { id: 'r-1' });
    await publisher.publish('referral.closed', { id: 'r-2' });
    expect(calls).toEqual([]);
    // One warning per minute of outage, not one per event.
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
