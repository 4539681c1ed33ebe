import { ReferralView } from '@amhp/contracts';
import { useCallback, useEffect, useState } from 'react';
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

/** One referral, fetched by id and kept current by the same socket events as the board. */
export function useReferral(id: string): ReferralState {
  const { socket, syncGeneration } = useRealtime();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

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
    const onUpserted = (referral: ReferralView) => {
      if (referral.id !== id) return;
      setLoaded((current) =>
        current?.referral && current.referral.version > referral.version ? current : { id, referral, error: null, notFound: false },
      );
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
