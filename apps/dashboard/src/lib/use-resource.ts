import type { ServerEventName } from '@amhp/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isAbort } from './api-client';
import { useRealtime } from './realtime-context';

export interface Resource<T> {
  data: T | null;
  /** True until the first answer (or failure). */
  loading: boolean;
  /** Why the last load failed; the last data loaded stays shown. */
  error: string | null;
  /** Load again now (after a write here); resolves once the fresh copy is shown. */
  reload: () => Promise<void>;
}

interface Options {
  /** Socket events that mean "this changed": each reloads over HTTP (the event is only a hint). */
  reloadOn?: readonly ServerEventName[];
  /** Also reload every so often (e.g. who is on duty moves on with the clock). */
  everyMs?: number;
  /**
   * For events that come often on a busy service (any case changing): reload once this long
   * after the first of them, however many follow, so an open page never asks once per event.
   */
  coalesceMs?: number;
}

/**
 * Something read over HTTP and read again when the server says it changed, when the realtime
 * connection comes back without recovery, or on a timer. Only the latest load is shown, so a
 * slow answer cannot overwrite a newer one. `load` must be stable (useCallback) and changes
 * when what it loads changes (e.g. the rota's week).
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, { reloadOn = [], everyMs, coalesceMs }: Options = {}): Resource<T> {
  const { socket, syncGeneration } = useRealtime();
  const [state, setState] = useState<{ data: T | null; loading: boolean; error: string | null; for: unknown }>({ data: null, loading: true, error: null, for: load });
  const latest = useRef(0);
  const controllers = useRef(new Set<AbortController>());

  const run = useCallback((): Promise<void> => {
    const mine = ++latest.current;
    const controller = new AbortController();
    controllers.current.add(controller);
    return load(controller.signal).then(
      (data) => {
        controllers.current.delete(controller);
        if (mine === latest.current) setState({ data, loading: false, error: null, for: load });
      },
      (error: unknown) => {
        controllers.current.delete(controller);
        if (mine !== latest.current || isAbort(error) || controller.signal.aborted) return;
        // Keep what was shown for the same query; a new query with no answer shows nothing stale.
        setState((s) => ({ data: s.for === load ? s.data : null, loading: false, error: describeError(error), for: load }));
      },
    );
  }, [load]);

  useEffect(() => {
    void run();
    const open = controllers.current;
    return () => {
      open.forEach((c) => c.abort());
      open.clear();
    };
  }, [run, syncGeneration]);

  const events = reloadOn.join(',');
  useEffect(() => {
    if (!socket || !events) return undefined;
    const names = events.split(',') as ServerEventName[];
    let pending: ReturnType<typeof setTimeout> | undefined;
    const onEvent = () => {
      if (!coalesceMs) return void run();
      pending ??= setTimeout(() => {
        pending = undefined;
        void run();
      }, coalesceMs);
    };
    names.forEach((name) => socket.on(name, onEvent));
    return () => {
      if (pending) clearTimeout(pending);
      names.forEach((name) => socket.off(name, onEvent));
    };
  }, [socket, events, run, coalesceMs]);

  useEffect(() => {
    if (!everyMs) return undefined;
    const timer = setInterval(() => void run(), everyMs);
    return () => clearInterval(timer);
  }, [everyMs, run]);

  const fresh = state.for === load;
  return { data: fresh ? state.data : null, loading: !fresh || state.loading, error: fresh ? state.error : null, reload: run };
}
