import { ReferralView } from '@amhp/contracts';
import { LiveSnapshotSource } from '../../lib/use-live-snapshot';
import { fetchOpenReferrals } from '../referrals/referrals-api';
import { applyBoardEvent, BoardEvent, sortForBoard } from './board-order';

/** Open referrals: GET /api/referrals, then 'referral.upserted' and 'referral.closed'. */
export const boardSource: LiveSnapshotSource<ReferralView[], BoardEvent> = {
  empty: [],
  load: async (signal) => sortForBoard(await fetchOpenReferrals(signal)),
  subscribe: (socket, push) => {
    const onUpserted = (referral: ReferralView) => push({ type: 'upserted', referral });
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
