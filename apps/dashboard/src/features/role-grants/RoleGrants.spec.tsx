import type { RoleGrantView } from '@amhp/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fakeApi, sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';
import { UserRow } from '../admin/UserRow';
import { RoleGrantsNotice } from './RoleGrantsNotice';
import { RoleGrantsPanel } from './RoleGrantsPanel';

const grant = (overrides: Partial<RoleGrantView> = {}): RoleGrantView => ({
  id: 'g-1',
  user: { id: 'u-9', displayName: 'Ada Admin', email: 'ada@amhp-hub.test' },
  grantedRoles: ['amhp'],
  rolesBefore: ['administrator'],
  rolesAfter: ['administrator', 'amhp'],
  source: 'administrator',
  grantedBy: { id: 'u-8', displayName: 'Bo Admin' },
  grantedAt: '2026-07-01T09:00:00.000Z',
  reviewedAt: null,
  reviewedBy: null,
  ...overrides,
});

const asLead = (children: React.ReactNode) => (
  <SessionProvider value={{ session: sessionFor(['service_lead']), signOut: async () => undefined, replace: () => undefined }}>{children}</SessionProvider>
);

describe('clinical roles granted to accounts, shown to the service lead', () => {
  let restore = () => undefined as void;
  afterEach(() => restore());

  it('the notice names the accounts waiting for review and links to them', async () => {
    restore = fakeApi({ 'GET /api/role-grants': () => ({ body: [grant(), grant({ id: 'g-2', reviewedAt: '2026-07-01T10:00:00.000Z', reviewedBy: 'Lee Lead' })] }) }).restore;
    render(asLead(<RoleGrantsNotice />));
    const notice = await screen.findByTestId('role-grants-notice');
    expect(notice.textContent).toContain('A clinical role was granted to an account and is waiting for your review: Ada Admin.');
    expect(within(notice).getByRole('link', { name: 'Review role grants' }).getAttribute('href')).toBe('/audit#role-grants');
  });

  it('no notice when every grant is reviewed', async () => {
    const api = fakeApi({ 'GET /api/role-grants': () => ({ body: [grant({ reviewedAt: '2026-07-01T10:00:00.000Z', reviewedBy: 'Lee Lead' })] }) });
    restore = api.restore;
    render(asLead(<RoleGrantsNotice />));
    await waitFor(() => expect(api.requests).toHaveLength(1));
    expect(screen.queryByTestId('role-grants-notice')).toBeNull();
  });

  it('the panel flags an administrator given a clinical role, and marks the grant reviewed', async () => {
    let reviewed = false;
    const api = fakeApi({
      'GET /api/role-grants': () => ({ body: [reviewed ? grant({ reviewedAt: '2026-07-01T10:00:00.000Z', reviewedBy: 'Pat Example' }) : grant()] }),
      'POST /api/role-grants/g-1/review': () => {
        reviewed = true;
        return { body: grant({ reviewedAt: '2026-07-01T10:00:00.000Z', reviewedBy: 'Pat Example' }) };
      },
    });
    restore = api.restore;
    render(asLead(<RoleGrantsPanel />));
    const row = await screen.findByTestId('role-grant');
    expect(row.textContent).toContain('Also an administrator');
    expect(row.textContent).toContain('Bo Admin');
    await act(async () => fireEvent.click(within(row).getByRole('button', { name: 'Mark reviewed' })));
    await waitFor(() => expect(screen.getByTestId('role-grant').dataset.reviewed).toBe('yes'));
    expect(screen.getByTestId('role-grant').textContent).toContain('Reviewed by Pat Example');
  });

  it('an administrator is not offered a change of their own roles', () => {
    const self = { id: 'user-1', email: 'pat.example@amhp-hub.test', displayName: 'Pat Example', roles: ['administrator' as const], authSource: 'local' as const, disabled: false, lockedUntil: null, failedSignIns: 0, lastSignInAt: null, mustChangePassword: false, createdAt: '2026-01-01T00:00:00.000Z' };
    render(
      <table>
        <tbody>
          <UserRow user={self} isSelf onChanged={() => undefined} />
        </tbody>
      </table>,
    );
    expect(screen.queryByRole('button', { name: 'Roles' })).toBeNull();
    expect(screen.getByText('Your own roles are changed by another administrator.')).toBeTruthy();
  });
});
