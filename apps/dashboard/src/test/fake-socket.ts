import { ServerToClientEvents } from '@amhp/contracts';
import { RealtimeSocket } from '../lib/realtime-client';

type Handler = (...args: never[]) => void;

/**
 * Stands in for the socket.io client: tests play the server, firing connection events and
 * pushing typed events, and answer 'board.ping' with a chosen server time.
 */
export class FakeSocket {
  connected = false;
  recovered = false;
  serverTime: string | null = null;
  readonly pings: number[] = [];
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler): this {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(handler);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  emit(event: string, ack?: (serverTime: string) => void): this {
    if (event === 'board.ping') {
      this.pings.push(Date.now());
      if (ack && this.serverTime) ack(this.serverTime);
    }
    return this;
  }

  connect(): this {
    return this;
  }

  disconnect(): this {
    this.connected = false;
    return this;
  }

  /** The server accepted the connection (first time or after a drop). */
  serverConnect(): void {
    this.connected = true;
    this.fire('connect');
  }

  /** The connection dropped (network, server restart). */
  drop(): void {
    this.connected = false;
    this.fire('disconnect', 'transport close');
  }

  push<E extends keyof ServerToClientEvents>(event: E, payload: Parameters<ServerToClientEvents[E]>[0]): void {
    this.fire(event, payload);
  }

  listenerCount(event: string): number {
    return this.handlers.get(event)?.size ?? 0;
  }

  asSocket(): RealtimeSocket {
    return this as unknown as RealtimeSocket;
  }

  private fire(event: string, ...args: unknown[]): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) (handler as (...a: unknown[]) => void)(...args);
  }
}
