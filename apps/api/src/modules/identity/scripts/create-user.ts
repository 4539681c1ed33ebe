/**
 * Creates a local account from the command line: how a new installation gets its first
 * administrator (production creates no demo accounts). The password is read from standard
 * input, never from the command line (which other users of the machine can see), and must be
 * changed at first sign-in.
 *
 *   printf '%s\n' 'a long passphrase' | node dist/apps/api/apps/api/src/modules/identity/scripts/create-user.js \
 *     --email lead@council.gov.uk --name "Sam Jones" --roles administrator,service_lead
 */
import 'reflect-metadata';
import { createUserSchema, toFieldIssues } from '@amhp/contracts';
import { parseArgs } from 'node:util';
import { configFromProcessEnv } from '../../../config/load-env';
import { openDataSource } from '../../../infra/database/open-data-source';
import { ValidationException } from '../../../infra/http/validation.exception';
import { AuditService } from '../../audit/audit.service';
import { PasswordHasher } from '../sign-in/password-hasher';
import { UserEntity } from '../user.entity';
import { assertPasswordAllowed, auditedUser } from '../users/user-view';

async function readPassword(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, roles: { type: 'string' } } });
  const parsed = createUserSchema.safeParse({ email: values.email, displayName: values.name, roles: (values.roles ?? '').split(',').filter(Boolean), password: await readPassword() });
  if (!parsed.success) {
    for (const issue of toFieldIssues(parsed.error)) process.stderr.write(`${issue.field}: ${issue.message}\n`);
    process.exitCode = 2;
    return;
  }
  const input = parsed.data;
  try {
    assertPasswordAllowed(input.password, input);
  } catch (error) {
    const issues = error instanceof ValidationException ? error.issues.map((i) => i.message) : [(error as Error).message];
    for (const message of issues) process.stderr.write(`password: ${message}\n`);
    process.exitCode = 2;
    return;
  }
  const config = configFromProcessEnv();
  const dataSource = await openDataSource(config.databaseUrl, { migrate: true, poolSize: 2 });
  try {
    const passwordHash = await new PasswordHasher().hash(input.password);
    const created = await dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email: input.email })) return null;
      const user = await manager.save(
        manager.create(UserEntity, { email: input.email, displayName: input.displayName, roles: input.roles, authSource: 'local', passwordHash, mustChangePassword: true }),
      );
      await new AuditService(dataSource).record(manager, { action: 'user.create', entityType: 'user', entityId: user.id, after: { ...auditedUser(user), via: 'create-user script' } }, null);
      return user;
    });
    if (!created) {
      process.stderr.write(`An account with the email ${input.email} already exists\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`Created ${created.email} (${created.roles.join(', ')}); the password must be changed at first sign-in.\n`);
    }
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`create-user failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
