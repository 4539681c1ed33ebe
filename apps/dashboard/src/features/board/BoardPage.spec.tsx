import { act, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { Providers } from '../../app/Providers';
import { deferred, FakeReply, installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { boardRow as referral, readOnlyRow } from '../../test/referral-fixtures';
import { sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';

const rowRefs = () => screen.queryAllByTestId('referral-row').map((row) => within(row).getByRole('link').textContent);

function setup(snapshots: Array<() => FakeReply | Promise<FakeReply>>) {
  let loads = 0;
  const fetchMock = installFakeFetch({
    'GET /api/referrals': () => snapshots[Math.min(loads++, snapshots.length - 1)](),
    'GET /api/alerts': () => ({ body: [] }), 'GET /api/rota/on-duty': () => ({ body: { at: '2026-11-25T10:00:00.000Z', teams: [] } }),
  });
  const socket = new FakeSocket();
  window.history.replaceState(null, '', '/');
  render(
    <Providers socket={socket.asSocket()}>
      <App />
    </Providers>,
  );
  return { socket, fetchMock, loads: () => loads };
}

describe('the live board', () => {
  const s136 = referral({ reference: 'R-S136', clock: { power: 's136', startedAt: '2026-11-25T06:00:00Z' } });
  const urgent = referral({ reference: 'R-URGENT', urgency: 'urgent' });
  const routine = referral({ reference: 'R-ROUTINE', urgency: 'routine' });
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows the snapshot in board order and applies upserts and closures live, without a reload', async () => {
    const { socket, fetchMock } = setup([() => ({ body: [routine, s136, urgent] })]);
    restore = fetchMock.restore;
    await waitFor(() => expect(rowRefs()).toEqual(['R-S136', 'R-URGENT', 'R-ROUTINE']));
    expect(screen.getByTestId('board').tagName).toBe('TABLE');
    expect(screen.getAllByTestId('referral-row')[0].dataset.referralId).toBe(s136.id);

    const emergency = referral({ reference: 'R-EMERG', urgency: 'emergency' });
    act(() => socket.push('referral.upserted', emergency));
    expect(rowRefs()).toEqual(['R-S136', 'R-EMERG', 'R-URGENT', 'R-ROUTINE']);

    act(() => socket.push('referral.closed', { id: urgent.id }));
    expect(rowRefs()).toEqual(['R-S136', 'R-EMERG', 'R-ROUTINE']);
    expect(within(screen.getByTestId('board')).getAllByTestId('deadline-countdown')).toHaveLength(1);
  });

  it('shows Reconnecting… after a drop, then reloads the snapshot on reconnect so nothing is missed', async () => {
    const { socket, fetchMock, loads } = setup([() => ({ body: [urgent] }), () => ({ body: [urgent] }), () => ({ body: [urgent, routine] })]);
    restore = fetchMock.restore;
    act(() => socket.serverConnect());
    await waitFor(() => expect(screen.getByTestId('connection-status').textContent).toContain('Live'));
    await waitFor(() => expect(rowRefs()).toEqual(['R-URGENT']));
    const before = loads();

    act(() => socket.drop());
    expect(screen.getByTestId('connection-status').textContent).toContain('Reconnecting…');
    // While disconnected, R-ROUTINE was created: no event reached us.
    act(() => socket.serverConnect());
    expect(screen.getByTestId('connection-status').textContent).toContain('Live');
    await waitFor(() => expect(rowRefs()).toEqual(['R-URGENT', 'R-ROUTINE']));
    expect(loads()).toBe(before + 1);
    expect(fetchMock.calls.filter((c) => c.path === '/api/alerts').length).toBeGreaterThanOrEqual(before + 1);
  });

  it('replays events that arrive while a reload is in flight on top of the fresh snapshot', async () => {
    const held = deferred<FakeReply>();
    const { socket, fetchMock } = setup([() => held.promise]);
    restore = fetchMock.restore;
    const late = referral({ reference: 'R-LATE', urgency: 'emergency' });
    act(() => socket.push('referral.upserted', late));
    act(() => socket.push('referral.closed', { id: urgent.id }));
    // The snapshot was taken before those events: it has R-URGENT and not R-LATE.
    await act(async () => held.resolve({ body: [urgent, routine] }));
    await waitFor(() => expect(rowRefs()).toEqual(['R-LATE', 'R-ROUTINE']));
  });

  it('links each row to the referral detail', async () => {
    const { fetchMock } = setup([() => ({ body: [routine] })]);
    restore = fetchMock.restore;
    const link = await screen.findByRole('link', { name: 'R-ROUTINE' });
    expect(link.getAttribute('href')).toBe(`/referrals/${routine.id}`);
    expect(screen.getByTestId('new-referral').getAttribute('href')).toBe('/referrals/new');
  });
});

describe('the empty board', () => {
  it('keeps the table in place with a message, and fills it when a referral arrives', async () => {
    const fake = installFakeFetch({ 'GET /api/referrals': () => ({ body: [] }), 'GET /api/alerts': () => ({ body: [] }), 'GET /api/rota/on-duty': () => ({ body: { at: '2026-11-25T10:00:00.000Z', teams: [] } }) });
    const socket = new FakeSocket();
    window.history.replaceState(null, '', '/');
    render(
      <Providers socket={socket.asSocket()}>
        <App />
      </Providers>,
    );
    try {
      const board = await screen.findByTestId('board');
      expect(within(board).getByText('No open referrals.')).toBeTruthy();
      act(() => socket.push('referral.upserted', referral({ reference: 'R-FIRST' })));
      expect(rowRefs()).toEqual(['R-FIRST']);
      expect(within(board).queryByText('No open referrals.')).toBeNull();
    } finally {
      fake.restore();
    }
  });
});

describe('the read-only role’s board (bed managers and others)', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  function renderReadOnly(rows: unknown[]) {
    const fake = installFakeFetch({
      'GET /api/referrals': () => ({ body: rows }),
      'GET /api/alerts': () => ({ body: [] }),
      'GET /api/rota/on-duty': () => ({ body: { at: '2026-11-25T10:00:00.000Z', teams: [] } }),
    });
    restore = fake.restore;
    const socket = new FakeSocket();
    window.history.replaceState(null, '', '/');
    render(
      <SessionProvider value={{ session: sessionFor(['read_only']), signOut: async () => undefined, replace: () => undefined }}>
        <Providers socket={socket.asSocket()}>
          <App />
        </Providers>
      </SessionProvider>,
    );
    return { socket, fake };
  }

  it('shows rows without the person: no name, age or whereabouts columns, the references not linked', async () => {
    const row = readOnlyRow(referral({ reference: 'R-BEDS', allocatedAmhp: { id: 'a-1', name: 'Alex Duty' } }));
    renderReadOnly([row]);
    const tr = await screen.findByTestId('referral-row');
    const headers = within(screen.getByTestId('board')).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).not.toContain('Person');
    expect(headers).not.toContain('Where now');
    expect(tr.textContent).toContain('R-BEDS');
    expect(tr.textContent).toContain('Alex Duty');
    expect(within(tr).queryByRole('link')).toBeNull();
  });

  it('shows the details the service allows it (e.g. where the person is now), and no others', async () => {
    const full = referral({ reference: 'R-WHERE', currentLocation: 'Ward 4' });
    renderReadOnly([{ ...readOnlyRow(full), currentLocation: full.currentLocation }]);
    const tr = await screen.findByTestId('referral-row');
    const headers = within(screen.getByTestId('board')).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toContain('Where now');
    expect(headers).not.toContain('Person');
    expect(tr.textContent).toContain('Ward 4');
    expect(tr.textContent).not.toContain(full.name!.familyName);
  });
});

