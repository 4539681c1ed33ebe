import { BoardRow } from '@amhp/contracts';
import { createContext, ReactNode, useContext } from 'react';
import { useLiveSnapshot } from '../../lib/use-live-snapshot';
import { BoardEvent } from './board-order';
import { boardSource } from './board-source';

export interface LiveBoard {
  referrals: BoardRow[];
  loaded: boolean;
  error: string | null;
  /** Apply a change this browser made without waiting for its echo over the socket. */
  apply: (event: BoardEvent) => void;
}

const BoardContext = createContext<LiveBoard | null>(null);

/** Keeps the board live for the whole session, so returning to `/` shows it at once. */
export function BoardProvider({ children }: { children: ReactNode }) {
  const { data, loaded, error, apply } = useLiveSnapshot(boardSource);
  return <BoardContext.Provider value={{ referrals: data, loaded, error, apply }}>{children}</BoardContext.Provider>;
}

export function useBoard(): LiveBoard {
  const board = useContext(BoardContext);
  if (!board) throw new Error('useBoard must be used inside <BoardProvider>');
  return board;
}
