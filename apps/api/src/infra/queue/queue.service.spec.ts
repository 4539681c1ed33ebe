import { EventEmitter } from 'node:events';
import type { AppConfig } from '../../config/app-config';
import type Redis from 'ioredis';
import { trackFirstConnect } from '../redis/redis.service';
import type { RedisService } from '../redis/redis.service';
import { QueueService, RedisUnavailableError } from './queue.service';

/** A stand-in for the producing connection: only its status and events matter here. */
function fakeConnection(status: string, { lost = true } = {}) {
  const connection = Object.assign(new EventEmitter(), { status, del: jest.fn().mockResolvedValue(2) });
  trackFirstConnect(connection as unknown as Redis);
  // Connected before and lost since (an outage), unless it is still making its first connection.
  if (lost) connection.emit('close');
  return connection;
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
    await expect(queues.requireConnected()).rejects.toBeInstanceOf(RedisUnavailableError);
  });

  it('waits for a connection still making its first connect (a process just started)', async () => {
    const connection = fakeConnection('connecting', { lost: false });
    const queues = service(connection);
    const waiting = queues.requireConnected();
    connection.status = 'ready';
    connection.emit('ready');
    await expect(waiting).resolves.toBeUndefined();
  });

  it('asks the worker to rebuild the timers from PostgreSQL once the connection is back', async () => {
    const connection = fakeConnection('reconnecting');
    const queues = service(connection);
    await expect(queues.requireConnected()).rejects.toBeInstanceOf(RedisUnavailableError);
    connection.status = 'ready';
    connection.emit('ready');
    await new Promise((resolve) => setImmediate(resolve));
    expect(connection.del).toHaveBeenCalledWith('test:timers:rebuilt-at', 'test:handover-timers:rebuilt-at');
  });

  it('lets the worker wait for the connection instead (waitForRedisMs)', async () => {
    const connection = fakeConnection('reconnecting');
    const queues = service(connection);
    queues.waitForRedisMs = 5000;
    await expect(queues.requireConnected()).resolves.toBeUndefined();
  });
});
