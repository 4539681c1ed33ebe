import { RealtimeMessage } from '@amhp/contracts';
import { Logger } from '@nestjs/common';
import { RedisService } from '../redis/redis.service';
import { RealtimePublisher } from './realtime-publisher.service';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeRelay } from './realtime-relay.service';

type XreadReply = [string, [string, string[]][]][] | null;

/**
 * A stand-in Redis connection whose XREAD replies are scripted, recording the ids asked for;
 * XINFO STREAM reports `maxDeleted` as the largest id trimmed from the stream.
 */
function scriptedConnection(lastEntryId: string | null, replies: (XreadReply | Error)[], maxDeleted = '0-0') {
  const askedFrom: string[] = [];
  let stop: () => void = () => undefined;
  const stopped = new Promise<null>((resolve) => (stop = () => resolve(null)));
  return {
    askedFrom,
    connection: {
      xrevrange: async () => (lastEntryId ? [[lastEntryId, []]] : []),
      call: async (command: string) => (command === 'XINFO' ? ['length', 3, 'max-deleted-entry-id', maxDeleted, 'entries-added', 9] : null),
      xread: async (...args: (string | number)[]) => {
        askedFrom.push(String(args[args.length - 1]));
        const next = replies.shift();
        if (next === undefined) return stopped;
        if (next instanceof Error) throw next;
        return next;
      },
      disconnect: () => stop(),
    },
  };
}

const message = (id: string): RealtimeMessage => ({ event: 'referral.closed', payload: { id } });
const entry = (streamId: string, m: RealtimeMessage): [string, string[]] => [streamId, ['message', JSON.stringify(m)]];

describe('RealtimeRelay', () => {
  // The relay logs the failed read it recovers from; keep the test output quiet.
  beforeAll(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it('starts at the end of the stream, emits what it reads and keeps its place across a failed read', async () => {
    const { connection, askedFrom } = scriptedConnection('5-0', [
      [['amhp:realtime', [entry('6-0', message('a')), entry('7-0', message('b'))]]],
      new Error('Connection is closed.'),
      [['amhp:realtime', [entry('8-0', message('c'))]]],
    ]);
    const redis = { connect: () => connection } as unknown as RedisService;
    const publisher = { streamKey: 'amhp:realtime' } as RealtimePublisher;
    const emitted: RealtimeMessage[] = [];
    let resyncs = 0;
    const gateway = { deliver: async (m: RealtimeMessage) => void emitted.push(m), resyncAll: () => resyncs++ } as unknown as RealtimeGateway;
    const relay = new RealtimeRelay(redis, publisher, gateway);

    await relay.onApplicationBootstrap();
    const deadline = Date.now() + 5000;
    while (emitted.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await relay.beforeApplicationShutdown();

    expect(emitted).toEqual([message('a'), message('b'), message('c')]);
    // Not '$' after the failure: what was published meanwhile is still read.
    expect(askedFrom.slice(0, 4)).toEqual(['5-0', '7-0', '7-0', '8-0']);
    // Events published while Redis was away were dropped by their publishers: browsers re-sync once.
    expect(resyncs).toBe(1);
  });

  it('tells its browsers to re-sync once after a failed read, and goes on reading', async () => {
    const { connection } = scriptedConnection('5-0', [new Error('Connection is closed.'), [['amhp:realtime', [entry('90-0', message('z'))]]]], '40-3');
    const emitted: RealtimeMessage[] = [];
    let resyncs = 0;
    const gateway = { deliver: async (m: RealtimeMessage) => void emitted.push(m), resyncAll: () => resyncs++ } as unknown as RealtimeGateway;
    const relay = new RealtimeRelay({ connect: () => connection } as unknown as RedisService, { streamKey: 'amhp:realtime' } as RealtimePublisher, gateway);
    await relay.onApplicationBootstrap();
    const deadline = Date.now() + 5000;
    while (emitted.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await relay.beforeApplicationShutdown();
    expect(resyncs).toBe(1);
    expect(emitted).toEqual([message('z')]);
  });

  it('reads from the beginning when the stream does not exist yet', async () => {
    const { connection, askedFrom } = scriptedConnection(null, []);
    const relay = new RealtimeRelay({ connect: () => connection } as unknown as RedisService, { streamKey: 'k' } as RealtimePublisher, {
      deliver: async () => undefined,
    } as unknown as RealtimeGateway);
    await relay.onApplicationBootstrap();
    await new Promise((r) => setTimeout(r, 20));
    await relay.beforeApplicationShutdown();
    expect(askedFrom[0]).toBe('0-0');
  });
});
