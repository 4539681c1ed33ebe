import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { dropDatabase, ensureDatabase } from '../src/infra/database/database-admin';
import { dataSourceOptions } from '../src/infra/database/data-source-options';
import { runMigrationsLocked } from '../src/infra/database/run-migrations';
import { schemaDrift, scratchDatabaseUrl } from '../src/infra/database/schema-check';
import { AppLogger } from '../src/infra/logging/app-logger';
import { LoggingModule } from '../src/infra/logging/logging.module';
import { JobHandler, JobProcessor } from '../src/infra/queue/job-handler';
import { QueueWorkerModule } from '../src/infra/queue/queue-worker.module';
import { QueueModule } from '../src/infra/queue/queue.module';
import { RedisModule } from '../src/infra/redis/redis.module';
import { bootHarness, Harness } from './support/harness';
import { redisUrl, testDatabaseUrl, testQueuePrefix } from './support/test-env';

describe('operations', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await bootHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('GET /api/health reports PostgreSQL and Redis up', async () => {
    const res = await fetch(`${h.baseUrl}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', postgres: 'up', redis: 'up' });
  });

  it('GET /api/docs-json is generated from the code and describes the referral routes and bodies', async () => {
    const res = await fetch(`${h.baseUrl}/api/docs-json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/referrals', '/api/referrals/{id}', '/api/referrals/{id}/close', '/api/alerts', '/api/alerts/{id}/acknowledge', '/api/health']),
    );
    expect(Object.keys(doc.paths['/api/referrals'])).toEqual(expect.arrayContaining(['get', 'post']));
    const requestBody = JSON.stringify(doc.paths['/api/referrals'].post.requestBody);
    expect(requestBody).toContain('clockStartedAt');
    expect(requestBody).toContain('ethnicCategory');
    expect(doc.components.schemas).toHaveProperty('ReferralView');
    expect(doc.components.schemas).toHaveProperty('ValidationErrorBody');
    expect(JSON.stringify(doc.paths['/api/referrals'].post.responses)).toContain('#/components/schemas/ReferralView');
  });

  it('GET /api/docs serves the Swagger UI', async () => {
    const res = await fetch(`${h.baseUrl}/api/docs`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('swagger');
  });

  it('sends security headers and a request id on every response', async () => {
    const res = await fetch(`${h.baseUrl}/api/health`, { headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-request-id')).toBe('abc-123');
  });

  it('unknown /api routes are JSON 404s', async () => {
    const res = await fetch(`${h.baseUrl}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { statusCode: number }).statusCode).toBe(404);
  });
});

describe('when Redis is unreachable', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await bootHarness({ redisUrl: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the API still starts, and /api/health answers 503 naming Redis', async () => {
    const res = await fetch(`${h.baseUrl}/api/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', postgres: 'up', redis: 'down' });
  });
});

describe('serving the built dashboard (DASHBOARD_DIR)', () => {
  let h: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'amhp-dashboard-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>AMHP Hub board</title>');
    writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {};');
    h = await bootHarness({ dashboardDir: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const page = (p: string) => fetch(`${h.baseUrl}${p}`, { headers: { accept: 'text/html,*/*' } });

  it('serves the board at / and its assets', async () => {
    expect(await (await page('/')).text()).toContain('AMHP Hub board');
    const asset = await page('/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  it('answers other pages with the board (single-page app), but not /api, /socket.io or missing files', async () => {
    expect(await (await page('/referrals/123')).text()).toContain('AMHP Hub board');
    expect((await page('/api/nothing')).status).toBe(404);
    expect((await page('/assets/gone.js')).status).toBe(404);
    expect((await page('/socket.io/?EIO=4&transport=polling')).headers.get('content-type')).not.toContain('html');
  });
});

describe('migrations', () => {
  const urls: string[] = [];
  afterAll(async () => {
    for (const url of urls) await dropDatabase(url);
  });

  it('creates a missing database, and two instances migrating at once do not race (advisory lock)', async () => {
    const url = scratchDatabaseUrl(testDatabaseUrl(), 'amhp_test_lock');
    urls.push(url);
    expect(await ensureDatabase(url)).toBe(true);
    expect(await ensureDatabase(url)).toBe(false);
    const a = await new DataSource(dataSourceOptions(url, { poolSize: 2 })).initialize();
    const b = await new DataSource(dataSourceOptions(url, { poolSize: 2 })).initialize();
    try {
      const [ranA, ranB] = await Promise.all([runMigrationsLocked(a), runMigrationsLocked(b)]);
      expect(ranA.length + ranB.length).toBeGreaterThan(0);
      expect(Math.min(ranA.length, ranB.length)).toBe(0);
    } finally {
      await a.destroy();
      await b.destroy();
    }
  });

  it('the committed migrations produce exactly the schema the entities describe (the CI schema check)', async () => {
    const url = scratchDatabaseUrl(testDatabaseUrl(), 'amhp_test_drift');
    urls.push(url);
    expect(await schemaDrift(url)).toEqual([]);
  });

  it('the schema check notices a schema that differs from the entities', async () => {
    const url = scratchDatabaseUrl(testDatabaseUrl(), 'amhp_test_drift2');
    urls.push(url);
    await schemaDrift(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    await client.query('ALTER TABLE referrals DROP COLUMN risk_notes');
    await client.end();
    const ds = await new DataSource(dataSourceOptions(url, { poolSize: 1 })).initialize();
    try {
      const sql = await ds.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query).join('\n')).toContain('risk_notes');
    } finally {
      await ds.destroy();
    }
  });
});

describe('the worker refuses to start unless every job has exactly one handler', () => {
  const config = () =>
    loadConfig({ DATABASE_URL: testDatabaseUrl(), REDIS_URL: redisUrl(), QUEUE_PREFIX: testQueuePrefix(), LOG_LEVEL: 'silent' });

  async function boot(providers: (new (...args: never[]) => unknown)[]): Promise<Error | undefined> {
    const cfg = config();
    @Module({ imports: [ConfigModule.forRoot(cfg), LoggingModule.forRoot(new AppLogger(cfg)), RedisModule, QueueModule, QueueWorkerModule], providers })
    class ProbeModule {}
    try {
      // createApplicationContext runs the bootstrap hooks, where the check happens.
      const app = await NestFactory.createApplicationContext(ProbeModule, { logger: false, abortOnError: false });
      await app.close();
      return undefined;
    } catch (error) {
      return error as Error;
    }
  }

  @JobProcessor('clock.warn')
  @Injectable()
  class FirstHandler implements JobHandler<'clock.warn'> {
    async handle(): Promise<void> {}
  }

  @JobProcessor('clock.warn')
  @Injectable()
  class SecondHandler implements JobHandler<'clock.warn'> {
    async handle(): Promise<void> {}
  }

  it('with no handler for clock.warn', async () => {
    expect((await boot([]))?.message).toMatch(/no handler for job "clock.warn"/);
  });

  it('with two handlers for it', async () => {
    expect((await boot([FirstHandler, SecondHandler]))?.message).toMatch(/"clock.warn" has 2 handlers: FirstHandler, SecondHandler/);
  });
});
