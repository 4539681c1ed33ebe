import { ReactNode } from 'react';
import { BoardProvider } from '../features/board/board-context';
import { useCan } from '../features/identity/session-context';
import { NowProvider } from '../lib/now-context';
import { RealtimeSocket } from '../lib/realtime-client';
import { RealtimeProvider } from '../lib/realtime-context';

/** Realtime first (the clock reads its server offset), then the clock, then the live board. */
export function Providers({ children, socket }: { children: ReactNode; socket?: RealtimeSocket }) {
  // Roles without the board (administrators alone) do not load it (issue 4).
  const boardViewer = useCan('board.view');
  return (
    <RealtimeProvider socket={socket}>
      <NowProvider>{boardViewer ? <BoardProvider>{children}</BoardProvider> : children}</NowProvider>
    </RealtimeProvider>
  );
}
