import { act, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { Providers } from '../../app/Providers';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { boardRow } from '../../test/referral-fixtures';
import { sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';

describe('my cases', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows the board’s rows allocated to me, live from the pushed rows, without asking again per change', async () => {
    const me = { id: 'amhp-me', name: 'Alex Morgan' };
    const mine = boardRow({ reference: 'R-MINE', assessmentId: 'as-1', stage: 'amhp_allocated', allocatedAmhp: me });
    const other = boardRow({ reference: 'R-OTHER', assessmentId: 'as-2', stage: 'amhp_allocated', allocatedAmhp: { id: 'amhp-x', name: 'Sam Patel' } });
    const fake = installFakeFetch({
      'GET /api/referrals': () => ({ body: [mine, other] }),
      'GET /api/my-cases': () => ({ body: { amhp: me, cases: [mine] } }),
      'GET /api/alerts': () => ({ body: [] }),
    });
    restore = fake.restore;
    const socket = new FakeSocket();
    window.history.replaceState(null, '', '/my-cases');
    await act(async () => {
      render(
        <SessionProvider value={{ session: sessionFor(['amhp']), signOut: async () => undefined, replace: () => undefined }}>
          <Providers socket={socket.asSocket()}>
            <App />
          </Providers>
        </SessionProvider>,
      );
    });
    const refs = () => screen.queryAllByTestId('referral-row').map((row) => within(row).getAllByRole('link')[0].textContent);
    await waitFor(() => expect(refs()).toEqual(['R-MINE']));
    const asked = fake.calls.length;

    // R-OTHER is reallocated to me; R-MINE to someone else: both arrive as pushed rows.
    act(() => socket.push('referral.upserted', { ...other, assessmentVersion: 5, allocatedAmhp: me }));
    expect(refs()).toEqual(['R-MINE', 'R-OTHER']);
    act(() => socket.push('referral.upserted', { ...mine, assessmentVersion: 5, allocatedAmhp: { id: 'amhp-x', name: 'Sam Patel' } }));
    expect(refs()).toEqual(['R-OTHER']);
    act(() => socket.push('referral.closed', { id: other.id }));
    expect(refs()).toEqual([]);
    expect(fake.calls.slice(asked)).toEqual([]);
  });
});
