import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { useRealtime } from './realtime-context';

const NowContext = createContext<number>(0);

/**
 * One clock for the whole dashboard, ticking on the second and corrected by the server's
 * offset, so every countdown and the header clock change together.
 */
export function NowProvider({ children }: { children: ReactNode }) {
  const { clockOffsetMs } = useRealtime();
  const [tick, setTick] = useState(() => Date.now());

  useEffect(() => {
    let interval: ReturnType<typeof setInterval> | undefined;
    // Align to the start of the next second, then tick every second.
    const align = setTimeout(() => {
      setTick(Date.now());
      interval = setInterval(() => setTick(Date.now()), 1000);
    }, 1000 - (Date.now() % 1000));
    return () => {
      clearTimeout(align);
      if (interval) clearInterval(interval);
    };
  }, []);

  return <NowContext.Provider value={tick + clockOffsetMs}>{children}</NowContext.Provider>;
}

/** The current time in epoch ms (server-corrected), updated every second. */
export function useNow(): number {
  return useContext(NowContext);
}

/** Kept back from "now" so that a slightly high estimate of the server's clock is never in its future. */
export const NOW_MARGIN_MS = 250;

/**
 * Reads the server-corrected time at the moment of the call, not at the last tick (which may be
 * up to a second old), for a time field left at "now": sent as the moment the form is submitted,
 * a little back so it is not in the server's future, and never before `notBefore` (the case's
 * last recorded step), so an admission made just after its application is not refused as earlier.
 */
export function useReadNow(): (notBefore?: string | null) => number {
  const { clockOffsetMs } = useRealtime();
  return useCallback(
    (notBefore?: string | null) => Math.max(Date.now() + clockOffsetMs - NOW_MARGIN_MS, notBefore ? Date.parse(notBefore) : Number.NEGATIVE_INFINITY),
    [clockOffsetMs],
  );
}
