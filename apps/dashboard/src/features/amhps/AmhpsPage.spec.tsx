import type { AmhpRegisterView } from '@amhp/contracts';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RealtimeProvider } from '../../lib/realtime-context';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { AMHP, TEAMS } from '../../test/rota-fixtures';
import { sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';
import { AmhpsPage } from './AmhpsPage';

function registered(overrides: Partial<AmhpRegisterView>): AmhpRegisterView {
  return {
    id: AMHP.alex,
    name: 'Alex Morgan',
    approvingCouncil: 'Exampleshire County Council',
    approvedOn: '2024-11-25',
    expiresOn: '2029-11-24',
    suspendedFrom: null,
    team: null,
    approvalCurrent: true,
    teamId: 'north',
    userId: 'user-1',
    availability: 'available',
    approvalState: 'current',
    daysUntilExpiry: 1095,
    trainingHoursThisYear: 6,
    trainingRequiredHours: 18,
    ...overrides,
  };
}

describe('the AMHP register', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows each warrant, warns before expiry, and lets the signed-in AMHP change their availability', async () => {
    let availability: AmhpRegisterView['availability'] = 'available';
    const fake = installFakeFetch({
      'GET /api/amhps': () => ({
        body: [
          registered({ availability }),
          registered({ id: AMHP.jo, name: 'Jo Rivers', userId: null, teamId: 'edt', approvalState: 'expiring', daysUntilExpiry: 40, expiresOn: '2027-01-04' }),
          registered({ id: AMHP.lapsed, name: 'Lee Lapsed', userId: null, approvalState: 'lapsed', approvalCurrent: false, daysUntilExpiry: -3, expiresOn: '2026-11-22' }),
        ],
      }),
      'GET /api/teams': () => ({ body: TEAMS }),
      'PUT /api/amhps/me/availability': ({ body }) => ((availability = (body as { availability: typeof availability }).availability), { body: registered({ availability }) }),
    });
    restore = fake.restore;
    render(
      <SessionProvider value={{ session: sessionFor(['amhp']), signOut: async () => undefined, replace: () => undefined }}>
        <RealtimeProvider socket={new FakeSocket().asSocket()}>
          <AmhpsPage />
        </RealtimeProvider>
      </SessionProvider>,
    );
    const rows = await screen.findAllByTestId('amhp-row');
    expect(rows.map((r) => r.querySelector('strong')?.textContent)).toEqual(['Alex Morgan', 'Jo Rivers', 'Lee Lapsed']);
    await waitFor(() => expect(rows[0].textContent).toContain('North'));
    expect(within(rows[0]).getByTestId('amhp-training').textContent).toBe('6 of 18 h · 12 h to go');
    expect(within(rows[2]).getByTestId('amhp-approval').textContent).toContain('Approval lapsed');
    const warnings = screen.getByTestId('approval-warnings').textContent;
    expect(warnings).toContain('Lee Lapsed: approval lapsed 3 days ago (22 Nov 2026) — cannot be put on duty or allocated');
    expect(warnings).toContain('Jo Rivers: approval ends in 40 days (4 Jan 2027)');

    const mine = screen.getByTestId('my-availability');
    expect(mine.textContent).toContain('You (Alex Morgan) are available for new cases.');
    fireEvent.click(within(mine).getByRole('button', { name: 'Set me unavailable' }));
    await waitFor(() => expect(screen.getByTestId('my-availability').textContent).toContain('are unavailable'));
    expect(fake.calls.find((c) => c.method === 'PUT')?.body).toEqual({ availability: 'unavailable' });
  });
});
