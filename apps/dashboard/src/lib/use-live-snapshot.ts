import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isAbort, RateLimitedError } from './api-client';
import { RealtimeSocket } from './realtime-client';
import { useRealtime } from './realtime-context';

export interface LiveSnapshot<S, E> {
  data: S;
  loaded: boolean;
  /** Why the last reload failed; the hook keeps retrying and keeps applying live events. */
  error: string | null;
  /** Applies a change made here (e.g. the referral just created) the same way as a pushed event. */
  apply: (event: E) => void;
}

export interface LiveSnapshotSource<S, E> {
  empty: S;
  load: (signal: AbortSignal) => Promise<S>;
  /** Subscribes to the socket events that change the snapshot; returns the unsubscribe. */
  subscribe: (socket: RealtimeSocket, push: (event: E) => void) => () => void;
  reduce: (state: S, event: E) => S;
}

const RETRY_MS = 5000;

/**
 * A snapshot loaded over HTTP and kept current by socket events. It reloads whenever the
 * realtime connection comes back without recovery. Events that arrive while a reload is in
 * flight are held and replayed on top of the fresh snapshot, so none is lost and none is
 * undone by a snapshot taken just before it. `source` must be a stable (module-level) object.
 */
export function useLiveSnapshot<S, E>(source: LiveSnapshotSource<S, E>): LiveSnapshot<S, E> {
  const { socket, syncGeneration } = useRealtime();
  const [state, setState] = useState<{ data: S; loaded: boolean; error: string | null }>({
    data: source.empty,
    loaded: false,
    error: null,
  });
  const [retry, setRetry] = useState(0);
  const pending = useRef<E[] | null>(null);

  const apply = useCallback(
    (event: E) => {
      if (pending.current) pending.current.push(event);
      else setState((s) => ({ ...s, data: source.reduce(s.data, event) }));
    },
    [source],
  );

  useEffect(() => {
    if (!socket) return undefined;
    return source.subscribe(socket, apply);
  }, [socket, source, apply]);

  useEffect(() => {
    const controller = new AbortController();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    if (!pending.current) pending.current = [];

    const takePending = (): E[] => {
      const events = pending.current ?? [];
      pending.current = null;
      return events;
    };

    source.load(controller.signal).then(
      (snapshot) => {
        if (controller.signal.aborted) return;
        const events = takePending();
        setState({ data: events.reduce(source.reduce, snapshot), loaded: true, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        const events = takePending();
        setState((s) => ({ ...s, data: events.reduce(source.reduce, s.data), error: describeError(error) }));
        // Refused for too many requests: wait as long as asked, not less (retrying sooner only adds to the count).
        retryTimer = setTimeout(() => setRetry((n) => n + 1), error instanceof RateLimitedError ? Math.max(RETRY_MS, error.retryAfterMs) : RETRY_MS);
      },
    );
    return () => {
      controller.abort();
      if (retryTimer) clearTimeout(retryTimer);
    };
  }, [source, syncGeneration, retry]);

  return { ...state, apply };
}
