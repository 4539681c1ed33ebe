import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Runs the built API and worker against a database of the run's own, the way `npm run up`
 * does, so the browser tests drive the real thing.
 */
export const WORKSPACE = join(__dirname, '../../../..');
const API_DIST = join(WORKSPACE, 'dist/apps/api/apps/api/src');
// E2E_STATE_FILE: a run of its own when several people share one checkout.
const STATE_FILE = process.env.E2E_STATE_FILE ?? join(WORKSPACE, 'tmp/e2e-stack.json');
const DEMO_ACCOUNTS_SCRIPT = 'modules/identity/demo/seed-demo-accounts.js';
const ADMIN_URL = process.env.E2E_ADMIN_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

export interface StackState {
  baseUrl: string;
  databaseName: string;
  databaseUrl: string;
  pids: number[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function run(script: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(API_DIST, script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

function start(script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, [join(API_DIST, script)], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: false });
  child.unref();
  return child;
}

async function waitForHealth(baseUrl: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API at ${baseUrl} did not become healthy within 30 s`);
}

export async function startStack(): Promise<StackState> {
  for (const script of ['main.js', 'worker.js', 'infra/database/migrate.js', DEMO_ACCOUNTS_SCRIPT]) {
    if (!existsSync(join(API_DIST, script))) throw new Error(`build first: ${script} is missing (npx nx run-many -t build -p api dashboard)`);
  }
  const databaseName = `amhp_e2e_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${databaseName}`));
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${databaseName}`);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    PORT: String(port),
    HOST: '127.0.0.1',
    // The links the service hands out (calendar URLs) point where the browser tests reach it.
    PUBLIC_ORIGIN: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `amhp-e2e-${databaseName}`,
    LOG_LEVEL: 'warn',
    DASHBOARD_DIR: join(WORKSPACE, 'dist/apps/dashboard'),
    // The tests sign in and post far faster than people; the limits have their own tests.
    RATE_LIMIT_API_PER_MINUTE: '100000',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '10000',
  };
  await run('infra/database/migrate.js', env);
  // One demo account per role (DEMO DATA): the browser tests sign in as them.
  await run(DEMO_ACCOUNTS_SCRIPT, env);
  const api = start('main.js', env);
  const worker = start('worker.js', env);
  const state: StackState = { baseUrl: `http://127.0.0.1:${port}`, databaseName, databaseUrl, pids: [api.pid!, worker.pid!] };
  writeFileSync(STATE_FILE, JSON.stringify(state));
  await waitForHealth(state.baseUrl);
  return state;
}

export function readStack(): StackState {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as StackState;
}

export async function stopStack(): Promise<void> {
  if (!existsSync(STATE_FILE)) return;
  const state = readStack();
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await new Promise((r) => setTimeout(r, 1500));
  for (const pid of state.pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // stopped cleanly
    }
  }
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${state.databaseName} WITH (FORCE)`));
}
