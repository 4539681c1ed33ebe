import type { Role } from '@amhp/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import { PasswordHasher } from '../sign-in/password-hasher';
import { UserEntity } from '../user.entity';

export interface DemoAccount {
  email: string;
  displayName: string;
  roles: Role[];
  password: string;
}

/**
 * DEMO DATA: one account per role, with fixed, published passwords (they meet the password
 * policy, but are known to everyone who reads this file). Created only outside production,
 * or in production only when DEMO_ACCOUNTS_IN_PRODUCTION=true is set on purpose.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'amhp@demo.amhp-hub.example', displayName: 'Alex Morgan (demo AMHP)', roles: ['amhp'], password: 'Kestrel-harbour-41' },
  { email: 'edt@demo.amhp-hub.example', displayName: 'Sam Patel (demo EDT worker)', roles: ['edt_worker'], password: 'Lantern-meadow-52' },
  { email: 'lead@demo.amhp-hub.example', displayName: 'Jordan Ellis (demo service lead)', roles: ['service_lead'], password: 'Granite-orchard-63' },
  { email: 'admin@demo.amhp-hub.example', displayName: 'Riley Chen (demo administrator)', roles: ['administrator'], password: 'Copper-willow-74' },
  { email: 'viewer@demo.amhp-hub.example', displayName: 'Casey Hughes (demo bed manager, read only)', roles: ['read_only'], password: 'Saffron-valley-85' },
];

export type DemoAccountsResult = { refused: true } | { refused: false; created: string[]; present: readonly DemoAccount[] };

/** Creates the demo accounts that do not exist yet (never touching one that does). */
export async function seedDemoAccounts(dataSource: DataSource, config: AppConfig): Promise<DemoAccountsResult> {
  if (config.nodeEnv === 'production' && !config.identity.demoAccountsInProduction) return { refused: true };
  const hasher = new PasswordHasher();
  const audit = new AuditService(dataSource);
  const created: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    await dataSource.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { email: account.email })) return;
      const user = await manager.save(
        manager.create(UserEntity, {
          email: account.email,
          displayName: account.displayName,
          roles: account.roles,
          authSource: 'local',
          passwordHash: await hasher.hash(account.password),
          mustChangePassword: false,
        }),
      );
      await audit.record(manager, { action: 'user.create', entityType: 'user', entityId: user.id, after: { email: user.email, roles: user.roles, demo: true } }, null);
      created.push(account.email);
    });
  }
  return { refused: false, created, present: DEMO_ACCOUNTS };
}

/** What `npm run up` prints: clearly demo data, never to be used for real people. */
export function demoAccountsBanner(result: DemoAccountsResult): string {
  if (result.refused) {
    return '\n  Demo accounts NOT created: NODE_ENV is production (set DEMO_ACCOUNTS_IN_PRODUCTION=true to force).\n\n';
  }
  const width = Math.max(...result.present.map((a) => a.email.length));
  const rows = result.present.map((a) => `  DEMO  ${a.roles.join(', ').padEnd(14)} ${a.email.padEnd(width)}  ${a.password}`);
  return [
    '',
    '  ================ DEMO ACCOUNTS (fictional; DEMO DATA ONLY, never for real people) ================',
    '        role           email' + ' '.repeat(Math.max(width - 5, 1)) + '  password',
    ...rows,
    '  ==================================================================================================',
    '',
    '',
  ].join('\n');
}
