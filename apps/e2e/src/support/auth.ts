import type { Role } from '@amhp/contracts';
import { Page } from 'playwright-core';

/**
 * The demo accounts the stack seeds (apps/api/src/modules/identity/demo/demo-accounts.ts):
 * published DEMO DATA, one per role, never real accounts. Kept in step by the sign-in tests:
 * if they drift, signing in fails.
 */
export const DEMO: Record<Role, { email: string; password: string; name: string }> = {
  amhp: { email: 'amhp@demo.amhp-hub.example', password: 'Kestrel-harbour-41', name: 'Alex Morgan (demo AMHP)' },
  edt_worker: { email: 'edt@demo.amhp-hub.example', password: 'Lantern-meadow-52', name: 'Sam Patel (demo EDT worker)' },
  service_lead: { email: 'lead@demo.amhp-hub.example', password: 'Granite-orchard-63', name: 'Jordan Ellis (demo service lead)' },
  administrator: { email: 'admin@demo.amhp-hub.example', password: 'Copper-willow-74', name: 'Riley Chen (demo administrator)' },
  read_only: { email: 'viewer@demo.amhp-hub.example', password: 'Saffron-valley-85', name: 'Casey Hughes (demo bed manager, read only)' },
};

export interface ApiSession {
  cookie: string;
  csrfToken: string;
  headers(): Record<string, string>;
}

/** Signs in over HTTP (for requests the test makes besides the browser's). */
export async function apiSignIn(baseUrl: string, role: Role): Promise<ApiSession> {
  const { email, password } = DEMO[role];
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (res.status !== 200) throw new Error(`sign-in as ${email} gave ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken, headers: () => ({ cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }) };
}

/** Signs in through the dashboard's sign-in page, as a person would. */
export async function signInThroughPage(page: Page, baseUrl: string, role: Role, path = '/'): Promise<void> {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(DEMO[role].email);
  await page.getByLabel('Password').fill(DEMO[role].password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('user-menu').waitFor();
}
