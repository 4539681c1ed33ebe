import { REALTIME_PATH, ServerEventName, ServerEventPayload, ServerToClientEvents, ClientToServerEvents } from '@amhp/contracts';
import { io, Socket } from 'socket.io-client';

export type BoardSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A dashboard stand-in: a typed socket.io client that records every event it receives. */
export class BoardClient {
  readonly socket: BoardSocket;
  readonly received: { event: ServerEventName; payload: unknown }[] = [];

  private constructor(baseUrl: string, options: { cookie?: string; origin?: string }) {
    // The handshake is authenticated by the session cookie (issue 4): see support/auth.ts signIn().
    const extraHeaders = { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.origin ? { origin: options.origin } : {}) };
    this.socket = io(baseUrl, { path: REALTIME_PATH, transports: ['websocket'], reconnection: false, extraHeaders });
    this.socket.onAny((event: ServerEventName, payload: unknown) => this.received.push({ event, payload }));
  }

  static async connect(baseUrl: string, options: { cookie?: string; origin?: string } = {}): Promise<BoardClient> {
    const client = new BoardClient(baseUrl, options);
    await new Promise<void>((resolve, reject) => {
      client.socket.once('connect', () => resolve());
      client.socket.once('connect_error', reject);
    });
    return client;
  }

  events<E extends ServerEventName>(event: E): ServerEventPayload<E>[] {
    return this.received.filter((r) => r.event === event).map((r) => r.payload as ServerEventPayload<E>);
  }

  /** Resolves with the first `event` whose payload matches, waiting up to timeoutMs. */
  async waitFor<E extends ServerEventName>(event: E, match: (payload: ServerEventPayload<E>) => boolean, timeoutMs = 10000): Promise<ServerEventPayload<E>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events(event).find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no "${event}" event within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    this.socket.close();
  }
}
