import { useCallback, useEffect, useState } from 'react';
import { describeError, isAbort } from '../../lib/api-client';

export interface Registry<T> {
  items: T[];
  loaded: boolean;
  error: string | null;
  /** Add one just created here, without a reload. */
  add: (item: T) => void;
}

/** A list the forms choose from (doctors, AMHPs), loaded once when the form opens. */
export function useRegistry<T extends { id: string }>(load: (signal: AbortSignal) => Promise<T[]>): Registry<T> {
  const [state, setState] = useState<{ items: T[]; loaded: boolean; error: string | null }>({ items: [], loaded: false, error: null });

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (items) => setState({ items, loaded: true, error: null }),
      (error: unknown) => {
        if (!isAbort(error) && !controller.signal.aborted) setState((s) => ({ ...s, loaded: true, error: describeError(error) }));
      },
    );
    return () => controller.abort();
  }, [load]);

  const add = useCallback((item: T) => setState((s) => ({ ...s, items: [...s.items.filter((i) => i.id !== item.id), item] })), []);
  return { ...state, add };
}
