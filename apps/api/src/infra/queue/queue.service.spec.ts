import { EventEmitter } from 'node:events';
import type { AppConfig } from '../../config/app-config';
import type { RedisService } from '../redis/redis.service';
import { QueueService, RedisUnavailableError } from './queue.service';

/** A stand-in for the producing connection: only its status matters here. */
function fakeConnection(status: string) {
  return Object.assign(new EventEmitter(), { status, del: jest.fn().mockResolvedValue(2) });
}

function service(connection: ReturnType<typeof fakeConnection>): QueueService {
  const redis = { connect: () => connection, key: (s: string) => `test:${s}` } as unknown as RedisService;
  return new QueueService({ redisUrl: 'redis://127.0.0.1:1', queuePrefix: 'test' } as AppConfig, redis);
}

describe('QueueService while Redis is not connected', () => {
  it('fails an enqueue at once in the API instead of waiting for reconnects', async () => {
    const queues = service(fakeConnection('reconnecting'));
    const started = Date.now();
    await expect(queues.enqueue('clock.warn', { clockId: 'c', point: 'expiry', dueAt: new Date().toISOString() })).rejects.toBeInstanceOf(RedisUnavailableError);
    expect(Date.now() - started).toBeLessThan(100);
    expect(() => queues.requireConnected()).toThrow(RedisUnavailableError);
  });

  it('asks the worker to rebuild the timers from PostgreSQL once the connection is back', async () => {
    const connection = fakeConnection('reconnecting');
    const queues = service(connection);
    expect(() => queues.requireConnected()).toThrow(RedisUnavailableError);
    connection.status = 'ready';
    connection.emit('ready');
    await new Promise((resolve) => setImmediate(resolve));
    expect(connection.del).toHaveBeenCalledWith('test:timers:rebuilt-at', 'test:handover-timers:rebuilt-at');
  });

  it('lets the worker wait for the connection instead (waitForRedisMs)', async () => {
    const connection = fakeConnection('reconnecting');
    const queues = service(connection);
    queues.waitForRedisMs = 5000;
    expect(() => queues.requireConnected()).not.toThrow();
  });
});
