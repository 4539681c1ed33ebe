import { Client } from 'pg';

/** The database a URL names, and the same server's maintenance database `postgres`. */
export function splitDatabaseUrl(databaseUrl: string): { name: string; adminUrl: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  url.pathname = '/postgres';
  return { name, adminUrl: url.toString() };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl, application_name: 'amhp-hub-admin' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates the database DATABASE_URL names when it does not exist yet, so that a first run
 * against a fresh PostgreSQL works without a manual createdb. Returns whether it created it.
 */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const { name, adminUrl } = splitDatabaseUrl(databaseUrl);
  // Try the database itself first: the role may lack access to `postgres` but own its database.
  const probe = new Client({ connectionString: databaseUrl });
  try {
    await probe.connect();
    await probe.end();
    return false;
  } catch (error) {
    await probe.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') throw error; // 3D000: invalid_catalog_name
  }
  return withAdmin(adminUrl, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      return true;
    } catch (error) {
      // 42P04: duplicate_database (another instance created it first).
      if ((error as { code?: string }).code === '42P04') return false;
      throw error;
    }
  });
}

/** Drops a database (tests and the schema check clean up their scratch databases). */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const { name, adminUrl } = splitDatabaseUrl(databaseUrl);
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
