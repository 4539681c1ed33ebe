import { ClientToServerEvents, REALTIME_PATH, ServerToClientEvents } from '@amhp/contracts';
import { io, Socket } from 'socket.io-client';

/** The dashboard's socket, typed by the one event map in libs/contracts that the API also uses. */
export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Same origin as the page (the API serves the built dashboard; in development Vite proxies
 * /socket.io). Created unconnected: the provider connects it when it mounts.
 */
export function createRealtimeClient(): RealtimeSocket {
  return io({ path: REALTIME_PATH, autoConnect: false, reconnectionDelayMax: 5000 });
}

/**
 * Estimates how far the server's clock is ahead of ours from one ping: the server read its
 * clock, on average, halfway through the round trip.
 */
export function clockOffsetMs(sentAtMs: number, receivedAtMs: number, serverTimeIso: string): number {
  const serverMs = Date.parse(serverTimeIso);
  if (Number.isNaN(serverMs)) return 0;
  return Math.round(serverMs - (sentAtMs + receivedAtMs) / 2);
}
