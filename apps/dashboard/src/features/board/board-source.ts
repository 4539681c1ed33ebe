import { BoardRow } from '@amhp/contracts';
import { LiveSnapshotSource } from '../../lib/use-live-snapshot';
import { fetchBoard } from '../referrals/referrals-api';
import { applyBoardEvent, BoardEvent, sortForBoard } from './board-order';

/**
 * The open referrals as board rows: GET /api/referrals once (and again only after a reconnect
 * the server could not recover), then the rows pushed with 'referral.upserted' (a referral
 * recorded, or its assessment's stage, clocks or allocation changed) and 'referral.closed',
 * applied as they come. Nothing is fetched per change, however busy the service.
 */
export const boardSource: LiveSnapshotSource<BoardRow[], BoardEvent> = {
  empty: [],
  load: async (signal) => sortForBoard(await fetchBoard(signal)),
  subscribe: (socket, push) => {
    const onUpserted = (row: BoardRow) => push({ type: 'upserted', row });
    const onClosed = ({ id }: { id: string }) => push({ type: 'closed', id });
    socket.on('referral.upserted', onUpserted);
    socket.on('referral.closed', onClosed);
    return () => {
      socket.off('referral.upserted', onUpserted);
      socket.off('referral.closed', onClosed);
    };
  },
  reduce: applyBoardEvent,
};
