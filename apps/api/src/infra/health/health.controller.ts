import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Public } from '../../modules/identity/access/access-policy';
import { RedisService, withTimeout } from '../redis/redis.service';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  postgres: z.enum(['up', 'down']),
  redis: z.enum(['up', 'down']),
});
export type HealthBody = z.infer<typeof healthSchema>;

/** How long the check waits for PostgreSQL: a probe wants an answer well within a second. */
const POSTGRES_TIMEOUT_MS = 500;

/**
 * For load balancers and compose health checks: 200 when PostgreSQL and Redis answer, else 503,
 * in well under a second either way (a disconnected Redis is down at once, a slow one after
 * 500 ms). Public: probes carry no session, and the answer says nothing but up or down.
 */
@ApiTags('operations')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisService,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'PostgreSQL and Redis both answer', standardSchema: healthSchema })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL or Redis does not answer', standardSchema: healthSchema })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthBody> {
    const [postgres, redis] = await Promise.all([this.postgresUp(), this.redis.ping()]);
    const body: HealthBody = {
      status: postgres && redis ? 'ok' : 'degraded',
      postgres: postgres ? 'up' : 'down',
      redis: redis ? 'up' : 'down',
    };
    res.status(body.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  private async postgresUp(): Promise<boolean> {
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), POSTGRES_TIMEOUT_MS);
      return true;
    } catch {
      return false;
    }
  }
}
