import { BoardRow, ReferralView } from '@amhp/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isAbort, NotFoundError } from '../../lib/api-client';
import { useRealtime } from '../../lib/realtime-context';
import { fetchReferral } from './referrals-api';

interface Loaded {
  id: string;
  referral: ReferralView | null;
  error: string | null;
  notFound: boolean;
}

export interface ReferralState {
  referral: ReferralView | null;
  loading: boolean;
  error: string | null;
  notFound: boolean;
  /** Fetch again; resolves once the fresh copy is shown. */
  reload: () => Promise<void>;
}

/**
 * What a pushed board row changes on an open referral: where its assessment has got to, its
 * clocks, its teams and AMHP. The person's details never change once recorded.
 */
export function withBoardRow(referral: ReferralView, row: BoardRow): ReferralView {
  return {
    ...referral,
    assessmentId: row.assessmentId ?? undefined,
    assessmentVersion: row.assessmentVersion ?? undefined,
    stage: row.stage ?? undefined,
    mostUrgentClock: row.mostUrgentClock,
    teamId: row.teamId,
    dutyTeam: row.dutyTeam,
    allocatedAmhp: row.allocatedAmhp,
  };
}

/**
 * One referral, fetched by id (an audited read), and kept current by the board's pushes: a row
 * for this referral updates its stage and clocks in place; a newer version of the referral
 * itself (it was closed) is fetched again.
 */
export function useReferral(id: string): ReferralState {
  const { socket, syncGeneration } = useRealtime();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  /** What is shown, for the socket handler's decision to read the referral again. */
  const shown = useRef<Loaded | null>(null);
  useEffect(() => {
    shown.current = loaded;
  }, [loaded]);

  const load = useCallback(
    (signal?: AbortSignal): Promise<void> =>
      fetchReferral(id, signal).then(
        (referral) => setLoaded({ id, referral, error: null, notFound: false }),
        (error: unknown) => {
          if (signal?.aborted || isAbort(error)) return;
          setLoaded({ id, referral: null, error: describeError(error), notFound: error instanceof NotFoundError });
        },
      ),
    [id],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, syncGeneration]);

  useEffect(() => {
    if (!socket) return undefined;
    const onUpserted = (row: BoardRow) => {
      if (row.id !== id) return;
      const shownVersion = shown.current?.id === id ? shown.current.referral?.version : undefined;
      if (shownVersion !== undefined && row.version > shownVersion) return void load();
      setLoaded((current) => {
        const referral = current?.id === id ? current.referral : null;
        if (!referral || row.version !== referral.version || (row.assessmentVersion ?? 0) < (referral.assessmentVersion ?? 0)) return current;
        return { id, referral: withBoardRow(referral, row), error: null, notFound: false };
      });
    };
    // The closed event carries only the id: fetch the closed referral to show why and when.
    const onClosed = ({ id: closedId }: { id: string }) => {
      if (closedId === id) void load();
    };
    socket.on('referral.upserted', onUpserted);
    socket.on('referral.closed', onClosed);
    return () => {
      socket.off('referral.upserted', onUpserted);
      socket.off('referral.closed', onClosed);
    };
  }, [socket, id, load]);

  const current = loaded?.id === id ? loaded : null;
  return {
    referral: current?.referral ?? null,
    loading: current === null,
    error: current?.error ?? null,
    notFound: current?.notFound ?? false,
    reload: () => load(),
  };
}
