import { AssessmentUpdatedEvent, AssessmentView } from '@amhp/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isAbort, NotFoundError } from '../../lib/api-client';
import { useRealtime } from '../../lib/realtime-context';
import { fetchAssessment } from './assessments-api';

export interface AssessmentState {
  assessment: AssessmentView | null;
  loading: boolean;
  error: string | null;
  notFound: boolean;
  /** Fetch again; resolves once the fresh copy is shown. */
  reload: () => Promise<void>;
  /** Show the copy a write returned (ignored if an even newer one is already shown). */
  replace: (view: AssessmentView) => void;
  /** A write from this browser is being sent at `fromVersion`: its live echo is not someone else's change. */
  noteOwnWrite: (fromVersion: number) => void;
  /** Set when the open case was changed by someone else and reloaded live. */
  changedElsewhereAt: number | null;
}

interface Loaded {
  id: string;
  assessment: AssessmentView | null;
  error: string | null;
  notFound: boolean;
}

/**
 * One assessment, fetched by id and reloaded whenever 'assessment.updated' says it moved on
 * (another AMHP acted, a clock was rescheduled), and after a reconnect the server could not
 * recover. The event is only a hint: the case is always read back over HTTP.
 */
export function useAssessment(id: string): AssessmentState {
  const { socket, syncGeneration } = useRealtime();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [changedElsewhereAt, setChangedElsewhereAt] = useState<number | null>(null);
  const shownVersion = useRef(0);
  /** Versions this browser wrote: their echo is not "someone else". */
  const ownVersions = useRef(new Set<number>());

  const show = useCallback(
    (assessment: AssessmentView) => {
      if (assessment.version < shownVersion.current) return;
      shownVersion.current = assessment.version;
      setLoaded({ id, assessment, error: null, notFound: false });
    },
    [id],
  );

  const load = useCallback(
    (signal?: AbortSignal): Promise<void> =>
      fetchAssessment(id, signal).then(show, (error: unknown) => {
        if (signal?.aborted || isAbort(error)) return;
        setLoaded((current) =>
          current?.assessment && current.id === id
            ? { ...current, error: describeError(error) }
            : { id, assessment: null, error: describeError(error), notFound: error instanceof NotFoundError },
        );
      }),
    [id, show],
  );

  useEffect(() => {
    shownVersion.current = 0;
    ownVersions.current.clear();
  }, [id]);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, syncGeneration]);

  useEffect(() => {
    if (!socket) return undefined;
    const onUpdated = (event: AssessmentUpdatedEvent) => {
      if (event.id !== id || event.version <= shownVersion.current) return;
      if (!ownVersions.current.has(event.version)) setChangedElsewhereAt(Date.now());
      void load();
    };
    socket.on('assessment.updated', onUpdated);
    return () => {
      socket.off('assessment.updated', onUpdated);
    };
  }, [socket, id, load]);

  const replace = useCallback(
    (view: AssessmentView) => {
      ownVersions.current.add(view.version);
      show(view);
    },
    [show],
  );

  const noteOwnWrite = useCallback((fromVersion: number) => {
    ownVersions.current.add(fromVersion + 1);
  }, []);

  const current = loaded?.id === id ? loaded : null;
  return {
    assessment: current?.assessment ?? null,
    loading: current === null,
    error: current?.error ?? null,
    notFound: current?.notFound ?? false,
    reload: () => load(),
    replace,
    noteOwnWrite,
    changedElsewhereAt,
  };
}
