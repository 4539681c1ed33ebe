import type { HandoverSummaryView } from '@amhp/contracts';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { NowProvider } from '../../lib/now-context';
import { RealtimeProvider } from '../../lib/realtime-context';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { handoverCase, handoverView } from '../../test/handover-fixtures';
import { HandoversPage } from './HandoversPage';

function summary(overrides: Partial<HandoverSummaryView>): HandoverSummaryView {
  const { cases: _cases, ...rest } = handoverView();
  return { ...rest, caseCount: 1, ...overrides };
}

describe('the handovers page', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('lists handovers with their acknowledgement, live, and takes the outgoing AMHP’s note for the next one', async () => {
    let list = [summary({ id: 'h-1', overdue: true })];
    let notes = 0;
    const draft = { ...handoverView({ boundaryAt: '2026-03-26T09:00:00.000Z' }), id: null, acknowledgedAt: null, acknowledgedBy: null, overdue: false as const, cases: [handoverCase({ notes: [] })] };
    const fake = installFakeFetch({
      'GET /api/handovers?limit=50': () => ({ body: list }),
      'GET /api/handovers/upcoming': () => ({
        body: notes === 0 ? draft : { ...draft, cases: [handoverCase({ notes: [{ id: 'n-2', authorName: 'Pat Example', text: 'Bed found at Exampletown.', writtenAt: '2026-03-26T08:00:00.000Z' }] })] },
      }),
      'POST /api/handover-notes': () => ((notes += 1), { status: 201, body: { id: 'n-2' } }),
    });
    restore = fake.restore;
    const socket = new FakeSocket();
    render(
      <RealtimeProvider socket={socket.asSocket()}>
        <NowProvider>
          <HandoversPage />
        </NowProvider>
      </RealtimeProvider>,
    );
    const row = await screen.findByTestId('handover-row');
    expect(row.dataset.state).toBe('overdue');
    expect(row.textContent).toContain('North → North EDT');
    expect(row.textContent).toContain('Not acknowledged: was due Wed 25 Mar 17:30');

    list = [summary({ id: 'h-2', boundaryAt: '2026-03-26T09:00:00.000Z', direction: 'edt-to-day', fromTeam: list[0].toTeam, toTeam: list[0].fromTeam }), ...list];
    act(() => socket.push('handover.created', list[0]));
    await waitFor(() => expect(screen.getAllByTestId('handover-row')).toHaveLength(2));

    const upcoming = screen.getByTestId('upcoming-handover');
    expect(upcoming.textContent).toContain('Next handover: North → North EDT at Thu 26 Mar 09:00');
    const form = await within(upcoming).findByTestId('handover-note-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Add note' }));
    expect(within(form).getByRole('alert').textContent).toBe('Note is required');
    fireEvent.change(within(form).getByLabelText('Note on R-2026-00042 for the incoming team'), { target: { value: 'Bed found at Exampletown.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add note' }));
    await within(upcoming).findByText('Bed found at Exampletown.');
    expect(fake.calls.find((c) => c.method === 'POST')?.body).toEqual({ referralId: '5b1e2c3d-0000-4000-8000-000000000042', text: 'Bed found at Exampletown.' });
  });
});
