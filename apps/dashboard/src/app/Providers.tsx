import { ReactNode } from 'react';
import { BoardProvider } from '../features/board/board-context';
import { NowProvider } from '../lib/now-context';
import { RealtimeSocket } from '../lib/realtime-client';
import { RealtimeProvider } from '../lib/realtime-context';

/** Realtime first (the clock reads its server offset), then the clock, then the live board. */
export function Providers({ children, socket }: { children: ReactNode; socket?: RealtimeSocket }) {
  return (
    <RealtimeProvider socket={socket}>
      <NowProvider>
        <BoardProvider>{children}</BoardProvider>
      </NowProvider>
    </RealtimeProvider>
  );
}
