import type { UserView } from '@amhp/contracts';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { fakeApi, sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';
import { UsersPage } from './UsersPage';

function user(overrides: Partial<UserView> = {}): UserView {
  return {
    id: 'u-2',
    email: 'sam.worker@amhp-hub.test',
    displayName: 'Sam Worker',
    roles: ['edt_worker'],
    authSource: 'local',
    disabled: false,
    lockedUntil: null,
    failedSignIns: 0,
    lastSignInAt: null,
    mustChangePassword: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function renderPage(routes: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(routes);
  render(
    <SessionProvider value={{ session: sessionFor(['administrator']), signOut: async () => undefined, replace: () => undefined }}>
      <UsersPage />
    </SessionProvider>,
  );
  return api;
}

describe('users administration page', () => {
  let restore = () => undefined as void;
  afterEach(() => restore());

  it('lists accounts with their state, and unlocks a locked one', async () => {
    const locked = user({ lockedUntil: '2026-11-25T10:15:00.000Z' });
    const api = renderPage({
      'GET /api/users': () => ({ body: [locked] }),
      'POST /api/users/u-2/unlock': () => ({ body: { ...locked, lockedUntil: null } }),
    });
    restore = api.restore;
    const row = await screen.findByTestId('user-row');
    expect(row.textContent).toContain('Locked until');
    fireEvent.click(within(row).getByRole('button', { name: 'Unlock' }));
    await screen.findByText('Active');
    expect(api.requests.at(-1)?.method).toBe('POST');
  });

  it('checks the password policy before sending, then creates the account', async () => {
    const api = renderPage({
      'GET /api/users': () => ({ body: [] }),
      'POST /api/users': ({ body }) => ({ status: 201, body: user({ ...(body as Partial<UserView>), id: 'u-9', mustChangePassword: true }) }),
    });
    restore = api.restore;
    const form = await screen.findByTestId('create-user');
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Robin New' } });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'robin.new@amhp-hub.test' } });
    fireEvent.change(within(form).getByLabelText('First password'), { target: { value: 'password1234' } });
    fireEvent.click(within(form).getByLabelText('AMHP'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));
    expect((await within(form).findByRole('alert')).textContent).toContain('too common');
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);

    fireEvent.change(within(form).getByLabelText('First password'), { target: { value: 'Harbour-violet-quarry-3' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create account' }));
    expect((await screen.findByTestId('user-row')).textContent).toContain('Robin New');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ email: 'robin.new@amhp-hub.test', displayName: 'Robin New', roles: ['amhp'], password: 'Harbour-violet-quarry-3' });
    expect(screen.getByRole('status').textContent).toContain('must change the password');
  });

  it('does not offer to disable one’s own account', async () => {
    const api = renderPage({ 'GET /api/users': () => ({ body: [user({ id: 'user-1', displayName: 'Pat Example', roles: ['administrator'] }), user()] }) });
    restore = api.restore;
    const rows = await screen.findAllByTestId('user-row');
    expect(within(rows[0]).queryByRole('button', { name: 'Disable' })).toBeNull();
    expect(within(rows[1]).getByRole('button', { name: 'Disable' })).toBeTruthy();
  });
});
