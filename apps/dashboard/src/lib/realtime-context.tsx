import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { notifyUnauthorized } from './api-client';
import { clockOffsetMs, createRealtimeClient, RealtimeSocket } from './realtime-client';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting';

export interface RealtimeState {
  socket: RealtimeSocket | null;
  status: ConnectionStatus;
  /**
   * Goes up on every connection the server could not recover (and when the server says it may
   * have missed events). Snapshots reload when it changes, so nothing missed stays missing.
   */
  syncGeneration: number;
  /** Server clock minus ours, from 'board.ping', so countdowns agree with the server. */
  clockOffsetMs: number;
}

const RealtimeContext = createContext<RealtimeState>({ socket: null, status: 'connecting', syncGeneration: 0, clockOffsetMs: 0 });

const PING_EVERY_MS = 5 * 60 * 1000;

interface Props {
  children: ReactNode;
  /** Tests pass a fake; the app lets the provider create the real one. */
  socket?: RealtimeSocket;
}

export function RealtimeProvider({ children, socket: given }: Props) {
  const [socket] = useState<RealtimeSocket>(() => given ?? createRealtimeClient());
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [syncGeneration, setSyncGeneration] = useState(0);
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    const ping = () => {
      const sentAt = Date.now();
      socket.emit('board.ping', (serverTime) => setOffset(clockOffsetMs(sentAt, Date.now(), serverTime)));
    };
    const onConnect = () => {
      setStatus('live');
      // With connection-state recovery the server replays what we missed; otherwise reload.
      if (!socket.recovered) setSyncGeneration((n) => n + 1);
      ping();
    };
    const onDisconnect = (reason: string) => {
      if (reason !== 'io client disconnect') setStatus('reconnecting');
    };
    // The server may have missed events for us (its relay fell behind the short live stream).
    const onResync = () => setSyncGeneration((n) => n + 1);
    const onConnectError = (error?: Error) => {
      setStatus((s) => (s === 'live' ? 'reconnecting' : s));
      // The handshake was refused: the session ended (issue 4). Back to the sign-in page.
      if (error?.message === 'unauthorized') notifyUnauthorized();
    };

    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.on('realtime.resync', onResync);
    socket.connect();
    const timer = setInterval(() => {
      if (socket.connected) ping();
    }, PING_EVERY_MS);
    return () => {
      clearInterval(timer);
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.off('realtime.resync', onResync);
      socket.disconnect();
    };
  }, [socket]);

  return (
    <RealtimeContext.Provider value={{ socket, status, syncGeneration, clockOffsetMs: offset }}>{children}</RealtimeContext.Provider>
  );
}

export function useRealtime(): RealtimeState {
  return useContext(RealtimeContext);
}
