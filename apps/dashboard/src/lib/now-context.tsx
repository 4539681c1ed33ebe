import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
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
