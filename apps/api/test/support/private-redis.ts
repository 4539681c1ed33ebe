import Redis from 'ioredis';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/**
 * A redis-server of the test's own, on a spare port with its data in a temporary directory:
 * for tests that flush, stop or restart Redis. The machine's shared Redis is never touched
 * (the brief: a test that stops or flushes a service starts its own).
 *
 *   const redis = await PrivateRedis.start();
 *   const h = await bootHarness({ redisUrl: redis.url });
 *   await redis.stop();      // Redis goes away (its data saved, as a normal restart keeps it)
 *   await redis.start();     // back on the same port
 *   await redis.destroy();   // in afterAll
 */
export class PrivateRedis {
  private process?: ChildProcess;
  private readonly killAtExit = () => this.process?.kill('SIGKILL');

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {
    process.once('exit', this.killAtExit);
  }

  static async start(): Promise<PrivateRedis> {
    const redis = new PrivateRedis(await freePort(), mkdtempSync(path.join(tmpdir(), 'amhp-test-redis-')));
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.process !== undefined;
  }

  /** Starts (again) on the same port, with whatever data the last stop saved. */
  async start(): Promise<void> {
    if (this.process) return;
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--dbfilename', 'dump.rdb', '--save', '', '--appendonly', 'no', '--protected-mode', 'no', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    );
    this.process = child;
    child.once('exit', () => {
      if (this.process === child) this.process = undefined;
    });
    await this.waitUntil(async (client) => (await client.ping()) === 'PONG', 10_000);
  }

  /**
   * Stops the server: `save` (the default) writes its data first, as a normal shutdown does;
   * `kill` is a crash (SIGKILL), losing what was not saved.
   */
  async stop(how: 'save' | 'nosave' | 'kill' = 'save'): Promise<void> {
    const child = this.process;
    if (!child) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    if (how === 'kill') {
      child.kill('SIGKILL');
    } else {
      const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
      await client.connect();
      // The server closes the connection as it goes; the client then ends by itself (a
      // disconnect() now would leave ioredis's 2 s close timer holding the process).
      await client.call('SHUTDOWN', how === 'save' ? 'SAVE' : 'NOSAVE').catch(() => undefined);
      await ended;
    }
    await exited;
    this.process = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop('nosave');
    process.off('exit', this.killAtExit);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async waitUntil(ready: (client: Redis) => Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await client.connect();
        if (await ready(client)) return;
      } catch {
        // not listening yet
      } finally {
        client.disconnect();
      }
      if (Date.now() > deadline) throw new Error(`private redis-server on port ${this.port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
