import type { Role } from '@amhp/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { Providers } from '../../app/Providers';
import { FakeSocket } from '../../test/fake-socket';
import { fakeApi, sessionFor } from './identity-test-support';
import { SessionProvider } from './session-context';

const GAP = { teamId: 'north', kind: 'day', from: '2026-12-02T09:00:00.000Z', to: '2026-12-02T17:00:00.000Z', required: 1, onDuty: 0 };

function renderAs(roles: Role[], path: string) {
  window.history.replaceState(null, '', path);
  const api = fakeApi({
    'GET /api/referrals': () => ({ body: [] }),
    'GET /api/alerts': () => ({ body: [] }),
    'GET /api/users': () => ({ body: [] }),
    'GET /api/users/directory': () => ({ body: [] }),
    'GET /api/audit/events?limit=100': () => ({ body: { events: [], nextBefore: null } }),
    'GET /api/rota/on-duty': () => ({ body: { at: '2026-11-25T10:00:00.000Z', teams: [] } }),
    'GET /api/rota/gaps?weeks=8': () => ({ body: { from: '2026-11-25T10:00:00.000Z', to: '2027-01-20T10:00:00.000Z', gaps: [GAP] } }),
  });
  render(
    <SessionProvider value={{ session: sessionFor(roles), signOut: async () => undefined, replace: () => undefined }}>
      <Providers socket={new FakeSocket().asSocket()}>
        <App />
      </Providers>
    </SessionProvider>,
  );
  return api;
}

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((a) => a.textContent);

describe('what each role is offered', () => {
  let restore = () => undefined as void;
  afterEach(() => restore());

  it('an AMHP: the board, new referrals, their cases, the rota, handovers and the alerts; no users or audit', async () => {
    restore = renderAs(['amhp'], '/').restore;
    expect(navLinks()).toEqual(['Board', 'New referral', 'My cases', 'Rota', 'Handovers', 'AMHPs', 'Calendar']);
    expect(await screen.findByTestId('alerts-panel')).toBeTruthy();
    expect(screen.queryByTestId('rota-gaps-notice')).toBeNull();
    expect(screen.getByTestId('user-name').textContent).toBe('Pat Example');
    expect(screen.getByTestId('user-roles').textContent).toBe('AMHP');
  });

  it('a service lead: the board, the rota they manage, the register and the audit, no new referral', async () => {
    restore = renderAs(['service_lead'], '/').restore;
    expect(navLinks()).toEqual(['Board', 'Rota', 'Handovers', 'AMHPs', 'Calendar', 'Audit']);
    expect(screen.getByTestId('user-roles').textContent).toBe('Service lead');
    // As the rota's manager, warned on the board of the gap ahead, with a link to its week.
    const notice = await screen.findByTestId('rota-gaps-notice');
    expect(notice.textContent).toBe('1 gap in the rota in the next 8 weeks. The first: Wed 2 Dec 09:00–17:00. Open the rota');
    expect(within(notice).getByRole('link').getAttribute('href')).toBe('/rota?date=2026-12-02');
  });

  it('read only: the board and the rota; typing the address of another page says it is not available', async () => {
    restore = renderAs(['read_only'], '/referrals/new').restore;
    expect(navLinks()).toEqual(['Board', 'Rota', 'Calendar']);
    expect(await screen.findByTestId('not-permitted')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'New referral' })).toBeNull();
  });

  it('an administrator alone: users and the rota; the board address leads to the users page, and no case data is requested', async () => {
    const api = renderAs(['administrator'], '/');
    restore = api.restore;
    expect(navLinks()).toEqual(['Rota', 'AMHPs', 'Calendar', 'Users']);
    await waitFor(() => expect(window.location.pathname).toBe('/admin/users'));
    expect(await screen.findByTestId('users-table')).toBeTruthy();
    expect(screen.queryByTestId('alerts-panel')).toBeNull();
    expect(api.requests.map((r) => r.path)).not.toEqual(expect.arrayContaining(['/api/referrals']));
    expect(api.requests.map((r) => r.path)).not.toContain('/api/alerts');
  });
});
