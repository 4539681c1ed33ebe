import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { AppLogger } from './app-logger';
import { requestLogging } from './request-logging.middleware';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = new AppLogger({ logLevel: 'info', nodeEnv: 'test' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('request logging', () => {
  it('logs id, method, route, status and duration, and never the body or the query string', () => {
    const { logger, lines } = capture();
    const req = {
      method: 'POST',
      headers: {},
      path: '/api/referrals',
      baseUrl: '',
      route: { path: '/api/referrals' },
      originalUrl: '/api/referrals?name=Jane',
      body: { person: { familyName: 'Doe', nhsNumber: '9434765919' } },
    } as unknown as Request;
    const res = Object.assign(new EventEmitter(), { statusCode: 201, setHeader: jest.fn() }) as unknown as Response;
    const next = jest.fn() as NextFunction;
    requestLogging(logger)(req, res, next);
    expect(next).toHaveBeenCalled();
    (res as unknown as EventEmitter).emit('finish');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', method: 'POST', route: '/api/referrals', status: 201, msg: 'request' });
    expect(typeof lines[0].requestId).toBe('string');
    expect(typeof lines[0].durationMs).toBe('number');
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain('Doe');
    expect(text).not.toContain('9434765919');
    expect(text).not.toContain('Jane');
  });

  it('masks ids in paths no route matched', () => {
    const { logger, lines } = capture();
    const req = { method: 'GET', headers: {}, path: '/api/referrals/6f1c2d4e-1111-4222-8333-944455556666/x', baseUrl: '' } as unknown as Request;
    const res = Object.assign(new EventEmitter(), { statusCode: 404, setHeader: jest.fn() }) as unknown as Response;
    requestLogging(logger)(req, res, jest.fn());
    (res as unknown as EventEmitter).emit('finish');
    expect(lines[0]).toMatchObject({ level: 'warn', route: '/api/referrals/:id/x', status: 404 });
  });
});
