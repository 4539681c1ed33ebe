import { act, render, screen, waitFor } from '@testing-library/react';
import { boardRowOf } from '@amhp/contracts';
import { useCallback } from 'react';
import { FakeSocket } from '../test/fake-socket';
import { referral } from '../test/referral-fixtures';
import { RealtimeProvider } from './realtime-context';
import { useResource } from './use-resource';

function Probe({ load, coalesceMs }: { load: () => Promise<number>; coalesceMs?: number }) {
  const stable = useCallback(() => load(), [load]);
  const { data } = useResource(stable, { reloadOn: ['referral.upserted'], coalesceMs });
  return <p data-testid="data">{data ?? '…'}</p>;
}

describe('a resource reloaded on socket events', () => {
  const row = boardRowOf(referral(), new Date());

  function setup(coalesceMs?: number) {
    let loads = 0;
    const load = async () => ++loads;
    const socket = new FakeSocket();
    render(
      <RealtimeProvider socket={socket.asSocket()}>
        <Probe load={load} coalesceMs={coalesceMs} />
      </RealtimeProvider>,
    );
    return { socket, loads: () => loads };
  }

  it('reloads on each event by default', async () => {
    const { socket, loads } = setup();
    await waitFor(() => expect(screen.getByTestId('data').textContent).toBe('1'));
    act(() => [1, 2, 3].forEach(() => socket.push('referral.upserted', row)));
    await waitFor(() => expect(loads()).toBe(4));
  });

  it('with coalesceMs, answers a burst of events (a busy service) with one reload', async () => {
    const { socket, loads } = setup(50);
    await waitFor(() => expect(screen.getByTestId('data').textContent).toBe('1'));
    act(() => Array.from({ length: 40 }).forEach(() => socket.push('referral.upserted', row)));
    expect(loads()).toBe(1);
    await waitFor(() => expect(screen.getByTestId('data').textContent).toBe('2'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(loads()).toBe(2);
    // The next burst gets its own reload.
    act(() => socket.push('referral.upserted', row));
    await waitFor(() => expect(loads()).toBe(3));
  });
});
