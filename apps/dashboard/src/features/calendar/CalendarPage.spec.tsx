import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { RealtimeProvider } from '../../lib/realtime-context';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { CalendarPage } from './CalendarPage';

const INACTIVE = { active: false, createdAt: null, amhp: { id: 'a-1', name: 'Alex Morgan' }, myShiftsUrl: null, teamUrls: [] };
const CREATED = {
  active: true,
  createdAt: '2026-11-25T14:00:00.000Z',
  amhp: { id: 'a-1', name: 'Alex Morgan' },
  myShiftsUrl: '/api/calendar/s3cret/my-shifts.ics',
  teamUrls: [{ teamId: 'north', teamName: 'North', url: 'http://hub.example/api/calendar/s3cret/teams/north.ics' }],
};

describe('the calendar subscription page', () => {
  let restore: () => void = () => undefined;
  afterEach(() => restore());

  it('shows the secret URLs once, when the link is made, with copy buttons; revoking asks first', async () => {
    let state: object = INACTIVE;
    const fake = installFakeFetch({
      'GET /api/calendar-link': () => ({ body: state }),
      'POST /api/calendar-link': () => ((state = { ...CREATED, myShiftsUrl: null, teamUrls: [] }), { body: CREATED }),
      'DELETE /api/calendar-link': () => ((state = INACTIVE), { body: INACTIVE }),
    });
    restore = fake.restore;
    render(
      <RealtimeProvider socket={new FakeSocket().asSocket()}>
        <CalendarPage />
      </RealtimeProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('calendar-status').dataset.active).toBe('false'));
    fireEvent.click(screen.getByTestId('calendar-create'));
    const mine = await screen.findByTestId('calendar-url-mine');
    // A path from the API is made absolute for the calendar app.
    expect((within(mine).getByRole('textbox') as HTMLInputElement).value).toBe(`${window.location.origin}/api/calendar/s3cret/my-shifts.ics`);
    expect((within(screen.getByTestId('calendar-url-team')).getByRole('textbox') as HTMLInputElement).value).toBe('http://hub.example/api/calendar/s3cret/teams/north.ics');
    expect(screen.getByText(/Copy these now/)).toBeTruthy();
    fireEvent.click(within(mine).getByRole('button', { name: 'Copy My shifts' }));
    await within(mine).findByText(/Selected: press Ctrl\+C|Copied\./);
    await waitFor(() => expect(screen.getByTestId('calendar-status').dataset.active).toBe('true'));
    expect(screen.getByTestId('calendar-create').textContent).toBe('Rotate the link (make a new one)');

    fireEvent.click(screen.getByRole('button', { name: 'Revoke…' }));
    expect(fake.calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, revoke it' }));
    await waitFor(() => expect(screen.getByTestId('calendar-status').dataset.active).toBe('false'));
    expect(screen.queryByTestId('calendar-url-mine')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Link revoked');
  });
});
