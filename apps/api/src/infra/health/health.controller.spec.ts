import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { RedisService } from '../redis/redis.service';
import { HealthController } from './health.controller';

function fakeResponse() {
  const res = { statusCode: 0, status: (code: number) => ((res.statusCode = code), res) };
  return res;
}

describe('HealthController', () => {
  const db = (ok: boolean) => ({ query: () => (ok ? Promise.resolve([{ '?column?': 1 }]) : Promise.reject(new Error('down'))) }) as unknown as DataSource;
  const redis = (ok: boolean) => ({ ping: () => Promise.resolve(ok) }) as unknown as RedisService;

  it.each([
    [true, true, 200, { status: 'ok', postgres: 'up', redis: 'up' }],
    [false, true, 503, { status: 'degraded', postgres: 'down', redis: 'up' }],
    [true, false, 503, { status: 'degraded', postgres: 'up', redis: 'down' }],
  ])('postgres %s, redis %s → %s', async (pg, rd, status, body) => {
    const res = fakeResponse();
    expect(await new HealthController(db(pg), redis(rd)).check(res as unknown as Response)).toEqual(body);
    expect(res.statusCode).toBe(status);
  });
});
