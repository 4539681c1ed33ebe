import type { Role } from '@amhp/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { NowProvider } from '../../lib/now-context';
import { RealtimeProvider } from '../../lib/realtime-context';
import { FetchHandler, installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { handoverView } from '../../test/handover-fixtures';
import { sessionFor } from '../identity/identity-test-support';
import { SessionProvider } from '../identity/session-context';
import { HandoverDetailPage } from './HandoverDetailPage';

const ACKNOWLEDGED = { acknowledgedAt: '2026-03-25T17:12:00.000Z', acknowledgedBy: { userId: 'user-1', name: 'Pat Example' } };

function renderHandover(roles: Role[], routes: Record<string, FetchHandler>) {
  const fake = installFakeFetch(routes);
  const socket = new FakeSocket();
  render(
    <SessionProvider value={{ session: sessionFor(roles), signOut: async () => undefined, replace: () => undefined }}>
      <RealtimeProvider socket={socket.asSocket()}>
        <NowProvider>
          <HandoverDetailPage id="h-1" />
        </NowProvider>
      </RealtimeProvider>
    </SessionProvider>,
  );
  return { fake, socket };
}

describe('a handover', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows every case with its stage, clocks, what it waits for, the actions open and the outgoing notes', async () => {
    const { fake } = renderHandover(['edt_worker'], { 'GET /api/handovers/h-1': () => ({ body: handoverView() }) });
    restore = fake.restore;
    const page = await screen.findByTestId('handover-page');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Handover: North → North EDT');
    expect(page.textContent).toContain('Day duty ends: EDT takes over at Wed 25 Mar 2026 17:00 GMT');
    const item = screen.getByTestId('handover-case');
    expect(item.textContent).toContain('R-2026-00042');
    expect(item.textContent).toContain('Assessment arranged');
    expect(within(item).getAllByTestId('clock')[0].dataset.clockKind).toBe('s136');
    expect(within(item).getByTestId('handover-awaiting').textContent).toContain('Second doctor (s12 approved) to confirm 19:00');
    expect(within(item).getByTestId('handover-actions').textContent).toContain('Start the assessment');
    expect(within(item).getByTestId('handover-note').textContent).toContain('Police stay until 19:00.');
    expect(within(item).getByRole('link', { name: 'R-2026-00042' }).getAttribute('href')).toBe('/assessments/as-1');
    expect(screen.getByTestId('handover-status').textContent).toContain('Awaiting acknowledgement by Wed 25 Mar 17:30');
  });

  it('is acknowledged by the incoming team, once', async () => {
    let acknowledged = false;
    const { fake } = renderHandover(['edt_worker'], {
      'GET /api/handovers/h-1': () => ({ body: handoverView(acknowledged ? ACKNOWLEDGED : { overdue: true }) }),
      'POST /api/handovers/h-1/acknowledge': () => ((acknowledged = true), { body: handoverView(ACKNOWLEDGED) }),
    });
    restore = fake.restore;
    await screen.findByTestId('handover-page');
    expect(screen.getByTestId('handover-page').dataset.state).toBe('overdue');
    expect(screen.getByTestId('handover-status').textContent).toContain('Not acknowledged: was due Wed 25 Mar 17:30');
    fireEvent.click(screen.getByTestId('acknowledge-handover'));
    await waitFor(() => expect(screen.getByTestId('handover-page').dataset.state).toBe('acknowledged'));
    expect(screen.getByTestId('handover-status').textContent).toBe('Acknowledged by Pat Example, Wed 25 Mar 17:12');
    expect(screen.queryByTestId('acknowledge-handover')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Handover acknowledged');
    expect(fake.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('says so when someone else acknowledged it first (409), and shows who', async () => {
    let loads = 0;
    const { fake } = renderHandover(['amhp'], {
      'GET /api/handovers/h-1': () => ({ body: handoverView(loads++ === 0 ? {} : ACKNOWLEDGED) }),
      'POST /api/handovers/h-1/acknowledge': () => ({ status: 409, body: { statusCode: 409, message: 'This handover was already acknowledged.' } }),
    });
    restore = fake.restore;
    await screen.findByTestId('handover-page');
    fireEvent.click(screen.getByTestId('acknowledge-handover'));
    expect((await screen.findByRole('alert')).textContent).toBe('This handover was already acknowledged. It has been reloaded.');
    expect(screen.getByTestId('handover-status').textContent).toContain('Acknowledged by Pat Example');
  });

  it('updates live when it is acknowledged elsewhere, and offers no button to those not on the incoming side', async () => {
    let acknowledged = false;
    const { fake, socket } = renderHandover(['service_lead'], {
      'GET /api/handovers/h-1': () => ({ body: handoverView(acknowledged ? { ...ACKNOWLEDGED, youMayAcknowledge: false } : { youMayAcknowledge: false }) }),
    });
    restore = fake.restore;
    await screen.findByTestId('handover-page');
    expect(screen.queryByTestId('acknowledge-handover')).toBeNull();
    expect(screen.getByTestId('acknowledge-by').textContent).toBe('For the incoming team (North EDT) to acknowledge.');
    acknowledged = true;
    act(() => socket.push('handover.acknowledged', { id: 'h-1', acknowledgedAt: ACKNOWLEDGED.acknowledgedAt }));
    await waitFor(() => expect(screen.getByTestId('handover-page').dataset.state).toBe('acknowledged'));
  });
});
