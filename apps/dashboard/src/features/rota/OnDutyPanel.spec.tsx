import { act, render, screen, waitFor, within } from '@testing-library/react';
import { RealtimeProvider } from '../../lib/realtime-context';
import { installFakeFetch } from '../../test/fake-fetch';
import { FakeSocket } from '../../test/fake-socket';
import { AMHP, onDutyView } from '../../test/rota-fixtures';
import { ON_DUTY_REFRESH_MS, OnDutyPanel } from './OnDutyPanel';

function renderPanel(answers: Array<ReturnType<typeof onDutyView>>) {
  let loads = 0;
  const fake = installFakeFetch({ 'GET /api/rota/on-duty': () => ({ body: answers[Math.min(loads++, answers.length - 1)] }) });
  const socket = new FakeSocket();
  render(
    <RealtimeProvider socket={socket.asSocket()}>
      <OnDutyPanel />
    </RealtimeProvider>,
  );
  return { fake, socket, loads: () => loads };
}

const team = (id: string) => screen.getAllByTestId('on-duty-team').find((t) => t.dataset.teamId === id)!;

describe('the on-duty-now panel on the board', () => {
  let restore: () => void = () => undefined;
  afterEach(() => {
    restore();
    jest.useRealTimers();
  });

  it('shows who is on duty now and until when, and who is next, in London time', async () => {
    const { fake } = renderPanel([onDutyView()]);
    restore = fake.restore;
    await screen.findAllByTestId('on-duty-team');
    // The team in force first.
    expect(screen.getAllByTestId('on-duty-team').map((t) => t.dataset.teamId)).toEqual(['north', 'edt']);
    expect(within(team('north')).getByTestId('on-duty-now').textContent).toBe('Alex Morgan until 17:00');
    expect(within(team('north')).getByTestId('on-duty-next').textContent).toBe('Next: Sam Patel from Thu 09:00 to 17:00');
    expect(team('edt').textContent).toContain('not in force now');
    expect(within(team('edt')).getByTestId('on-duty-next').textContent).toBe('Next: Jo Rivers from 17:00 to Thu 09:00');
    expect(team('north').dataset.gapNow).toBe('false');
  });

  it('shows a gap now in red and in words when a team in force has nobody on duty', async () => {
    const view = onDutyView();
    view.teams[0] = { ...view.teams[0], onDuty: [] };
    const { fake } = renderPanel([view]);
    restore = fake.restore;
    await screen.findAllByTestId('on-duty-team');
    expect(team('north').dataset.gapNow).toBe('true');
    expect(team('north').className).toContain('on-duty__team--gap');
    expect(within(team('north')).getByRole('alert').textContent).toBe('Gap now: no AMHP on duty');
    // A team not in force with nobody on is not a gap.
    expect(team('edt').dataset.gapNow).toBe('false');
  });

  it('reloads when the rota changes and every minute', async () => {
    jest.useFakeTimers();
    const later = onDutyView();
    later.teams[0] = { ...later.teams[0], onDuty: [{ amhpId: AMHP.sam, amhpName: 'Sam Patel', until: '2026-03-25T17:00:00.000Z' }] };
    const { fake, socket, loads } = renderPanel([onDutyView(), later, onDutyView()]);
    restore = fake.restore;
    await waitFor(() => expect(screen.getAllByTestId('on-duty-now')[0].textContent).toContain('Alex Morgan'));
    act(() => socket.push('rota.changed', { teamIds: ['north'] }));
    await waitFor(() => expect(screen.getAllByTestId('on-duty-now')[0].textContent).toContain('Sam Patel'));
    expect(loads()).toBe(2);
    await act(async () => {
      jest.advanceTimersByTime(ON_DUTY_REFRESH_MS);
    });
    await waitFor(() => expect(screen.getAllByTestId('on-duty-now')[0].textContent).toContain('Alex Morgan'));
    expect(loads()).toBe(3);
  });
});
