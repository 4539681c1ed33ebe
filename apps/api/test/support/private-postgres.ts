import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

/**
 * A PostgreSQL cluster of the test's own (initdb and pg_ctl from /usr/lib/postgresql/<v>/bin),
 * on a spare port with its data in a temporary directory: for tests that stop PostgreSQL. The
 * machine's shared server is never touched. PostgreSQL refuses to run as root, so when the
 * tests run as root the cluster belongs to, and runs as, the `postgres` OS user.
 *
 *   const pg = await PrivatePostgres.start();
 *   const url = pg.url('amhp_fault');   // trust auth, user postgres
 *   await pg.stop();  await pg.start(); // an outage, and the server back on the same port
 *   pg.destroy();                        // in afterAll
 *
 * stop and start do not block the event loop: the API under test runs in the same process.
 */
export class PrivatePostgres {
  private running = false;
  private readonly stopAtExit = () => this.stopNow();

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
  ) {
    process.once('exit', this.stopAtExit);
  }

  static async start(): Promise<PrivatePostgres> {
    const pg = new PrivatePostgres(await freePort(), mkdtempSync(path.join(tmpdir(), 'amhp-test-pg-')), postgresBin());
    if (asRoot()) execFileSync('chown', ['-R', 'postgres:postgres', pg.dir]);
    await pg.run('initdb', ['-D', pg.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await pg.start();
    return pg;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private get dataDir(): string {
    return path.join(this.dir, 'data');
  }

  /** Starts the server (again) and waits until it accepts connections. */
  async start(): Promise<void> {
    if (this.running) return;
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50`;
    await this.run('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', path.join(this.dir, 'server.log'), '-w', '-t', '30', 'start']);
    this.running = true;
  }

  /**
   * Stops the server. 'fast' (the default) ends every session at once, rolling back what was
   * not committed, as an administrator's shutdown or a failover does; 'immediate' is a crash.
   */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    if (!this.running) return;
    await this.run('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
    this.running = false;
  }

  destroy(): void {
    this.stopNow();
    process.off('exit', this.stopAtExit);
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** A crash stop that blocks (at exit, and in destroy: nothing else should run meanwhile). */
  private stopNow(): void {
    if (!this.running) return;
    const [command, args] = this.commandLine('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', 'stop']);
    spawnSync(command, args);
    this.running = false;
  }

  private async run(tool: string, args: string[]): Promise<void> {
    const [command, commandArgs] = this.commandLine(tool, args);
    try {
      await promisify(execFile)(command, commandArgs, { encoding: 'utf8' });
    } catch (error) {
      const { stderr, stdout } = error as { stderr?: string; stdout?: string };
      throw new Error(`${tool} failed: ${stderr || stdout || String(error)}`);
    }
  }

  private commandLine(tool: string, args: string[]): [string, string[]] {
    const command = path.join(this.bin, tool);
    return asRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  }
}

function asRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/<version>/bin). */
function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install postgresql)');
  return path.join(root, versions[0], 'bin');
}
