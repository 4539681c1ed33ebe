import { AlertView } from '@amhp/contracts';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { Providers } from '../../app/Providers';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { AlertsPanel } from './AlertsPanel';

function alert(id: string, severity: AlertView['severity'], raisedAt: string): AlertView {
  return {
    id,
    kind: 'deadline.expired',
    severity,
    referralId: `ref-${id}`,
    referralReference: `R-${id}`,
    message: `s136 detention for R-${id} has expired`,
    dueAt: raisedAt,
    raisedAt,
    acknowledgedAt: null,
  };
}

const itemRefs = () => screen.queryAllByTestId('alert-item').map((el) => el.getAttribute('data-alert-id'));

describe('alerts panel', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  async function setup(initial: AlertView[]) {
    const fake = installFakeFetch({
      'GET /api/referrals': () => ({ body: [] }),
      'GET /api/alerts': () => ({ body: initial }),
      'POST /api/alerts/b/acknowledge': () => ({ status: 204 }),
    });
    restore = fake.restore;
    const socket = new FakeSocket();
    await act(async () => {
      render(
        <Providers socket={socket.asSocket()}>
          <AlertsPanel />
        </Providers>,
      );
    });
    return { socket, fake };
  }

  it('lists unacknowledged alerts most severe first, newest first within a severity', async () => {
    await setup([alert('a', 'warning', '2026-11-25T10:00:00Z'), alert('b', 'critical', '2026-11-25T09:00:00Z'), alert('c', 'critical', '2026-11-25T11:00:00Z')]);
    expect(itemRefs()).toEqual(['c', 'b', 'a']);
    expect(within(screen.getByTestId('alerts-panel')).getByRole('heading').textContent).toContain('3');
  });

  it('adds a raised alert live and announces it politely', async () => {
    const { socket } = await setup([alert('a', 'critical', '2026-11-25T09:00:00Z')]);
    act(() => socket.push('alert.raised', alert('new', 'critical', '2026-11-25T12:00:00Z')));
    expect(itemRefs()).toEqual(['new', 'a']);
    const live = screen.getByTestId('alerts-panel').querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('New alert: s136 detention for R-new has expired');
    // The same alert pushed twice (e.g. after a reconnect) is shown once.
    act(() => socket.push('alert.raised', alert('new', 'critical', '2026-11-25T12:00:00Z')));
    expect(itemRefs()).toEqual(['new', 'a']);
  });

  it('acknowledges an alert and drops it, and drops one acknowledged elsewhere', async () => {
    const { socket, fake } = await setup([alert('a', 'warning', '2026-11-25T09:00:00Z'), alert('b', 'critical', '2026-11-25T09:00:00Z')]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Acknowledge alert for R-b' })));
    expect(fake.calls.some((c) => c.method === 'POST' && c.path === '/api/alerts/b/acknowledge')).toBe(true);
    expect(itemRefs()).toEqual(['a']);
    act(() => socket.push('alert.acknowledged', { id: 'a' }));
    expect(itemRefs()).toEqual([]);
    expect(screen.getByText('No unacknowledged alerts.')).toBeTruthy();
  });
});
