import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface OidcTestAccount {
  email?: string;
  name?: string;
  groups?: string[];
}

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/**
 * Starts a real OpenID Connect provider (oidc-provider, in a child Node process) on
 * 127.0.0.1 with one confidential client for `redirectUri` and the given accounts.
 */
export async function startOidcProvider(redirectUri: string, accounts: Record<string, OidcTestAccount>): Promise<OidcTestProvider> {
  const clientId = 'amhp-hub-test';
  const clientSecret = 'amhp-hub-test-client-secret';
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-test-provider.mjs')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      OIDC_TEST_CLIENT_ID: clientId,
      OIDC_TEST_CLIENT_SECRET: clientSecret,
      OIDC_TEST_REDIRECT_URI: redirectUri,
      OIDC_TEST_ACCOUNTS: JSON.stringify(accounts),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the OIDC test provider did not start: ${stderr}`)), 15_000);
    child.once('exit', (code) => reject(new Error(`the OIDC test provider exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
