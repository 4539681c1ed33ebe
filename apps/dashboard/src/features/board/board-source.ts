import { AssessmentUpdatedEvent, ReferralView } from '@amhp/contracts';
import { isAbort } from '../../lib/api-client';
import { LiveSnapshotSource } from '../../lib/use-live-snapshot';
import { fetchReferral, fetchOpenReferrals } from '../referrals/referrals-api';
import { applyBoardEvent, BoardEvent, sortForBoard } from './board-order';

/**
 * Open referrals: GET /api/referrals, then 'referral.upserted' and 'referral.closed'. An
 * 'assessment.updated' moves the row's stage at once, then the referral is fetched again for
 * its most urgent clock (the event carries no clocks). Only the latest fetch per referral is
 * applied, so two quick changes cannot land in the wrong order.
 */
export const boardSource: LiveSnapshotSource<ReferralView[], BoardEvent> = {
  empty: [],
  load: async (signal) => sortForBoard(await fetchOpenReferrals(signal)),
  subscribe: (socket, push) => {
    const latest = new Map<string, number>();
    const controller = new AbortController();
    let seq = 0;

    const onUpserted = (referral: ReferralView) => push({ type: 'upserted', referral });
    const onClosed = ({ id }: { id: string }) => push({ type: 'closed', id });
    const onAssessment = (event: AssessmentUpdatedEvent) => {
      push({ type: 'stage', referralId: event.referralId, assessmentId: event.id, stage: event.stage });
      const mine = ++seq;
      latest.set(event.referralId, mine);
      fetchReferral(event.referralId, controller.signal).then(
        (referral) => {
          if (latest.get(event.referralId) === mine) push({ type: 'upserted', referral });
        },
        (error: unknown) => {
          // The next snapshot reload (reconnect) or event corrects the row; nothing to show here.
          if (!isAbort(error)) latest.delete(event.referralId);
        },
      );
    };
    socket.on('referral.upserted', onUpserted);
    socket.on('referral.closed', onClosed);
    socket.on('assessment.updated', onAssessment);
    return () => {
      controller.abort();
      socket.off('referral.upserted', onUpserted);
      socket.off('referral.closed', onClosed);
      socket.off('assessment.updated', onAssessment);
    };
  },
  reduce: applyBoardEvent,
};
