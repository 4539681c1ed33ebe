import { act, render, screen } from '@testing-library/react';
import { FakeSocket } from '../test/fake-socket';
import { NowProvider, useNow } from './now-context';
import { clockOffsetMs } from './realtime-client';
import { RealtimeProvider, useRealtime } from './realtime-context';

function Probe() {
  const now = useNow();
  const { status, syncGeneration } = useRealtime();
  return (
    <p>
      <span data-testid="now">{now}</span> <span data-testid="status">{status}</span> <span data-testid="gen">{syncGeneration}</span>
    </p>
  );
}

describe('realtime connection', () => {
  it('estimates the server clock offset from the middle of the round trip', () => {
    expect(clockOffsetMs(1_000, 1_200, new Date(61_100).toISOString())).toBe(60_000);
    expect(clockOffsetMs(1_000, 1_200, 'not a time')).toBe(0);
  });

  it('corrects the shared clock by the offset that board.ping reports, and counts unrecovered connections', () => {
    const socket = new FakeSocket();
    socket.serverTime = new Date(Date.now() + 90_000).toISOString();
    render(
      <RealtimeProvider socket={socket.asSocket()}>
        <NowProvider>
          <Probe />
        </NowProvider>
      </RealtimeProvider>,
    );
    expect(screen.getByTestId('status').textContent).toBe('connecting');
    act(() => socket.serverConnect());
    expect(screen.getByTestId('status').textContent).toBe('live');
    expect(socket.pings).toHaveLength(1);
    const skew = Number(screen.getByTestId('now').textContent) - Date.now();
    expect(skew).toBeGreaterThan(85_000);
    expect(skew).toBeLessThan(95_000);
    expect(screen.getByTestId('gen').textContent).toBe('1');

    // A connection the server recovered (it replays missed events) needs no reload.
    act(() => socket.drop());
    socket.recovered = true;
    act(() => socket.serverConnect());
    expect(screen.getByTestId('gen').textContent).toBe('1');
    socket.recovered = false;
    act(() => socket.drop());
    act(() => socket.serverConnect());
    expect(screen.getByTestId('gen').textContent).toBe('2');
  });

  it('reloads snapshots when the server says it may have missed events for us (realtime.resync)', () => {
    const socket = new FakeSocket();
    render(
      <RealtimeProvider socket={socket.asSocket()}>
        <NowProvider>
          <Probe />
        </NowProvider>
      </RealtimeProvider>,
    );
    act(() => socket.serverConnect());
    expect(screen.getByTestId('gen').textContent).toBe('1');
    act(() => socket.push('realtime.resync', {}));
    expect(screen.getByTestId('gen').textContent).toBe('2');
  });
});
